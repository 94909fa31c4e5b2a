import { z } from 'zod'
import { messageSchema, type Message } from './message.js'
import type { Node } from './nodes/node.js'
import { positionSchema, type Position } from './position.js'
import { named, schemaRegistry } from './registry.js'
import { nodeSchema } from './schema/nodes.js'
import type { Assert, Same } from './type-check.js'
import { schemaVersionSchema, type SchemaVersion } from './version.js'
import { worksheetSchema, type Worksheet } from './worksheet.js'

/** The headers of one fill-in table of a worksheet. */
export interface WorksheetTable {
  columns: string[]
}

/** One worksheet named on the page: what handouts and workbooks are made from. */
export interface WorksheetEntry extends Worksheet {
  /** The callout's children after its title. */
  instructions: Node[]
  /** Distinct headers of the fill-in tables that belong to it. */
  tables: WorksheetTable[]
  /** Of the callout or heading that names it. */
  position: Position
}

/** A parsed module page. */
export interface ModuleRoot {
  type: 'module'
  schemaVersion: SchemaVersion
  /** POSIX, relative to the input base; `null` for stdin. */
  path: string | null
  /** Parsed YAML; `{}` when none. */
  frontMatter: Record<string, unknown>
  title: string | null
  children: Node[]
  /** Every worksheet named on the page, in source order. */
  worksheets: WorksheetEntry[]
  messages: Message[]
  position: Position
}

export const worksheetTableSchema = named(z.object({ columns: z.array(z.string()) }), 'WorksheetTable')

export const worksheetEntrySchema = named(
  worksheetSchema.extend({
    instructions: z.array(nodeSchema),
    tables: z.array(worksheetTableSchema),
    position: positionSchema
  }),
  'WorksheetEntry'
)

schemaRegistry.add(schemaVersionSchema, { description: 'Any 1.x; a reader of 1.x refuses another major.' })

// No id: the JSON Schema's root is the module itself, with nodes in $defs.
export const moduleRootSchema = z.object({
  type: z.literal('module'),
  schemaVersion: schemaVersionSchema,
  path: z.string().nullable(),
  frontMatter: z.record(z.string(), z.unknown()),
  title: z.string().nullable(),
  children: z.array(nodeSchema),
  worksheets: z.array(worksheetEntrySchema),
  messages: z.array(messageSchema),
  position: positionSchema
})

schemaRegistry.add(moduleRootSchema, {
  title: 'modulemark module',
  description: 'A course-module page parsed by modulemark (schemaVersion 1.x).'
})

/** Compile-time only. */
export type TypeChecks = [
  Assert<Same<z.infer<typeof worksheetEntrySchema>, WorksheetEntry>>,
  Assert<Same<z.infer<typeof moduleRootSchema>, ModuleRoot>>
]
