import { z } from 'zod'
import { named } from './registry.js'
import type { Assert, Same } from './type-check.js'

/** 1-based `line`/`column` (a tab is one column), 0-based `offset`. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A span of the original file, front matter included. */
export interface Position {
  start: Point
  end: Point
}

export const pointSchema = named(
  z.object({ line: z.int().min(1), column: z.int().min(1), offset: z.int().min(0) }),
  'Point'
)

export const positionSchema = named(z.object({ start: pointSchema, end: pointSchema }), 'Position')

/** Compile-time only. */
export type TypeChecks = [
  Assert<Same<z.infer<typeof pointSchema>, Point>>,
  Assert<Same<z.infer<typeof positionSchema>, Position>>
]
