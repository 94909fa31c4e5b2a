// "Worksheet #6: Your relationships capacity": the name as the page writes it.
import type { WorksheetEntry } from '@modulemark/model'
import { plainText, type Anchor } from './find.js'

const written = /^\s*(?:Learning\s+Activity|Activity|Worksheet)\s*#?\s*(\d+)/i

/** Label and number as in the callout or heading (`Activity 3`, `Worksheet #6`), then the title. */
export function worksheetName(entry: WorksheetEntry, anchor: Anchor | null): string {
  const text = anchor ? plainText(anchor.node).replace(/\s+/g, ' ') : ''
  const match = written.exec(text)
  const number = match && Number(match[1]) === entry.number ? match[0].trim() : standard(entry)
  return entry.title ? `${number}: ${entry.title}` : number
}

// The course writes worksheets as `Worksheet #N` and activities as `Activity N`.
function standard(entry: WorksheetEntry): string {
  if (entry.number === null) return entry.label
  return entry.label === 'Worksheet' ? `${entry.label} #${entry.number}` : `${entry.label} ${entry.number}`
}
