// Handout documents compared byte for byte with HTML whose PDF pages a person looked at (pdftoppm PNGs) first.
// After a reviewed change: MODULEMARK_UPDATE_GOLDEN=1 pnpm exec vitest run test/unit/render-html/worksheets-golden.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { ModuleRoot } from '@modulemark/model'
import { toWorksheets } from '@modulemark/render-html'
import { describe, expect, it } from 'vitest'
import { fixture, seed } from './helpers.js'

const goldenDir = new URL('../../fixtures/worksheets/', import.meta.url)

// The team pages with worksheets (two, one with two tables), and an unclosed div, whose page has none:
// a document with no handout.
const pages: Record<string, () => ModuleRoot> = {
  relationships: seed,
  'worksheet-tables': () => fixture('worksheet-tables'),
  'div-unclosed-page-end': () => fixture('div-unclosed-page-end')
}

const update = process.env.MODULEMARK_UPDATE_GOLDEN === '1'

describe.each(Object.keys(pages))('worksheets/%s.html', (name) => {
  it('equals the reviewed golden file', () => {
    const file = new URL(`${name}.html`, goldenDir)
    const html = toWorksheets(pages[name]())
    if (update) {
      mkdirSync(goldenDir, { recursive: true })
      writeFileSync(file, html)
    }
    expect(existsSync(file), `${name}.html is missing from test/fixtures/worksheets`).toBe(true)
    expect(html).toBe(readFileSync(file, 'utf8'))
  })
})
