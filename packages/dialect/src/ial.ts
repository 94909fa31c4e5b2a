import type { Properties } from 'hast'
import type { Heading, Link, Image, Nodes, Parent, Root, Text } from 'mdast'
import type { Point } from 'unist'
import { visit, SKIP } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { shiftPoint } from './positions.js'
import type { IalBodies } from './mask-ials.js'
import { report } from './rules.js'

/** A kramdown inline attribute list: `{:target="_blank"}`, `{: .note #id}`. */
const ialAtStart = /^\{:([^{}\n\r]*)\}/
const ialAtEnd = /\s*\{(:[^{}\n\r]*|#[-\w]+)\}\s*$/
const pair = /([A-Za-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\u201C([^\u201D\u201C]*)[\u201D\u201C]|\u201D([^\u201D]*)\u201D|\u2018([^\u2019]*)\u2019|([^\s"'}]+))|([.#])([-\w]+)/g

export interface Ial {
  properties: Properties
  smartQuote: number
}

export function parseIal(body: string): Ial {
  const properties: Properties = {}
  const classes: string[] = []
  for (const match of body.matchAll(pair)) {
    if (match[8] === '.') classes.push(match[9])
    else if (match[8] === '#') properties.id = match[9]
    else properties[match[1]] = match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7] ?? ''
  }
  if (classes.length > 0) properties.className = classes
  return { properties, smartQuote: body.search(/[\u201C\u201D\u2018\u2019]/) }
}

/**
 * Move kramdown IALs into the nodes they describe: after a link or image, at
 * the end of a heading, and on a line of their own after a block.
 */
export function applyIals(tree: Root, file: VFile, base: Point, bodies: IalBodies): void {
  if (bodies.size > 0) unmaskAll(tree, bodies)
  visit(tree, (node, index, parent) => {
    if (node.type === 'text' && parent && index !== undefined && index > 0) {
      const previous = parent.children[index - 1]
      // The IAL was all the text: visit what moved into its place, not the node after that.
      if ((previous.type === 'link' || previous.type === 'image') && takeInlineIal(node, previous, parent, index, file, base)) return [SKIP, index]
    }
    if (node.type === 'heading') takeHeadingIal(node, file, base)
    if (node.type === 'paragraph' && parent && index !== undefined && index > 0) {
      const only = node.children.length === 1 ? node.children[0] : undefined
      if (only?.type === 'text' && /^\{:[^{}\n\r]*\}\s*$/.test(only.value)) {
        const ial = parseIal(only.value.slice(2, only.value.lastIndexOf('}')))
        warnSmartQuote(ial, only, 2, file, base)
        addProperties(parent.children[index - 1] as Nodes, ial.properties)
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
    }
    return undefined
  })
}

/**
 * Put masked IAL bodies back wherever the inline parser left them: in text (where
 * the IALs are then read), and as plain characters in code, raw HTML, URLs, titles
 * and alt text. A node takes the bodies inside its own source range, in order; a
 * link's children take theirs first, so the link keeps what follows them.
 */
function unmaskAll(tree: Root, bodies: IalBodies): void {
  const offsets = [...bodies.keys()].sort((a, b) => a - b)
  visit(tree, (node) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    const fields = maskedFields[node.type]
    if (start === undefined || end === undefined || !fields) return
    const record = node as unknown as Record<string, unknown>
    if (!fields.some((field) => typeof record[field] === 'string' && (record[field] as string).includes('{:'))) return
    const from = node.type === 'link' ? ((node as Parent).children.at(-1)?.position?.end.offset ?? start) : start
    const inside = offsets.slice(lowerBound(offsets, from), lowerBound(offsets, end)).map((at) => bodies.get(at)!)
    for (const field of fields) {
      const value = record[field]
      if (typeof value === 'string' && value.includes('{:')) record[field] = restore(value, inside)
    }
  })
}

/** The index of the first offset at or after `at` (offsets sorted). */
function lowerBound(offsets: readonly number[], at: number): number {
  let low = 0
  let high = offsets.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (offsets[mid] < at) low = mid + 1
    else high = mid
  }
  return low
}

// The string fields of each mdast node type, in source order, that can hold a masked body.
const maskedFields: Partial<Record<string, readonly string[]>> = {
  text: ['value'],
  inlineCode: ['value'],
  code: ['value'],
  html: ['value'],
  image: ['alt', 'url', 'title'],
  link: ['url', 'title'],
  definition: ['url', 'title']
}

// In order rather than by offset: character references make a text shorter than its
// source. A mask is as long as its body, which keeps the pairing right if one is lost.
function restore(value: string, inside: string[]): string {
  return value.replace(/\{:x*\}/g, (match) => {
    const index = inside.findIndex((body) => body.length === match.length)
    return index === -1 ? match : inside.splice(index, 1)[0]
  })
}

/** Move an IAL at the start of `text` to the link or image before it; true when that emptied the text (removed). */
function takeInlineIal(text: Text, target: Link | Image, parent: Parent, index: number, file: VFile, base: Point): boolean {
  const match = ialAtStart.exec(text.value)
  if (!match) return false
  const ial = parseIal(match[1])
  warnSmartQuote(ial, text, 2, file, base)
  addProperties(target, ial.properties)
  text.value = text.value.slice(match[0].length)
  if (target.position && text.position) target.position.end = advance(text.position.start, match[0].length)
  if (text.value === '') {
    parent.children.splice(index, 1)
    return true
  }
  if (text.position) text.position.start = advance(text.position.start, match[0].length)
  return false
}

function takeHeadingIal(heading: Heading, file: VFile, base: Point): void {
  const last = heading.children.at(-1)
  if (last?.type !== 'text') return
  const match = ialAtEnd.exec(last.value)
  if (!match) return
  // Right after a link or image, the IAL is that element's.
  const before = heading.children.at(-2)
  if (match.index === 0 && (before?.type === 'link' || before?.type === 'image')) return
  const ial = parseIal(match[1].replace(/^:/, ''))
  warnSmartQuote(ial, last, match.index + match[0].indexOf('{') + 2, file, base)
  addProperties(heading, ial.properties)
  last.value = last.value.slice(0, match.index)
  if (last.value === '') heading.children.pop()
}

/** Messages point into the file: `base` is where the parsed slice starts. */
function warnSmartQuote(ial: Ial, node: Text, shift: number, file: VFile, base: Point): void {
  if (ial.smartQuote < 0 || !node.position) return
  report(file, 'smart-quotes-in-markup', 'Use straight quotes (") in `{: }` attributes: curly quotes were read as straight ones', shiftPoint(advance(node.position.start, shift + ial.smartQuote), base))
}

function addProperties(node: Nodes, properties: Properties): void {
  const data = (node.data ??= {}) as { hProperties?: Properties }
  const existing = data.hProperties ?? {}
  const className = [...asList(existing.className), ...asList(properties.className)]
  data.hProperties = { ...existing, ...properties, ...(className.length > 0 ? { className } : {}) }
}

function asList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []
}

// IALs never span lines, so moving along one line is enough.
function advance(point: Point, by: number): Point {
  return { line: point.line, column: point.column + by, offset: (point.offset ?? 0) + by }
}
