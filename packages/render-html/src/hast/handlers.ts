// One handler per model node type; the type checker makes sure none is missing.
import type { Node, NodeType } from '@modulemark/model'
import type { ElementContent } from 'hast'
import { callout, section } from './containers.js'
import { embed } from './embed.js'
import * as prose from './prose.js'
import { details, dropped, element, html } from './raw.js'
import type { ParentLike, State } from './state.js'
import { table } from './table.js'

export type Handler<T extends Node = Node> = (node: T, state: State, parent: ParentLike | null) => ElementContent[]

export type Handlers = { [K in NodeType]: Handler<Extract<Node, { type: K }>> }

// Rows and cells belong to their table; met alone (a model fragment) they still render.
const orphan: Handler = (node, state) => ('children' in node ? state.all(node) : [])

export const handlers: Handlers = {
  paragraph: prose.paragraph,
  heading: prose.heading,
  list: prose.list,
  listItem: prose.listItem,
  blockquote: prose.blockquote,
  code: prose.code,
  thematicBreak: prose.thematicBreak,
  html,
  text: prose.text,
  emphasis: prose.emphasis,
  strong: prose.strong,
  delete: prose.strikethrough,
  inlineCode: prose.inlineCode,
  break: prose.lineBreak,
  link: prose.link,
  image: prose.image,
  element,
  section,
  callout,
  table,
  tableRow: orphan,
  tableCell: orphan,
  embed,
  details,
  comment: dropped,
  liquid: dropped
}
