import type { Element, ElementContent, Root, Text } from 'hast'
import type { Data, Literal, Position } from 'unist'
import type { VFile } from 'vfile'
import { report } from './rules.js'
import type { TextIndex } from './text-index.js'

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
export function splitLiquid(tree: Root | Element, file: VFile, index: TextIndex): void {
  const children: ElementContent[] = []
  let changed = false
  for (const child of tree.children as ElementContent[]) {
    if (child.type === 'element') {
      if (child.tagName !== 'code' && child.tagName !== 'pre') splitLiquid(child, file, index)
      children.push(child)
    } else if (child.type === 'text' && child.value.includes('{%')) {
      const parts = splitText(child, file, index)
      changed ||= parts.length > 1 || parts[0] !== child
      children.push(...parts)
    } else children.push(child)
  }
  if (changed) tree.children = children
}

function splitText(node: Text, file: VFile, index: TextIndex): ElementContent[] {
  const matches = [...node.value.matchAll(tag)]
  if (matches.length === 0) return [node]
  const tags = placeTags(node, matches, index)
  const parts: ElementContent[] = []
  let last = 0
  // Text between two tags lies between their places (the node's ends at either side).
  const between = (before: Position | undefined, after: Position | undefined) =>
    before && after ? { start: before.end, end: after.start } : undefined
  const nodeStart = node.position && { start: node.position.start, end: node.position.start }
  const nodeEnd = node.position && { start: node.position.end, end: node.position.end }
  matches.forEach((match, i) => {
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index), position: between(i === 0 ? nodeStart : tags[i - 1], tags[i]) })
    const position = tags[i]
    parts.push({ type: 'liquid', value: match[0], position })
    report(file, 'liquid', `The Liquid tag \`${match[0]}\` is kept as it is: modulemark does not run Liquid`, position?.start ?? node.position?.start)
    last = match.index + match[0].length
  })
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last), position: between(tags.at(-1), nodeEnd) })
  return parts
}

/**
 * The places of a text's Liquid tags. While the value stands in the page as it
 * is, a tag is at the node's start plus its offset (the index gives its line).
 * Past a character reference, a CRLF read as LF or a join (parse5 makes one
 * text of what it fosters out of several table rows), it is looked for in the
 * page after the last tag, within the node. A tag not found there (its characters were decoded) gets no
 * place, nor do the tags after it: its parent's stands for them, and the search
 * stays linear in the node's length.
 */
function placeTags(node: Text, matches: RegExpExecArray[], index: TextIndex): Array<Position | undefined> {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return matches.map(() => undefined)
  const verbatim = verbatimLength(node.value, index.text, start)
  let cursor = start
  let lost = false
  return matches.map((match) => {
    const length = match[0].length
    let at = start + match.index
    if (!lost && match.index + length > verbatim) {
      at = index.text.indexOf(match[0], cursor)
      lost = at < 0 || at + length > end
    }
    if (lost) return undefined
    cursor = at + length
    return { start: index.point(at), end: index.point(cursor) }
  })
}

/** How many characters at the start of `value` stand at `offset` in `text` as they are. */
function verbatimLength(value: string, text: string, offset: number): number {
  let length = 0
  while (length < value.length && value.charCodeAt(length) === text.charCodeAt(offset + length)) length++
  return length
}
