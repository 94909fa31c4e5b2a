import type { Element, Root } from 'hast'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { report } from './rules.js'

/**
 * Undo what an unclosed cell does to a table: `<th>Relationship<th>` was meant as
 * `</th>`, but a browser opens a new, empty cell there.
 */
export function repairTables(tree: Root, text: string, file: VFile): void {
  // In document order, without a visitor per node: pages can hold 100,000 cells.
  const stack: (Root | Element)[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element' && node.tagName === 'tr') removePhantomCells(node, text, file)
    if (node.type === 'root' || node.tagName !== 'table') warnFosteredText(node, file)
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (child.type === 'element') stack.push(child)
    }
  }
}

function removePhantomCells(row: Element, text: string, file: VFile): void {
  let previous: Element | undefined
  row.children = row.children.filter((cell) => {
    if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) return true
    const phantom =
      previous !== undefined &&
      isHtmlCell(cell, text) &&
      previous.tagName === cell.tagName &&
      !hasEndTag(previous, text) &&
      !hasEndTag(cell, text) &&
      hasText(previous) &&
      !hasText(cell) &&
      !hasElements(cell)
    if (phantom && cell.position) {
      report(file, 'unclosed-cell', `Close the cell with \`</${cell.tagName}>\`: this \`<${cell.tagName}>\` was read as \`</${cell.tagName}>\``, cell.position.start)
      return false
    }
    previous = cell
    return true
  })
}

// Pipe-table cells have no tags at all: only a cell written as `<td>`/`<th>` can be a typo.
function isHtmlCell(cell: Element, text: string): boolean {
  const start = cell.position?.start.offset
  return start !== undefined && text.slice(start, start + 3).toLowerCase() === `<${cell.tagName}`
}

function hasEndTag(element: Element, text: string): boolean {
  const end = element.position?.end.offset
  if (end === undefined) return true
  const close = `</${element.tagName}>`
  return text.slice(end - close.length, end).toLowerCase() === close
}

function hasText(element: Element): boolean {
  return element.children.some((child) => (child.type === 'text' ? /\S/.test(child.value) : child.type === 'element' && hasText(child)))
}

function hasElements(element: Element): boolean {
  return element.children.some((child) => child.type === 'element')
}

function firstWord(value: string, start: Point): Point {
  const blank = /^\s*/.exec(value)![0]
  const lines = blank.split(/\r\n|\r|\n/)
  const line = start.line + lines.length - 1
  const column = lines.length === 1 ? start.column + blank.length : lines[lines.length - 1].length + 1
  return { line, column, offset: (start.offset ?? 0) + blank.length }
}

/** parse5 moves text found between cells in front of the table: say so where it was. */
function warnFosteredText(parent: Root | Element, file: VFile): void {
  const children = parent.children
  for (let i = 0; i < children.length; i++) {
    const table = children[i]
    if (table.type !== 'element' || table.tagName !== 'table' || !table.position) continue
    for (let j = i - 1; j >= 0; j--) {
      const text = children[j]
      if (text.type !== 'text' || !text.position || (text.position.start.offset ?? 0) < (table.position.start.offset ?? 0)) break
      if (/\S/.test(text.value)) report(file, 'text-outside-cell', 'This text is in the table but outside any cell: put it in a `<td>`; it was kept before the table', firstWord(text.value, text.position.start))
    }
  }
}
