import { validateModule, type ModuleRoot, type Node } from '@modulemark/model'
import { moduleArbitrary } from '@modulemark/model/arbitraries'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const seed = 20010206

function nodesOf(model: ModuleRoot): Node[] {
  const out: Node[] = []
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      out.push(node)
      if ('children' in node) walk(node.children)
    }
  }
  walk(model.children)
  return out
}

describe('moduleArbitrary', () => {
  const models = fc.sample(moduleArbitrary(), { numRuns: 200, seed })

  it('yields 200 models that validateModule accepts', () => {
    for (const model of models) {
      const result = validateModule(model)
      expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([])
    }
  })

  it('covers every structure the renderers meet', () => {
    const seen = new Set(models.flatMap((model) => nodesOf(model).map((node) => node.type)))
    for (const type of ['section', 'callout', 'table', 'tableRow', 'tableCell', 'embed', 'details', 'list', 'listItem', 'link', 'heading', 'image', 'code']) {
      expect(seen).toContain(type)
    }
    expect(models.some((model) => model.worksheets.length > 0)).toBe(true)
    expect(models.some((model) => model.worksheets.some((entry) => entry.tables.length > 0))).toBe(true)
    expect(models.some((model) => nodesOf(model).some((node) => node.type === 'link' && Object.keys(node.attributes).length > 0))).toBe(true)
  })

  it('keeps tables and cells consistent', () => {
    for (const table of models.flatMap(nodesOf)) {
      if (table.type !== 'table') continue
      const rows = table.children.map((row) => (row.type === 'tableRow' ? row.children : []))
      const width = rows[0]?.length ?? 0
      for (const cells of rows) expect(cells).toHaveLength(width)
      const header = rows[0]?.every((cell) => cell.type === 'tableCell' && cell.header) ? rows[0] : null
      expect(table.columns).toEqual(header ? header.map((cell) => (cell.type === 'tableCell' ? cell.text : '')) : [])
      for (const cell of rows.flat()) {
        if (cell.type !== 'tableCell') throw new Error('a row holds only cells')
        if (cell.text !== cell.lines.join('\n') || cell.blank !== (cell.lines.length === 0)) throw new Error(`inconsistent cell ${JSON.stringify(cell)}`)
      }
    }
  })

  it('places nodes in document order and bounds the depth', () => {
    const depthOf = (nodes: Node[]): number => Math.max(0, ...nodes.map((node) => ('children' in node ? 1 + depthOf(node.children) : 1)))
    const problems: string[] = []
    for (const model of models) {
      let last = -1
      for (const node of nodesOf(model)) {
        const { start, end } = node.position
        if (start.offset <= last || end.offset < start.offset) problems.push(`${node.type} at ${start.offset}`)
        last = start.offset
      }
      if (depthOf(model.children) > 12) problems.push(`depth ${depthOf(model.children)}`)
    }
    expect(problems).toEqual([])
  })

  it('honours smaller sizes', () => {
    for (const model of fc.sample(moduleArbitrary({ maxDepth: 0, maxChildren: 1 }), { numRuns: 50, seed })) {
      expect(model.children.length).toBeLessThanOrEqual(2)
      expect(validateModule(model).ok).toBe(true)
    }
  })
})
