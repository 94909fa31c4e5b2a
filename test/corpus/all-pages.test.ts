// Every real page parses, without an internal error, into a schema-valid model.
import { parseModule } from '@modulemark/extract'
import { validateModule } from '@modulemark/model'
import { describe, expect, it } from 'vitest'
import { listPages, readPage } from './helpers/corpus.js'
import { walk, type AnyNode } from './helpers/outline.js'

const pages = listPages()

// docs/model.md, "Messages".
const severities: Record<string, string> = {
  'unclosed-cell': 'warning',
  'unclosed-div': 'warning',
  'stray-div-close': 'warning',
  'div-close-in-text': 'warning',
  'markdown-attribute': 'warning',
  'smart-quotes-in-markup': 'warning',
  'empty-link': 'warning',
  'placeholder-link': 'warning',
  'worksheet-number-missing': 'warning',
  'worksheet-number-duplicate': 'warning',
  'callout-kind': 'warning',
  'heading-without-space': 'warning',
  'table-row-short': 'warning',
  'table-row-wide': 'warning',
  'text-outside-cell': 'warning',
  'front-matter-invalid': 'warning',
  'front-matter-title': 'warning',
  'unclosed-element': 'warning',
  'unknown-color': 'info',
  liquid: 'info',
  'not-utf8': 'error',
  'binary-input': 'error',
  'limit-exceeded': 'error',
  'internal-error': 'error'
}

describe('corpus listing', () => {
  it('finds every page, the README and the archived worksheet pages among them', () => {
    const paths = pages.map((p) => p.path)
    expect(paths.length).toBeGreaterThanOrEqual(100)
    expect(paths).toEqual([...paths].sort())
    expect(paths).toContain('modules/README.md')
    expect(paths.filter((p) => p.startsWith('modules/capacity/_archive/'))).toEqual([
      'modules/capacity/_archive/2001-02-01-internal-assets copy.md.old',
      'modules/capacity/_archive/2001-02-03-staffing.md.old',
      'modules/capacity/_archive/2001-02-04-space.md.old',
      'modules/capacity/_archive/2001-02-05-resources.md.old',
      'modules/capacity/_archive/2001-02-06-relationships.md.old'
    ])
  })
})

describe.each(pages)('$path', (page) => {
  const bytes = readPage(page)
  const source = new TextDecoder().decode(bytes)
  let parsed: AnyNode | undefined
  const model = () => (parsed ??= parseModule(bytes, { path: page.path }) as AnyNode)

  it('parses without throwing or an internal error, deterministically', () => {
    const first = model()
    expect(first.type).toBe('module')
    expect(first.schemaVersion).toBe('1.0')
    expect(first.path).toBe(page.path)
    const internal = (first.messages ?? []).filter((m: AnyNode) => m.ruleId === 'internal-error')
    expect(internal, `internal errors on ${page.path}`).toEqual([])
    expect(JSON.stringify(parseModule(bytes, { path: page.path }))).toBe(JSON.stringify(first))
  })

  it('validates against the model schema, as JSON', () => {
    const result = validateModule(JSON.parse(JSON.stringify(model()))) as { ok: boolean; issues?: unknown[] }
    expect(result.issues ?? []).toEqual([])
    expect(result.ok).toBe(true)
  })

  it('gives each message its documented severity and each node a place in the file', () => {
    const wrong = (model().messages ?? [])
      .filter((m: AnyNode) => m.ruleId in severities && severities[m.ruleId] !== m.severity)
      .map((m: AnyNode) => `${m.ruleId}: ${m.severity}`)
    expect(wrong).toEqual([])
    const misplaced = [...walk(model())]
      .filter((node) => {
        const start = node.position?.start
        const end = node.position?.end
        return !start || !end || start.line < 1 || start.offset > end.offset || end.offset > source.length
      })
      .map((node) => `${node.type} ${JSON.stringify(node.position)}`)
    expect(misplaced.slice(0, 5)).toEqual([])
  })
})
