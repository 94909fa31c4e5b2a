import { parseModule } from '@modulemark/extract'
import type { ModuleRoot } from '@modulemark/model'
import { toMarkdown } from '@modulemark/render-markdown'

import { withoutPlaces } from '../helpers/strip.js'

export { withoutPlaces }

/** Parse, write, parse again, write again. */
export function roundTrip(source: string | Uint8Array, path: string | null = 'page.md') {
  const first = parseModule(source, { path })
  const markdown = toMarkdown(first)
  const second = parseModule(markdown, { path })
  return { first, markdown, second, again: toMarkdown(second) }
}

/** The body Markdown written for a page (no front matter). */
export function write(source: string): string {
  return toMarkdown(parseModule(source), { frontMatter: false })
}

export function model(source: string): ModuleRoot {
  return parseModule(source)
}

/** Whether a page reads back as the same model after writing, and writes the same again. */
export function stable(source: string): { same: boolean; idempotent: boolean } {
  const { first, second, markdown, again } = roundTrip(source)
  return { same: JSON.stringify(withoutPlacesSorted(second)) === JSON.stringify(withoutPlacesSorted(first)), idempotent: again === markdown }
}

function withoutPlacesSorted(value: unknown): unknown {
  return JSON.parse(JSON.stringify(withoutPlaces(value), (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v)))
}
