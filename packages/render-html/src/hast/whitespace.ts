// Line breaks between blocks: they change nothing on screen but keep the HTML readable and diffable.
import type { ElementContent } from 'hast'

/** Groups of hast nodes joined with a line break. */
export function lines(groups: ElementContent[][]): ElementContent[] {
  const out: ElementContent[] = []
  for (const group of groups) {
    if (out.length > 0) out.push({ type: 'text', value: '\n' })
    out.push(...group)
  }
  return out
}

/** Block children on their own lines inside their parent's tags. */
export function wrapped(children: ElementContent[]): ElementContent[] {
  return children.length === 0 ? [] : [{ type: 'text', value: '\n' }, ...children, { type: 'text', value: '\n' }]
}
