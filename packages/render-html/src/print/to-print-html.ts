// Print HTML: the page made for paper in one self-contained file, per the steps below.
import type { Message, ModuleRoot } from '@modulemark/model'
import { toHtml as serialize } from 'hast-util-to-html'
import { toHastContent } from '../hast/index.js'
import { h } from 'hastscript'
import { lines, wrapped } from '../hast/whitespace.js'
import { body as pageBody, documentTitle, language } from '../html/document.js'
import { printDocument } from './document.js'
import { endnotes, numberLinks } from './endnotes.js'
import { printHandlers } from './handlers.js'
import { inlineImages } from './images.js'
import { offline } from './offline.js'
import type { PrintDocument, PrintOptions } from './options.js'
import { basePrintCss, modulePrintCss, pageRule } from './stylesheet.js'

/** The page as print HTML (`string`, ending in a newline). Deterministic. Messages: see `toPrintDocument`. */
export function toPrintHtml(model: ModuleRoot, options: PrintOptions = {}): string {
  return toPrintDocument(model, options).html
}

/** As `toPrintHtml`, with the messages about images that could not be inlined. */
export function toPrintDocument(model: ModuleRoot, options: PrintOptions = {}): PrintDocument {
  if (model === null || typeof model !== 'object' || model.type !== 'module') {
    throw new TypeError('Expected a modulemark module (`type: \'module\'`) as `model`')
  }
  const baseurl = (options.baseurl ?? '').replace(/\/+$/, '')
  const messages: Message[] = []
  // Scripts are never kept, trusted or not: a printed page must show the same whatever the browser allows.
  const safety = { trust: options.trust ?? false, iframeHosts: options.iframeHosts }
  let content = toHastContent(model, { baseurl, scripts: false, ...safety }, printHandlers)
  content = inlineImages(content, { assets: options.assets ?? null, baseurl, messages })
  const numbered = numberLinks(content)
  content = offline(lines([pageBody(model, numbered.content), endnotes(numbered.urls)].filter((group) => group.length > 0)))
  const pageSize = options.pageSize ?? 'letter'
  if (pageSize !== 'letter' && pageSize !== 'a4') throw new TypeError(`Expected \`pageSize\` 'letter' or 'a4', not \`${String(pageSize)}\``)

  const title = documentTitle(model)
  const css = [pageRule(pageSize, options.moduleTitle || title), basePrintCss, modulePrintCss].join('\n')
  const tree = printDocument({ lang: language(model, { lang: options.lang }), title, css, body: [h('main', wrapped(content))] })
  const html = serialize(tree, { characterReferences: { useNamedReferences: true } })
  return { html: html.endsWith('\n') ? html : `${html}\n`, messages }
}
