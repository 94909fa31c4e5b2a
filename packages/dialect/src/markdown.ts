import type { ElementContent, Element, Root as HastRoot } from 'hast'
import { raw } from 'hast-util-raw'
import type { Root, Text, PhrasingContent } from 'mdast'
import { toHast } from 'mdast-util-to-hast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit, SKIP } from 'unist-util-visit'
import { VFile } from 'vfile'
import { cutTree, mdastCut } from './depth.js'
import { reportCut } from './html.js'
import { applyIals } from './ial.js'
import { maxTreeDepth, reportLimit } from './limits.js'
import { maskUnclosedComments, unmaskComments } from './mask-comments.js'
import { maskIals } from './mask-ials.js'
import { dropMarkdownAttributes } from './markdown-attribute.js'
import { remarkKramdownGfm } from './kramdown-gfm.js'
import { placeInFile, shiftPoint } from './positions.js'
import type { ScanContext } from './scan.js'
import { spanNesting } from './span-html.js'

const parser = unified().use(remarkParse).use(remarkKramdownGfm).freeze()

/** Read `text[start, end)` as Markdown (GFM) into hast whose positions point into the whole file. */
export function markdownToHast(context: ScanContext, start: number, end: number): ElementContent[] {
  // micromark drops a BOM that starts its input, and every offset after it would be one short.
  while (context.text.charCodeAt(start) === 0xfeff && start < end) start++
  const slice = context.text.slice(start, end)
  const base = context.index.point(start)
  const { masked, bodies } = maskIals(slice)
  const comments = maskUnclosedComments(masked)
  const mdast = parser.parse(comments.masked) as Root
  if (comments.changed) unmaskComments(mdast)
  // micromark nests as deep as the text says; the walks below recurse.
  const budget = maxTreeDepth - context.level
  for (const node of cutTree(mdast, budget, mdastCut)) reportCut(context, start + (node.position?.start.offset ?? 0))
  // Each pass walks the tree: skip those the text cannot need.
  if (slice.includes('{:')) applyIals(mdast, context.file, base, bodies)
  if (/\]\([^)\n]*\s/.test(slice)) linkSpacedUrls(mdast)
  if (slice.includes('](')) keepUrlsAsWritten(mdast)
  const hast = toHast(mdast, { allowDangerousHtml: true }) as HastRoot
  // Raw HTML is parsed against the slice, then every position is moved into the file at once.
  const tree = hasRaw(hast) ? readRaw(hast, slice, budget, context, start) : hast
  placeInFile(tree, context.index, start, end)
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
}

/** A `###Title` line: the text after the hashes, read as the heading's content. */
export function headingToHast(context: ScanContext, start: number, contentStart: number, end: number, depth: number): Element {
  const content = markdownToHast(context, contentStart, end)
  const paragraph = content.find((node): node is Element => node.type === 'element' && node.tagName === 'p')
  return {
    type: 'element',
    tagName: `h${depth}`,
    properties: paragraph?.properties ?? {},
    children: paragraph ? paragraph.children : content,
    position: { start: context.index.point(start), end: context.index.point(end) }
  }
}

/** mdast-util-to-hast percent-encodes URLs; the model keeps them as the author wrote them (`{% post_url x %}`). */
function keepUrlsAsWritten(tree: Root): void {
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image') return
    const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> }
    data.hProperties = { ...data.hProperties, [node.type === 'link' ? 'href' : 'src']: node.url }
  })
}

/** Parse span HTML in place, unless its tags nest past the budget: then they stay text, as written. */
function readRaw(hast: HastRoot, slice: string, budget: number, context: ScanContext, start: number): HastRoot {
  const raws: { type: string; value: string; position?: Text['position'] }[] = []
  visit(hast, 'raw', (node) => {
    raws.push(node)
  })
  if (spanNesting(raws.map((node) => node.value).join('')) <= budget) {
    const tree = raw(hast, { file: new VFile(slice) }) as HastRoot
    // Span HTML in a Markdown run is never read as Markdown, whatever its attributes say.
    dropMarkdownAttributes(tree)
    return tree
  }
  for (const node of raws) node.type = 'text'
  const offset = start + (raws[0].position?.start.offset ?? 0)
  reportLimit(context.file, `HTML tags in this paragraph nest more than ${maxTreeDepth} deep: they were kept as text`, context.index.point(offset))
  return hast
}

function hasRaw(tree: HastRoot): boolean {
  let found = false
  visit(tree, 'raw', () => {
    found = true
    return false
  })
  return found
}

/**
 * `[Worksheet #1: Title](NEEDS LINK)` and `![x]({{ site.baseurl }}/x.png)` are a link
 * and an image to kramdown but text to CommonMark (a space in the URL): make them
 * what the author meant.
 */
function linkSpacedUrls(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined) return
    const pattern = /(!?)\[([^\]\n]*)\]\(([^()\n]*\s[^()\n]*)\)/g
    const parts: PhrasingContent[] = []
    let last = 0
    for (const match of node.value.matchAll(pattern)) {
      if (match.index > last) parts.push(textPart(node, last, match.index))
      const position = slicePosition(node, match.index, match.index + match[0].length)
      const url = match[3].trim()
      const labelStart = match.index + match[1].length + 1
      parts.push(
        match[1]
          ? { type: 'image', url, alt: match[2], title: null, position }
          : { type: 'link', url, title: null, children: [textPart(node, labelStart, labelStart + match[2].length)], position }
      )
      last = match.index + match[0].length
    }
    if (parts.length === 0) return
    if (last < node.value.length) parts.push(textPart(node, last, node.value.length))
    ;(parent.children as PhrasingContent[]).splice(index, 1, ...parts)
    return [SKIP, index + parts.length]
  })
}

function textPart(node: Text, from: number, to: number): Text {
  return { type: 'text', value: node.value.slice(from, to), position: slicePosition(node, from, to) }
}

// Exact only while no line break comes before `to` (rare here); past one the part gets
// no place of its own, and its parent's stands for it: the text's own would be off.
function slicePosition(node: Text, from: number, to: number) {
  const start = node.position?.start
  if (!start || /[\r\n]/.test(node.value.slice(0, to))) return undefined
  return {
    start: { line: start.line, column: start.column + from, offset: (start.offset ?? 0) + from },
    end: { line: start.line, column: start.column + to, offset: (start.offset ?? 0) + to }
  }
}
