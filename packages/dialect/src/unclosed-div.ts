import type { ScanContext, Family } from './scan.js'
import { atxHeading, familyOf, fenceOpen } from './scan.js'
import { parseOpenTag, tagTokens } from './tags.js'

/**
 * Where a struct div that is never closed ends: where the next div of the same
 * family opens, before the next heading of the same or a higher level outside it,
 * or at the end of its container.
 */
export function unclosedEnd(context: ScanContext, at: number, openEnd: number, family: Family, end: number): number {
  const { text, index } = context
  let stop = end
  for (const token of tagTokens(text, 'div', openEnd, end)) {
    if (token.closing) continue
    const open = parseOpenTag(text.slice(token.start, token.end))
    if (open && familyOf(open) === family) {
      const lineStart = index.lineStarts[index.lineOf(token.start)]
      stop = lineStart > openEnd ? lineStart : token.start
      break
    }
  }
  const level = titleLevel(context, openEnd, stop) ?? headingLevelBefore(context, at)
  if (level === null) return stop
  let depth = 0
  let pos = index.nextLine(openEnd)
  let first = true
  let fence = false
  while (pos < stop) {
    const line = text.slice(pos, index.lineEnd(pos))
    if (fenceOpen.test(line)) fence = !fence
    const heading = atxHeading.exec(line)
    if (!fence && depth === 0 && heading && heading[1].length <= level && !(first && /\S/.test(line) && isTitleLine(context, openEnd, pos))) return pos
    if (/\S/.test(line)) first = false
    for (const token of tagTokens(text, 'div', pos, index.lineEnd(pos))) depth = Math.max(0, depth + (token.closing ? -1 : 1))
    pos = index.nextLine(pos)
  }
  return stop
}

function isTitleLine(context: ScanContext, openEnd: number, pos: number): boolean {
  return firstContentLine(context, openEnd, pos + 1) === pos
}

function firstContentLine(context: ScanContext, openEnd: number, end: number): number | null {
  const { text, index } = context
  let pos = openEnd
  while (pos < end) {
    const lineEnd = index.lineEnd(pos)
    if (/\S/.test(text.slice(pos, lineEnd))) return pos
    pos = index.nextLine(pos)
  }
  return null
}

function titleLevel(context: ScanContext, openEnd: number, end: number): number | null {
  const first = firstContentLine(context, openEnd, end)
  if (first === null) return null
  const heading = atxHeading.exec(context.text.slice(first, context.index.lineEnd(first)).trimStart())
  return heading ? heading[1].length : null
}

function headingLevelBefore(context: ScanContext, at: number): number | null {
  const { text, index } = context
  for (let line = index.lineOf(at) - 1; line >= 0; line--) {
    const start = index.lineStarts[line]
    const heading = atxHeading.exec(text.slice(start, index.lineEnd(start)))
    if (heading) return heading[1].length
  }
  return null
}
