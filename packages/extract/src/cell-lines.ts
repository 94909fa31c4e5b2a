import type { Element, ElementContent } from 'hast'

// Content of these starts a new line of a cell's text.
const lineBlocks = new Set(['p', 'li', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'dd', 'dt'])

/** A cell's text split at `<br>`, paragraphs and list items; each line whitespace-collapsed and trimmed. */
export function cellLines(cell: Element): string[] {
  const lines: string[] = []
  let current = ''
  const breakLine = () => {
    const line = current.replace(/\s+/g, ' ').trim()
    if (line !== '') lines.push(line)
    current = ''
  }
  const walk = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') current += node.value
      else if (node.type === 'liquid') current += node.value
      else if (node.type === 'element') {
        if (node.tagName === 'br') breakLine()
        else if (node.tagName === 'script' || node.tagName === 'style') continue
        else if (lineBlocks.has(node.tagName)) {
          breakLine()
          walk(node.children)
          breakLine()
        } else walk(node.children)
      }
    }
  }
  walk(cell.children)
  breakLine()
  return lines
}

/** Nothing but whitespace, no-break spaces, `-` or `_`. */
export function isBlankText(lines: string[]): boolean {
  return lines.every((line) => /^[\s\u00A0\-_]*$/.test(line))
}
