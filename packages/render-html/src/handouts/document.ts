// The print document around handouts: doctype, language, title, the inline stylesheet.
import type { ModuleRoot } from '@modulemark/model'
import type { Element, ElementContent, Root } from 'hast'
import { toHtml as serialize } from 'hast-util-to-html'
import { h } from 'hastscript'
import { lines, wrapped } from '../hast/whitespace.js'

export interface PrintDocument {
  title: string
  lang: string
  css: string
  body: ElementContent[]
}

export function printDocument({ title, lang, css, body }: PrintDocument): string {
  const head = [[h('meta', { charset: 'utf-8' })], [h('title', title)], [h('style', css)]]
  const html = h('html', { lang }, wrapped(lines([[h('head', wrapped(lines(head)))], [h('body', wrapped(lines(body.map((node) => [tidy(node)]))))]])))
  const tree: Root = { type: 'root', children: [{ type: 'doctype' }, { type: 'text', value: '\n' }, html, { type: 'text', value: '\n' }] }
  return serialize(tree, { characterReferences: { useNamedReferences: true } })
}

// Blocks built here hold only blocks: one a line, so the HTML reads and diffs well.
const blockTags = new Set(['section', 'header', 'footer', 'nav', 'div', 'figure', 'ol', 'ul', 'table', 'thead', 'tbody', 'tr'])

function tidy(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node
  const children = node.children.map(tidy)
  const blocks = blockTags.has(node.tagName) && children.length > 0 && children.every((child) => child.type === 'element')
  return { ...node, children: blocks ? wrapped(lines(children.map((child) => [child]))) : children } as Element
}

/** The page's language: the option, else front matter `lang`, else English. */
export function language(model: ModuleRoot | undefined, lang: string | null | undefined): string {
  if (lang) return lang
  const fromPage = model?.frontMatter.lang
  return typeof fromPage === 'string' && fromPage.trim() !== '' ? fromPage.trim() : 'en'
}

export function checkModel(model: unknown, name: string): asserts model is ModuleRoot {
  if (model === null || typeof model !== 'object' || (model as { type?: unknown }).type !== 'module') {
    const type = model === null || typeof model !== 'object' ? (model === null ? 'null' : typeof model) : `type: '${String((model as { type?: unknown }).type)}'`
    throw new TypeError(`Expected a modulemark module (\`type: 'module'\`) as \`${name}\`, not \`${type}\``)
  }
}
