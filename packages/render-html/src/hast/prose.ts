// mdast-shaped prose nodes to hast, as mdast-util-to-hast would, plus their attributes.
import type { Code, Heading, Image, Link, List, ListItem, Node } from '@modulemark/model'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { properties, url } from './attributes.js'
import type { ParentLike, State } from './state.js'
import { lines, wrapped } from './whitespace.js'

type Of<T extends Node['type']> = Extract<Node, { type: T }>

export const text = (node: Of<'text'>): ElementContent[] => [{ type: 'text', value: node.value }]

export const paragraph = (node: Of<'paragraph'>, state: State) => [h('p', state.all(node))]

export const heading = (node: Heading, state: State) => [h(`h${node.depth}`, properties(node.attributes, state), state.all(node))]

export const blockquote = (node: Of<'blockquote'>, state: State) => [h('blockquote', wrapped(state.blocks(node)))]

export const emphasis = (node: Of<'emphasis'>, state: State) => [h('em', state.all(node))]

export const strong = (node: Of<'strong'>, state: State) => [h('strong', state.all(node))]

export const strikethrough = (node: Of<'delete'>, state: State) => [h('del', state.all(node))]

export const inlineCode = (node: Of<'inlineCode'>) => [h('code', node.value)]

export const lineBreak = () => [h('br'), { type: 'text', value: '\n' } as const]

export const thematicBreak = () => [h('hr')]

export function code(node: Code) {
  const language = node.lang ? [`language-${node.lang}`] : undefined
  return [h('pre', h('code', { className: language }, node.value.endsWith('\n') ? node.value : `${node.value}\n`))]
}

export function link(node: Link, state: State) {
  const props = { href: url(node.url, state), title: node.title ?? undefined, ...properties(node.attributes, state) }
  return [h('a', props, state.all(node))]
}

export function image(node: Image, state: State) {
  // `alt` as written: an empty one marks a decorative image, a missing one stays missing.
  const props = { src: url(node.url, state), alt: node.alt ?? undefined, title: node.title ?? undefined, ...properties(node.attributes, state) }
  return [h('img', props)]
}

export function list(node: List, state: State) {
  const start = node.ordered && node.start !== null && node.start !== 1 ? node.start : undefined
  return [h(node.ordered ? 'ol' : 'ul', { start }, wrapped(state.blocks(node)))]
}

export function listItem(node: ListItem, state: State, parent: ParentLike | null) {
  // In a tight list a paragraph is only its text, as in kramdown's and GFM's HTML.
  const loose = node.spread || (parent?.type === 'list' && parent.spread)
  const groups = node.children.map((child) => (!loose && child.type === 'paragraph' ? state.all(child) : state.one(child, node)))
  const content = lines(groups.filter((group) => group.length > 0))
  if (node.checked !== null) content.unshift(h('input', { type: 'checkbox', checked: node.checked, disabled: true }), { type: 'text', value: ' ' })
  return [h('li', loose ? wrapped(content) : content)]
}
