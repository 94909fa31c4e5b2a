import type { Properties } from 'hast'
import { serialize } from './serialize.js'

/** `<tag attributes>` alone, attributes written as the serializer writes them everywhere else. */
export function openTag(tagName: string, properties: Properties): string {
  const html = serialize({ type: 'element', tagName, properties, children: [] }, { allowParseErrors: true })
  const close = closeTag(tagName)
  return html.endsWith(close) ? html.slice(0, -close.length) : html
}

export function closeTag(tagName: string): string {
  return `</${tagName}>`
}

