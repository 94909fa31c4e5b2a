import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'

/** Elements kramdown reads as HTML blocks when a line starts with them. */
export const blockTags = new Set([
  'address', 'article', 'aside', 'audio', 'blockquote', 'center', 'dd', 'details', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'iframe', 'main', 'map', 'math',
  'menu', 'nav', 'noscript', 'object', 'ol', 'p', 'pre', 'script', 'section', 'style', 'summary', 'svg', 'table', 'template',
  'textarea', 'ul', 'video'
])

/** Elements whose content is text up to their end tag, never nested. */
export const rawTextTags = new Set(['script', 'style', 'textarea', 'pre'])
export const voidTags = new Set(['hr', 'br', 'img', 'input', 'embed', 'source', 'track', 'wbr'])

const smartDouble = new Set(['\u201C', '\u201D', '\u201E'])
const smartSingle = new Set(['\u2018', '\u2019'])

/**
 * A start tag whose attribute values an editor quoted with curly quotes
 * (`class=“callout”`), with those quotes made straight; a curly quote inside a
 * value quoted straight is part of the value. `first` is the offset of the first
 * quote made straight, or -1.
 */
export function straightenQuotes(tag: string): { tag: string; first: number } {
  let out = ''
  let first = -1
  let open: { quote: string; smart: boolean } | null = null
  for (let i = 0; i < tag.length; i++) {
    const char = tag[i]
    const straight = smartDouble.has(char) ? '"' : smartSingle.has(char) ? "'" : null
    if (open) {
      const closes = char === open.quote || (open.smart && straight === open.quote)
      if (closes && straight !== null) first = first < 0 ? i : first
      out += closes ? open.quote : char
      if (closes) open = null
    } else if (char === '"' || char === "'") {
      open = { quote: char, smart: false }
      out += char
    } else if (straight !== null) {
      first = first < 0 ? i : first
      open = { quote: straight, smart: true }
      out += straight
    } else out += char
  }
  return { tag: out, first }
}

/** Tag name of an opening or closing tag starting at `offset`, lower-cased, or null. */
export function tagNameAt(text: string, offset: number): { name: string; closing: boolean } | null {
  const match = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(text.slice(offset, offset + 40))
  return match ? { name: match[2].toLowerCase(), closing: match[1] === '/' } : null
}

/** Offset just after the `>` that ends the tag starting at `offset` (quote-aware), or -1. */
export function tagEnd(text: string, offset: number, limit = text.length): number {
  let quote = ''
  for (let i = offset + 1; i < limit; i++) {
    const char = text[i]
    if (quote) {
      if (char === quote) quote = ''
    } else if (char === '"' || char === "'") {
      // A quote only opens a value right after `=` (possibly spaced).
      if (/=\s*$/.test(text.slice(Math.max(offset, i - 8), i))) quote = char
    } else if (char === '>') return i + 1
    else if (char === '<' && i > offset + 1) return -1
  }
  return -1
}

const openTags = new Map<string, Element | null>()

/** Parse one opening tag's text into a hast element with its properties (parse5 does the reading). */
export function parseOpenTag(tag: string): Element | null {
  // Pages repeat the same few struct tags: read each once. A copy keeps callers from sharing properties.
  let element = openTags.get(tag)
  if (element === undefined) {
    element = readOpenTag(tag)
    if (openTags.size > 1000) openTags.clear()
    openTags.set(tag, element)
  }
  return element && structuredClone(element)
}

function readOpenTag(tag: string): Element | null {
  const name = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(tag)?.[1]
  if (!name) return null
  const tree = fromHtml(`${tag}</${name}>`, { fragment: true })
  const element = tree.children.find((node): node is Element => node.type === 'element')
  if (!element) return null
  return { type: 'element', tagName: element.tagName, properties: element.properties, children: [] }
}

/** The class tokens of an element. */
export function classesOf(element: Element): string[] {
  const value: unknown = element.properties.className
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : []
}

export interface TagToken {
  name: string
  closing: boolean
  start: number
  end: number
}

