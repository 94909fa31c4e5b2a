import type { Element, ElementContent, Root, Text } from 'hast'
import type { Data, Literal } from 'unist'
import type { VFile } from 'vfile'
import { report } from './rules.js'

/** A Liquid tag (`{% include x.html %}`), kept as written: modulemark does not run Liquid. */
export interface Liquid extends Literal {
  type: 'liquid'
  value: string
  data?: Data
}

declare module 'hast' {
  interface RootContentMap {
    liquid: Liquid
  }
  interface ElementContentMap {
    liquid: Liquid
  }
}

const tag = /\{%-?[\s\S]*?-?%\}/g

/** Turn `{% … %}` inside text into liquid nodes; `{{ … }}` stays text (and attribute values stay as written). */
export function splitLiquid(tree: Root | Element, file: VFile): void {
  const children: ElementContent[] = []
  let changed = false
  for (const child of tree.children as ElementContent[]) {
    if (child.type === 'element') {
      if (child.tagName !== 'code' && child.tagName !== 'pre') splitLiquid(child, file)
      children.push(child)
    } else if (child.type === 'text' && child.value.includes('{%')) {
      const parts = splitText(child, file)
      changed ||= parts.length > 1 || parts[0] !== child
      children.push(...parts)
    } else children.push(child)
  }
  if (changed) tree.children = children
}

function splitText(node: Text, file: VFile): ElementContent[] {
  const parts: ElementContent[] = []
  let last = 0
  for (const match of node.value.matchAll(tag)) {
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index), position: within(node, last, match.index) })
    const position = within(node, match.index, match.index + match[0].length)
    parts.push({ type: 'liquid', value: match[0], position })
    report(file, 'liquid', `The Liquid tag \`${match[0]}\` is kept as it is: modulemark does not run Liquid`, position?.start ?? node.position?.start)
    last = match.index + match[0].length
  }
  if (parts.length === 0) return [node]
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last), position: within(node, last, node.value.length) })
  return parts
}

// Exact only while the text has no line break before `to`; past one the part gets no
// place of its own (its parent's stands for it), as the node's own would be off.
function within(node: Text, from: number, to: number) {
  const start = node.position?.start
  if (!start || /[\r\n]/.test(node.value.slice(0, to))) return undefined
  const at = (by: number) => ({ line: start.line, column: start.column + by, offset: (start.offset ?? 0) + by })
  return { start: at(from), end: at(to) }
}
