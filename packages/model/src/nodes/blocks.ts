// modulemark's own nodes: the course-module structures mdast has no name for.
import type { Attributes } from '../attributes.js'
import type { Position } from '../position.js'
import type { CalloutKind, EmbedProvider, SectionColor, TableAlign } from '../vocabulary.js'
import type { Worksheet } from '../worksheet.js'
import type { Node } from './node.js'

/** Any HTML element with no mdast equivalent. */
export interface Element {
  type: 'element'
  tagName: string
  attributes: Attributes
  children: Node[]
  position: Position
}

/** A colorhighlight div. */
export interface Section {
  type: 'section'
  /** A known colour, another raw `colorN`/`borderN` token, or `null`. */
  color: SectionColor | (string & {}) | null
  /** Every class token, in source order. */
  classes: string[]
  /** Plain text of the first child when it is a heading or an all-bold paragraph; that child stays in `children`. */
  title: string | null
  children: Node[]
  position: Position
}

export interface Callout {
  type: 'callout'
  /** A known kind, any other token kept raw, or `null` for a bare `callout`. */
  kind: CalloutKind | (string & {}) | null
  classes: string[]
  /** As for `Section.title`. */
  title: string | null
  worksheet: Worksheet | null
  children: Node[]
  position: Position
}

export interface Table {
  type: 'table'
  classes: string[]
  /** A table the learner fills in. */
  fillIn: boolean
  /** Texts of the header row; `[]` when there is none. */
  columns: string[]
  align: TableAlign[]
  attributes: Attributes
  /** `tableRow` nodes. */
  children: Node[]
  position: Position
}

export interface TableRow {
  type: 'tableRow'
  /** `tableCell` nodes. */
  children: Node[]
  position: Position
}

export interface TableCell {
  type: 'tableCell'
  header: boolean
  colspan: number
  /** 0 means "to the end of the table section", as in HTML. */
  rowspan: number
  attributes: Attributes
  /** `lines.join('\n')`. */
  text: string
  /** Text split at `<br>`, paragraphs and list items; each whitespace-collapsed and trimmed. */
  lines: string[]
  /** Nothing but whitespace, `&nbsp;`, `-` or `_`; then `text` is `''` and `lines` `[]`. */
  blank: boolean
  children: Node[]
  position: Position
}

/** An iframe. */
export interface Embed {
  type: 'embed'
  url: string
  provider: EmbedProvider
  title: string | null
  /** Text of the following `videotime`, e.g. `'7:51'`. */
  duration: string | null
  seconds: number | null
  attributes: Attributes
  position: Position
}

export interface Details {
  type: 'details'
  summary: string | null
  children: Node[]
  position: Position
}

/** An HTML comment: never content. */
export interface Comment {
  type: 'comment'
  value: string
  position: Position
}

/** A `{% … %}` tag. */
export interface Liquid {
  type: 'liquid'
  value: string
  position: Position
}
