// Safe by default: hast made from a model that anyone may have written, cut down to the allowlist.
import type { Element, ElementContent, Root } from 'hast'
import { sanitize } from 'hast-util-sanitize'
import { frameHosts, safeFrame } from './frames.js'
import { safeLink } from './links.js'
import { schema } from './schema.js'
import { safeStyle } from './style.js'

export interface SafetyOptions {
  /** Hosts whose iframes are kept besides YouTube, Vimeo, TED and raindrop.io. */
  iframeHosts?: readonly string[] | null | undefined
}

// Images may carry their picture inline; a data: URL anywhere else could be a page of its own.
const imageData = /^data:image\/(?:png|jpeg|gif|webp|avif|bmp|svg\+xml)[;,]/i

/** Content hast with everything outside the allowlist taken out (see schema.ts), then the rules a schema cannot say. */
export function sanitizeContent(nodes: ElementContent[], options: SafetyOptions = {}): ElementContent[] {
  const clean = sanitize({ type: 'root', children: nodes }, schema) as Root
  return refine(clean.children as ElementContent[], frameHosts(options.iframeHosts))
}

function refine(nodes: ElementContent[], hosts: readonly string[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node]
    const element: Element = { ...node, properties: properties(node), children: refine(node.children, hosts) }
    if (element.tagName === 'iframe') return safeFrame(element, hosts)
    if (element.tagName === 'a') return [safeLink(element)]
    return [element]
  })
}

function properties(element: Element): Element['properties'] {
  const out = { ...element.properties }
  if (typeof out.src === 'string' && /^data:/i.test(out.src) && !(element.tagName === 'img' && imageData.test(out.src))) delete out.src
  if (typeof out.style === 'string') {
    const style = safeStyle(out.style)
    if (style === undefined) delete out.style
    else out.style = style
  }
  return out
}