/**
 * Opening and closing tags named `name` between `start` and `end`, in order,
 * skipping comments: enough to find where a block ends, not to read its structure.
 */
export function* tagTokens(text: string, name: string, start: number, end: number): Generator<TagToken> {
  const open = `<${name}`
  const close = `</${name}`
  let at = start
  let commentEnd = -2
  let lineStop = -1
  const inMarkdown = name === 'div'
  const line = { end: -1, text: -1 }
  let paragraphEnd = -1
  while (at < end) {
    const next = text.indexOf('<', at)
    if (next < 0 || next >= end) return
    if (text.startsWith('<!--', next) || text.startsWith('<! --', next)) {
      // One never closed is text, as in Markdown: it hides no end tag after it. The first
      // `-->` found still stands for every later opener before it: one search, not one each.
      if (commentEnd !== -1 && commentEnd < next + 4) commentEnd = text.indexOf('-->', next + 4)
      // A div's content is Markdown, where one after text on a line of text (`[a](h<!--x)`,
      // `{:title="a<!--b"}`) is inline and ends with its paragraph. On a line of HTML
      // (`<td>a<!--b`) and in other elements (a table) only `-->` ends it.
      if (inMarkdown && next >= line.end) Object.assign(line, lineAround(text, next))
      let stop = end
      if (inMarkdown && next > line.text && text[line.text] !== '<') {
        if (paragraphEnd < next) paragraphEnd = endOfParagraph(text, next)
        stop = Math.min(end, paragraphEnd)
      }
      at = commentEnd < 0 || commentEnd >= stop ? next + 4 : commentEnd + 3
      continue
    }
    const lower = text.slice(next, next + close.length + 1).toLowerCase()
    const isClose = lower.startsWith(close)
    const isOpen = !isClose && lower.startsWith(open)
    const boundary = text[next + (isClose ? close.length : open.length)]
    if ((isOpen || isClose) && (boundary === undefined || /[\s/>]/.test(boundary))) {
      const stop = tagEnd(text, next, end)
      const tokenEnd = stop < 0 ? Math.min(end, next + (isClose ? close.length : open.length)) : stop
      yield { name, closing: isClose, start: next, end: tokenEnd }
      at = tokenEnd
      continue
    }
    // Another element's tag: its quoted values are no markup (`<a href="x<!--y">`, `<a title="<div>">`).
    // Only one that ends on its own line: a stray `<a href="` in text must not hide the rest.
    if (next >= lineStop) lineStop = lineBreakAfter(text, next)
    const other = /[A-Za-z]/.test(text[next + 1] ?? '') ? tagEnd(text, next, Math.min(end, lineStop)) : -1
    at = other > 0 ? other : next + 1
  }
}

/** The line holding `at`: where it ends, and where its first character other than a space or tab is. */
function lineAround(text: string, at: number): { end: number; text: number } {
  // Back by hand: lastIndexOf('\r') on a page without one would run to its start for every line.
  let start = at
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--
  let first = start
  while (text[first] === ' ' || text[first] === '\t') first++
  return { end: lineBreakAfter(text, at), text: first }
}

/** Where the paragraph holding `from` ends: at the line break before its first blank line, or the end of the text. */
function endOfParagraph(text: string, from: number): number {
  const blank = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/g
  blank.lastIndex = from
  return blank.exec(text)?.index ?? text.length
}

// Only up to the next LF: a search for a CR a page does not have would run to its end each time.
function lineBreakAfter(text: string, from: number): number {
  const lf = text.indexOf('\n', from)
  const stop = lf < 0 ? text.length : lf
  for (let i = from; i < stop; i++) if (text.charCodeAt(i) === 13) return i
  return stop
}

/** The token that closes the element whose start tag ends at `from`, or null when it is never closed. */
export function findClose(text: string, name: string, from: number, end: number): TagToken | null {
  let depth = 1
  for (const token of tagTokens(text, name, from, end)) {
    if (!token.closing) {
      const selfClosing = text[token.end - 2] === '/'
      if (!selfClosing) depth++
      continue
    }
    depth--
    if (depth === 0) return token
  }
  return null
}
