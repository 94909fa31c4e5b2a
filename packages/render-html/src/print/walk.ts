// A depth-first pass over hast content that may replace elements; the passes of print share it.
import type { Element, ElementContent } from 'hast'

/** What to do with an element: `undefined` keeps it and visits its children; a list replaces it (not visited). */
export type Visitor = (element: Element) => ElementContent[] | undefined

/** `nodes` with every element passed to `visit`, in document order. */
export function mapElements(nodes: ElementContent[], visit: Visitor): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of nodes) {
    if (node.type !== 'element') {
      out.push(node)
      continue
    }
    const replaced = visit(node)
    if (replaced !== undefined) out.push(...replaced)
    else out.push({ ...node, children: mapElements(node.children, visit) })
  }
  return out
}

/** The text of hast content, as a reader sees it. */
export function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : '')).join('')
}
