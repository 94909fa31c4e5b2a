// The words a reader sees: in kramdown's HTML (the oracle) and in the model.
import type { Element, Nodes as HastNodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { fold, type AnyNode } from './outline.js'

// Elements that flow inside a line; any other element separates words.
const phrasing = new Set(
  'a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q s samp small span strong sub sup time u var'.split(' ')
)
const hidden = new Set(['script', 'style', 'template', 'iframe', 'noscript'])

/** Text content of kramdown's HTML: no script, style or comments; blocks and cells apart. */
export function oracleText(html: string): string {
  return hastText(fromHtml(html, { fragment: true }))
}

/** Text content of a hast tree, read as `oracleText` reads kramdown's HTML. */
export function hastText(tree: HastNodes): string {
  const parts: string[] = []
  visitHast(tree, parts)
  return parts.join('')
}

function visitHast(node: HastNodes, parts: string[]): void {
  if (node.type === 'text') parts.push(node.value)
  else if (node.type === 'root') for (const child of node.children) visitHast(child, parts)
  else if (node.type === 'element') visitElement(node, parts)
}

function visitElement(node: Element, parts: string[]): void {
  if (hidden.has(node.tagName)) return
  const apart = !phrasing.has(node.tagName)
  if (apart) parts.push(' ')
  for (const child of node.children) visitHast(child, parts)
  if (apart) parts.push(' ')
}

const inlineParents = new Set(['emphasis', 'strong', 'delete', 'link'])

/**
 * The model's text in document order: text and code values, image alt, embed
 * duration, details summary, table cell text, liquid values. Front matter,
 * comments and `html` (script/style) are not text.
 */
export function modelText(model: AnyNode): string {
  const parts: string[] = []
  for (const child of model.children ?? []) visitModel(child, parts)
  return parts.join('')
}

function visitModel(node: AnyNode, parts: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      parts.push(String(node.value ?? ''))
      return
    case 'code':
    case 'liquid':
      parts.push(' ', String(node.value ?? ''), ' ')
      return
    case 'image':
      parts.push(' ', String(node.alt ?? ''), ' ')
      return
    case 'embed':
      parts.push(' ', String(node.duration ?? ''), ' ')
      return
    case 'break':
    case 'thematicBreak':
      parts.push(' ')
      return
    case 'comment':
    case 'html':
      return
    case 'details':
      parts.push(' ', String(node.summary ?? ''), ' ')
      break
    case 'tableCell':
      visitCell(node, parts)
      return
    case 'element':
      if (hidden.has(String(node.tagName).toLowerCase())) return
      if (phrasing.has(String(node.tagName).toLowerCase())) return visitChildren(node, parts)
      break
    default:
      if (inlineParents.has(node.type)) return visitChildren(node, parts)
  }
  parts.push(' ')
  visitChildren(node, parts)
  parts.push(' ')
}

// A cell's words are its children's; `text` stands in when a parser keeps none.
function visitCell(cell: AnyNode, parts: string[]): void {
  const inner: string[] = []
  visitChildren(cell, inner)
  const text = inner.join('')
  parts.push(' ', fold(text) === '' ? String(cell.text ?? '') : text, ' ')
}

function visitChildren(node: AnyNode, parts: string[]): void {
  for (const child of node.children ?? []) visitModel(child, parts)
}

/** Folded words (see `fold`), split at whitespace. */
export function words(text: string): string[] {
  const folded = fold(text)
  return folded === '' ? [] : folded.split(' ')
}

/** Length of the longest common subsequence of two word lists. */
export function lcsLength(a: string[], b: string[]): number {
  const [x, y] = intern(a, b)
  let previous = new Int32Array(y.length + 1)
  let current = new Int32Array(y.length + 1)
  for (let i = 1; i <= x.length; i++) {
    const word = x[i - 1]
    for (let j = 1; j <= y.length; j++) {
      current[j] = word === y[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1])
    }
    ;[previous, current] = [current, previous]
  }
  return previous[y.length]
}

/** The runs of `a` that no LCS with `b` keeps, each with a little context. */
export function missingRuns(a: string[], b: string[], limit = 8): string[] {
  const [x, y] = intern(a, b)
  const width = y.length + 1
  const table = new Uint16Array((x.length + 1) * width)
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      table[i * width + j] =
        x[i - 1] === y[j - 1] ? table[(i - 1) * width + j - 1] + 1 : Math.max(table[(i - 1) * width + j], table[i * width + j - 1])
    }
  }
  const kept = new Uint8Array(x.length)
  for (let i = x.length, j = y.length; i > 0 && j > 0; ) {
    if (x[i - 1] === y[j - 1]) {
      kept[i - 1] = 1
      i--
      j--
    } else if (table[(i - 1) * width + j] >= table[i * width + j - 1]) i--
    else j--
  }
  const runs: string[] = []
  for (let i = 0; i < x.length && runs.length < limit; i++) {
    if (kept[i]) continue
    let end = i
    while (end < x.length && !kept[end]) end++
    const before = a.slice(Math.max(0, i - 3), i).join(' ')
    const after = a.slice(end, end + 3).join(' ')
    runs.push(`…${before} [${a.slice(i, end).join(' ')}] ${after}…`)
    i = end
  }
  return runs
}

function intern(a: string[], b: string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>()
  const id = (word: string) => {
    let value = ids.get(word)
    if (value === undefined) ids.set(word, (value = ids.size))
    return value
  }
  return [Int32Array.from(a, id), Int32Array.from(b, id)]
}
