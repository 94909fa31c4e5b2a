import { ModelValidationError } from './errors.js'
import { fromZodIssue, jsonPointer, type ValidationIssue } from './issues.js'
import { isObject } from './describe.js'
import { moduleRootSchema, type ModuleRoot } from './root.js'
import { checkSchemaVersion, SCHEMA_VERSION } from './version.js'

export type ValidationResult = { ok: true; value: ModuleRoot } | { ok: false; issues: ValidationIssue[] }

const VERSION_POINTER = jsonPointer(['schemaVersion'])

/**
 * Checks a value against the model of schemaVersion 1.x. On success `value` is the
 * very object passed in (fields a later minor adds are kept, not stripped).
 */
export function validateModule(value: unknown): ValidationResult {
  if (!isObject(value) || Array.isArray(value)) {
    const received = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value
    return { ok: false, issues: [{ pointer: '', expected: 'ModuleRoot', message: `expected a module object, received ${received}` }] }
  }
  const issues: ValidationIssue[] = []
  const version = checkSchemaVersion((value as { schemaVersion?: unknown }).schemaVersion)
  if (version) {
    issues.push({ pointer: VERSION_POINTER, expected: `"1.x" (this modulemark writes "${SCHEMA_VERSION}")`, message: version.message })
    // Another major's shape is unknown: reporting its fields against 1.x would only mislead.
    if (version.fatal) return { ok: false, issues }
  }
  const result = moduleRootSchema.safeParse(value)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const converted = fromZodIssue(issue, moduleRootSchema, value)
      if (!(version && converted.pointer === VERSION_POINTER)) issues.push(converted)
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: value as ModuleRoot }
}

/** Returns the value as a `ModuleRoot`, or throws a `ModelValidationError` naming the first problem. */
export function assertModule(value: unknown): ModuleRoot {
  const result = validateModule(value)
  if (!result.ok) throw new ModelValidationError(result.issues)
  return result.value
}
