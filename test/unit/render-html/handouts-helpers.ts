// Handouts and workbooks rendered, then read back by an HTML parser, so tests ask what a reader sees.
import { readdirSync, readFileSync } from 'node:fs'
import { parseModule } from '@modulemark/extract'
import type { ModuleRoot } from '@modulemark/model'
import { toWorksheets, type WorksheetsOptions } from '@modulemark/render-html'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { text } from './helpers.js'

export { seed, text } from './helpers.js'

export const gardeningDir = new URL('../../fixtures/modules/gardening/', import.meta.url)

/** The fixture module's pages in date order, each `path` relative to the module folder. */
export function gardening(): ModuleRoot[] {
  const posts = new URL('_posts/', gardeningDir)
  return readdirSync(posts)
    .sort()
    .map((file) => parseModule(readFileSync(new URL(file, posts)), { path: `_posts/${file}` }))
}

/** A page written in the test, as the parser reads it. */
export const page = (source: string): ModuleRoot => parseModule(source, { path: 'page.md' })

export interface Handouts {
  html: string
  tree: Root
  handouts: Element[]
  all(selector: string, within?: Element): Element[]
}

export function read(html: string): Handouts {
  const tree = fromHtml(html)
  const all = (selector: string, within: Element | Root = tree) => selectAll(selector, within)
  return { html, tree, handouts: all('section.handout'), all }
}

export const handouts = (model: ModuleRoot, options: WorksheetsOptions = {}) => read(toWorksheets(model, options))

/** A blank table's column labels and its body rows as cell texts. */
export function tableShape(table: Element): { columns: string[]; rows: string[][] } {
  return {
    columns: selectAll('thead th', table).map(text),
    rows: selectAll('tbody tr', table).map((row) => selectAll('td, th', row).map(text))
  }
}

/** The questions of a list: each item's text (without its lines) and how many ruled lines follow it. */
export function questions(list: Element): { text: string; lines: number }[] {
  return selectAll(':scope > li', list).map((item) => ({
    text: text({ ...item, children: item.children.filter((child) => !(child.type === 'element' && select('.line', child) !== undefined)) }),
    lines: selectAll('.answer .line', item).length
  }))
}
