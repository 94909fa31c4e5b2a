// Nothing lost: every word kramdown shows a reader is in the model, in order.
import { readFileSync } from 'node:fs'
import { parseModule } from '@modulemark/extract'
import { describe, expect, it } from 'vitest'
import { ALLOWLIST } from './helpers/allowlist.js'
import { listPages, readPage } from './helpers/corpus.js'
import type { AnyNode } from './helpers/outline.js'
import { lcsLength, missingRuns, modelText, oracleText, words } from './helpers/text.js'

const pages = listPages()

describe('allowlist', () => {
  it('names only corpus pages, each with a reason and a floor', () => {
    const known = new Set(pages.map((p) => p.path))
    for (const [path, entry] of Object.entries(ALLOWLIST)) {
      expect(known.has(path), `${path} is not a corpus page`).toBe(true)
      expect(entry.reason.trim().length, `${path} needs a reason`).toBeGreaterThan(10)
      expect(entry.min).toBeGreaterThan(0)
      expect(entry.min).toBeLessThan(1)
    }
  })
})

describe.each(pages)('$path', (page) => {
  it('keeps every word of the oracle, in order', () => {
    const expected = words(oracleText(readFileSync(page.oracle, 'utf8')))
    const model = parseModule(readPage(page), { path: page.path }) as AnyNode
    const actual = words(modelText(model))
    const share = expected.length === 0 ? 1 : lcsLength(expected, actual) / expected.length
    const allowed = ALLOWLIST[page.path]
    const floor = allowed ? allowed.min : 1
    if (share < floor) {
      const percent = (share * 100).toFixed(2)
      const runs = missingRuns(expected, actual).join('\n  ')
      expect.fail(
        `${page.path}: ${percent}% of ${expected.length} oracle words found in order in the model ` +
          `(needs ${(floor * 100).toFixed(2)}%${allowed ? `, allowlisted: ${allowed.reason}` : ''}); missing:\n  ${runs}`
      )
    }
  })
})
