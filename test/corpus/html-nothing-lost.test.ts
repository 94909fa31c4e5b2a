// Nothing lost on screen: every word kramdown shows a reader is in the web HTML, in order.
import { readFileSync } from 'node:fs'
import { parseModule } from '@modulemark/extract'
import { toHtml } from '@modulemark/render-html'
import { fromHtml } from 'hast-util-from-html'
import { select } from 'hast-util-select'
import { describe, expect, it } from 'vitest'
import { ALLOWLIST } from './helpers/allowlist.js'
import { listPages, readPage } from './helpers/corpus.js'
import { hastText, lcsLength, missingRuns, oracleText, words } from './helpers/text.js'

const pages = listPages()

// What a reader sees: the body as a browser parses it, without script, style or comments.
function visibleText(html: string): string {
  const body = select('body', fromHtml(html))
  if (!body) throw new Error('Expected a <body> in the web HTML')
  return hastText(body)
}

describe.each(pages)('$path', (page) => {
  it('shows every word of the oracle, in order', () => {
    const expected = words(oracleText(readFileSync(page.oracle, 'utf8')))
    const html = toHtml(parseModule(readPage(page), { path: page.path }))
    const actual = words(visibleText(html))
    const share = expected.length === 0 ? 1 : lcsLength(expected, actual) / expected.length
    const allowed = ALLOWLIST[page.path]
    const floor = allowed ? allowed.min : 1
    if (share < floor) {
      const percent = (share * 100).toFixed(2)
      const runs = missingRuns(expected, actual).join('\n  ')
      expect.fail(
        `${page.path}: ${percent}% of ${expected.length} oracle words shown in order in the web HTML ` +
          `(needs ${(floor * 100).toFixed(2)}%${allowed ? `, allowlisted: ${allowed.reason}` : ''}); missing:\n  ${runs}`
      )
    }
  })
})
