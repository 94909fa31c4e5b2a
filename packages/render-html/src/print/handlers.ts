// Where print differs from the web page while the model is turned into hast.
import type { Node } from '@modulemark/model'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { handlers, type Handler, type Handlers } from '../hast/handlers.js'
import { fitsOnAPage } from './keep.js'
import { printEmbed } from './video.js'

// Colour alone is lost on a greyscale printer: a callout says what it is in words.
const calloutLabels: Record<string, string> = {
  activity: 'Activity',
  videos: 'Videos',
  case_study: 'Case study',
  casestudy: 'Case study',
  objectives: 'Objectives',
  info: 'Info'
}

export const printHandlers: Partial<Handlers> = {
  embed: printEmbed,
  section: (node, state, parent) => keepWhole(handlers.section(node, state, parent), node),
  callout: (node, state, parent) => {
    const kind = node.kind === null ? undefined : calloutLabels[node.kind]
    // "Objectives" over a heading "Objectives" says it twice.
    const label = kind !== undefined && node.title?.trim().toLowerCase() !== kind.toLowerCase() ? kind : undefined
    const out = keepWhole(handlers.callout(node, state, parent), node)
    const div = out[0]
    if (label !== undefined && div?.type === 'element') {
      div.children = [{ type: 'text', value: '\n' }, h('p', { className: ['print-label'] }, label), ...div.children]
    }
    return out
  },
  // A fill-in table needs room to write in, whatever classes the page gave it.
  table: (node, state, parent) => {
    const out = handlers.table(node, state, parent)
    if (node.fillIn && out[0]?.type === 'element') addClass(out[0], 'print-fill-in')
    return out
  },
  // A closed `<details>` prints closed: on paper its content must show.
  details: (node, state, parent) => {
    const out = handlers.details(node, state, parent)
    if (out[0]?.type === 'element') out[0].properties.open = true
    return out
  },
  // Positions let a message about an image point at its line in the page.
  image: positioned(handlers.image),
  element: positioned(handlers.element)
}

/** Marks a section or callout that fits on a page to be kept on one. */
function keepWhole(out: ElementContent[], node: Node): ElementContent[] {
  const div = out[0]
  if (div?.type === 'element' && fitsOnAPage(node)) addClass(div, 'print-keep')
  return out
}

function addClass(element: Element, name: string): void {
  const classes = Array.isArray(element.properties.className) ? element.properties.className : []
  element.properties.className = [...classes, name]
}

function positioned<T extends Node>(handler: Handler<T>): Handler<T> {
  return (node, state, parent) => {
    const out = handler(node, state, parent)
    const first = out.find((each): each is Element => each.type === 'element')
    if (first && node.position) first.position = node.position
    return out
  }
}
