import type { Element } from 'hast'
import type { VFile } from 'vfile'
import { checkMarkdownAttribute, isMarkdownDiv } from './markdown-attribute.js'
import { readLiquid } from './liquid-block.js'
import { maxContainerDepth, maxLineContainers, reportLimit } from './limits.js'
import { report } from './rules.js'
import { unclosedEnd } from './unclosed-div.js'
import { closeOf, firstCloseAfter } from './close-index.js'
import { blockTags, classesOf, parseOpenTag, rawTextTags, straightenQuotes, tagEnd, tagNameAt, voidTags } from './tags.js'
import type { TextIndex } from './text-index.js'

/** A block of the page found line by line: what kind of reading it needs, and where it is. */
export type Block =
  | { kind: 'markdown'; start: number; end: number }
  | { kind: 'heading'; start: number; contentStart: number; end: number; depth: number }
  | { kind: 'html'; start: number; end: number }
  | { kind: 'comment'; start: number; end: number }
  | { kind: 'liquid'; start: number; end: number }
  /** Lines kept as plain text (past a limit). */
  | { kind: 'text'; start: number; end: number }
  | { kind: 'code'; start: number; end: number; lang: string | null }
  | { kind: 'container'; start: number; end: number; open: Element; children: Block[] }

export interface ScanContext {
  text: string
  index: TextIndex
  file: VFile
  /** How deep containers nest now; deeper ones are read as HTML (see limits). */
  depth: number
  /** How many elements enclose the blocks read now; trees are cut at `maxTreeDepth`. */
  level: number
}

export { maxContainerDepth }

export type Family = 'section' | 'callout' | null

