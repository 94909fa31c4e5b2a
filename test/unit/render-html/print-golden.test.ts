// Print documents compared byte for byte with HTML whose PDF pages a person looked at (pdftoppm PNGs) first.
// After a reviewed change: MODULEMARK_UPDATE_GOLDEN=1 pnpm exec vitest run test/unit/render-html/print-golden.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { ModuleRoot } from '@modulemark/model'
import { toPrintHtml } from '@modulemark/render-html'
import { describe, expect, it } from 'vitest'
import { fixture, seed } from './helpers.js'

const goldenDir = new URL('../../fixtures/print/', import.meta.url)

const pages: Record<string, () => ModuleRoot> = {
  relationships: seed,
  'callout-kinds': () => fixture('callout-kinds'),
  'div-unclosed-page-end': () => fixture('div-unclosed-page-end'),
  embeds: () => fixture('embeds'),
  'table-kinds': () => fixture('table-kinds'),
  'worksheet-tables': () => fixture('worksheet-tables')
}

const update = process.env.MODULEMARK_UPDATE_GOLDEN === '1'

describe.each(Object.keys(pages))('print/%s.html', (name) => {
  it('equals the reviewed golden file', () => {
    const file = new URL(`${name}.html`, goldenDir)
    const html = toPrintHtml(pages[name]())
    if (update) {
      mkdirSync(goldenDir, { recursive: true })
      writeFileSync(file, html)
    }
    expect(existsSync(file), `${name}.html is missing from test/fixtures/print`).toBe(true)
    expect(html).toBe(readFileSync(file, 'utf8'))
  })
})
