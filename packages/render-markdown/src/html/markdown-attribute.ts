import { isMarkdownAttributeName } from '@modulemark/dialect'
import type { Attributes } from '@modulemark/model'
import { writableAttributes } from './properties.js'

/**
 * Whether the parser reads this element's content as Markdown: it has a
 * `markdown` attribute, or a misspelling of one (`mardown="1"`).
 */
export function hasMarkdownAttribute(attributes: Attributes): boolean {
  return Object.keys(attributes).some(isMarkdownAttributeName)
}

/**
 * The attributes of an element whose content is written as Markdown. When its
 * markdown attribute cannot be written (`markd"own`, a name with a quote), a
 * `markdown="1"` takes its place: without one the content would read as HTML.
 */
export function markdownElementAttributes(attributes: Attributes): Attributes {
  const kept = Object.keys(writableAttributes(attributes)).some(isMarkdownAttributeName)
  return kept ? attributes : { ...attributes, markdown: '1' }
}
