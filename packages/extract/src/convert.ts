import type { Node, Position } from '@modulemark/model'
import type { Element as HastElement, ElementContent, RootContent } from 'hast'
import { toAttributes } from './attributes.js'
import type { Context } from './context.js'
import { convertEmbed, takeVideotime } from './embed.js'
import { positionOf } from './position.js'
import { convertProse, isBlockTag } from './prose.js'
import { convertStruct } from './struct.js'
import { convertTable } from './table.js'

type Content = RootContent | ElementContent

const validTagName = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/
const tableParts = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col'])

/** Convert a list of hast siblings; whitespace between blocks is layout, not text. */
export function convertChildren(nodes: readonly Content[], context: Context, fallback: Position): Node[] {
  const out: Node[] = []
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]
    if (isBlank(node) && isLayout(nodes, i)) continue
    if (node.type === 'element' && node.tagName === 'iframe') {
      const videotime = takeVideotime(nodes, i + 1)
      out.push(convertEmbed(node, videotime?.element ?? null, { ...context, fallback }))
      if (videotime?.consumed) i = videotime.index
      continue
    }
    out.push(...convertNode(node, { ...context, fallback }))
  }
  // What stood after a blank text may have come to nothing (`<titl](e…>`, no element at all).
  while (out.length > 0 && isBlankNode(out[out.length - 1])) out.pop()
  while (out.length > 0 && isBlankNode(out[0])) out.shift()
  return out
}

function isBlankNode(node: Node): boolean {
  return node.type === 'text' && !/\S/.test(node.value)
}

function isLayout(nodes: readonly Content[], index: number): boolean {
  // Past other blank texts: taking an element out (a details' summary) can leave two side by side.
  let b = index - 1
  while (b >= 0 && isBlank(nodes[b])) b--
  let a = index + 1
  while (a < nodes.length && isBlank(nodes[a])) a++
  const before = nodes[b]
  const after = nodes[a]
  return before === undefined || after === undefined || isBlock(before) || isBlock(after)
}

function isBlank(node: Content): boolean {
  return node.type === 'text' && !/\S/.test(node.value)
}

function isBlock(node: Content): boolean {
  return node.type === 'comment' || node.type === 'liquid' || (node.type === 'element' && isBlockTag(node.tagName))
}

/** One hast node to zero or more model nodes. */
export function convertNode(node: Content, context: Context): Node[] {
  const position = positionOf(node, context.fallback)
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value, position }]
    case 'comment':
      return [{ type: 'comment', value: node.value, position }]
    case 'liquid':
      return [{ type: 'liquid', value: node.value, position }]
    case 'element':
      // Table parts reach here only outside a table (tables read their own rows), where
      // HTML cannot say them; a name like `tr###` is no element at all: keep the content.
      if (tableParts.has(node.tagName) || !validTagName.test(node.tagName)) return convertChildren(node.children, context, position)
      if (node.tagName === 'table') return convertTable(node, { ...context, fallback: position }, position)
      return [convertElement(node, { ...context, fallback: position }, position)]
    default:
      return []
  }
}

function convertElement(element: HastElement, context: Context, position: Position): Node {
  if (element.tagName === 'div') {
    const struct = convertStruct(element, context, position)
    if (struct) return struct
  }
  if (element.tagName === 'script' || element.tagName === 'style') {
    const start = element.position?.start.offset
    const end = element.position?.end.offset
    const value = start !== undefined && end !== undefined ? context.text.slice(start, end) : ''
    return { type: 'html', value, position }
  }
  return (
    convertProse(element, context, position) ?? {
      type: 'element',
      tagName: element.tagName,
      attributes: toAttributes(element.properties),
      children: convertChildren(element.children, context, position),
      position
    }
  )
}
