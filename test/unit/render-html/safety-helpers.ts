// Hand-made model nodes (as a JSON model from another tool may hold them) rendered to sanitized hast and HTML.
import type { ModuleRoot, Node } from '@modulemark/model'
import { toHast, toHtml, type HastOptions } from '@modulemark/render-html'
import type { Element, Root, RootContent } from 'hast'

const point = { line: 1, column: 1, offset: 0 }
export const position = { start: point, end: point }

export const t = (value: string) => ({ type: 'text', value, position }) as Node
export const el = (tagName: string, attributes: Record<string, string> = {}, children: Node[] = []) =>
  ({ type: 'element', tagName, attributes, children, position }) as Node
export const link = (url: string, attributes: Record<string, string> = {}, text = 'go') =>
  ({ type: 'link', url, title: null, attributes, children: [t(text)], position }) as Node
export const image = (url: string, alt = 'a picture') => ({ type: 'image', url, alt, title: null, attributes: {}, position }) as Node
export const embed = (url: string, attributes: Record<string, string> = {}) =>
  ({ type: 'embed', url, provider: 'other', title: null, duration: null, seconds: null, attributes, position }) as Node
export const raw = (value: string) => ({ type: 'html', value, position }) as Node

/** A module holding `children`, with a title so documents have an h1. */
export const module = (children: Node[]): ModuleRoot =>
  ({ type: 'module', schemaVersion: '1.0', path: 'page.md', frontMatter: {}, title: 'Page', children, worksheets: [], messages: [], position }) as ModuleRoot

/** The body HTML of the nodes (`toHtml` fragment), without the title and the line breaks between blocks. */
export const fragment = (children: Node[], options: HastOptions = {}) =>
  toHtml({ ...module(children), title: null }, { fragment: true, ...options }).replace(/\n/g, '')

/** Every element of the sanitized hast of `nodes`, depth first. */
export function elements(nodes: Node[], options: HastOptions = {}): Element[] {
  const out: Element[] = []
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') out.push(node)
    if ('children' in node) node.children.forEach(walk)
  }
  walk(toHast(nodes, options))
  return out
}
