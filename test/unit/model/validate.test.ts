import { assertModule, ModelValidationError, validateModule, type ValidationIssue } from '@modulemark/model'
import { describe, expect, it } from 'vitest'
import { validModule } from './fixture.js'

function issuesOf(value: unknown): ValidationIssue[] {
  const result = validateModule(value)
  if (result.ok) throw new Error('expected the model to be rejected')
  return result.issues
}

describe('validateModule', () => {
  it('accepts a hand-built model with every modulemark node and returns the same object', () => {
    const model = validModule()
    const result = validateModule(model)
    expect(result).toEqual({ ok: true, value: model })
    expect(result.ok && result.value).toBe(model)
  })

  it('tolerates and keeps fields a later minor version adds', () => {
    const model = { ...validModule(), schemaVersion: '1.7', generator: 'modulemark 9' }
    const result = validateModule(model)
    expect(result.ok).toBe(true)
    expect(result.ok && result.value).toHaveProperty('generator', 'modulemark 9')
  })

  it('points at a callout kind that is not a string', () => {
    const model = validModule()
    Object.assign(model.children[2], { kind: 7 })
    expect(issuesOf(model)).toEqual([
      { pointer: '/children/2/kind', expected: 'string or null', message: 'expected string or null, received number 7' }
    ])
  })

  it('keeps an unknown callout kind raw', () => {
    const model = validModule()
    Object.assign(model.children[2], { kind: 'reflection' })
    expect(validateModule(model).ok).toBe(true)
  })

  it('points at a section without children', () => {
    const model = validModule()
    delete (model.children[1] as { children?: unknown }).children
    expect(issuesOf(model)).toEqual([
      {
        pointer: '/children/1/children',
        expected: 'array of Node',
        message: 'missing required field "children" (expected array of Node)'
      }
    ])
  })

  it('points deep into the tree, into worksheets and messages', () => {
    const model = validModule()
    const table = (model.children[1] as { children: { children: { children: object[] }[] }[] }).children[1]
    Object.assign(table.children[1].children[0], { colspan: 0 })
    Object.assign(model.worksheets[0], { label: 'Handout' })
    Object.assign(model.messages[1], { severity: 'fatal' })
    expect(issuesOf(model)).toEqual([
      {
        pointer: '/children/1/children/1/children/1/children/0/colspan',
        expected: 'integer >= 1',
        message: 'expected integer >= 1, received number 0'
      },
      {
        pointer: '/worksheets/0/label',
        expected: '"Worksheet" | "Activity" | "Learning Activity"',
        message: 'expected "Worksheet" | "Activity" | "Learning Activity", received "Handout"'
      },
      {
        pointer: '/messages/1/severity',
        expected: '"error" | "warning" | "info"',
        message: 'expected "error" | "warning" | "info", received "fatal"'
      }
    ])
  })

  it('names an unknown node type', () => {
    const model = validModule()
    Object.assign(model.children[0], { type: 'para' })
    const [issue] = issuesOf(model)
    expect(issue.pointer).toBe('/children/0/type')
    expect(issue.message).toMatch(/^unknown type "para": expected one of "paragraph", "heading", /)
  })

  it('escapes JSON pointer tokens', () => {
    const model = validModule()
    Object.assign(model.children[0], { type: 'link' })
    const link = (model.children[0] as { children: { attributes: Record<string, unknown> }[] }).children[1]
    link.attributes['data/x~y'] = 1
    const pointers = issuesOf(model).map((i) => i.pointer)
    expect(pointers).toContain('/children/0/children/1/attributes/data~1x~0y')
  })

  it('refuses another major version, naming both versions, and nothing else', () => {
    const model = { ...validModule(), schemaVersion: '2.0', children: 'whatever' }
    expect(issuesOf(model)).toEqual([
      {
        pointer: '/schemaVersion',
        expected: '"1.x" (this modulemark writes "1.0")',
        message: 'Unsupported schemaVersion "2.0": this modulemark reads 1.x (1.0)'
      }
    ])
  })

  it('accepts any 1.x minor', () => {
    for (const schemaVersion of ['1.0', '1.7', '1.12']) {
      expect(validateModule({ ...validModule(), schemaVersion }).ok).toBe(true)
    }
  })

  it('rejects a missing or malformed schemaVersion once', () => {
    for (const schemaVersion of [undefined, 1, '1', '1.x', '1.07']) {
      const issues = issuesOf({ ...validModule(), schemaVersion })
      expect(issues).toHaveLength(1)
      expect(issues[0].pointer).toBe('/schemaVersion')
      expect(issues[0].message).toMatch(/schemaVersion.*this modulemark reads 1\.x \(1\.0\)$/)
    }
  })

  it('rejects what is not a module object at the root pointer', () => {
    for (const value of [null, [], 'x', 3]) {
      expect(issuesOf(value)).toEqual([expect.objectContaining({ pointer: '', expected: 'ModuleRoot' })])
    }
    expect(issuesOf({ ...validModule(), type: 'root' })[0]).toMatchObject({ pointer: '/type', expected: '"module"' })
  })
})

describe('assertModule', () => {
  it('returns a valid model as is', () => {
    const model = validModule()
    expect(assertModule(model)).toBe(model)
  })

  it('throws a ModelValidationError naming the first pointer and what was expected', () => {
    const model = validModule()
    Object.assign(model.children[2], { kind: 7 })
    Object.assign(model.children[3], { provider: 'dailymotion' })
    let error: unknown
    try {
      assertModule(model)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ModelValidationError)
    const e = error as ModelValidationError
    expect(e.code).toBe('MODULEMARK_INVALID_MODEL')
    expect(e.name).toBe('ModelValidationError')
    expect(e.pointer).toBe('/children/2/kind')
    expect(e.issues.map((i) => i.pointer)).toEqual(['/children/2/kind', '/children/3/provider'])
    expect(e.message).toBe(
      'Invalid modulemark model at /children/2/kind: expected string or null, received number 7 (and 1 more problem)'
    )
  })
})
