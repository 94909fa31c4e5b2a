import type { Point } from 'unist'
import { visit } from 'unist-util-visit'
import type { Node } from 'unist'

/** Move positions of a tree parsed from a slice so they point into the whole file. */
export function shiftPositions(tree: Node, base: Point): void {
  visit(tree, (node) => {
    const position = node.position
    if (!position) return
    // A fresh object per node: trees may share position objects, which must move once.
    node.position = position.start && position.end ? { start: shiftPoint(position.start, base), end: shiftPoint(position.end, base) } : undefined
  })
}

export function shiftPoint(point: Point, base: Point): Point {
  return {
    line: point.line + base.line - 1,
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
    offset: (point.offset ?? 0) + (base.offset ?? 0)
  }
}
