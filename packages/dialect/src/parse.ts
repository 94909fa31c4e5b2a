import type { Root } from 'hast'
import { VFile } from 'vfile'
import { decode } from './decode.js'
import { cutTree, hastCut } from './depth.js'
import { readFrontMatter, type FrontMatter } from './front-matter.js'
import { splitLiquid } from './liquid.js'
import { repairTables } from './repair-tables.js'
import { maxTreeDepth, reportLimit, tooDeep } from './limits.js'
import { TextIndex } from './text-index.js'
import { readBlocks } from './tree.js'

export interface Options {
  /** The page's path, for messages. */
  path?: string | null
}

export interface DialectResult {
  /** The page as hast; struct divs are `div` elements whose content was read as Markdown. */
  tree: Root
  frontMatter: FrontMatter
  /** The text that was read (after decoding). */
  text: string
  index: TextIndex
  /** Messages are on `file.messages`. */
  file: VFile
}

/** Read a page of the kramdown dialect into hast, with every repair reported on the file. */
export function parseDialect(input: string | Uint8Array, options: Options = {}): DialectResult {
  const file = new VFile({ path: options.path ?? undefined })
  const text = decode(input, file)
  file.value = text
  const index = new TextIndex(text)
  const frontMatter = readFrontMatter(index, file)
  const context = { text, index, file, depth: 0, level: 0 }
  const tree: Root = {
    type: 'root',
    children: readBlocks(context, frontMatter.bodyStart, text.length),
    position: { start: index.point(0), end: index.point(text.length) }
  }
  // Each part was cut where it was read; this holds the whole tree to the limit for every later walk.
  for (const node of cutTree(tree, maxTreeDepth, hastCut)) reportLimit(file, tooDeep, node.position?.start)
  repairTables(tree, text, file)
  splitLiquid(tree, file, index)
  return { tree, frontMatter, text, index, file }
}
