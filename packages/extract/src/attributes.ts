import type { Attributes } from '@modulemark/model'
import type { Properties } from 'hast'
import { find, html } from 'property-information'

/** hast properties back to HTML attribute names and string values, minus `omit`. */
export function toAttributes(properties: Properties, omit: readonly string[] = []): Attributes {
  const attributes: Attributes = {}
  for (const [property, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue
    const info = find(html, property)
    if (omit.includes(info.attribute)) continue
    attributes[info.attribute] = Array.isArray(value)
      ? value.join(info.commaSeparated ? ', ' : ' ')
      : value === true
        ? ''
        : String(value)
  }
  return attributes
}

export function stringProperty(properties: Properties, name: string): string | null {
  const value = properties[name]
  if (value === null || value === undefined) return null
  return Array.isArray(value) ? value.join(' ') : String(value)
}
