import type { Node } from '../nodes/node.js'
import type { Point, Position } from '../position.js'
import type { ModuleRoot, WorksheetEntry } from '../root.js'

type Callout = Extract<Node, { type: 'callout' }>

/** Give every node a place, in document order, and fill what the parser derives: titles and the worksheet index. */
export function finish(root: ModuleRoot): ModuleRoot {
  let offset = 0
  const next = (): Point => {
    offset += 3
    return { line: 1 + Math.floor(offset / 60), column: 1 + (offset % 60), offset }
  }
  const place = (node: Node | ModuleRoot): void => {
    const start = next()
    if ('children' in node) for (const child of node.children) place(child)
    node.position = { start, end: next() }
    if (node.type === 'section' || node.type === 'callout') node.title = titleOf(node.children)
  }
  place(root)
  root.worksheets = indexWorksheets(root.children)
  return root
}

/** As the parser reads it: the plain text of a first heading, or of a paragraph that is only bold. */
export function titleBlock(children: Node[]): Node | null {
  const first = children[0]
  if (first?.type === 'heading') return first
  if (first?.type === 'paragraph') {
    const parts = first.children.filter((node) => node.type !== 'text' || /\S/.test(node.value))
    if (parts.length === 1 && parts[0].type === 'strong') return first
  }
  return null
}

function titleOf(children: Node[]): string | null {
  const block = titleBlock(children)
  const text = block ? toText(block).replace(/\s+/g, ' ').trim() : ''
  return text === '' ? null : text
}

// What mdast-util-to-string reads: values, image alts, children.
function toText(node: Node): string {
  if ('value' in node) return node.value
  if (node.type === 'image') return node.alt ?? ''
  return 'children' in node ? node.children.map(toText).join('') : ''
}

function indexWorksheets(children: Node[]): WorksheetEntry[] {
  const entries: WorksheetEntry[] = []
  let pending: string[][] = []
  const add = (node: Node & { worksheet: NonNullable<Callout['worksheet']> }, instructions: Node[], inside: string[][]) => {
    const seen = new Set<string>()
    const tables = [...pending, ...inside].filter((columns) => columns.length > 0 && !seen.has(JSON.stringify(columns)) && seen.add(JSON.stringify(columns)))
    pending = []
    entries.push({ ...node.worksheet, instructions, tables: tables.map((columns) => ({ columns })), position: copy(node.position) })
  }
  const walk = (nodes: Node[], callout: Callout | undefined): void => {
    for (const node of nodes) {
      if (node.type === 'callout') {
        if (node.worksheet) {
          const title = titleBlock(node.children)
          add(node as Node & { worksheet: NonNullable<Callout['worksheet']> }, node.children.slice(title ? 1 : 0), fillInTables(node.children))
        }
        walk(node.children, node)
      } else if (node.type === 'heading') {
        if (callout?.worksheet && titleBlock(callout.children) === node) continue
        if (node.worksheet) add(node as Node & { worksheet: NonNullable<Callout['worksheet']> }, [], [])
      } else if (node.type === 'table') {
        if (node.fillIn && !callout) pending.push(node.columns)
      } else if ('children' in node) walk(node.children, callout)
    }
  }
  walk(children, undefined)
  return entries
}

function fillInTables(nodes: Node[]): string[][] {
  return nodes.flatMap((node) => (node.type === 'table' ? (node.fillIn ? [node.columns] : []) : 'children' in node ? fillInTables(node.children) : []))
}

function copy(position: Position): Position {
  return { start: { ...position.start }, end: { ...position.end } }
}
