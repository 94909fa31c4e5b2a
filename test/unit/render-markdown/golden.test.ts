// Written pages compared byte for byte with Markdown a person read first.
// After a reviewed change: MODULEMARK_UPDATE_GOLDEN=1 pnpm exec vitest run test/unit/render-markdown/golden.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { ModuleRoot } from '@modulemark/model'
import { toMarkdown } from '@modulemark/render-markdown'
import { describe, expect, it } from 'vitest'
import { fixture, seed } from '../render-html/helpers.js'

const goldenDir = new URL('../../fixtures/markdown/', import.meta.url)

const pages: Record<string, () => ModuleRoot> = {
  relationships: seed,
  embeds: () => fixture('embeds'),
  'table-kinds': () => fixture('table-kinds'),
  'worksheet-tables': () => fixture('worksheet-tables'),
  'div-unclosed-page-end': () => fixture('div-unclosed-page-end')
}

const update = process.env.MODULEMARK_UPDATE_GOLDEN === '1'

describe.each(Object.keys(pages))('markdown/%s.md', (name) => {
  it('equals the reviewed golden file', () => {
    const file = new URL(`${name}.md`, goldenDir)
    const markdown = toMarkdown(pages[name]())
    if (update) {
      mkdirSync(goldenDir, { recursive: true })
      writeFileSync(file, markdown)
    }
    expect(existsSync(file), `${name}.md is missing from test/fixtures/markdown`).toBe(true)
    expect(markdown).toBe(readFileSync(file, 'utf8'))
  })
})
