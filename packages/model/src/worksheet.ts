import { z } from 'zod'
import { named } from './registry.js'
import type { Assert, Same } from './type-check.js'
import { WORKSHEET_LABELS, WORKSHEET_ROLES, type WorksheetLabel, type WorksheetRole } from './vocabulary.js'

/** The worksheet a callout or heading names. */
export interface Worksheet {
  label: WorksheetLabel
  /** `null` for `#?`, `#X` or no number. */
  number: number | null
  /** The text after the colon. */
  title: string | null
  /** `null` for `()`, `( )`, no link, `#`, `NEEDS LINK`. */
  url: string | null
  /** From the IAL. */
  target: string | null
  role: WorksheetRole
}

export const worksheetLabelSchema = z.enum(WORKSHEET_LABELS)
export const worksheetRoleSchema = z.enum(WORKSHEET_ROLES)

export const worksheetSchema = named(
  z.object({
    label: worksheetLabelSchema,
    number: z.int().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    target: z.string().nullable(),
    role: worksheetRoleSchema
  }),
  'Worksheet'
)

/** Compile-time only. */
export type TypeChecks = Assert<Same<z.infer<typeof worksheetSchema>, Worksheet>>
