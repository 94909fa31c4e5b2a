import { z } from 'zod'

export interface SchemaMeta {
  id?: string
  title?: string
  description?: string
  pattern?: string
}

// A private registry keeps $defs names out of zod's global registry, so two copies
// of this package (src and dist) never clash on an id.
export const schemaRegistry = z.registry<SchemaMeta>()

export function named<T extends z.ZodType>(schema: T, id: string, description?: string): T {
  schemaRegistry.add(schema, description === undefined ? { id } : { id, description })
  return schema
}
