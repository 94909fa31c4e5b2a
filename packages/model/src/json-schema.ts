import { z } from 'zod'
import { literalOf } from './describe.js'
import { schemaRegistry } from './registry.js'
import { moduleRootSchema } from './root.js'

type JsonSchema = z.core.JSONSchema.BaseSchema

/** The JSON Schema (draft 2020-12) of a module; nodes are in `$defs`, recursive by `$ref`. */
export function moduleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(moduleRootSchema, {
    target: 'draft-2020-12',
    metadata: schemaRegistry,
    // Input mode leaves out `additionalProperties: false`: a later 1.x may add fields.
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => dispatchOnDiscriminator(zodSchema, jsonSchema)
  })
}

// A `oneOf` of 26 node shapes makes a validator try every shape against every node,
// and with Ajv's allErrors it recurses into each: exponential in depth. An
// if/then per `type` value checks each node against its one shape instead.
function dispatchOnDiscriminator(zodSchema: z.core.$ZodType, jsonSchema: JsonSchema): void {
  const def = (zodSchema as z.core.$ZodTypes)._zod.def
  if (def.type !== 'union') return
  const key = (def as { discriminator?: string }).discriminator
  const branches = jsonSchema.oneOf
  if (key === undefined || !branches || branches.length !== def.options.length) return
  const tags = def.options.map((option) => literalOf(option, key))
  if (!tags.every((tag) => typeof tag === 'string')) return
  delete jsonSchema.oneOf
  Object.assign(jsonSchema, {
    type: 'object',
    required: [key],
    properties: { [key]: { type: 'string', enum: tags } },
    allOf: tags.map((tag, i) => ({
      if: { type: 'object', required: [key], properties: { [key]: { const: tag } } },
      then: branches[i]
    }))
  })
}
