// Issue 6: for every mutated page, writing Markdown twice gives byte-identical text.
import { parseModule } from '@modulemark/extract'
import { toMarkdown } from '@modulemark/render-markdown'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mutatedPage } from '../../fuzz/generators.js'
import { teamPages } from '../../fuzz/pages.js'

const seed = 20010206
const timeout = 60_000

describe('Markdown writer is stable on mutated pages', () => {
  it('team pages and the seed, mutated: writing Markdown twice gives byte-identical text', { timeout }, () => {
    const pages = teamPages()
    fc.assert(
      fc.property(mutatedPage(pages), ({ text }) => {
        const once = toMarkdown(parseModule(text))
        expect(toMarkdown(parseModule(once))).toBe(once)
      }),
      { seed, numRuns: 1000 }
    )
  })
})
