import { isMarkdownAttributeName } from '@modulemark/dialect'
import type { Attributes } from '@modulemark/model'

/**
 * Whether the parser reads this element's content as Markdown: it has a
 * `markdown` attribute, or a misspelling of one (`mardown="1"`).
 */
export function hasMarkdownAttribute(attributes: Attributes): boolean {
  return Object.keys(attributes).some(isMarkdownAttributeName)
}
