import type { Node, Worksheet } from '@modulemark/model'
import { toString } from 'mdast-util-to-string'
import { isPlaceholderUrl } from './links.js'

export interface WorksheetName {
  label: Worksheet['label']
  number: number | null
  /** The number as written (`#?`, `#X`), for messages. */
  written: string | null
  title: string | null
  revisit: boolean
}

const labels: Record<string, Worksheet['label']> = { worksheet: 'Worksheet', activity: 'Activity', 'learning activity': 'Learning Activity' }

// "Back to Worksheet #1: KWL", "Activity 3: Plan", "Worksheet #?: Draft", "Learning Activity: Teen jobs".
const pattern = /^(?:(back to|return to)\s+)?(learning activity|worksheet|activity)(?:\s*#\s*(\d+|\?+|x)(?=[\s:.\u2013\u2014-]|$)|\s+(\d+)\b|(?=\s*[:\u2013\u2014-])|\s*$)\s*[:\u2013\u2014-]?\s*(.*)$/i

/** Read "Worksheet #6: Title" (and its variants) from a heading's or title's text. */
export function parseWorksheetName(text: string): WorksheetName | null {
  const match = pattern.exec(text.replace(/\s+/g, ' ').trim())
  if (!match) return null
  const written = match[3] ?? match[4] ?? null
  const number = written !== null && /^\d+$/.test(written) ? Number(written) : null
  return {
    label: labels[match[2].toLowerCase()],
    number,
    written,
    title: match[5].trim() === '' ? null : match[5].trim(),
    revisit: match[1] !== undefined
  }
}

/** The worksheet a title block names: its text, and the link it holds. */
export function worksheetOf(block: Node, role: (name: WorksheetName) => Worksheet['role']): Worksheet | null {
  const name = parseWorksheetName(toString(block))
  if (!name) return null
  const link = findLink(block)
  const url = link && link.url.trim() !== '' && !isPlaceholderUrl(link.url) ? link.url.trim() : null
  return {
    label: name.label,
    number: name.number,
    title: name.title,
    url,
    target: link?.attributes.target ?? null,
    role: role(name)
  }
}

function findLink(node: Node): Extract<Node, { type: 'link' }> | null {
  if (node.type === 'link') return node
  if (!('children' in node)) return null
  for (const child of node.children) {
    const link = findLink(child)
    if (link) return link
  }
  return null
}
