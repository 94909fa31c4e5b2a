import type { Node } from '@modulemark/model'
import type { ElementContent, Element, Properties } from 'hast'
import { isOnlyVideotime } from '@modulemark/dialect'
import { textOf } from '../text-of.js'
import { hasMarkdownAttribute, markdownElementAttributes } from './markdown-attribute.js'
import { attributeValue, toProperties } from './properties.js'
import { closedRaw } from './raw.js'
import { table } from './table.js'

type Content = ElementContent | { type: 'raw'; value: string }
type OfType<T extends Node['type']> = Extract<Node, { type: T }>
export type All = (children: readonly Node[]) => ElementContent[]

export interface HastContext {
  /** Writes the content of an element that a `markdown` attribute makes the parser read as Markdown. */
  markdownInside: (node: OfType<'element'>) => string
  /** Whether the nodes are phrasing content (no `videotime` div after an iframe there). */
  inline: boolean
  /** The node after the last one, when they are part of a longer list. */
  after?: Node
}

// Elements whose content is phrasing: a div there would end the paragraph.
const phrasingTags = new Set('a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q s samp small span strong sub sup time u var'.split(' '))
const phrasingTypes = new Set<Node['type']>(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link'])

/**
 * Model nodes as hast, the shapes the parser reads back into the same nodes:
 * what kramdown writes for Markdown, so that HTML and Markdown agree.
 */
export function toHast(nodes: readonly Node[], context: HastContext): Content[] {
  return nodes.flatMap((node, index) => convert(node, nodes[index + 1] ?? context.after, context))
}

function convert(node: Node, next: Node | undefined, context: HastContext): Content[] {
  const inline = phrasingTypes.has(node.type) || (node.type === 'element' && phrasingTags.has(node.tagName))
  const all: All = (children) => toHast(children, { markdownInside: context.markdownInside, inline }) as ElementContent[]
  switch (node.type) {
    case 'text':
      return [text(node.value)]
    case 'liquid':
      // As text: the parser finds Liquid tags in the text HTML leaves, after its own reading. Written
      // raw, a `<!--`, `<b` or `&amp;` in the tag would be read as markup or a reference first.
      return [text(node.value)]
    case 'html':
      return [{ type: 'raw', value: closedRaw(node.value) }]
    case 'comment':
      // Verbatim: the serializer would encode a leading `>`, which a comment never decodes.
      return [{ type: 'raw', value: `<!--${node.value}-->` }]
    case 'paragraph':
      return [element('p', {}, all(node.children))]
    case 'heading':
      return [element(`h${node.depth}`, toProperties(node.attributes), all(node.children))]
    case 'emphasis':
      return [element('em', {}, all(node.children))]
    case 'strong':
      return [element('strong', {}, all(node.children))]
    case 'delete':
      return [element('del', {}, all(node.children))]
    case 'inlineCode':
      return [element('code', {}, [text(node.value) as ElementContent])]
    case 'break':
      return [element('br', {}, [])]
    case 'thematicBreak':
      return [element('hr', {}, [])]
    case 'blockquote':
      return [element('blockquote', {}, all(node.children))]
    case 'code': {
      const code = element('code', node.lang ? { className: [`language-${node.lang}`] } : {}, [text(`${node.value}\n`) as ElementContent])
      return [element('pre', {}, [code])]
    }
    case 'link':
      return [element('a', { href: attributeValue(node.url), ...optional('title', node.title), ...toProperties(node.attributes) }, all(node.children))]
    case 'image':
      return [element('img', { src: attributeValue(node.url), ...optional('alt', node.alt), ...optional('title', node.title), ...toProperties(node.attributes) }, [])]
    case 'list': {
      const start = node.ordered && node.start !== null && node.start !== 1 ? { start: node.start } : {}
      return [element(node.ordered ? 'ol' : 'ul', start, onLines(all(node.children)))]
    }
    case 'listItem':
      return [listItem(node, all)]
    case 'element':
      if (hasMarkdownAttribute(node.attributes)) {
        return [element(node.tagName, toProperties(markdownElementAttributes(node.attributes), true), [{ type: 'raw', value: context.markdownInside(node) } as never])]
      }
      return [element(node.tagName, toProperties(node.attributes), all(node.children))]
    case 'section':
    case 'callout':
      return [element('div', { className: node.classes }, all(node.children))]
    case 'details': {
      const summary = node.summary === null ? [] : [element('summary', {}, [{ type: 'text', value: node.summary }])]
      return [element('details', {}, [...summary, ...all(node.children)])]
    }
    case 'embed':
      return embed(node, context.inline ? undefined : next, context.inline)
    case 'table':
      return [table(node, all, (nodes) => toHast(nodes, { ...context, inline: false, after: undefined }) as ElementContent[])]
    case 'tableRow':
      return [element('tr', {}, onLines(all(node.children)))]
    case 'tableCell':
      return [cell(node, all)]
  }
}

/** HTML turns a carriage return into a line feed: one in the text is written as a reference. */
function text(value: string): Content {
  if (!value.includes('\r')) return { type: 'text', value }
  return { type: 'raw', value: value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r/g, '&#13;'), data: { text: true } } as Content
}

