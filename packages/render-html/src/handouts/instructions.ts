// A worksheet's instructions for paper: links spelled out, list items become questions with lines.
import type { Node } from '@modulemark/model'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { toHastContent } from '../hast/index.js'
import { answerLines } from './lines.js'
import type { Settings } from './options.js'

/** Instructions as hast; headings placed below the handout's title (`titleDepth`). */
export function instructions(nodes: readonly Node[], settings: Settings, titleDepth: number): ElementContent[] {
  const content = toHastContent(forPaper(nodes), settings.hast)
  return content.flatMap((node) => paper(node, { lines: settings.answerLines, titleDepth }))
}

/** Blocks from elsewhere on the page (the questions after the callout) the same way. */
export function onPaper(nodes: Node[], settings: Settings, lines: number): ElementContent[] {
  return toHastContent(forPaper(nodes), settings.hast).flatMap((node) => paper(node, { lines, titleDepth: 6 }))
}

// Blank tables are printed after the instructions; answers would give the exercise away.
function forPaper(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((node): Node[] => {
    if (node.type === 'table' && node.fillIn) return []
    if (node.type === 'details' && /answer|solution/i.test(node.summary ?? '')) return []
    if ('children' in node && Array.isArray(node.children)) return [{ ...node, children: forPaper(node.children) } as Node]
    return [node]
  })
}

interface Paper {
  lines: number
  titleDepth: number
}

const placeholder = /^\s*(?:#|NEEDS\s+LINK|\(\s*\))?\s*$/i

function paper(node: ElementContent, how: Paper): ElementContent[] {
  if (node.type !== 'element') return [node]
  const children = node.children.flatMap((child) => paper(child, how))
  const tag = node.tagName
  if (tag === 'a') {
    const href = typeof node.properties.href === 'string' ? node.properties.href : ''
    // An empty or placeholder link has nowhere to send a reader: its text is all that is left.
    if (placeholder.test(href)) return children
    const said = textOf(children).trim()
    return said === href ? [{ ...node, children }] : [{ ...node, children }, { type: 'text', value: ` (${href})` }]
  }
  if (tag === 'li' && how.lines > 0) return [{ ...node, children: [...children, ...answerLines(how.lines)] }]
  if (tag === 'details') return [{ ...node, properties: { ...node.properties, open: true }, children }]
  // Nothing loads while printing (every request is blocked): say what the embed was and where.
  if (tag === 'iframe') return [h('p', { className: ['embed'] }, `${String(node.properties.title ?? 'Embedded content')}: ${String(node.properties.src ?? '')}`)]
  if (tag === 'img') return typeof node.properties.alt === 'string' && node.properties.alt !== '' ? [h('span', { className: ['image-alt'] }, `[${node.properties.alt}]`)] : []
  const depth = /^h([1-6])$/.exec(tag)
  if (depth && Number(depth[1]) <= how.titleDepth) return [{ ...node, tagName: `h${Math.min(6, how.titleDepth + 1)}`, children }]
  return [{ ...node, children }]
}

function textOf(nodes: ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('')
}
