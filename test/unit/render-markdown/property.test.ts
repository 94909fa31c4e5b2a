// Any valid model, also one a tool wrote: written without throwing, and the
// written page is a fixed point (reading and writing it again changes nothing).
import { parseModule } from '@modulemark/extract'
import { moduleArbitrary } from '@modulemark/model/arbitraries'
import { toMarkdown } from '@modulemark/render-markdown'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

describe('toMarkdown on arbitrary valid models', () => {
  it('returns a page whose next reading writes the same text', () => {
    fc.assert(
      fc.property(moduleArbitrary(), (model) => {
        const first = toMarkdown(model)
        const second = toMarkdown(parseModule(first))
        expect(toMarkdown(parseModule(second))).toBe(second)
      }),
      { numRuns: 100 }
    )
  }, 60_000)
})