// A fence may open after list markers (`- ```js`); inside list items it is indented.
export const fenceOpen = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})/
const headingWithoutSpace = /^ {0,3}(#{1,6})(?=[^#\s])/
export const atxHeading = /^ {0,3}(#{1,6})(?:[^#]|$)/

/** Split `text[start, end)` into blocks: Markdown runs, HTML blocks, comments, Liquid tags and Markdown containers. */
export function scan(context: ScanContext, start: number, end: number): Block[] {
  const { text, index } = context
  // Past the text, lines stop advancing: never loop there.
  end = Math.min(end, text.length)
  const blocks: Block[] = []
  let runStart = -1
  let fence = ''
  let pos = start
  let tooMany = false

  const flush = (at: number) => {
    if (runStart >= 0 && /\S/.test(text.slice(runStart, at))) blocks.push({ kind: 'markdown', start: runStart, end: at })
    runStart = -1
  }

  while (pos < end) {
    const lineEnd = Math.min(index.lineEnd(pos), end)
    const next = Math.min(index.nextLine(pos), end)
    const line = text.slice(pos, lineEnd)
    if (fence) {
      if (new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = ''
      pos = next
      continue
    }
    const indent = /^[ \t]*/.exec(line)![0].length
    const at = pos + indent
    const opened = fenceOpen.exec(line)
    if (opened) {
      fence = opened[1]
      if (runStart < 0) runStart = pos
      pos = next
      continue
    }
    const block = text[at] === '<' ? readHtml(context, at, end) : text.startsWith('{%', at) ? readLiquid(context, at, end) : undefined
    if (block !== undefined) {
      flush(pos)
      blocks.push(...block.blocks)
      pos = continueAfter(context, block.end, end)
      continue
    }
    const hashes = headingWithoutSpace.exec(line)
    if (hashes && line.trimEnd().length > hashes[0].length) {
      flush(pos)
      const hashStart = pos + line.indexOf('#')
      report(context.file, 'heading-without-space', `Put a space after \`${hashes[1]}\`: read as a level ${hashes[1].length} heading`, index.point(hashStart))
      blocks.push({ kind: 'heading', start: hashStart, contentStart: hashStart + hashes[1].length, end: lineEnd, depth: hashes[1].length })
      pos = next
      continue
    }
    if (opensTooMany(line)) {
      flush(pos)
      if (!tooMany) reportLimit(context.file, `This line opens more than ${maxLineContainers} lists or blockquotes: it was kept as plain text`, index.point(at))
      tooMany = true
      blocks.push({ kind: 'text', start: at, end: lineEnd })
      pos = next
      continue
    }
    if (runStart < 0) runStart = pos
    pos = next
  }
  flush(end)
  return blocks
}

const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/

/** Whether a line starts more lists and blockquotes than micromark reads in reasonable time (it slows quadratically). */
function opensTooMany(line: string): boolean {
  let count = 0
  let i = 0
  while (i < line.length && count <= maxLineContainers) {
    const char = line[i]
    if (char === ' ' || char === '\t') i++
    else if (char === '>') {
      count++
      i++
    } else if ((char === '-' || char === '+' || char === '*') && /[ \t]/.test(line[i + 1] ?? ' ')) {
      count++
      i++
    } else {
      const ordered = char >= '0' && char <= '9' ? /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(i, i + 11)) : null
      if (!ordered) break
      count++
      i += ordered[0].length
    }
  }
  return count > maxLineContainers && !thematicBreak.test(line)
}

/** After a block that ends mid-line: go on from there, or from the next line when only blanks follow. */
function continueAfter(context: ScanContext, from: number, end: number): number {
  if (from >= end) return end
  const { text, index } = context
  if (/\S/.test(text.slice(from, Math.min(index.lineEnd(from), end)))) return from
  return Math.min(index.nextLine(from), end)
}

export interface Found {
  /** Usually one block; none for markup that is read and dropped (a stray `</div>`). */
  blocks: Block[]
  end: number
}

function readHtml(context: ScanContext, at: number, end: number): Found | undefined {
  const { text, file, index } = context
  if (text.startsWith('<!--', at) || text.startsWith('<! --', at)) {
    if (text[at + 2] === ' ') report(file, 'comment-syntax', 'Write `<!--` without a space: read as the start of a comment', index.point(at))
    const stop = text.indexOf('-->', at + 4)
    if (stop < 0 || stop >= end) {
      report(file, 'unclosed-element', 'This comment is never closed with `-->`: everything after it is hidden', index.point(at))
      return { blocks: [{ kind: 'comment', start: at, end }], end }
    }
    return { blocks: [{ kind: 'comment', start: at, end: stop + 3 }], end: stop + 3 }
  }
  const tag = tagNameAt(text, at)
  if (!tag) return undefined
  if (tag.closing) {
    if (tag.name !== 'div') return undefined
    const stop = tagEnd(text, at, end)
    report(file, 'stray-div-close', 'This `</div>` closes nothing: remove it', index.point(at))
    return { blocks: [], end: stop < 0 ? at + 5 : stop }
  }
  if (tag.name === 'div') return readDiv(context, at, end)
  if (!blockTags.has(tag.name)) return undefined
  const openEnd = tagEnd(text, at, end)
  if (openEnd < 0) return undefined
  const close = voidTags.has(tag.name) || text[openEnd - 2] === '/'
    ? { end: openEnd }
    : rawTextTags.has(tag.name)
      ? firstCloseAfter(index, tag.name, openEnd, end)
      : closeOf(index, tag.name, at, openEnd, end)
  if (close) return { blocks: [{ kind: 'html', start: at, end: close.end }], end: close.end }
  const stop = blankLineAfter(context, at, end)
  report(file, 'unclosed-element', `This \`<${tag.name}>\` is never closed: it was read up to the next blank line`, index.point(at))
  return { blocks: [{ kind: 'html', start: at, end: stop }], end: stop }
}

function blankLineAfter(context: ScanContext, at: number, end: number): number {
  const { index, text } = context
  let pos = index.nextLine(at)
  while (pos < end) {
    const lineEnd = index.lineEnd(pos)
    if (!/\S/.test(text.slice(pos, lineEnd))) return pos
    pos = index.nextLine(pos)
  }
  return end
}

function readDiv(context: ScanContext, at: number, end: number): Found | undefined {
  const { text, file, index } = context
  const openEnd = tagEnd(text, at, end)
  if (openEnd < 0) return undefined
  const raw = text.slice(at, openEnd)
  const straight = straightenQuotes(raw)
  if (straight.first >= 0) report(file, 'smart-quotes-in-markup', 'Use straight quotes (") in HTML attributes: curly quotes were read as straight ones', index.point(at + straight.first))
  const open = parseOpenTag(straight.tag)
  if (!open) return undefined
  const family = familyOf(open)
  if (!family && !isMarkdownDiv(open)) {
    const close = closeOf(index, 'div', at, openEnd, end)
    if (close) return { blocks: [{ kind: 'html', start: at, end: close.end }], end: close.end }
    const stop = blankLineAfter(context, at, end)
    report(file, 'unclosed-element', 'This `<div>` is never closed: it was read up to the next blank line', index.point(at))
    return { blocks: [{ kind: 'html', start: at, end: stop }], end: stop }
  }
  if (family) checkMarkdownAttribute(open, context, at)
  const close = closeOf(index, 'div', at, openEnd, end)
  let innerEnd: number
  let blockEnd: number
  if (close) {
    innerEnd = close.start
    blockEnd = close.end
    const lineStart = index.lineStarts[index.lineOf(close.start)]
    // Only text before it counts: `<div class="videotime">7:51</div></div>` is markup.
    const before = text.slice(Math.max(lineStart, openEnd), close.start).trimEnd()
    if (before !== '' && !before.endsWith('>')) {
      report(file, 'div-close-in-text', 'Put this `</div>` on a line of its own: it was read as closing the div', index.point(close.start))
    }
  } else {
    innerEnd = blockEnd = unclosedEnd(context, at, openEnd, family, end)
    report(file, 'unclosed-div', `This \`<div class="${classesOf(open).join(' ')}">\` is never closed: it was closed ${describeEnd(context, innerEnd, end)}`, index.point(at))
  }
  if (context.depth >= maxContainerDepth) {
    reportLimit(file, `Divs nest more than ${maxContainerDepth} deep here: the inner ones were read as HTML`, index.point(at))
    return { blocks: [{ kind: 'html', start: at, end: blockEnd }], end: blockEnd }
  }
  const children = scan({ ...context, depth: context.depth + 1 }, openEnd, innerEnd)
  return { blocks: [{ kind: 'container', start: at, end: blockEnd, open, children }], end: blockEnd }
}

function describeEnd(context: ScanContext, at: number, end: number): string {
  if (at >= end) return 'at the end of the page'
  return `before line ${context.index.point(at).line}`
}

export function familyOf(element: Element): Family {
  const classes = classesOf(element)
  if (classes.includes('colorhighlight')) return 'section'
  if (classes.includes('callout')) return 'callout'
  return null
}