export function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children }
}

/**
 * Between rows and items a line break is layout: the parser drops it again.
 * Next to text (a damaged list) it would become part of that text.
 */
export function onLines(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  children.forEach((child, index) => {
    if (!isText(child) && !isText(children[index - 1])) out.push({ type: 'text', value: '\n' })
    out.push(child)
  })
  if (!isText(children.at(-1))) out.push({ type: 'text', value: '\n' })
  return out
}

// Text with a carriage return is written raw (see `text`): text all the same.
function isText(node: ElementContent | undefined): boolean {
  return node?.type === 'text' || (node?.data as { text?: boolean } | undefined)?.text === true
}

function optional(name: string, value: string | null): Properties {
  return value === null ? {} : { [name]: attributeValue(value) }
}

// A tight item's paragraphs are its bare content; a spread item's are `<p>`s.
function listItem(node: OfType<'listItem'>, all: All): Element {
  const content = node.spread ? all(node.children) : node.children.flatMap((child) => (child.type === 'paragraph' ? all(child.children) : all([child])))
  if (node.checked === null) return element('li', {}, content)
  const box = element('input', { type: 'checkbox', checked: node.checked, disabled: true }, [])
  return element('li', { className: ['task-list-item'] }, [box, ...content])
}

/**
 * The iframe, and the `videotime` div after it unless the page already has one there
 * that lends the time: one with more than a time, which the parser keeps as a div.
 * A div with only a time after the embed is a second one, written after the embed's own.
 */
function embed(node: OfType<'embed'>, next: Node | undefined, inline: boolean): ElementContent[] {
  const iframe = element('iframe', { src: attributeValue(node.url), ...optional('title', node.title), ...toProperties(node.attributes) }, [])
  if (inline || node.duration === null || (isVideotime(next) && !(next.children.every(isPlainText) && isOnlyVideotime(textOf(next))))) return [iframe]
  return [iframe, { type: 'text', value: '\n' }, element('div', { className: ['videotime'] }, [{ type: 'text', value: node.duration }])]
}

// As the reader tells a videotime div that is only a time: text alone, or in a paragraph.
function isPlainText(node: Node): boolean {
  return node.type === 'text' || (node.type === 'paragraph' && node.children.every(isPlainText))
}

export function isVideotime(node: Node | undefined): node is OfType<'element'> {
  return node?.type === 'element' && node.tagName === 'div' && (node.attributes.class ?? '').split(/\s+/).includes('videotime')
}

function cell(node: OfType<'tableCell'>, all: All): Element {
  const spans: Properties = {}
  if (node.colspan !== 1) spans.colSpan = node.colspan
  if (node.rowspan !== 1) spans.rowSpan = node.rowspan
  // A model written by a tool may give a cell its lines but no children.
  const children = node.children.length === 0 && node.lines.length > 0 ? linesOf(node.lines) : all(node.children)
  return element(node.header ? 'th' : 'td', { ...toProperties(node.attributes), ...spans }, children)
}

function linesOf(lines: string[]): ElementContent[] {
  return lines.flatMap((line, index): ElementContent[] => [...(index === 0 ? [] : [element('br', {}, [])]), { type: 'text', value: line }])
}
