// `modulemark pdf`: one PDF per page, with one browser, written whole into -o.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, run, seedPath, tempTree } from '../unit/cli/helpers.js'
import { pageCount, pdfInfo, pdfText } from './helpers/poppler.js'
import { squeezed } from './helpers/print.js'

describe('modulemark pdf', () => {
  it('prints each input to x.pdf in -o, A4 when asked', async () => {
    const out = await tempTree()
    const embeds = join(repoRoot, 'test/fixtures/pages/embeds.md')
    const result = await run(['pdf', seedPath, embeds, '-o', out, '--page-size', 'a4'], { cwd: out })
    expect(result.stderr).toMatch(/^2 pages, \d+ warnings, 0 errors, [\d.]+ s\n$/)
    expect(result.code).toBe(0)
    const files = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.pdf')).sort()
    expect(files).toEqual(['examples/relationships.pdf', 'test/fixtures/pages/embeds.pdf'])
    const seed = new Uint8Array(readFileSync(join(out, 'examples/relationships.pdf')))
    expect(pdfText(seed)).toContain('Worksheet #6: Your relationships capacity')
    expect(pageCount(seed)).toBeGreaterThan(0)
    expect(pdfInfo(seed)['Page size']).toMatch(/\(A4\)/)
    expect(squeezed(pdfText(new Uint8Array(readFileSync(join(out, 'test/fixtures/pages/embeds.pdf')))))).toContain('https://www.youtube.com/watch?v=FAKEvid0001')
    // Written through a temp file and a rename: none is left.
    expect(readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('writes into the current folder without -o', async () => {
    const cwd = await tempTree({ 'page.md': '---\ntitle: Here\n---\n\nHello.\n' })
    const result = await run(['pdf', 'page.md'], { cwd })
    expect(result.code).toBe(0)
    expect(existsSync(join(cwd, 'page.pdf'))).toBe(true)
  })
})
