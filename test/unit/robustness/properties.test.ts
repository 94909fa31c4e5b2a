// Bounded property tests on a fixed seed: whatever the input, parseModule never
// throws, never reports internal-error, returns a valid model whose positions are
// inside the text, and gives the same JSON twice. `pnpm fuzz` is the long run.
import { parseModule } from '@modulemark/extract'
import { validateModule } from '@modulemark/model'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkParse } from '../../fuzz/check.js'
import { anyBytes, mutatedPage, tokenSoup } from '../../fuzz/generators.js'
import { teamPages } from '../../fuzz/pages.js'

const seed = 20010206
// About 15 s in all on two busy cores; the margin keeps CI on a loaded machine green.
const timeout = 60_000
const parser = { parseModule, validateModule }
const holds = (input: string | Uint8Array): void => {
  expect(checkParse(parser, input)).toEqual([])
}

describe('parseModule holds under hostile input', () => {
  it('any string of graphemes', { timeout }, () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), holds), { seed, numRuns: 300 })
  })

  it('any string of code points (controls, NUL, lone surrogates)', { timeout }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), holds), { seed, numRuns: 300 })
  })

  it('any bytes (invalid UTF-8, binary files)', { timeout }, () => {
    fc.assert(fc.property(anyBytes, holds), { seed, numRuns: 300 })
  })

  it('markup soup: divs, cells, comments, IALs, Liquid, NUL, CR, BOM, tabs', { timeout }, () => {
    fc.assert(fc.property(tokenSoup, holds), { seed, numRuns: 2000 })
  })

  it('team pages and the seed, with lines deleted, duplicated or swapped, closing tags dropped, markup inserted', { timeout }, () => {
    const pages = teamPages()
    fc.assert(fc.property(mutatedPage(pages), ({ text }) => {
        holds(text)
      }), { seed, numRuns: 1500 })
  })
})
