import type { z } from 'zod'
import { describeSchema, isObject, schemaAt } from './describe.js'

/** One problem of a model: where (an RFC 6901 JSON pointer), what was expected, and a sentence. */
export interface ValidationIssue {
  pointer: string
  expected: string
  message: string
}

export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => '/' + String(key).replaceAll('~', '~0').replaceAll('/', '~1')).join('')
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value
  for (const key of path) current = isObject(current) ? (current as Record<PropertyKey, unknown>)[key] : undefined
  return current
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  return `${typeof value} ${String(value)}`
}

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(' | ')

export function fromZodIssue(issue: z.core.$ZodIssue, root: z.core.$ZodType, model: unknown): ValidationIssue {
  const pointer = jsonPointer(issue.path)
  const received = valueAt(model, issue.path)
  const schema = schemaAt(root, issue.path, model)
  const expectedHere = schema ? describeSchema(schema) : undefined
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedHere ?? issue.expected
      const last = issue.path[issue.path.length - 1]
      const missing = received === undefined && typeof last === 'string'
      const message = missing
        ? `missing required field "${last}" (expected ${expected})`
        : `expected ${expected}, received ${show(received)}`
      return { pointer, expected, message }
    }
    case 'invalid_value':
      return { pointer, expected: quoted(issue.values), message: `expected ${quoted(issue.values)}, received ${show(received)}` }
    case 'invalid_union': {
      const options = 'options' in issue ? issue.options : undefined
      if (issue.discriminator !== undefined && options) {
        const expected = `one of ${options.map((v) => JSON.stringify(v)).join(', ')}`
        return { pointer, expected, message: `unknown ${issue.discriminator} ${show(received)}: expected ${expected}` }
      }
      const expected = expectedHere ?? 'a matching value'
      return { pointer, expected, message: `expected ${expected}, received ${show(received)}` }
    }
    case 'too_small':
    case 'too_big': {
      const op = issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<'
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum
      const limit = `${op} ${String(bound)}`
      // A number schema's description already names its minimum.
      const expected =
        issue.origin === 'string' || issue.origin === 'array'
          ? `${issue.origin} of length ${limit}`
          : issue.code === 'too_small' && expectedHere?.endsWith(limit)
            ? expectedHere
            : `${issue.origin} ${limit}`
      return { pointer, expected, message: `expected ${expected}, received ${show(received)}` }
    }
    case 'invalid_format': {
      const expected = issue.pattern ? `string matching /${issue.pattern}/` : `${issue.format} string`
      return { pointer, expected, message: `expected ${expected}, received ${show(received)}` }
    }
    default:
      return { pointer, expected: expectedHere ?? 'a valid value', message: issue.message }
  }
}
