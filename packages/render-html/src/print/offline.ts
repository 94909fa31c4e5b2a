// The last pass: nothing in a print file may load from elsewhere or run, whatever HTML the page held.
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { mapElements } from './walk.js'

// Elements that fetch, navigate or run when a browser opens the file.
const dropped = new Set(['script', 'style', 'link', 'meta', 'base', 'noscript', 'template', 'source', 'track', 'frameset'])
// Players and frames print as a box with their URL.
const players = new Set(['iframe', 'frame', 'object', 'embed', 'video', 'audio', 'portal'])
// Properties whose value a browser loads.
const loaded = ['src', 'srcSet', 'poster', 'data', 'background', 'lowsrc', 'xLinkHref']

export function offline(nodes: ElementContent[]): ElementContent[] {
  return mapElements(nodes, (element) => {
    const tag = element.tagName.toLowerCase()
    if (dropped.has(tag)) return []
    if (players.has(tag)) {
      const url = ['src', 'data'].map((name) => element.properties[name]).find((value) => typeof value === 'string' && value !== '')
      return url === undefined ? [] : [h('span', { className: ['print-missing-image'] }, `Embedded content: ${String(url)}`)]
    }
    for (const name of loaded) {
      const value = element.properties[name]
      if (value !== undefined && value !== null && !String(value).startsWith('data:')) delete element.properties[name]
    }
    // SVG `<image>`/`<use>` load their `href`; a link's `href` is only followed when clicked.
    if ((tag === 'image' || tag === 'use' || tag === 'feimage') && element.properties.href !== undefined) delete element.properties.href
    const style = element.properties.style
    if (typeof style === 'string' && /url\s*\(\s*(?!['"]?\s*data:)|@import|image-set/i.test(style)) delete element.properties.style
    return undefined
  })
}
