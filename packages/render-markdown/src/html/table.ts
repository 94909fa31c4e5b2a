import type { Node } from '@modulemark/model'
import type { Element, ElementContent } from 'hast'
import { toProperties } from './properties.js'
import { element, onLines, type All } from './to-hast.js'

type Table = Extract<Node, { type: 'table' }>

/**
 * A table with its rows; a `<thead>` only where the header row has a data
 * cell (without one, only a first row of `<th>` is a header row). Content that
 * stood in front of it among blocks goes right after `<table>` (see
 * `arrangeFlow`), with no line break after it, which would be moved out too.
 */
export function table(node: Table, all: All, flow: (nodes: Node[]) => ElementContent[]): Element {
  // `classes` says what the class is; a `class` among a tool's attributes would contradict it.
  const { class: _, ...attributes } = node.attributes
  const properties = { ...(node.classes.length > 0 ? { className: node.classes } : {}), ...toProperties(attributes) }
  const rows = all(node.children)
  const first = node.children[0]
  const needsHead = node.columns.length > 0 && first?.type === 'tableRow' && !first.children.every((cell) => cell.type === 'tableCell' && cell.header)
  const body = needsHead ? [element('thead', {}, onLines(rows.slice(0, 1))), element('tbody', {}, onLines(rows.slice(1)))] : rows
  const lines = onLines(body)
  if (!('fostered' in node)) return element('table', properties, lines)
  const fostered = flow(node.fostered as Node[])
  return element('table', properties, [...fostered, ...(lines[0]?.type === 'text' ? lines.slice(1) : lines)])
}
