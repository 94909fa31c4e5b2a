import type { Node } from '@modulemark/model'
import type { Root } from 'hast'
import { serialize } from './serialize.js'
import { toHast, type HastContext } from './to-hast.js'

/** Model nodes as HTML: raw nodes (`html`, Liquid, comments) verbatim, everything else through hast. */
export function writeHtml(nodes: readonly Node[], context: HastContext): string {
  const tree = { type: 'root', children: toHast(nodes, context) } as Root
  return serialize(tree, { allowDangerousHtml: true, characterReferences: { useNamedReferences: true }, allowParseErrors: true })
}
