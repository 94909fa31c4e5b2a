import type { Node, Table } from '@modulemark/model'
import { trimBlankTexts } from '../normalize.js'
import { isBlockElement } from '../tags.js'

/** A table with what stood right before it among blocks, from its first bare phrasing on. */
export interface FosteredTable extends Table {
  fostered: Node[]
}

const phrasing = new Set<Node['type']>(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image'])

/**
 * Phrasing among blocks. It comes from one place in a parsed page: an HTML
 * parser moves what stands inside a table but outside its cells (text, and
 * whatever follows it there) out in front of the table. Written back inside
 * the table, right after `<table>`, it is moved out the same way. Anywhere else
 * (a damaged page) Markdown can only say it as a paragraph: it is written as
 * one, so that writing again gives the same text.
 */
export function arrangeFlow(nodes: readonly Node[]): Node[] {
  const out: Node[] = []
  let group: Node[] | null = null
  for (const node of nodes) {
    if (group === null) {
      if (isPhrasing(node)) group = [node]
      else out.push(node)
    } else if (node.type === 'table') {
      // A table inside what is moved out would end the outer one instead.
      if (group.some(holdsTable)) out.push(...paragraphs(group), node)
      else out.push({ ...node, fostered: commentsLast(group) } as FosteredTable)
      group = null
    } else {
      group.push(node)
    }
  }
  if (group) out.push(...paragraphs(group))
  return out
}

/**
 * An HTML parser moves text out of a table but leaves comments and scripts in it,
 * which the reader then puts right before the table: after the text, so written there.
 */
function commentsLast(nodes: Node[]): Node[] {
  const stays = (node: Node) => node.type === 'comment' || node.type === 'html'
  return [...nodes.filter((node) => !stays(node)), ...nodes.filter(stays)]
}

/** Runs of phrasing as paragraphs; a run of only white space is layout. */
function paragraphs(nodes: Node[]): Node[] {
  const out: Node[] = []
  let run: Node[] = []
  const flush = () => {
    if (run.some((node) => node.type !== 'text' || /\S/.test(node.value))) out.push({ type: 'paragraph', children: trimBlankTexts(run), position: run[0].position })
    run = []
  }
  for (const node of nodes) {
    // A Liquid tag on a line of its own is a block; in the middle of text it is part of it.
    if (isPhrasing(node) || (node.type === 'liquid' && run.length > 0)) {
      run.push(node)
    } else {
      flush()
      out.push(node)
    }
  }
  flush()
  return out
}

function holdsTable(node: Node): boolean {
  return node.type === 'table' || ('children' in node && node.children.some(holdsTable))
}

function isPhrasing(node: Node): boolean {
  return phrasing.has(node.type) || (node.type === 'element' && !isBlockElement(node.tagName))
}
