// Embeds as iframes, each followed by its duration the way the course shows it.
import type { Embed, EmbedProvider } from '@modulemark/model'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { properties, url } from './attributes.js'
import { phrasingTags, type ParentLike, type State } from './state.js'

// An iframe needs a name for screen readers; the provider gives one when the page does not.
export const providerTitles: Record<EmbedProvider, string> = {
  youtube: 'YouTube video',
  vimeo: 'Vimeo video',
  ted: 'TED talk',
  raindrop: 'Raindrop.io collection',
  other: 'Embedded content'
}

export function embed(node: Embed, state: State, parent: ParentLike | null): ElementContent[] {
  const props = { src: url(node.url, state), title: node.title ?? providerTitles[node.provider] ?? providerTitles.other, ...properties(node.attributes, state) }
  const out: ElementContent[] = [h('iframe', props)]
  if (node.duration !== null && !followedByVideotime(node, parent)) {
    // A `div` cannot sit in a paragraph; a span keeps the paragraph whole.
    const tag = parent !== null && inPhrasing(parent) ? 'span' : 'div'
    out.push({ type: 'text', value: '\n' }, h(tag, { className: ['videotime'] }, node.duration))
  }
  return out
}

// The parser keeps a `videotime` div that says more than the duration: it is the duration line then.
export function followedByVideotime(node: Embed, parent: ParentLike | null): boolean {
  if (parent === null) return false
  const next = parent.children.slice(parent.children.indexOf(node) + 1).find((child) => child.type !== 'text' || child.value.trim() !== '')
  return next?.type === 'element' && /(?:^|\s)videotime(?:\s|$)/.test(next.attributes.class ?? '')
}

export function inPhrasing(parent: ParentLike): boolean {
  if (parent.type === 'element') return phrasingTags.has(parent.tagName.toLowerCase())
  return ['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link'].includes(parent.type)
}

