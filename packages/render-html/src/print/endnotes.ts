// On paper a link cannot be clicked: each URL gets a number after its text and a line in "Links" at the end.
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { lines, wrapped } from '../hast/whitespace.js'
import { mapElements, textOf } from './walk.js'

export interface Endnoted {
  content: ElementContent[]
  /** The URLs in order of first use; note n is `urls[n - 1]`. */
  urls: string[]
}

export function numberLinks(nodes: ElementContent[]): Endnoted {
  const urls: string[] = []
  const numbers = new Map<string, number>()
  const content = mapElements(nodes, (element) => {
    if (element.tagName !== 'a') return undefined
    const href = typeof element.properties.href === 'string' ? element.properties.href.trim() : ''
    if (!worthANote(href)) return href.length > 1 && href.startsWith('#') ? undefined : [placeholder(element)]
    if (sameText(textOf(element.children), href)) return undefined
    let n = numbers.get(href)
    if (n === undefined) {
      urls.push(href)
      numbers.set(href, (n = urls.length))
    }
    return [element, h('sup', { className: ['print-ref'] }, String(n))]
  })
  return { content, urls }
}

/** The "Links" list, or nothing when no link was numbered. */
export function endnotes(urls: readonly string[]): ElementContent[] {
  if (urls.length === 0) return []
  const items = urls.map((url) => [h('li', h('a', { href: url }, url))])
  return [h('section', { className: ['print-links'] }, wrapped(lines([[h('h2', 'Links')], [h('ol', wrapped(lines(items)))]])))]
}

// A link to nowhere stays an `<a>`, but without `href` it is only text (no PDF link to the page itself).
function placeholder(element: Element): Element {
  const { href: _href, target: _target, rel: _rel, ...properties } = element.properties
  return { ...element, properties }
}

// Empty and placeholder links (`#`, NEEDS LINK) and in-page anchors say nothing on paper.
function worthANote(href: string): boolean {
  if (href === '' || href.startsWith('#') || /^needs[\s_-]*link$/i.test(href)) return false
  return !/^javascript:/i.test(href.replace(/[\u0000-\u0020]/g, ''))
}

// A link whose text is its URL already shows it.
function sameText(text: string, href: string): boolean {
  const bare = (value: string) => value.trim().replace(/^(?:https?:\/\/|mailto:)/i, '').replace(/\/$/, '').toLowerCase()
  return bare(text) === bare(href)
}
