import type { Node, Position } from '@modulemark/model'
import { classesOf, report } from '@modulemark/dialect'
import type { Element } from 'hast'
import { toAttributes } from './attributes.js'
import { cellLines, isBlankText } from './cell-lines.js'
import type { Context } from './context.js'
import { convertChildren } from './convert.js'
import { positionOf } from './position.js'
import { wrapPhrasing } from './prose.js'

type Cell = Extract<Node, { type: 'tableCell' }>
type Row = Extract<Node, { type: 'tableRow' }>

// Tables with these classes are layout or glossaries, never filled in.
const neverFillIn = new Set(['worksheet-noborder', 'updatedcolor', 'colorful'])
const keptInTable = new Set(['script', 'style', 'template'])

/**
 * An HTML (or pipe) table, its header row found and each cell's text read; after
 * what the table holds outside its cells, which has no place in the model's
 * table: comments, scripts and styles between rows, and a caption's content as a paragraph.
 */
export function convertTable(table: Element, context: Context, position: Position): Node[] {
  const classes = classesOf(table)
  const rows: { row: Row; head: boolean }[] = []
  const outside: Node[] = []
  const collect = (parent: Element, head: boolean) => {
    for (const child of parent.children) {
      // An HTML parser keeps these in a table where they stand (it moves only text out).
      if (child.type === 'comment' || (child.type === 'element' && keptInTable.has(child.tagName))) {
        outside.push(...convertChildren([child], context, position))
        continue
      }
      if (child.type !== 'element') continue
      if (child.tagName === 'tr') {
        rows.push({ row: convertRow(child, context, position), head })
        collect({ ...child, children: child.children.filter((cell) => cell.type === 'comment' || (cell.type === 'element' && keptInTable.has(cell.tagName))) }, head)
      } else if (child.tagName === 'thead') collect(child, true)
      else if (child.tagName === 'tbody' || child.tagName === 'tfoot') collect(child, false)
      else if (child.tagName === 'caption') outside.push(...wrapPhrasing(convertChildren(child.children, context, position), position))
    }
  }
  collect(table, false)
  const header = findHeader(rows)
  const columns = header ? header.children.map((cell) => (cell as Cell).text) : []
  const body = rows.map(({ row }) => row).filter((row) => row !== header)
  checkRowWidths(header, body, context)
  const fillIn =
    classes.includes('worksheet') ||
    (!classes.some((name) => neverFillIn.has(name)) &&
      (context.callout === 'activity' || context.inSection) &&
      header !== undefined &&
      body.some((row) => row.children.some((cell) => (cell as Cell).blank)))
  return [...outside, {
    type: 'table',
    classes,
    fillIn,
    columns,
    align: header ? header.children.map((cell) => alignOf((cell as Cell).attributes)) : [],
    attributes: toAttributes(table.properties, ['class']),
    children: rows.map(({ row }) => row),
    position
  }]
}

/** A `<thead>` row, or a first row made only of `<th>`. */
function findHeader(rows: { row: Row; head: boolean }[]): Row | undefined {
  const head = rows.find(({ head }) => head)
  if (head) return head.row
  const first = rows[0]?.row
  if (first && first.children.length > 0 && first.children.every((cell) => (cell as Cell).header)) return first
  return undefined
}

function convertRow(row: Element, context: Context, fallback: Position): Row {
  const position = positionOf(row, fallback)
  const cells = row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'))
  return { type: 'tableRow', children: cells.map((cell) => convertCell(cell, context, position)), position }
}

function convertCell(cell: Element, context: Context, fallback: Position): Cell {
  const position = positionOf(cell, fallback)
  const lines = cellLines(cell)
  const blank = isBlankText(lines)
  return {
    type: 'tableCell',
    header: cell.tagName === 'th',
    colspan: Math.max(1, span(cell, 'colSpan', 1)),
    rowspan: span(cell, 'rowSpan', 1),
    attributes: toAttributes(cell.properties, ['colspan', 'rowspan']),
    text: blank ? '' : lines.join('\n'),
    lines: blank ? [] : lines,
    blank,
    children: convertChildren(cell.children, context, position),
    position
  }
}

function span(cell: Element, name: string, fallback: number): number {
  const value = Number(cell.properties[name] ?? fallback)
  return Number.isInteger(value) && value >= 0 ? value : fallback
}

function alignOf(attributes: Record<string, string>): 'left' | 'right' | 'center' | null {
  const value = (attributes.align ?? /text-align:\s*(\w+)/.exec(attributes.style ?? '')?.[1] ?? '').toLowerCase()
  return value === 'left' || value === 'right' || value === 'center' ? value : null
}

/**
 * Rows narrower or wider than the header (without one, narrower than the widest
 * row), counting spans: a rowspan fills the rows below it.
 */
function checkRowWidths(header: Row | undefined, body: Row[], context: Context): void {
  const widths = rowWidths(body)
  const columns = header ? rowWidths([header])[0] : Math.max(0, ...widths)
  body.forEach((row, index) => {
    const cells = widths[index]
    if (cells < columns) {
      report(context.file, 'table-row-short', `This row has ${cells} of the ${columns} cells ${header ? 'the header has' : 'the widest row has'}`, row.position.start)
    } else if (cells > columns) {
      report(context.file, 'table-row-wide', `This row has ${cells} cells, more than the ${columns} of the header`, row.position.start)
    }
  })
}

function rowWidths(rows: Row[]): number[] {
  let carried: { columns: number; rows: number }[] = []
  return rows.map((row) => {
    const cells = row.children as Cell[]
    const width = cells.reduce((total, cell) => total + cell.colspan, 0) + carried.reduce((total, span) => total + span.columns, 0)
    carried = carried.map((span) => ({ ...span, rows: span.rows - 1 })).filter((span) => span.rows > 0)
    for (const cell of cells) if (cell.rowspan > 1) carried.push({ columns: cell.colspan, rows: cell.rowspan - 1 })
    return width
  })
}
