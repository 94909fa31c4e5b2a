import { findClose, tagTokens, type TagToken } from './tags.js'
import type { TextIndex } from './text-index.js'

/**
 * The end tag of every start tag named `name` in `text[from, end)`, found in one
 * pass. Asking `findClose` once per tag would rescan to the end of the range
 * for every tag never closed: quadratic on long pages with many of them.
 */
interface CloseIndex {
  from: number
  /** Start tag offset → its end tag, or null when it is never closed before `end`. */
  closes: Map<number, TagToken | null>
  /** Closing tokens in order, for the first end tag after a point. */
  closing: TagToken[]
}

const indexes = new WeakMap<TextIndex, Map<string, CloseIndex>>()

function closeIndex(index: TextIndex, name: string, from: number, end: number): CloseIndex | undefined {
  const byRange = indexes.get(index) ?? new Map<string, CloseIndex>()
  indexes.set(index, byRange)
  const key = `${name} ${end}`
  const known = byRange.get(key)
  // Built from the first place asked; an earlier one (another scan of the range) reads the text itself.
  if (known) return known.from <= from ? known : undefined
  const built: CloseIndex = { from, closes: new Map(), closing: [] }
  const open: TagToken[] = []
  for (const token of tagTokens(index.text, name, from, end)) {
    if (token.closing) {
      built.closing.push(token)
      const opened = open.pop()
      if (opened) built.closes.set(opened.start, token)
    } else if (index.text[token.end - 2] !== '/') {
      open.push(token)
      built.closes.set(token.start, null)
    }
  }
  byRange.set(key, built)
  return built
}

/** As `findClose` for the start tag at `at` (ending at `openEnd`), from the index when it saw that tag. */
export function closeOf(index: TextIndex, name: string, at: number, openEnd: number, end: number): TagToken | null {
  const closes = closeIndex(index, name, at, end)?.closes
  const close = closes?.get(at)
  if (close !== undefined && (close === null || close.start >= openEnd)) return close
  return findClose(index.text, name, openEnd, end)
}

/** The first end tag named `name` at or after `from` (raw text elements close at their first). */
export function firstCloseAfter(index: TextIndex, name: string, from: number, end: number): TagToken | null {
  const built = closeIndex(index, name, from, end)
  if (!built) {
    for (const token of tagTokens(index.text, name, from, end)) if (token.closing) return token
    return null
  }
  const { closing } = built
  let low = 0
  let high = closing.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (closing[mid].start < from) low = mid + 1
    else high = mid
  }
  return closing[low] ?? null
}
