// Every image inlined, or printed as its alt text in a box with a message saying why.
import type { Message } from '@modulemark/model'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { inlineImage } from './assets.js'
import { mapElements } from './walk.js'

export interface ImageContext {
  assets: string | null
  baseurl: string
  messages: Message[]
}

export function inlineImages(nodes: ElementContent[], context: ImageContext): ElementContent[] {
  return mapElements(nodes, (element) => {
    if (element.tagName !== 'img') return undefined
    const src = typeof element.properties.src === 'string' ? element.properties.src : ''
    if (src.startsWith('data:')) return [element]
    const found = inlineImage(src, context.assets, context.baseurl)
    if (found.dataUri !== undefined) {
      // `srcset` would name other files that are not inlined.
      const { srcSet: _, ...properties } = element.properties
      return [{ ...element, properties: { ...properties, src: found.dataUri } }]
    }
    context.messages.push(message(element, `The image ${src || '(no URL)'} ${found.reason}: its alt text is printed instead`))
    return [missing(element, src)]
  })
}

/** A box in the image's place; a span, since an image may sit in a line of text. */
function missing(element: Element, src: string): Element {
  const alt = typeof element.properties.alt === 'string' ? element.properties.alt.trim() : ''
  const name = src.replace(/[?#].*$/, '').split('/').pop() || 'image'
  return h('span', { className: ['print-missing-image'], role: 'img', ariaLabel: alt || undefined }, alt || `Image: ${name}`)
}

function message(element: Element, reason: string): Message {
  const position = element.position
  return {
    ruleId: 'print-image-missing',
    severity: 'warning',
    reason,
    line: position?.start.line ?? null,
    column: position?.start.column ?? null,
    endLine: position?.end.line ?? null,
    endColumn: position?.end.column ?? null
  }
}
