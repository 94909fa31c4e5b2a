import type { Node, Position } from '@modulemark/model'
import type { Element } from 'hast'
import { toString } from 'hast-util-to-string'
import { stringProperty, toAttributes } from './attributes.js'
import type { Context } from './context.js'
import { convertChildren } from './convert.js'
import { checkLink } from './links.js'
import { spanOf } from './position.js'

const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'iframe', 'li', 'main', 'nav', 'noscript', 'ol', 'p',
  'pre', 'script', 'section', 'style', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'video'
])

export function isBlockTag(tagName: string): boolean {
  return blockTags.has(tagName)
}

/** HTML elements that have an mdast equivalent; `undefined` for the others. */
export function convertProse(element: Element, context: Context, position: Position): Node | undefined {
  const children = () => convertChildren(element.children, context, position)
  const { properties, tagName } = element
  switch (tagName) {
    case 'p':
      return { type: 'paragraph', children: children(), position }
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return { type: 'heading', depth: Number(tagName[1]) as 1, attributes: toAttributes(properties), worksheet: null, children: children(), position }
    case 'a': {
      const url = stringProperty(properties, 'href') ?? ''
      checkLink(url, element, context, position)
      return { type: 'link', url, title: stringProperty(properties, 'title'), attributes: toAttributes(properties, ['href', 'title']), children: children(), position }
    }
    case 'img':
      return {
        type: 'image',
        url: stringProperty(properties, 'src') ?? '',
        title: stringProperty(properties, 'title'),
        alt: stringProperty(properties, 'alt'),
        attributes: toAttributes(properties, ['src', 'title', 'alt']),
        position
      }
    case 'br':
      return { type: 'break', position }
    case 'em': case 'i':
      return { type: 'emphasis', children: children(), position }
    case 'strong': case 'b':
      return { type: 'strong', children: children(), position }
    case 'del': case 's': case 'strike':
      return { type: 'delete', children: children(), position }
    case 'code':
      return { type: 'inlineCode', value: toString(element), position }
    case 'pre':
      return convertPre(element, position)
    case 'blockquote':
      return { type: 'blockquote', children: wrapPhrasing(children(), position), position }
    case 'hr':
      return { type: 'thematicBreak', position }
    case 'ul': case 'ol':
      return convertList(element, context, position)
    case 'li':
      return convertListItem(element, context, position)
    case 'details':
      return convertDetails(element, context, position)
    default:
      return undefined
  }
}

function convertPre(element: Element, position: Position): Node {
  const code = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
  const language = code ? [String(code.properties.className ?? '')].flat().join(' ').match(/language-(\S+)/)?.[1] : undefined
  // Line endings as kramdown has them: it reads every CRLF and CR as LF.
  const value = toString(code ?? element).replace(/\r\n?/g, '\n').replace(/\n$/, '')
  return { type: 'code', lang: language ?? null, meta: null, value, position }
}

function convertList(element: Element, context: Context, position: Position): Node {
  const ordered = element.tagName === 'ol'
  const items = convertChildren(element.children, context, position)
  const start = Number(stringProperty(element.properties, 'start') ?? 1)
  const spread = items.some((item) => item.type === 'listItem' && item.spread)
  return { type: 'list', ordered, start: ordered ? (Number.isInteger(start) ? start : 1) : null, spread, children: items, position }
}

function convertListItem(element: Element, context: Context, position: Position): Node {
  const classes = [element.properties.className ?? []].flat().map(String)
  let checked: boolean | null = null
  let content = element.children
  if (classes.includes('task-list-item')) {
    const box = content.find((child): child is Element => child.type === 'element' && child.tagName === 'input')
    const paragraph = content.find((child): child is Element => child.type === 'element' && child.tagName === 'p')
    const input = box ?? paragraph?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'input')
    if (input) {
      checked = Boolean(input.properties.checked)
      content = content.filter((child) => child !== input)
      if (paragraph) paragraph.children = paragraph.children.filter((child) => child !== input)
    }
  }
  const children = convertChildren(content, context, position)
  const spread = content.some((child) => child.type === 'element' && child.tagName === 'p')
  return { type: 'listItem', spread, checked, children: wrapPhrasing(children, position), position }
}

function convertDetails(element: Element, context: Context, position: Position): Node {
  const summary = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'summary')
  const rest = element.children.filter((child) => child !== summary)
  const text = summary ? toString(summary).replace(/\s+/g, ' ').trim() : null
  return { type: 'details', summary: text, children: convertChildren(rest, context, position), position }
}

const phrasing = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'liquid'])

/** mdast flow containers hold blocks: runs of phrasing content become paragraphs. */
export function wrapPhrasing(nodes: Node[], fallback: Position): Node[] {
  if (!nodes.some((node) => phrasing.has(node.type))) return nodes
  const out: Node[] = []
  let run: Node[] = []
  const flush = () => {
    if (run.some((node) => node.type !== 'text' || /\S/.test(node.value))) {
      out.push({ type: 'paragraph', children: run, position: spanOf(run, fallback) })
    }
    run = []
  }
  for (const node of nodes) {
    if (phrasing.has(node.type) || (node.type === 'element' && !isBlockTag(node.tagName))) run.push(node)
    else {
      flush()
      out.push(node)
    }
  }
  flush()
  return out
}
