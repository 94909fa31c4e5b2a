// Which iframes may stay: https only, from the video and collection sites the course embeds, or hosts the user adds.
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'

/** YouTube, Vimeo, TED and raindrop.io, with their subdomains (`www.`, `player.`, `embed.`). */
export const defaultFrameHosts: readonly string[] = ['youtube.com', 'youtube-nocookie.com', 'vimeo.com', 'ted.com', 'raindrop.io']

/** Host names as written by a user (`Example.org`, `https://example.org/`), lower case and bare. */
export function frameHosts(extra: readonly string[] | null | undefined): string[] {
  const bare = (extra ?? []).map((host) => host.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/:].*$/, '').replace(/^\*?\./, ''))
  return [...defaultFrameHosts, ...bare.filter((host) => host !== '')]
}

export function frameAllowed(src: unknown, hosts: readonly string[]): boolean {
  if (typeof src !== 'string' || !/^https:\/\//i.test(src)) return false
  let host: string
  try {
    host = new URL(src).hostname.toLowerCase()
  } catch {
    return false
  }
  return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))
}

/**
 * An iframe from an allowed host, without children (fallback content never shows, and
 * text in an iframe is read raw by a browser); any other becomes a link to what it showed,
 * its text the iframe's title and URL.
 */
export function safeFrame(element: Element, hosts: readonly string[]): ElementContent[] {
  const src = element.properties.src
  if (frameAllowed(src, hosts)) return [{ ...element, children: [] }]
  // The sanitizer let only http(s), data: and relative URLs through; a data: frame has nothing to link to.
  if (typeof src !== 'string' || src.trim() === '' || /^data:/i.test(src)) return []
  // The URL is shown too: a reader should see where a link that replaced a player goes.
  const title = typeof element.properties.title === 'string' ? element.properties.title.trim() : ''
  return [h('a', { href: src }, title === '' ? src : `${title}: ${src}`)]
}
