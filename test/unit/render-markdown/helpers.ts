import { parseModule } from '@modulemark/extract'
import type { ModuleRoot } from '@modulemark/model'
import { toMarkdown } from '@modulemark/render-markdown'

export { withoutPlaces } from '../helpers/strip.js'

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
