import type { Root } from 'hast'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { parseDialect } from './parse.js'

declare module 'vfile' {
  interface DataMap {
    /** Front matter of a page read by `kramdownParse`. */
    frontMatter: Record<string, unknown>
    /** The page title from its front matter. */
    title: string | null
  }
}

/**
 * unified parser plugin: read a kramdown module page into hast, so rehype
 * plugins (and rehype-stringify) can follow it. Repairs are messages on the file.
 */
export function kramdownParse(this: Processor<Root>): void {
  this.parser = (document: string, file: VFile): Root => {
    const result = parseDialect(document, { path: file.path })
    file.messages.push(...result.file.messages)
    file.data.frontMatter = result.frontMatter.data
    file.data.title = result.frontMatter.title
    return result.tree
  }
}
