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
  let masked = ''
  let copied = 0
  for (let at = text.indexOf('<!--', first); at >= 0; at = text.indexOf('<!--', at + 4)) {
    // Closed (its `-->` may start at its own `--`, as in `<!-->`), or an escaped `\<`: left as it is.
    if (at + 2 <= lastClose || text[at - 1] === '\\') continue
    masked += text.slice(copied, at) + mark
    copied = at + 1
  }
  const changed = copied > 0
  masked += text.slice(copied)
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
