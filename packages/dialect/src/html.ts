import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { isMarkdownDiv } from './markdown-attribute.js'
import { shiftPositions } from './positions.js'
import type { ScanContext } from './scan.js'
import { tagEnd } from './tags.js'

/**
 * Read an HTML block with parse5. Elements marked `markdown="1"` inside it get
 * their content read as Markdown again, as kramdown does.
 */
export function htmlToHast(
  context: ScanContext,
  start: number,
  end: number,
  readBlocks: (start: number, end: number) => ElementContent[]
): ElementContent[] {
  const tree: Root = fromHtml(context.text.slice(start, end), { fragment: true })
  shiftPositions(tree, context.index.point(start))
  readMarkdownInside(tree, context, readBlocks)
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
}

function readMarkdownInside(parent: Root | Element, context: ScanContext, readBlocks: (start: number, end: number) => ElementContent[]): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue
    const inner = isMarkdownDiv(child) ? innerRange(child, context) : null
    if (inner) child.children = readBlocks(inner.start, inner.end)
    else readMarkdownInside(child, context, readBlocks)
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
