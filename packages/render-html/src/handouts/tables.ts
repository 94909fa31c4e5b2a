// Blank tables to fill in, and the page's filled one as an example.
import type { ModuleRoot, Table, WorksheetTable } from '@modulemark/model'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { toHastContent } from '../hast/index.js'
import { bodyRows, tablesWith } from './find.js'
import type { Settings } from './options.js'

/** The blank table for one of the entry's tables, and the example after it when asked for. */
export function worksheetTables(model: ModuleRoot, table: WorksheetTable, settings: Settings): Element[] {
  const tables = tablesWith(model, table.columns)
  const labels = settings.keepRowLabels ? rowLabels(tables) : []
  const out = [blankTable(table.columns, labels, settings.rows)]
  const example = settings.withExample ? exampleTable(tables) : null
  if (example) out.push(h('figure', { className: ['example'] }, [h('figcaption', 'Example'), ...toHastContent(example, settings.hast)]))
  return out
}

function blankTable(columns: readonly string[], labels: string[], rows: number): Element {
  const head = h('thead', h('tr', columns.map((column) => h('th', { scope: 'col' }, column))))
  const body = Array.from({ length: Math.max(rows, labels.length) }, (_, index) => {
    const label = labels[index]
    // A kept label names its row, as a row header does; the other cells stay empty.
    const first: ElementContent = label ? h('th', { scope: 'row' }, label) : h('td')
    return h('tr', [first, ...columns.slice(1).map(() => h('td'))])
  })
  return h('table', { className: ['blank'] }, [head, h('tbody', body)])
}

/** The first-column labels of the first table with any, in order. */
function rowLabels(tables: Table[]): string[] {
  for (const table of tables) {
    const labels = bodyRows(table).map((cells) => cells[0] ?? '')
    if (labels.some((label) => label !== '')) return labels.filter((label) => label !== '')
  }
  return []
}

// A filled example shows what goes in the other columns: the first table with text there,
// else the first with any text at all.
function exampleTable(tables: Table[]): Table | null {
  const filled = (table: Table, from: number) => bodyRows(table).some((cells) => cells.slice(from).some((cell) => cell !== ''))
  return tables.find((table) => filled(table, 1)) ?? tables.find((table) => filled(table, 0)) ?? null
}
