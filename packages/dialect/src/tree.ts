import type { Element, ElementContent, Root } from 'hast'
import { headingToHast, markdownToHast } from './markdown.js'
import { parseFragment } from 'parse5'
import { parse5Text } from './depth.js'
import { htmlToHast } from './html.js'
import { maxTreeDepth, reportLimit, tooDeep } from './limits.js'
import { scan, type Block, type ScanContext } from './scan.js'

/** Read the blocks of `text[start, end)` into hast. */
export function readBlocks(context: ScanContext, start: number, end: number): ElementContent[] {
  return scan(context, start, end).flatMap((block) => blockToHast(context, block))
}

function blockToHast(context: ScanContext, block: Block): ElementContent[] {
  const { text, index } = context
  const position = { start: index.point(block.start), end: index.point(block.end) }
  // Already as deep as the tree may go: what is left is text (and one message).
  if (context.level >= maxTreeDepth && block.kind !== 'comment' && block.kind !== 'liquid') {
    reportLimit(context.file, tooDeep, position.start)
    const source = text.slice(block.start, block.end)
    return [{ type: 'text', value: block.kind === 'html' ? parse5Text(parseFragment(source)) : source, position }]
  }
  switch (block.kind) {
    case 'markdown':
      return markdownToHast(context, block.start, block.end)
    case 'heading':
      return [headingToHast(context, block.start, block.contentStart, block.end, block.depth)]
    case 'html':
      return htmlToHast(context, block.start, block.end, (start, end, level) => readBlocks({ ...context, depth: context.depth + 1, level }, start, end))
    case 'comment':
      return [{ type: 'comment', value: commentValue(text.slice(block.start, block.end)), position }]
    case 'liquid':
      return [{ type: 'liquid', value: text.slice(block.start, block.end), position }]
    case 'text':
      return [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text.slice(block.start, block.end), position }], position }]
    case 'code': {
      // With its last line ending, as remark gives fenced code to HTML: a reader drops one.
      const value = text.slice(block.start, block.end)
      const className = block.lang ? [`language-${block.lang}`] : []
      const code: Element = { type: 'element', tagName: 'code', properties: { className }, children: [{ type: 'text', value, position }], position }
      return [{ type: 'element', tagName: 'pre', properties: {}, children: [code], position }]
    }
    case 'container': {
      const element: Element = {
        type: 'element',
        tagName: 'div',
        properties: block.open.properties,
        children: block.children.flatMap((child) => blockToHast({ ...context, depth: context.depth + 1, level: context.level + 1 }, child)),
        position
      }
      return [element]
    }
  }
}

function commentValue(raw: string): string {
  return raw.replace(/^<!\s*--/, '').replace(/-->$/, '')
}

export type { Root }
