// Module pages as print HTML for the browser tests: the fixtures and the seed through the real parser.
import { readFileSync } from 'node:fs'
import { parseModule } from '@modulemark/extract'
import type { ModuleRoot } from '@modulemark/model'

const root = new URL('../../../', import.meta.url)

export const seedUrl = new URL('examples/relationships.md', root)

/** A page of test/fixtures/pages, or any file below the repository, as a model. */
export function modelOf(path: string): ModuleRoot {
  return parseModule(readFileSync(new URL(path, root), 'utf8'), { path: path.split('/').pop() })
}

/** The PDF's text with all white space removed: a URL that wrapped still reads whole. */
export const squeezed = (text: string) => text.replace(/\s+/g, '')
