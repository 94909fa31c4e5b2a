import type { Position } from '@modulemark/model'
import type { Node } from 'unist'

/** A node's position in model shape (offsets always set), or the fallback. */
export function positionOf(node: Node, fallback: Position): Position {
  const position = node.position
  if (!position) return fallback
  return {
    start: { line: position.start.line, column: position.start.column, offset: position.start.offset ?? 0 },
    end: { line: position.end.line, column: position.end.column, offset: position.end.offset ?? 0 }
  }
}

/** The span from the first to the last of `nodes`. */
export function spanOf(nodes: { position: Position }[], fallback: Position): Position {
  if (nodes.length === 0) return fallback
  // From the earliest start to the latest end: in damaged HTML a node may stand for a
  // place (its parent's) before the node it follows.
  let { start, end } = nodes[0].position
  for (const { position } of nodes) {
    if (position.start.offset < start.offset) start = position.start
    if (position.end.offset > end.offset) end = position.end
  }
  return { start, end }
}
