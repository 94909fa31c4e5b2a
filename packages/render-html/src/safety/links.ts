// A link that opens another window must not hand that window a way back to this page.
import type { Element } from 'hast'

// Targets that stay in this page's own window (or its frames' parents).
const sameWindow = new Set(['_self', '_parent', '_top'])

/** `rel="noopener noreferrer"` on a link with a new-window `target`, after any `rel` it had. */
export function safeLink(element: Element): Element {
  const target = element.properties.target
  if (typeof target !== 'string' || target.trim() === '' || sameWindow.has(target.trim().toLowerCase())) return element
  const rel: unknown = element.properties.rel
  const tokens: string[] = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : []
  const added = ['noopener', 'noreferrer'].filter((token) => !tokens.some((each) => each.toLowerCase() === token))
  return added.length === 0 ? element : { ...element, properties: { ...element.properties, rel: [...tokens, ...added] } }
}
