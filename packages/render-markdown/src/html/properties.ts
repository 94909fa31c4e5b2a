import type { Attributes } from '@modulemark/model'
import type { Properties } from 'hast'
import { find, html } from 'property-information'

/**
 * Model attributes (HTML names, string values) as hast properties, in the
 * model's order. A boolean attribute is written bare: `allowfullscreen=""`
 * would otherwise read as `false` to the serializer and be dropped.
 */
export function toProperties(attributes: Attributes): Properties {
  const properties: Properties = {}
  for (const [name, value] of Object.entries(attributes)) {
    const info = find(html, name)
    properties[info.property] = (info.boolean || info.overloadedBoolean) && (value === '' || value.toLowerCase() === info.attribute) ? true : value
  }
  return properties
}
