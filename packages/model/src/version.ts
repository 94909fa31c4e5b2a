import { z } from 'zod'

/** The version this package writes. */
export const SCHEMA_VERSION = '1.0'

/** Any 1.x: minors only add fields, so a 1.0 reader reads them all. */
export type SchemaVersion = `1.${string}`

export const schemaVersionSchema = z.templateLiteral(['1.', z.string().regex(/^(0|[1-9]\d*)$/)])

const READ_MAJOR = SCHEMA_VERSION.split('.')[0]
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)$/

export interface VersionProblem {
  /** True when the document is of another major version: nothing else about it can be checked. */
  fatal: boolean
  message: string
}

export function checkSchemaVersion(version: unknown): VersionProblem | null {
  const reads = `this modulemark reads ${READ_MAJOR}.x (${SCHEMA_VERSION})`
  if (version === undefined) return { fatal: false, message: `Missing schemaVersion: ${reads}` }
  if (typeof version !== 'string') {
    const received = version === null ? 'null' : typeof version
    return { fatal: false, message: `Invalid schemaVersion: expected a string, received ${received}; ${reads}` }
  }
  const major = /^v?(\d+)(?:\.|$)/.exec(version)?.[1]
  if (major !== undefined && major !== READ_MAJOR) {
    return { fatal: true, message: `Unsupported schemaVersion "${version}": ${reads}` }
  }
  if (!VERSION.test(version)) return { fatal: false, message: `Invalid schemaVersion "${version}": ${reads}` }
  return null
}
