import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

// A private-use character: plain text to micromark, and as long as `<`.
const mark = '\uE000'

/**
 * A `<!--` with no `-->` after it is text. micromark still looks for its end
 * from every such opener, to the end of the paragraph: quadratic on a long one.
 * Their `<` is swapped for a character of the same length (positions stay true)
 * and put back by `unmaskComments`. Those before a `-->` are left to micromark.
 */
export function maskUnclosedComments(text: string): { masked: string; changed: boolean } {
  const first = text.indexOf('<!--')
  if (first < 0 || text.includes(mark)) return { masked: text, changed: false }
  const lastClose = text.lastIndexOf('-->')
  // An opener whose `-->` may start at its own `--` (`<!-->`) counts as closed.
  const from = Math.max(first, lastClose - 1)
  let changed = false
  const masked = text.slice(0, from) + text.slice(from).replace(/(^|[^\\])<!--/g, (match, before: string, offset: number) => {
    if (from + offset + before.length + 2 <= lastClose) return match
    changed = true
    return `${before}${mark}!--`
  })
  return { masked, changed }
}

// The string fields of mdast nodes that can hold a masked opener.
const fields = ['value', 'url', 'title', 'alt'] as const

/** Put back the `<` of every masked opener. */
export function unmaskComments(tree: Root): void {
  visit(tree, (node) => {
    const record = node as unknown as Record<string, unknown>
    for (const field of fields) {
      const value = record[field]
      if (typeof value === 'string' && value.includes(mark)) record[field] = value.replaceAll(mark, '<')
    }
  })
}
