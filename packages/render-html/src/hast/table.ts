// Tables with their classes; header cells get `scope` so screen readers can name each cell.
import type { Table, TableCell, TableRow } from '@modulemark/model'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { properties, withClasses, type Props } from './attributes.js'
import type { State } from './state.js'
import { lines, wrapped } from './whitespace.js'

type Scope = 'col' | 'row'

export function table(node: Table, state: State) {
  const rows = node.children.filter((child): child is TableRow => child.type === 'tableRow')
  // `columns` holds the header row's texts, so a table with columns starts with its header row.
  const headed = node.columns.length > 0 && rows.length > 0 && rows[0].children.every((cell) => cell.type === 'tableCell' && cell.header)
  const sections: ElementContent[][] = []
  if (headed) sections.push([h('thead', wrapped([row(rows[0], 'col', node, state)]))])
  const body = (headed ? rows.slice(1) : rows).map((each) => [row(each, 'row', node, state)])
  if (body.length > 0) sections.push([h('tbody', wrapped(lines(body)))])
  return [h('table', withClasses(properties(node.attributes, state), node.classes), wrapped(lines(sections)))]
}

function row(node: TableRow, scope: Scope, table: Table, state: State) {
  const cells = node.children.filter((child): child is TableCell => child.type === 'tableCell')
  return h('tr', wrapped(lines(cells.map((each, index) => [cell(each, scope, table.align[index] ?? null, state)]))))
}

function cell(node: TableCell, scope: Scope, align: Table['align'][number], state: State) {
  const props: Props = properties(node.attributes, state)
  if (node.header) props.scope = scope
  if (node.colspan !== 1) props.colspan = node.colspan
  if (node.rowspan !== 1) props.rowspan = node.rowspan
  if (align) props.style = [props.style, `text-align: ${align}`].filter(Boolean).join('; ')
  return h(node.header ? 'th' : 'td', props, content(node, state))
}

// A model written by another tool may give only `lines`: they stand in for children then.
function content(node: TableCell, state: State): ElementContent[] {
  if (node.children.length > 0) return state.blocks(node)
  return node.lines.flatMap((line, index) => (index === 0 ? [text(line)] : [h('br'), text(line)]))
}

const text = (value: string): ElementContent => ({ type: 'text', value })
