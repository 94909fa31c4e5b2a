import type { Attributes } from '@modulemark/model'

/**
 * Whether the parser reads this element's content as Markdown: it has a
 * `markdown` attribute, or a misspelling of one (`mardown="1"`).
 */
export function hasMarkdownAttribute(attributes: Attributes): boolean {
  return Object.keys(attributes).some((name) => name === 'markdown' || distance(name.toLowerCase(), 'markdown') <= 2)
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
