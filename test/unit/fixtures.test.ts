// What must hold on every team-written fixture page (test/fixtures/pages/*.md),
// whatever irregularity the page is about. The per-category expectations are in
// test/unit/dialect/*.test.ts.
import { validateModule } from '@modulemark/model'
import { describe, expect, it } from 'vitest'
import { entryFields, everyNode, fieldsOf, messageFields, positionProblems, severityOf, worksheetFields } from './helpers/contract.js'
import { fixtureNames, messagesOf, parse, parseFixture, readFixture } from './helpers/model.js'

const names = fixtureNames()

describe('fixture pages', () => {
  it('are all there (one per irregularity of FORMAT.md)', () => {
    expect(names.length).toBeGreaterThanOrEqual(40)
  })

  describe.each(names)('%s.md', (name) => {
    const source = readFixture(name)

    it('parses without throwing and without an internal-error', () => {
      const model = parseFixture(name)
      expect(model.type).toBe('module')
      expect(model.schemaVersion).toBe('1.0')
      expect(model.path).toBe(`${name}.md`)
      expect(messagesOf(model, 'internal-error')).toEqual([])
    })

    it('validates against the model schema', () => {
      const result = validateModule(parseFixture(name))
      expect(result.ok ? [] : result.issues).toEqual([])
    })

    it('gives every node a position that points into the file', () => {
      const model = parseFixture(name)
      expect(everyNode(model).flatMap((node) => positionProblems(node, source))).toEqual([])
    })

    it('spans the whole file with the root, front matter included', () => {
      const { position } = parseFixture(name)
      expect(position?.start).toEqual({ line: 1, column: 1, offset: 0 })
      expect(position?.end.offset).toBe(source.length)
    })

    it('uses only the node types of the model, each with all its fields', () => {
      const missing: string[] = []
      for (const node of everyNode(parseFixture(name))) {
        const fields = fieldsOf[node.type]
        if (!fields) missing.push(`unknown node type \`${node.type}\``)
        else for (const field of fields) if (node[field] === undefined) missing.push(`${node.type}.${field}`)
      }
      expect(missing).toEqual([])
    })

    it('gives worksheets and index entries every field', () => {
      const model = parseFixture(name)
      const missing: string[] = []
      for (const node of everyNode(model)) {
        if (node.type !== 'callout' && node.type !== 'heading') continue
        if (node.worksheet === null) continue
        for (const field of worksheetFields) if (node.worksheet[field] === undefined) missing.push(`${node.type}.worksheet.${field}`)
      }
      for (const entry of model.worksheets) for (const field of entryFields) if (entry[field] === undefined) missing.push(`worksheets[].${field}`)
      expect(missing).toEqual([])
    })

    it('reports messages with a known rule id, its severity and a place in the file', () => {
      const lines = source.split('\n').length
      for (const message of parseFixture(name).messages) {
        for (const field of messageFields) expect(message, field).toHaveProperty(field)
        expect(severityOf[message.ruleId], `rule id \`${message.ruleId}\` is not in docs/model.md`).toBeDefined()
        expect(message.severity, message.ruleId).toBe(severityOf[message.ruleId])
        expect(message.reason.length, message.ruleId).toBeGreaterThan(0)
        if (message.line !== null) expect(message.line, message.ruleId).toBeLessThanOrEqual(lines)
      }
    })

    it('is deterministic', () => {
      const again = () => JSON.stringify(parse(source, `${name}.md`))
      expect(again()).toBe(again())
    })
  })
})
