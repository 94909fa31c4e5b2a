// The page around the content: a complete, self-contained HTML document.
import type { ModuleRoot, Node } from '@modulemark/model'
import type { ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { lines, wrapped } from '../hast/whitespace.js'
import type { Options } from './options.js'
import { stylesheet } from './stylesheet.js'

/** The body's content: the page title as its `h1`, then the page. */
export function body(model: ModuleRoot, content: ElementContent[]): ElementContent[] {
  // A page that has an `h1` of its own keeps it as the only one.
  const title = model.title === null || hasH1(model.children) ? [] : [[h('h1', model.title)]]
  return lines([...title, content].filter((group) => group.length > 0))
}

function hasH1(nodes: readonly Node[]): boolean {
  return nodes.some((node) => (node.type === 'heading' && node.depth === 1) || ('children' in node && hasH1(node.children)))
}

export function document(model: ModuleRoot, content: ElementContent[], options: Options): Root {
  const head = [
    [h('meta', { charset: 'utf-8' })],
    [h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' })],
    [h('title', documentTitle(model))],
    ...(options.stylesheet === false ? [] : [[h('style', stylesheet)]])
  ]
  const html = h('html', { lang: language(model, options) }, wrapped(lines([
    [h('head', wrapped(lines(head)))],
    [h('body', wrapped([h('main', wrapped(body(model, content)))]))]
  ])))
  return { type: 'root', children: [{ type: 'doctype' }, { type: 'text', value: '\n' }, html, { type: 'text', value: '\n' }] }
}

export function language(model: ModuleRoot, options: Options): string {
  if (options.lang) return options.lang
  const lang = model.frontMatter.lang
  return typeof lang === 'string' && lang.trim() !== '' ? lang.trim() : 'en'
}

// `<title>` may not be empty: a page without one is named after its file.
export function documentTitle(model: ModuleRoot): string {
  if (model.title !== null && model.title !== '') return model.title
  const file = model.path?.split('/').pop()?.replace(/\.(?:md|markdown|md\.old)$/, '')
  return file || 'Untitled page'
}
