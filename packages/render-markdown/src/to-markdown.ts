import type { ModuleRoot } from '@modulemark/model'
import { writeFrontMatter } from './front-matter.js'
import { writeFlow } from './markdown/write.js'
import { normalize } from './normalize.js'
import type { Options } from './options.js'

/**
 * The model as a module page in the kramdown dialect it was read from. Parsing
 * the result gives the same model (positions and messages aside), and writing
 * that again gives the same text. Positions are never read: a model a tool
 * wrote without real ones is written the same.
 */
export function toMarkdown(model: ModuleRoot, options: Options = {}): string {
  if (model === null || typeof model !== 'object' || model.type !== 'module') {
    throw new TypeError(`Expected a modulemark module (\`type: 'module'\`) as \`model\`, not \`${describe(model)}\``)
  }
  const front = options.frontMatter === false ? '' : writeFrontMatter(model.frontMatter)
  const body = writeFlow(normalize(model.children), options)
  return keepByteOrderMark(front !== '' && body !== '' ? `${front}\n${body}` : front + body)
}

/**
 * A page's first U+FEFF is a byte order mark, which a reader drops: one that is text
 * there (a page that had a blank line before it) is written as a reference. Only text
 * can start with one; every other block starts with its own markup.
 */
function keepByteOrderMark(page: string): string {
  return page.startsWith('\uFEFF') ? `&#xFEFF;${page.slice(1)}` : page
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return value === null ? 'null' : typeof value
  const type = (value as { type?: unknown }).type
  return typeof type === 'string' ? `type: '${type}'` : 'an object without `type`'
}
