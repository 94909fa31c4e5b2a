// A model that passes validation may still nest nodes where no parser puts them
// (a list holding text, a table row at the top, a callout in a paragraph): a tool
// wrote it. Every renderer must return for it, never throw.
import { parseModule } from '@modulemark/extract'
import { validateModule, type ModuleRoot, type Node } from '@modulemark/model'
import { toHtml, toPrintHtml, toWorksheets } from '@modulemark/render-html'
import { toMarkdown } from '@modulemark/render-markdown'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { teamPages } from '../../fuzz/pages.js'

const seed = 20_261_202
const pages = teamPages().map((page) => parseModule(page.text))
const donors = pages.flatMap((page) => everyNode(page.children))

function everyNode(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((node) => [node, ...('children' in node ? everyNode(node.children as Node[]) : [])])
}

/** Copies of nodes from any team page put into random containers of one page (or its top). */
const renested = fc.record({ page: fc.nat(pages.length - 1), moves: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }) }).map(({ page, moves }) => {
  const model = structuredClone(pages[page]) as ModuleRoot
  const containers = everyNode(model.children).filter((node): node is Extract<Node, { children: unknown[] }> => 'children' in node)
  for (const [donor, into, at] of moves) {
    const target = at % 3 === 0 || containers.length === 0 ? model : containers[into % containers.length]
    // Often first: what a container starts with is what writers look at first.
    const position = at % 2 === 0 ? 0 : at % (target.children.length + 1)
    target.children.splice(position, 0, structuredClone(donors[donor % donors.length]) as never)
  }
  return model
})

describe('renderers on valid models nested as no parser nests them', () => {
  it('toMarkdown, toHtml, toPrintHtml and toWorksheets return', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(renested, (model) => {
        expect(validateModule(model).ok).toBe(true)
        expect(typeof toMarkdown(model)).toBe('string')
        expect(typeof toHtml(model)).toBe('string')
        expect(typeof toPrintHtml(model)).toBe('string')
        expect(toWorksheets(model)).toBeTypeOf('string')
      }),
      { seed, numRuns: 500 }
    )
  })
})
