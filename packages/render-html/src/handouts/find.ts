// Where a worksheet sits in its page: the callout or heading that names it, and what follows it.
import type { ListItem, ModuleRoot, Node, Table, WorksheetEntry } from '@modulemark/model'

type Parent = { children: Node[] }

/** The callout or heading an entry was indexed from, with the blocks beside it. */
export interface Anchor {
  node: Node
  siblings: Node[]
}

export function findAnchor(model: ModuleRoot, entry: WorksheetEntry): Anchor | null {
  const at = entry.position?.start?.offset
  if (typeof at !== 'number') return null
  const search = (parent: Parent): Anchor | null => {
    for (const node of parent.children) {
      if ((node.type === 'callout' || node.type === 'heading') && node.worksheet && node.position?.start?.offset === at) return { node, siblings: parent.children }
      if ('children' in node && Array.isArray(node.children)) {
        const found = search(node)
        if (found) return found
      }
    }
    return null
  }
  return search(model)
}

/**
 * What a worksheet named by a heading asks: the blocks after the heading up to the next heading
 * of its level or above, or the next worksheet. (A callout's instructions are its own content.)
 */
export function headingSection(anchor: Anchor | null): Node[] {
  if (anchor === null || anchor.node.type !== 'heading') return []
  const depth = anchor.node.depth
  const after = anchor.siblings.slice(anchor.siblings.indexOf(anchor.node) + 1)
  const end = after.findIndex((node) => (node.type === 'heading' && (node.depth <= depth || node.worksheet !== null)) || (node.type === 'callout' && node.worksheet !== null))
  return end === -1 ? after : after.slice(0, end)
}

/** The list right after the anchor (at most one paragraph between): its items that end in `?`, and that paragraph. */
export function followingQuestions(anchor: Anchor | null): { lead: Node | null; items: ListItem[] } {
  if (anchor === null) return { lead: null, items: [] }
  const after = anchor.siblings.slice(anchor.siblings.indexOf(anchor.node) + 1).filter((node) => !isBlank(node))
  let lead: Node | null = null
  let next = after[0]
  if (next?.type === 'paragraph') {
    lead = next
    next = after[1]
  }
  if (next?.type !== 'list') return { lead: null, items: [] }
  const items = next.children.filter((item): item is ListItem => item.type === 'listItem' && plainText(item).trim().endsWith('?'))
  return items.length === 0 ? { lead: null, items: [] } : { lead, items }
}

// Comments and whitespace-only text between blocks are not content a reader sees.
const isBlank = (node: Node): boolean => node.type === 'comment' || (node.type === 'text' && node.value.trim() === '')

/** Every table of the page with exactly these columns, in source order. */
export function tablesWith(model: ModuleRoot, columns: readonly string[]): Table[] {
  const found: Table[] = []
  const walk = (parent: Parent) => {
    for (const node of parent.children) {
      if (node.type === 'table' && sameColumns(node.columns, columns)) found.push(node)
      else if ('children' in node && Array.isArray(node.children)) walk(node)
    }
  }
  walk(model)
  return found
}

const sameColumns = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((column, index) => column === b[index])

/** A table's rows below its header row, as cell texts. */
export function bodyRows(table: Table): string[][] {
  const rows = table.children.filter((row) => row.type === 'tableRow')
  const headed = rows.length > 0 && rows[0].children.every((cell) => cell.type !== 'tableCell' || cell.header)
  return (headed ? rows.slice(1) : rows).map((row) => row.children.map((cell) => (cell.type === 'tableCell' ? cell.text.trim() : '')))
}

/** Visible text of a model node, roughly as a reader sees it. */
export function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'image') return node.alt ?? ''
  if (node.type === 'comment' || node.type === 'liquid' || node.type === 'html') return ''
  if ('children' in node && Array.isArray(node.children)) return node.children.map(plainText).join(node.type === 'list' ? '\n' : '')
  return ''
}
