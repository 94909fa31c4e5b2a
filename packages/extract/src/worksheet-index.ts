import type { ModuleRoot, Node, Position, WorksheetEntry } from '@modulemark/model'
import { report } from '@modulemark/dialect'
import { toString } from 'mdast-util-to-string'
import type { VFile } from 'vfile'
import { calloutRole, titleBlock } from './struct.js'
import { parseWorksheetName, worksheetOf } from './worksheet-name.js'

type Callout = Extract<Node, { type: 'callout' }>

interface State {
  entries: WorksheetEntry[]
  /** Where each entry's messages point: the heading or title that names it. */
  places: Position[]
  /** Headers of fill-in tables met since the last worksheet, outside callouts. */
  pending: string[][]
}

/**
 * Name worksheets on headings outside callout titles, and index every worksheet
 * named on the page with its instructions and the tables it is made of.
 */
export function indexWorksheets(children: Node[], file: VFile): ModuleRoot['worksheets'] {
  const state: State = { entries: [], places: [], pending: [] }
  walk(children, undefined, state)
  checkNumbers(state, file)
  return state.entries
}

function walk(nodes: Node[], callout: Callout | undefined, state: State): void {
  for (const node of nodes) {
    if (node.type === 'callout') {
      visitCallout(node, state)
    } else if (node.type === 'heading') {
      if (callout && titleBlock(callout.children) === node && callout.worksheet) continue
      node.worksheet = headingWorksheet(node, callout)
      if (node.worksheet) addEntry(state, node.worksheet, [], [], node.position, node.position)
    } else if (node.type === 'table') {
      if (node.fillIn && !callout) state.pending.push(node.columns)
    } else if ('children' in node) {
      walk(node.children, callout, state)
    }
  }
}

function visitCallout(callout: Callout, state: State): void {
  if (callout.worksheet) {
    const title = titleBlock(callout.children)
    const instructions = callout.children.slice(title ? 1 : 0)
    addEntry(state, callout.worksheet, instructions, fillInTables(callout.children), callout.position, (title ?? callout).position)
  }
  walk(callout.children, callout, state)
}

function headingWorksheet(heading: Extract<Node, { type: 'heading' }>, callout: Callout | undefined) {
  const name = parseWorksheetName(toString(heading))
  // Outside a callout title, a bare "Activity" heading is prose: ask for a number or a link.
  if (!name || (name.written === null && !hasLink(heading))) return null
  return worksheetOf(heading, (parsed) => (parsed.revisit ? 'revisit' : callout ? calloutRole(parsed, callout.kind) : 'reference'))
}

function hasLink(node: Node): boolean {
  return node.type === 'link' || ('children' in node && node.children.some(hasLink))
}

function fillInTables(nodes: Node[]): string[][] {
  const found: string[][] = []
  for (const node of nodes) {
    if (node.type === 'table' && node.fillIn) found.push(node.columns)
    else if ('children' in node) found.push(...fillInTables(node.children))
  }
  return found
}

function addEntry(state: State, worksheet: NonNullable<Callout['worksheet']>, instructions: Node[], inside: string[][], position: Position, place: Position): void {
  const seen = new Set<string>()
  const tables: { columns: string[] }[] = []
  for (const columns of [...state.pending, ...inside]) {
    const key = JSON.stringify(columns)
    if (columns.length === 0 || seen.has(key)) continue
    seen.add(key)
    tables.push({ columns })
  }
  state.pending = []
  state.entries.push({ ...worksheet, instructions, tables, position })
  state.places.push(place)
}

function checkNumbers({ entries, places }: State, file: VFile): void {
  const seen = new Set<string>()
  for (const [index, entry] of entries.entries()) {
    const place = places[index].start
    if (entry.role !== 'worksheet') continue
    if (entry.number === null) {
      report(file, 'worksheet-number-missing', `${entry.label} “${entry.title ?? ''}” has no number: number it like “${entry.label} #3: …”`, place)
      continue
    }
    const key = `${entry.label} ${entry.number}`
    if (seen.has(key)) report(file, 'worksheet-number-duplicate', `${entry.label} #${entry.number} is named twice on this page as a new worksheet`, place)
    seen.add(key)
  }
}
