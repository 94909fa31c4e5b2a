import type { Node } from '@modulemark/model'
import { isBlockElement, isWritableTagName } from './tags.js'
import { textOf } from './text-of.js'

type Parent = Extract<Node, { children: Node[] }>

const inlineParents = new Set<Node['type']>(['emphasis', 'strong', 'delete', 'link'])
const flowTypes = new Set<Node['type']>([
  'paragraph', 'heading', 'list', 'listItem', 'blockquote', 'code', 'thematicBreak', 'table', 'tableRow', 'tableCell', 'section', 'callout', 'details'
])

/**
 * A damaged page can leave shapes in its model that no page reads back as (a
 * heading inside bold inside a paragraph, from an unclosed `<b>`). Written as
 * they are, each reading would reshape them again. They are written the way an
 * HTML parser would take them apart instead: a block inside phrasing ends it.
 * A model of a sound page passes unchanged.
 */
export function normalize(nodes: readonly Node[], parentType: Node['type'] | 'root' = 'root', inLink = false): Node[] {
  return mergeTexts(nodes.flatMap((node) => normalizeNode(node, parentType, inLink)))
}

/**
 * Texts side by side (left by what was taken apart) read back as one. The
 * line break after a Markdown hard break stays a text of its own: it reads
 * back as one when written as that hard break.
 */
function mergeTexts(nodes: Node[]): Node[] {
  const out: Node[] = []
  for (const node of nodes) {
    const last = out.at(-1)
    const breakLine = last?.type === 'text' && last.value === '\n' && out.at(-2)?.type === 'break'
    if (node.type === 'text' && last?.type === 'text' && !breakLine) out[out.length - 1] = { ...last, value: last.value + node.value }
    else out.push(node)
  }
  return out
}

function normalizeNode(node: Node, parentType: Node['type'] | 'root', inLink: boolean): Node[] {
  if (node.type === 'html' && node.value === '') return []
  // A link in a link (`[x](a b)` in link text) ends the outer one in HTML: its text stands for it.
  if (node.type === 'link' && inLink) return normalize(node.children, parentType, inLink)
  // Parts of a list or table outside it are taken for their content.
  if (node.type === 'listItem' && parentType !== 'list') return normalize(node.children, parentType, inLink)
  if (node.type === 'tableRow' && parentType !== 'table') return normalize(node.children, parentType, inLink)
  if (node.type === 'tableCell' && parentType !== 'tableRow') return normalize(node.children, parentType, inLink)
  if (!('children' in node)) return [node]
  if (node.type === 'element' && !isWritableTagName(node.tagName)) return normalize(node.children, parentType, inLink)
  let children = normalize(node.children, node.type, inLink || node.type === 'link')
  if (node.type === 'details' && node.summary === null) return [takeSummary({ ...node, children })]
  // A blank text first or last in a paragraph is layout to the reader, which drops it.
  if (node.type === 'paragraph' || node.type === 'heading') children = trimBlankTexts(children)
  const copy = { ...node, children: node.type === 'listItem' && !node.spread ? tightItem(children) : children } as Parent
  if (!children.some(isFlow)) return [copy]
  if (inlineParents.has(node.type) || (node.type === 'element' && !isBlockElement(node.tagName))) return children
  if (node.type === 'paragraph' || node.type === 'heading') return split(copy)
  return [copy]
}

/**
 * A `<summary>` among a details' children (one that stood in a link, taken apart
 * above) is its summary to an HTML parser, wherever it stands: so it is written.
 */
function takeSummary(details: Extract<Node, { type: 'details' }>): Node {
  const summary = details.children.find((child) => child.type === 'element' && child.tagName === 'summary')
  if (!summary) return details
  return { ...details, summary: textOf(summary).replace(/\s+/g, ' ').trim(), children: details.children.filter((child) => child !== summary) }
}

/** Without blank texts at either end, which the reader takes for layout in a paragraph. */
export function trimBlankTexts(nodes: Node[]): Node[] {
  const blank = (node: Node | undefined) => node?.type === 'text' && !/\S/.test(node.value)
  let start = 0
  let end = nodes.length
  while (start < end && blank(nodes[start])) start++
  while (end > start && blank(nodes[end - 1])) end--
  return start === 0 && end === nodes.length ? nodes : nodes.slice(start, end)
}

function isFlow(node: Node): boolean {
  return flowTypes.has(node.type) || (node.type === 'element' && isBlockElement(node.tagName))
}

/** A paragraph or heading around blocks: its phrasing before, between and after them, each on its own. */
function split(node: Parent): Node[] {
  const out: Node[] = []
  let run: Node[] = []
  const flush = () => {
    if (run.length > 0) out.push({ ...node, children: run } as Parent)
    run = []
  }
  for (const child of node.children) {
    if (isFlow(child)) {
      flush()
      out.push(child)
    } else run.push(child)
  }
  flush()
  return out
}

/**
 * A tight item's paragraphs are written bare: two side by side (left by a
 * block taken out of a link) read back as one, and an empty one as none.
 */
function tightItem(children: Node[]): Node[] {
  const out: Node[] = []
  for (const child of children) {
    const last = out.at(-1)
    if (child.type === 'paragraph' && child.children.length === 0) continue
    if (child.type === 'paragraph' && last?.type === 'paragraph') out[out.length - 1] = { ...last, children: mergeTexts([...last.children, ...child.children]) }
    else out.push(child)
  }
  return out
}
