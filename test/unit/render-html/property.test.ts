// Any valid model, also one a tool wrote: every renderer returns, and what it writes reads back
// (HTML parser, or parseModule for Markdown) with as many sections, callouts and tables as the model.
import { parseModule } from '@modulemark/extract'
import type { ModuleRoot, Node } from '@modulemark/model'
import { moduleArbitrary } from '@modulemark/model/arbitraries'
import { toHtml, toPrintHtml, toWorkbook, toWorksheets } from '@modulemark/render-html'
import { toMarkdown } from '@modulemark/render-markdown'
import fc from 'fast-check'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { describe, expect, it } from 'vitest'

// Fixed, so a failure found once is found again; the run counts keep the file near 20 s.
const seed = 20_240_603
const runs = (numRuns: number) => ({ seed, numRuns })

interface Counts {
  sections: number
  callouts: number
  tables: number
}

/** Sections, callouts and tables of the tree (not the copies in the worksheets index). */
function modelCounts(model: ModuleRoot): Counts {
  const counts = { sections: 0, callouts: 0, tables: 0 }
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (node.type === 'section') counts.sections++
      else if (node.type === 'callout') counts.callouts++
      else if (node.type === 'table') counts.tables++
      if ('children' in node) walk(node.children)
    }
  }
  walk(model.children)
  return counts
}

// Print marks sections and callouts as the web page does (plus print-* classes).
function htmlCounts(html: string): Counts {
  const tree = fromHtml(html)
  return { sections: selectAll('div.colorhighlight', tree).length, callouts: selectAll('div.callout', tree).length, tables: selectAll('table', tree).length }
}

const blankTables = (model: ModuleRoot, roles: (entry: ModuleRoot['worksheets'][number]) => boolean) =>
  model.worksheets.filter(roles).reduce((sum, entry) => sum + entry.tables.length, 0)

describe('renderers on arbitrary valid models', () => {
  it('toHtml: the page parses back with the model’s sections, callouts and tables', () => {
    fc.assert(
      fc.property(moduleArbitrary(), (model) => {
        expect(htmlCounts(toHtml(model))).toEqual(modelCounts(model))
      }),
      runs(150)
    )
  }, 60_000)

  it('toPrintHtml: the same', () => {
    fc.assert(
      fc.property(moduleArbitrary(), (model) => {
        expect(htmlCounts(toPrintHtml(model))).toEqual(modelCounts(model))
      }),
      runs(100)
    )
  }, 60_000)

  it('toWorksheets: a handout per worksheet, a blank table per entry of its tables', () => {
    fc.assert(
      fc.property(moduleArbitrary(), (model) => {
        const tree = fromHtml(toWorksheets(model))
        const worksheet = (entry: ModuleRoot['worksheets'][number]) => entry.role === 'worksheet'
        expect(selectAll('section.handout', tree).length).toBe(model.worksheets.filter(worksheet).length)
        expect(selectAll('table.blank', tree).length).toBe(blankTables(model, worksheet))
        // One h1 a file: the worksheet's title, or the module title above several.
        expect(selectAll('h1', tree).length).toBe(selectAll('section.handout', tree).length > 0 ? 1 : 0)
      }),
      runs(150)
    )
  }, 60_000)

  it('toWorkbook of one page: its worksheets, and references to numbers it does not introduce', () => {
    fc.assert(
      fc.property(moduleArbitrary(), (model) => {
        const { html } = toWorkbook([model], { course: { title: 'Course' }, module: { name: 'module' } })
        const tree = fromHtml(html)
        // The README's rule: role `worksheet`, plus the first reference to a number no worksheet has; none when unpublished.
        const introduced = new Set(model.worksheets.filter((e) => e.role === 'worksheet').map((e) => e.number))
        const referenced = new Set<number>()
        const chosen = (entry: ModuleRoot['worksheets'][number]) => {
          if (entry.role === 'worksheet') return true
          if (entry.role !== 'reference' || entry.number === null || introduced.has(entry.number) || referenced.has(entry.number)) return false
          referenced.add(entry.number)
          return true
        }
        const published = model.frontMatter.published !== false && model.frontMatter.published !== 'false'
        const expected = published ? model.worksheets.filter(chosen) : []
        expect(selectAll('section.handout', tree).length).toBe(expected.length)
        expect(selectAll('table.blank', tree).length).toBe(expected.reduce((sum, entry) => sum + entry.tables.length, 0))
        expect(selectAll('h1', tree).length, 'the cover’s title is the one h1').toBe(1)
      }),
      runs(150)
    )
  }, 60_000)

  it('toMarkdown: the page reads back with the model’s sections, callouts and tables', () => {
    fc.assert(
      fc.property(moduleArbitrary(), (model) => {
        expect(modelCounts(parseModule(toMarkdown(model)))).toEqual(modelCounts(model))
      }),
      runs(150)
    )
  }, 60_000)
})
