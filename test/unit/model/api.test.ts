import { readFileSync } from 'node:fs'
import * as model from '@modulemark/model'
import type { Callout, ModuleRoot, Node, NodeOfType, NodeType, Parent, Section } from '@modulemark/model'
import { describe, expect, expectTypeOf, it } from 'vitest'

describe('@modulemark/model public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(model).sort()).toEqual([
      'CALLOUT_KINDS',
      'EMBED_PROVIDERS',
      'ModelValidationError',
      'NODE_TYPES',
      'RULE_SEVERITY',
      'SCHEMA_VERSION',
      'SECTION_COLORS',
      'SEVERITIES',
      'TABLE_ALIGNS',
      'WORKSHEET_LABELS',
      'WORKSHEET_ROLES',
      'assertModule',
      'attributesSchema',
      'blockquoteSchema',
      'breakSchema',
      'calloutSchema',
      'codeSchema',
      'commentSchema',
      'deleteSchema',
      'detailsSchema',
      'elementSchema',
      'embedSchema',
      'emphasisSchema',
      'headingSchema',
      'htmlSchema',
      'imageSchema',
      'inlineCodeSchema',
      'linkSchema',
      'liquidSchema',
      'listItemSchema',
      'listSchema',
      'messageSchema',
      'moduleJsonSchema',
      'moduleRootSchema',
      'nodeSchema',
      'paragraphSchema',
      'pointSchema',
      'positionSchema',
      'schemaVersionSchema',
      'sectionSchema',
      'severitySchema',
      'strongSchema',
      'tableCellSchema',
      'tableRowSchema',
      'tableSchema',
      'textSchema',
      'thematicBreakSchema',
      'validateModule',
      'worksheetEntrySchema',
      'worksheetLabelSchema',
      'worksheetRoleSchema',
      'worksheetSchema',
      'worksheetTableSchema'
    ])
  })

  it('writes schemaVersion 1.0', () => {
    expect(model.SCHEMA_VERSION).toBe('1.0')
  })

  it('lists every node type once, as the node union does', () => {
    expect(new Set(model.NODE_TYPES).size).toBe(model.NODE_TYPES.length)
    const options = (model.nodeSchema as unknown as { options: { shape: { type: { value: string } } }[] }).options
    expect(options.map((o) => o.shape.type.value).sort()).toEqual([...model.NODE_TYPES].sort())
  })

  it('gives every rule of docs/model.md its severity', () => {
    const bySeverity = (s: model.Severity) =>
      Object.entries(model.RULE_SEVERITY)
        .filter(([, v]) => v === s)
        .map(([k]) => k)
        .sort()
    // The table in docs/model.md: `| \`a\`, \`b\` | severity |` rows.
    const documented = (s: model.Severity) =>
      readFileSync(new URL('../../../docs/model.md', import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => line.endsWith(`| ${s} |`) && line.includes('`'))
        .flatMap((line) => [...line.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]))
        .sort()
    for (const severity of ['info', 'warning', 'error'] as const) expect(bySeverity(severity), severity).toEqual(documented(severity))
    expect(bySeverity('info')).toEqual(['liquid', 'unknown-color'])
    expect(bySeverity('error')).toEqual(['binary-input', 'internal-error', 'limit-exceeded', 'not-utf8'])
  })

  it('types nodes precisely', () => {
    expectTypeOf<Section['color']>().toEqualTypeOf<model.SectionColor | (string & {}) | null>()
    expectTypeOf<Callout['worksheet']>().toEqualTypeOf<model.Worksheet | null>()
    expectTypeOf<NodeOfType<'callout'>>().toEqualTypeOf<Callout>()
    expectTypeOf<ModuleRoot['children']>().toEqualTypeOf<Node[]>()
    expectTypeOf<'section'>().toExtend<NodeType>()
    expectTypeOf<Section>().toExtend<Parent>()
    expectTypeOf<model.Text>().not.toExtend<Parent>()
  })
})
