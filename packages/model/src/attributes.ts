import { z } from 'zod'
import { named } from './registry.js'

/** HTML/IAL attributes by name, values as written. */
export type Attributes = Record<string, string>

export const attributesSchema: z.ZodType<Attributes> = named(z.record(z.string(), z.string()), 'Attributes')
