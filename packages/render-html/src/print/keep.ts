// `break-inside: avoid` on a block taller than a page leaves a blank page before it: keep only what fits.
import type { Node, Table } from '@modulemark/model'

// A Letter or A4 page at 11 pt within 0.75 in margins holds about 42 lines of about 90 characters.
const lineChars = 90
const pageLines = 42

/** Whether a block is short enough (two thirds of a page, by a rough count) to be kept on one page. */
export function fitsOnAPage(node: Node): boolean {
  return estimateLines(node) <= (pageLines * 2) / 3
}

/** A rough height in lines of text: wrapped prose, table rows, fixed sizes for the rest. */
export function estimateLines(node: Node): number {
  switch (node.type) {
    case 'paragraph':
    case 'code':
      return wrap(plain(node)) + 1
    case 'heading':
      return 2.5
    case 'listItem':
      return wrap(plain(node), lineChars - 6)
    case 'table':
      return tableLines(node)
    case 'embed':
      return 9 // the video block: a 1 in QR code
    case 'image':
      return 14
    case 'thematicBreak':
      return 1
    default:
      return 'children' in node ? node.children.reduce((sum, child) => sum + estimateLines(child), 0) + 1 : 0
  }
}

function tableLines(node: Table): number {
  let total = 1
  for (const row of node.children) {
    const cells = row.type === 'tableRow' ? row.children : []
    const width = lineChars / Math.max(1, cells.length)
    // A blank fill-in row is drawn about two lines tall so there is room to write.
    total += Math.max(2, ...cells.map((cell) => wrap(plain(cell), width))) + 0.5
  }
  return total
}

const wrap = (text: string, width = lineChars) => Math.max(1, Math.ceil(text.length / width))

function plain(node: Node): string {
  if (node.type === 'comment' || node.type === 'liquid' || node.type === 'html') return ''
  if ('value' in node && typeof node.value === 'string') return node.value
  if (node.type === 'tableCell' && node.children.length === 0) return node.lines.join(' ')
  return 'children' in node ? node.children.map(plain).join(node.type === 'tableCell' ? ' ' : '') : ''
}
