import type { Node, Parent, Point } from 'unist'
import type { TextIndex } from './text-index.js'

export function shiftPoint(point: Point, base: Point): Point {
  return {
    line: point.line + base.line - 1,
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
    offset: (point.offset ?? 0) + (base.offset ?? 0)
  }
}

/**
 * Move a tree parsed from `text[start, end)` into the file, and mend what parse5
 * gets wrong at the end of a fragment: a comment left open there ends one past
 * it, and an element left open there may end before it starts.
 */
export function placeInFile(tree: Node, index: TextIndex, start: number, end: number): void {
  const base = index.point(start)
  const last = index.point(end)
  // Lines and columns from the offset: parse5 counts a CRLF after a failed
  // character reference (`&\r\n`) as two lines, its offsets stay right.
  const place = (point: Point): Point => (point.offset === undefined ? shiftPoint(point, base) : index.point(point.offset + start))
  let backwards = false
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position) {
      // A fresh object per node: trees may share position objects, which must move once.
      if (!position.start || !position.end) node.position = undefined
      else {
        const moved = { start: place(position.start), end: place(position.end) }
        if (moved.end.offset! > end) moved.end = { ...last }
        if (moved.start.offset! > end) moved.start = { ...last }
        backwards ||= moved.end.offset! < moved.start.offset!
        node.position = moved
      }
    }
    const children = (node as Partial<Parent>).children
    if (children) for (const child of children) stack.push(child)
  }
  if (backwards) repairEnds(tree)
}

/** An element whose end is before its start ends with its last child, or where it starts. */
function repairEnds(tree: Node): void {
  // Post-order, so a parent sees its children's repaired ends.
  const stack: [Node, boolean][] = [[tree, false]]
  while (stack.length > 0) {
    const [node, done] = stack.pop()!
    const children = (node as Partial<Parent>).children
    if (!done && children?.length) {
      stack.push([node, true])
      for (const child of children) stack.push([child, false])
      continue
    }
    const position = node.position
    if (!position || (position.end.offset ?? 0) >= (position.start.offset ?? 0)) continue
    const last = children?.at(-1)?.position?.end
    position.end = last && (last.offset ?? 0) >= (position.start.offset ?? 0) ? { ...last } : { ...position.start }
  }
}
