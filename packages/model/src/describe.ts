// Says in words what a schema expects at an issue's path: zod reports the inner
// schema of a nullable, so its own `expected` would drop the "or null".
import type { z } from 'zod'
import { schemaRegistry } from './registry.js'

type Key = PropertyKey

function internals(schema: z.core.$ZodType): z.core.$ZodTypes {
  return schema as z.core.$ZodTypes
}

/** The schema that applies at `path`, choosing union options by the value's discriminator. */
export function schemaAt(root: z.core.$ZodType, path: readonly Key[], value: unknown): z.core.$ZodType | undefined {
  let schema: z.core.$ZodType | undefined = root
  let current = value
  for (const key of path) {
    if (!schema) return undefined
    schema = child(resolve(schema, current, true), key)
    current = isObject(current) ? (current as Record<Key, unknown>)[key] : undefined
  }
  return schema && resolve(schema, current, false)
}

function child(schema: z.core.$ZodType, key: Key): z.core.$ZodType | undefined {
  const def = internals(schema)._zod.def
  if (def.type === 'object') return (def.shape as Record<Key, z.core.$ZodType>)[key]
  if (def.type === 'array') return def.element
  if (def.type === 'record') return def.valueType
  return undefined
}

// Steps through wrappers that do not change the path. A nullable is kept at the
// end of the path, as it is part of what is expected there.
function resolve(schema: z.core.$ZodType, value: unknown, throughNullable: boolean): z.core.$ZodType {
  const def = internals(schema)._zod.def
  switch (def.type) {
    case 'nullable':
      return throughNullable ? resolve(def.innerType, value, true) : schema
    case 'optional':
    case 'readonly':
      return resolve(def.innerType, value, throughNullable)
    case 'lazy':
      return resolve(def.getter(), value, throughNullable)
    case 'union': {
      const discriminator = (def as { discriminator?: string }).discriminator
      if (discriminator === undefined || !isObject(value)) return schema
      const tag = (value as Record<string, unknown>)[discriminator]
      return def.options.find((option) => literalOf(option, discriminator) === tag) ?? schema
    }
    default:
      return schema
  }
}

export function literalOf(option: z.core.$ZodType, key: string): unknown {
  const def = internals(option)._zod.def
  if (def.type !== 'object') return undefined
  const field = (def.shape as Record<string, z.core.$ZodType>)[key]
  const fieldDef = field && internals(field)._zod.def
  return fieldDef?.type === 'literal' ? fieldDef.values[0] : undefined
}

export function describeSchema(schema: z.core.$ZodType): string {
  const id = schemaRegistry.get(schema)?.id
  const def = internals(schema)._zod.def
  switch (def.type) {
    case 'nullable':
      return `${describeSchema(def.innerType)} or null`
    case 'optional':
    case 'readonly':
      return describeSchema(def.innerType)
    case 'string':
    case 'boolean':
    case 'null':
      return def.type
    case 'template_literal':
      return `string matching ${internals(schema)._zod.pattern?.source ?? 'a pattern'}`
    case 'number': {
      const kind = (def as { format?: string }).format?.includes('int') ? 'integer' : 'number'
      const min = def.checks
        ?.map((check) => check._zod.def as { check: string; value?: unknown; inclusive?: boolean })
        .find((check) => check.check === 'greater_than')
      return min ? `${kind} ${min.inclusive ? '>=' : '>'} ${String(min.value)}` : kind
    }
    case 'literal':
      return def.values.map((v) => JSON.stringify(v)).join(' | ')
    case 'enum':
      return Object.values(def.entries)
        .map((v) => JSON.stringify(v))
        .join(' | ')
    case 'array':
      return `array of ${describeSchema(def.element)}`
    case 'object':
    case 'union':
    case 'record':
      return id ?? 'object'
    case 'unknown':
    case 'any':
      return 'any value'
    default:
      return id ?? def.type
  }
}

export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}
