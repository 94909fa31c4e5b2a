// The seed page printed to PDF: what a librarian gets on paper, and a first page that is not blank.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toPdf } from '@modulemark/pdf'
import { toPrintHtml } from '@modulemark/render-html'
import { afterAll, describe, expect, it } from 'vitest'
import { firstPageInk, pageCount, pdfText } from './helpers/poppler.js'
import { modelOf } from './helpers/print.js'

describe('the seed (examples/relationships.md) printed to PDF', async () => {
  const pdf = await toPdf(toPrintHtml(modelOf('examples/relationships.md')))
  const dir = mkdtempSync(join(tmpdir(), 'modulemark-print-seed-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('renders a first page that is not blank (pdftoppm -png -r 60)', () => {
    writeFileSync(join(dir, 'seed.pdf'), pdf)
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'seed.pdf'), join(dir, 'page')])
    const png = readFileSync(join(dir, 'page.png'))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    // A blank Letter page at 60 dpi compresses to a few hundred bytes.
    expect(statSync(join(dir, 'page.png')).size).toBeGreaterThan(10_000)
    expect(firstPageInk(pdf)).toBeGreaterThan(0.02)
  })

  it('holds the page in reading order: title, three libraries, the worksheet, the questions', () => {
    const text = pdfText(pdf)
    const order = ['Relationships', 'Gotham Public Library', 'Sunnydale Public Library', 'Smallville Library', 'Worksheet #6: Your relationships capacity', 'Instructions', 'What do you notice']
    const at = order.map((part) => text.indexOf(part))
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(text.match(/Relationship\s+Strengths\s+Weaknesses/g)).toHaveLength(3)
  })

  it('numbers its pages and names the module on each', () => {
    const pages = pageCount(pdf)
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(pdf, page)
      expect(text).toContain(`Page ${page} of ${pages}`)
      expect(text.trimStart().startsWith('Relationships')).toBe(true)
    }
  })
})
