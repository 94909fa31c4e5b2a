import type { Element, ElementContent, Root } from 'hast'
import { fromParse5 } from 'hast-util-from-parse5'
import { parseFragment } from 'parse5'
import { VFile } from 'vfile'
import { cutParse5 } from './depth.js'
import { maxContainerDepth, maxTreeDepth, reportLimit, tooDeep } from './limits.js'
import { dropMarkdownAttribute, dropMarkdownAttributes, isMarkdownDiv } from './markdown-attribute.js'
import { placeInFile } from './positions.js'
import type { ScanContext } from './scan.js'
import { tagEnd } from './tags.js'

/** Reads the Markdown content of `text[start, end)` placed `level` elements deep. */
export type ReadBlocks = (start: number, end: number, level: number) => ElementContent[]

/**
 * Read an HTML block with parse5. Elements marked `markdown="1"` inside it get
 * their content read as Markdown again, as kramdown does.
 */
export function htmlToHast(context: ScanContext, start: number, end: number, readBlocks: ReadBlocks): ElementContent[] {
  const html = context.text.slice(start, end)
  // parse5 builds deep trees without recursing, hast-util-from-parse5 does not: cut first.
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true, scriptingEnabled: false })
  for (const offset of cutParse5(fragment, maxTreeDepth - context.level)) reportCut(context, start + offset)
  const tree = fromParse5(fragment, { file: new VFile(html) }) as Root
  placeInFile(tree, context.index, start, end)
  // Past the container limit, markdown divs stay HTML (the scanner said so).
  if (context.depth < maxContainerDepth) readMarkdownInside(tree, context, readBlocks)
  else dropMarkdownAttributes(tree)
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
}

export function reportCut(context: ScanContext, offset: number): void {
  reportLimit(context.file, tooDeep, context.index.point(offset))
}

// Depth-bounded by the cut above, so recursing is safe.
function readMarkdownInside(parent: Root | Element, context: ScanContext, readBlocks: ReadBlocks, depth = 0): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    const marked = isMarkdownDiv(child)
    const inner = marked ? innerRange(child, context) : null
    if (inner) child.children = readBlocks(inner.start, inner.end, context.level + depth + 1)
    else {
      // A start tag too broken to find its end (`<th bg<div markdown="1">`): its content stays HTML.
      if (marked) dropMarkdownAttribute(child)
      readMarkdownInside(child, context, readBlocks, depth + 1)
    }
  }
}

/** Where an element's content starts and ends in the file, between its tags. */
function innerRange(element: Element, context: ScanContext): { start: number; end: number } | null {
  const from = element.position?.start.offset
  const to = element.position?.end.offset
  if (from === undefined || to === undefined) return null
  const start = tagEnd(context.text, from, to)
  if (start < 0) return null
  const close = `</${element.tagName}`
  const closeAt = context.text.slice(start, to).toLowerCase().lastIndexOf(close)
  return { start, end: closeAt < 0 ? to : start + closeAt }
}
