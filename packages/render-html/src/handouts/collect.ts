// Which worksheets a module's workbook holds, in what order, and what is wrong with their numbers.
import type { ModuleRoot, WorksheetEntry } from '@modulemark/model'
import type { WorkbookMessage } from './options.js'

export interface Collected {
  model: ModuleRoot
  entry: WorksheetEntry
}

/**
 * Published pages in the order given, each page's worksheets by number; a
 * reference joins them when no page has its number as a worksheet. Numbers
 * are the course's one sequence whatever the label (Worksheet #2, Activity 3).
 */
export function collect(pages: readonly ModuleRoot[]): { items: Collected[]; messages: WorkbookMessage[] } {
  const published = pages.filter((page) => page.frontMatter.published !== false && page.frontMatter.published !== 'false')
  const introduced = new Set(published.flatMap((page) => page.worksheets.filter((e) => e.role === 'worksheet' && e.number !== null).map((e) => e.number)))
  const referenced = new Set<number>()
  const items: Collected[] = []
  for (const model of published) {
    const chosen = model.worksheets.filter((entry) => {
      if (entry.role === 'worksheet') return true
      if (entry.role !== 'reference' || entry.number === null || introduced.has(entry.number) || referenced.has(entry.number)) return false
      referenced.add(entry.number)
      return true
    })
    // Unnumbered ones keep their place after the numbered (sort is stable).
    chosen.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity))
    items.push(...chosen.map((entry) => ({ model, entry })))
  }
  return { items, messages: numberMessages(items) }
}

function numberMessages(items: Collected[]): WorkbookMessage[] {
  const messages: WorkbookMessage[] = []
  const first = new Map<number, Collected>()
  for (const item of items) {
    const { entry, model } = item
    const name = `${entry.label}${entry.number === null ? '' : ` #${entry.number}`}${entry.title ? ` “${entry.title}”` : ''}`
    if (entry.number === null) {
      messages.push(message('workbook-number-missing', `${name} on ${where(model)} has no number; it is placed in page order`, item))
      continue
    }
    const earlier = first.get(entry.number)
    if (earlier) messages.push(message('workbook-number-duplicate', `${name} on ${where(model)} has the number of ${earlier.entry.label} #${entry.number} on ${where(earlier.model)}; both are kept in page order`, item))
    else first.set(entry.number, item)
  }
  const numbers = [...first.keys()]
  const top = numbers.length === 0 ? 0 : Math.max(...numbers)
  const gaps = Array.from({ length: top }, (_, i) => i + 1).filter((n) => !first.has(n))
  if (gaps.length > 0) {
    const list = gaps.map((n) => `#${n}`).join(', ')
    messages.push({ ruleId: 'workbook-number-missing', severity: 'warning', reason: `no page of the module has worksheet ${list} (numbers run to #${top})`, path: null, line: null, column: null })
  }
  return messages
}

const where = (model: ModuleRoot) => model.path ?? (model.title ? `“${model.title}”` : 'a page')

function message(ruleId: WorkbookMessage['ruleId'], reason: string, { model, entry }: Collected): WorkbookMessage {
  const start = entry.position?.start
  return { ruleId, severity: 'warning', reason, path: model.path, line: start?.line ?? null, column: start?.column ?? null }
}
