import type { Node } from '@modulemark/model'
import type { Element, ElementContent, RootContent } from 'hast'
import { toString } from 'hast-util-to-string'
import { stringProperty, toAttributes } from './attributes.js'
import { classesOf, isOnlyVideotime, report, videotimeDuration } from '@modulemark/dialect'
import type { Context } from './context.js'
import { positionOf } from './position.js'

const providers: [RegExp, 'youtube' | 'vimeo' | 'ted' | 'raindrop'][] = [
  [/(^|\.)(youtube(-nocookie)?\.com|youtu\.be)$/, 'youtube'],
  [/(^|\.)vimeo\.com$/, 'vimeo'],
  [/(^|\.)ted\.com$/, 'ted'],
  [/(^|\.)raindrop\.io$/, 'raindrop']
]

export function providerOf(url: string): 'youtube' | 'vimeo' | 'ted' | 'raindrop' | 'other' {
  let host: string
  try {
    host = new URL(url, 'https://invalid.example').hostname.toLowerCase()
  } catch {
    return 'other'
  }
  return providers.find(([pattern]) => pattern.test(host))?.[1] ?? 'other'
}

/** `7:51` or `1:02:03` to seconds. */
export function toSeconds(duration: string | null): number | null {
  if (!duration) return null
  return duration.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

/**
 * The `<div class="videotime">` after an iframe. When it holds nothing but the
 * time it becomes part of the embed; otherwise it stays and lends its time.
 */
export function takeVideotime(nodes: readonly (RootContent | ElementContent)[], from: number): { element: Element; index: number; consumed: boolean } | null {
  for (let i = from; i < nodes.length; i++) {
    const node = nodes[i]
    if (node.type === 'text' && !/\S/.test(node.value)) continue
    if (node.type !== 'element' || node.tagName !== 'div' || !classesOf(node).includes('videotime')) return null
    return { element: node, index: i, consumed: node.children.every(isPlainText) && isOnlyVideotime(toString(node)) }
  }
  return null
}

// Only text (in a paragraph when the div is read as Markdown): a comment or an empty
// `<script>` next to the time is kept with the div, which the writer knows by the same test.
function isPlainText(node: ElementContent): boolean {
  return node.type === 'text' || (node.type === 'element' && node.tagName === 'p' && node.children.every(isPlainText))
}

export function convertEmbed(iframe: Element, videotime: Element | null, context: Context): Node {
  const url = stringProperty(iframe.properties, 'src') ?? ''
  const duration = videotime ? videotimeDuration(toString(videotime)) : null
  const position = positionOf(iframe, context.fallback)
  // Browsers never show what an iframe holds, and an embed has no place for it: said, not dropped silently.
  const inside = toString(iframe).trim()
  if (inside !== '') report(context.file, 'iframe-content', `The text inside this iframe (“${excerpt(inside)}”) is not shown by browsers and is not kept: put it after the iframe`, position.start)
  return {
    type: 'embed',
    url,
    provider: providerOf(url),
    title: stringProperty(iframe.properties, 'title'),
    duration,
    seconds: toSeconds(duration),
    attributes: toAttributes(iframe.properties, ['src', 'title']),
    position
  }
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}
