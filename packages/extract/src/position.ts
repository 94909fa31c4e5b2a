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
  return { start: nodes[0].position.start, end: nodes[nodes.length - 1].position.end }
}
