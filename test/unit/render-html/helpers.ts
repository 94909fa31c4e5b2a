// Render fixture pages and read the HTML back as a tree, so tests ask what a browser would see.
import { readFileSync } from 'node:fs'
import type { ModuleRoot } from '@modulemark/model'
import { parseModule } from '@modulemark/extract'
import { toHtml, type Options } from '@modulemark/render-html'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { parseFixture } from '../helpers/model.js'

export const seedFile = new URL('../../../examples/relationships.md', import.meta.url)
export const goldenDir = new URL('../../fixtures/html/', import.meta.url)

/** The seed page, parsed as the CLI would parse `examples/relationships.md`. */
export function seed(): ModuleRoot {
  return parseModule(readFileSync(seedFile, 'utf8'), { path: 'relationships.md' })
}

/** A fixture page of `test/fixtures/pages/` as a model. */
export function fixture(name: string): ModuleRoot {
  return parseFixture(name) as unknown as ModuleRoot
}

export interface Rendered {
  html: string
  tree: Root
  all(selector: string): Element[]
  one(selector: string): Element
}

/** `toHtml`, then parsed back by an HTML parser. */
export function render(model: ModuleRoot, options: Options = {}): Rendered {
  const html = toHtml(model, options)
  const tree = fromHtml(html, { fragment: options.fragment ?? false })
  const all = (selector: string) => selectAll(selector, tree)
  const one = (selector: string) => {
    const found = all(selector)
    if (found.length !== 1) throw new Error(`Expected one \`${selector}\`, found ${found.length}`)
    return found[0]
  }
  return { html, tree, all, one }
}

/** Elements matching `selector` inside `node` (`:scope` is `node`). */
export const within = (node: Element, selector: string): Element[] => selectAll(selector, node)

/** Whitespace-collapsed text of an element. */
export const text = (node: Element | Root): string => toString(node).replace(/\s+/g, ' ').trim()

/** The class list of an element. */
export const classes = (node: Element): string[] => (node.properties.className as string[] | undefined) ?? []
