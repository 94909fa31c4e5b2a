import * as model from '@modulemark/model'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { validModule } from './fixture.js'

type JsonObject = { [key: string]: unknown }

const schema = model.moduleJsonSchema()
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true })
const validate = ajv.compile(schema)

describe('moduleJsonSchema', () => {
  it('is a JSON-serialisable draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema)
  })

  it('is the same on every call, and each call returns a fresh object', () => {
    const again = model.moduleJsonSchema()
    expect(again).toEqual(schema)
    expect(again).not.toBe(schema)
    expect(JSON.stringify(again)).toBe(JSON.stringify(schema))
  })

  it('keeps nodes in $defs, recursive by $ref', () => {
    const defs = schema.$defs as Record<string, JsonObject>
    expect(Object.keys(defs)).toEqual(expect.arrayContaining(['Node', 'Section', 'Callout', 'Table', 'TableCell', 'Worksheet']))
    const section = defs.Section.properties as Record<string, JsonObject>
    expect(section.children).toEqual({ type: 'array', items: { $ref: '#/$defs/Node' } })
  })

  it('requires, for every object, exactly the fields its zod schema has', () => {
    const defs = schema.$defs as Record<string, JsonObject>
    let checked = 0
    for (const [name, value] of Object.entries(model)) {
      const zodSchema = value as { def?: { type?: unknown }; shape?: object }
      if (zodSchema.def?.type !== 'object' || !zodSchema.shape || name === 'moduleRootSchema') continue
      const id = name[0].toUpperCase() + name.slice(1, -'Schema'.length)
      expect(defs[id]?.required, id).toEqual(Object.keys(zodSchema.shape))
      checked++
    }
    expect(checked).toBeGreaterThan(30)
    expect(schema.required).toEqual(Object.keys(model.moduleRootSchema.shape))
    expect(defs.Callout.required).toEqual(['type', 'kind', 'classes', 'title', 'worksheet', 'children', 'position'])
  })

  it('checks each node against the one shape its type names', () => {
    const node = (schema.$defs as Record<string, JsonObject>).Node
    expect(node.oneOf).toBeUndefined()
    expect((node.allOf as unknown[]).length).toBe(model.NODE_TYPES.length)
    const deep = validModule()
    let inner: model.Node = { type: 'text', value: 'deep', position: deep.position }
    for (let i = 0; i < 40; i++) inner = { type: 'emphasis', children: [inner], position: deep.position }
    deep.children.push({ type: 'paragraph', children: [inner], position: deep.position })
    expect(validate(deep)).toBe(true)
  })

  it('accepts the hand-built model with Ajv', () => {
    const ok = validate(validModule())
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
    expect(validate({ ...validModule(), schemaVersion: '1.7', generator: 'x' })).toBe(true)
  })

  it('rejects a bad callout kind type, a missing children and another major with Ajv', () => {
    const badKind = validModule()
    Object.assign(badKind.children[2], { kind: 7 })
    expect(validate(badKind)).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/children/2/kind')

    const noChildren = validModule()
    delete (noChildren.children[1] as { children?: unknown }).children
    expect(validate(noChildren)).toBe(false)
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/children/1', params: { missingProperty: 'children' } })
    )

    expect(validate({ ...validModule(), schemaVersion: '2.0' })).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/schemaVersion')
    expect(model.SCHEMA_VERSION).toMatch(new RegExp((schema.properties as Record<string, JsonObject>).schemaVersion.pattern as string))
  })
})
