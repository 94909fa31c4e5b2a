// Paper cannot play a video: an embed prints as its title, duration, URL and a QR code to open it.
import type { Embed, EmbedProvider } from '@modulemark/model'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { followedByVideotime, inPhrasing, providerTitles } from '../hast/embed.js'
import type { ParentLike, State } from '../hast/state.js'
import { lines, wrapped } from '../hast/whitespace.js'
import { qrSvg } from './qr.js'
import { watchUrl } from './watch-url.js'

const labels: Record<EmbedProvider, string> = {
  youtube: 'Video',
  vimeo: 'Video',
  ted: 'Video',
  raindrop: 'Link collection',
  other: 'Embedded content'
}

export function printEmbed(node: Embed, state: State, parent: ParentLike | null): ElementContent[] {
  const url = watchUrl(node, state.fill)
  // Unknown players are named by their site rather than twice as "Embedded content".
  const title = node.title ?? (node.provider === 'other' || !providerTitles[node.provider] ? host(url) : providerTitles[node.provider])
  // Spans with `display: block` keep a paragraph whole when the embed sits in one.
  const tag = parent !== null && inPhrasing(parent) ? 'span' : 'div'
  const line = (className: string, content: ElementContent | string) => [h('span', { className: [className] }, content)]
  // A `videotime` div after the embed says the duration itself (and more): it follows the block.
  const duration = node.duration !== null && !followedByVideotime(node, parent) ? [line('print-video-duration', `Duration: ${node.duration}`)] : []
  const text = lines([
    line('print-label', labels[node.provider] ?? labels.other),
    line('print-video-title', title),
    ...duration,
    line('print-video-url', h('a', { href: url }, url))
  ])
  return [
    h(tag, { className: ['print-video'] }, wrapped(lines([[qrSvg(url, `QR code for ${url}`)], [h('span', { className: ['print-video-text'] }, wrapped(text))]])))
  ]
}

function host(url: string): string {
  try {
    return new URL(url).host || providerTitles.other
  } catch {
    return providerTitles.other
  }
}
