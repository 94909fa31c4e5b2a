// One handout: header, instructions, blank tables, questions, a writing area when there is no table, footer.
import type { ModuleRoot, WorksheetEntry } from '@modulemark/model'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { findAnchor, followingQuestions, headingSection } from './find.js'
import { instructions, onPaper } from './instructions.js'
import { writingArea } from './lines.js'
import { worksheetName } from './name.js'
import type { Settings } from './options.js'
import { worksheetTables } from './tables.js'

export interface HandoutContext {
  course: string | null
  moduleTitle: string | null
  licence: string | null
  /** The worksheet title's heading level: 1 alone in a file, 2 under a module or workbook title. */
  titleDepth: 1 | 2
  /** The module title line is the file's `h1` (first of several handouts). */
  moduleHeading: boolean
  id: string
}

export function handout(model: ModuleRoot, entry: WorksheetEntry, settings: Settings, context: HandoutContext): Element {
  const anchor = findAnchor(model, entry)
  const name = worksheetName(entry, anchor)
  const tables = entry.tables.flatMap((table) => worksheetTables(model, table, settings))
  // A heading names its worksheet without a box around it: what follows the heading is its content.
  const byHeading = entry.instructions.length === 0 && anchor?.node.type === 'heading'
  const content = byHeading ? headingSection(anchor) : entry.instructions
  const { lead, items } = byHeading ? { lead: null, items: [] } : followingQuestions(anchor)
  const ordered = items.length > 0 && anchor !== null && listIsOrdered(anchor.siblings, items[0])
  const questions = items.length === 0 ? [] : [
    h('div', { className: ['questions'] }, [
      ...(lead ? onPaper([lead], settings, 0) : []),
      h(ordered ? 'ol' : 'ul', items.flatMap((item) => onPaper([item], settings, settings.answerLines)))
    ])
  ]
  const body: ElementContent[] = [
    header(name, context),
    h('div', { className: ['instructions'] }, instructions(content, settings, context.titleDepth)),
    ...tables,
    ...questions,
    // Without a table to fill in, the rest of the page is for writing.
    ...(entry.tables.length === 0 ? [writingArea()] : []),
    ...(context.licence ? [h('footer', { className: ['licence'] }, context.licence)] : [])
  ]
  return h('section', { className: ['handout'], id: context.id, ariaLabel: name }, body)
}

function header(name: string, context: HandoutContext): Element {
  const lines: ElementContent[] = []
  if (context.course) lines.push(h('p', { className: ['course'] }, context.course))
  if (context.moduleTitle) lines.push(h(context.moduleHeading ? 'h1' : 'p', { className: ['module'] }, context.moduleTitle))
  lines.push(h(`h${context.titleDepth}`, { className: ['title'] }, name))
  const fields = ['Name', 'Date', 'Library'].map((label) => h('div', { className: ['field'] }, [h('span', `${label}:`), h('span', { className: ['blank'] })]))
  return h('header', [...lines, h('div', { className: ['fields'] }, fields)])
}

function listIsOrdered(siblings: ModuleRoot['children'], item: unknown): boolean {
  const list = siblings.find((node) => node.type === 'list' && (node.children as unknown[]).includes(item))
  return list?.type === 'list' && list.ordered
}
