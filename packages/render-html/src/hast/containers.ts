// Sections (colorhighlight divs) and callouts as the course's divs, with their classes as written.
import type { Callout, Section } from '@modulemark/model'
import { h } from 'hastscript'
import type { State } from './state.js'
import { wrapped } from './whitespace.js'

export function section(node: Section, state: State) {
  // A model written by another tool may leave `classes` empty: rebuild them from the colour.
  const classes = node.classes.length > 0 ? node.classes : ['colorhighlight', ...(node.color ? [node.color] : [])]
  return [h('div', { className: classes }, wrapped(state.blocks(node)))]
}

export function callout(node: Callout, state: State) {
  const classes = node.classes.length > 0 ? node.classes : ['callout', ...(node.kind ? [node.kind] : [])]
  return [h('div', { className: classes }, wrapped(state.blocks(node)))]
}
