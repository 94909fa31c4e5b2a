import { isMarkdownAttributeName } from '@modulemark/dialect'
import type { Attributes } from '@modulemark/model'
import type { Properties } from 'hast'
import { find, html } from 'property-information'

// A name with a quote, `&` or backtick is written encoded and never decoded:
// it would grow on every round, so it is left out (only damaged pages have one).
const writableName = /^[^\s"'&`<>/=]+$/

/**
 * The attributes that can be written so that they read back the same, in the
 * model's order. Shared by HTML and IALs, so both leave out the same ones.
 */
export function writableAttributes(attributes: Attributes): Attributes {
  const out: Attributes = {}
  for (const [name, value] of Object.entries(attributes)) {
    if (writableName.test(name)) out[name] = attributeValue(value)
  }
  return out
}

/** An HTML parser reads a carriage return in a value as a line feed: written as one. */
export function attributeValue(value: string): string {
  return value.replace(/\r\n?/g, '\n')
}

/**
 * Model attributes (HTML names, string values) as hast properties. A boolean
 * attribute is written bare: `allowfullscreen=""` would otherwise read as
 * `false` to the serializer and be dropped. A `markdown` attribute (or a
 * misspelling) is written only on an element whose content is written as
 * Markdown: elsewhere (`{:markdown="1"}` on a link) it would make the parser
 * read HTML content as Markdown.
 */
export function toProperties(attributes: Attributes, markdownContent = false): Properties {
  const properties: Properties = {}
  for (const [name, value] of Object.entries(writableAttributes(attributes))) {
    if (!markdownContent && isMarkdownAttributeName(name)) continue
    const info = find(html, name)
    properties[info.property] = (info.boolean || info.overloadedBoolean) && (value === '' || value.toLowerCase() === info.attribute) ? true : value
  }
  return properties
}
