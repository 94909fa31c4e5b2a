import type { Position } from '../position.js'

/** Every generated node starts with this; `finish` gives each its place in document order. */
export function unplaced(): Position {
  return { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
}
