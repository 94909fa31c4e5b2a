// What came from HTML in the page: details, other elements, comments, Liquid tags, scripts.
import type { Details, Element, Html } from '@modulemark/model'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { properties } from './attributes.js'
import type { State } from './state.js'
import { wrapped } from './whitespace.js'

// A tag name an HTML parser reads back as the same element; anything else keeps only its content.
const tagName = /^[A-Za-z][A-Za-z0-9-]*$/
const scriptTags = new Set(['script', 'style'])

export function details(node: Details, state: State) {
  const content = state.blocks(node)
  if (node.summary === null) return [h('details', wrapped(content))]
  // Text that starts on a new line of its own needs no line break after the summary.
  const first = content[0]
  const apart = first === undefined || (first.type === 'text' && /^\s/.test(first.value)) ? [] : [newline()]
  return [h('details', wrapped([h('summary', node.summary), ...apart, ...content]))]
}

export function element(node: Element, state: State): ElementContent[] {
  if (!tagName.test(node.tagName)) return state.all(node)
  const tag = node.tagName.toLowerCase()
  if (scriptTags.has(tag) && !state.scripts) return []
  return [h(tag, properties(node.attributes, state), state.blocks(node))]
}

/** A page's own `<script>` or `<style>`: left out unless scripts are kept, then passed through as written. */
export function html(node: Html, state: State): ElementContent[] {
  if (!state.scripts) return []
  // hast has no type for raw HTML; hast-util-to-html prints `raw` nodes when allowed to.
  return [{ type: 'raw', value: node.value } as unknown as ElementContent]
}

/** Comments are never content, and Liquid tags mean nothing outside Jekyll. */
export const dropped = (): ElementContent[] => []

const newline = (): ElementContent => ({ type: 'text', value: '\n' })
