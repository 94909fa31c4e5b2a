// Print HTML read back by an HTML parser, so tests ask what Chromium would lay out.
import type { ModuleRoot } from '@modulemark/model'
import { toPrintDocument, type PrintOptions } from '@modulemark/render-html'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { parseModule } from '@modulemark/extract'

export interface Printed {
  html: string
  tree: Root
  messages: ReturnType<typeof toPrintDocument>['messages']
  all(selector: string): Element[]
  /** The document's stylesheet. */
  css: string
}

export function printed(model: ModuleRoot, options: PrintOptions = {}): Printed {
  const { html, messages } = toPrintDocument(model, options)
  const tree = fromHtml(html)
  const all = (selector: string) => selectAll(selector, tree)
  const css = all('style').map((style) => (style.children[0]?.type === 'text' ? style.children[0].value : '')).join('\n')
  return { html, tree, messages, all, css }
}

/** A page written inline in a test. */
export const page = (markdown: string, path = 'page.md'): ModuleRoot => parseModule(markdown, { path })
