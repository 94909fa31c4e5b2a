import type { DefaultTreeAdapterTypes as P5 } from 'parse5'
import type { Node as UnistNode, Parent as UnistParent, Position } from 'unist'

// Iterative on purpose: these walk trees that may be too deep to recurse over.
// An element at the cut depth keeps only its text. Tables and lists are never
// cut themselves (their rows, cells and items are), so their shape stays
// valid; that lets a tree go at most three levels past the budget.

/** hast and parse5 elements whose children must stay elements. */
export const structuralTags = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'ul', 'ol', 'dl', 'select', 'optgroup'])

type ChildNode = P5.ChildNode
type ParentNode = P5.ParentNode
type P5Element = P5.Element

/**
 * Cut a parse5 tree so elements nest at most `budget` deep (top-level ones are
 * at depth 1). Returns the source offsets (in the parsed string) of the elements cut.
 */
export function cutParse5(fragment: P5.DocumentFragment, budget: number): number[] {
  const cuts: number[] = []
  const stack: [ParentNode, number][] = [[fragment, 0]]
  while (stack.length > 0) {
    const [parent, depth] = stack.pop()!
    for (const child of childrenOf(parent)) {
      if (!isElement(child)) continue
      if (depth + 1 >= Math.max(1, budget) && !structuralTags.has(child.tagName) && childrenOf(child).some(isElement)) {
        cuts.push(child.sourceCodeLocation?.startOffset ?? 0)
        flattenParse5(child)
      } else stack.push([child, depth + 1])
    }
  }
  return cuts.sort((a, b) => a - b)
}

function childrenOf(node: ParentNode): ChildNode[] {
  const content = (node as P5.Template).content
  return content ? [...node.childNodes, ...content.childNodes] : node.childNodes
}

function isElement(node: ChildNode): node is P5Element {
  return 'tagName' in node
}

function flattenParse5(element: P5Element): void {
  const first = element.childNodes[0]?.sourceCodeLocation
  const last = element.childNodes.at(-1)?.sourceCodeLocation
  const text: P5.TextNode = { nodeName: '#text', value: parse5Text(element), parentNode: element }
  if (first && last) {
    const { startLine, startCol, startOffset } = first
    const { endLine, endCol, endOffset } = last
    text.sourceCodeLocation = { startLine, startCol, startOffset, endLine, endCol, endOffset }
  }
  element.childNodes = [text]
  const content = (element as P5.Template).content
  if (content) content.childNodes = []
}

export function parse5Text(root: ParentNode): string {
  let out = ''
  const stack: ChildNode[] = []
  pushReversed(stack, childrenOf(root))
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeName === '#text') out += (node as P5.TextNode).value
    else if (isElement(node)) {
      if (blockTags.has(node.tagName)) out = breakLine(out)
      pushReversed(stack, childrenOf(node))
    }
  }
  return out
}

// Blocks that were cut start a new line of the text they leave.
const blockTags = new Set(['p', 'div', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dd', 'dt', 'section', 'details', 'summary'])
const blockTypes = new Set(['paragraph', 'heading', 'code', 'listItem', 'blockquote', 'tableRow', 'tableCell', 'table', 'list'])

function breakLine(text: string): string {
  return text === '' || /\s$/.test(text) ? text : `${text}\n`
}

type Parent = UnistParent & { children: UnistNode[] }

export interface CutOptions {
  /** Node types (or hast tag names) never cut themselves. */
  structural: (node: Parent) => boolean
  /** What the cut node's one child is, given its text (a paragraph where blocks are needed). */
  wrap: (parent: Parent, text: UnistNode) => UnistNode
}

/**
 * Cut a unist tree (mdast or hast) so parents nest at most `budget` deep below
 * `tree`. Returns the nodes cut, each now holding one text node.
 */
export function cutTree(tree: UnistNode, budget: number, options: CutOptions): Parent[] {
  const cuts: Parent[] = []
  const stack: [Parent, number][] = isParent(tree) ? [[tree, 0]] : []
  while (stack.length > 0) {
    const [parent, depth] = stack.pop()!
    for (const child of parent.children) {
      if (!isParent(child)) continue
      if (depth + 1 >= Math.max(1, budget) && !options.structural(child) && child.children.some(isParent)) {
        cuts.push(child)
        const text = { type: 'text', value: treeText(child), position: spanOf(child.children) }
        child.children = [options.wrap(child, text)]
      } else stack.push([child, depth + 1])
    }
  }
  return cuts
}

function isParent(node: UnistNode): node is Parent {
  return Array.isArray((node as Partial<Parent>).children)
}

/** The text a reader sees, in order: values of text-like leaves (raw HTML as written), no comments. */
function treeText(root: Parent): string {
  let out = ''
  const stack: UnistNode[] = []
  pushReversed(stack, root.children)
  while (stack.length > 0) {
    const node = stack.pop()!
    const value = (node as { value?: unknown }).value
    if (typeof value === 'string') {
      if (node.type !== 'comment') out += value
    } else if (isParent(node)) {
      const tagName = (node as { tagName?: string }).tagName
      if (blockTypes.has(node.type) || (tagName !== undefined && blockTags.has(tagName))) out = breakLine(out)
      pushReversed(stack, node.children)
    }
  }
  return out
}

// A loop, not spread: spreading 100,000 children into push() overflows the stack too.
function pushReversed<T>(stack: T[], nodes: readonly T[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i])
}

function spanOf(nodes: UnistNode[]): Position | undefined {
  const start = nodes[0]?.position?.start
  const end = nodes.at(-1)?.position?.end
  return start && end ? { start: { ...start }, end: { ...end } } : undefined
}

const flowParents = new Set(['blockquote', 'listItem', 'footnoteDefinition'])

/** For mdast: lists, tables and rows stay; a container of blocks keeps a paragraph. */
export const mdastCut: CutOptions = {
  structural: (node) => node.type === 'list' || node.type === 'table' || node.type === 'tableRow',
  wrap: (parent, text) => (flowParents.has(parent.type) ? ({ type: 'paragraph', children: [text], position: text.position } as Parent) : text)
}

/** For hast: table and list elements stay. */
export const hastCut: CutOptions = {
  structural: (node) => node.type === 'element' && structuralTags.has((node as Parent & { tagName: string }).tagName),
  wrap: (_, text) => text
}
