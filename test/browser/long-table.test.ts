// A fill-in table of 80 rows across pages: the header on top of every page, no row split.
import { toPdf } from '@modulemark/pdf'
import { describe, expect, it } from 'vitest'
import { fillInTable, rowTexts, tableColumns } from './helpers/html.js'
import { pageCount, pdfText } from './helpers/poppler.js'

const rows = 80

describe('a fill-in table of 80 rows', async () => {
  const pdf = await toPdf(fillInTable(rows))
  const pages = Array.from({ length: pageCount(pdf) }, (_, i) => pdfText(pdf, i + 1))
  const lines = pages.map((text) => text.split('\n').map((l) => l.trim()).filter(Boolean))
  const isHeader = (line: string) => tableColumns.every((c) => line.includes(c))
  const isRow = (line: string) => /^Row \d+ /.test(line)

  it('spans several pages', () => {
    expect(pages.length).toBeGreaterThan(2)
  })

  it('shows the column labels at the top of every page that holds rows', () => {
    lines.forEach((page, i) => {
      const firstRow = page.findIndex(isRow)
      if (firstRow < 0) return
      const header = page.findIndex(isHeader)
      expect(header, `page ${i + 1}`).toBeGreaterThanOrEqual(0)
      expect(header, `page ${i + 1}`).toBeLessThan(firstRow)
      // Past page 1 (where the heading stands above it) nothing comes before the header.
      if (i > 0) expect(header, `page ${i + 1}`).toBe(0)
    })
  })

  it('keeps every row whole on one page, each once, in order', () => {
    const pageOf = (text: string) => pages.flatMap((page, i) => (page.includes(text) ? [i] : []))
    let last = 0
    for (let n = 1; n <= rows; n++) {
      const where = rowTexts(n).map((t) => pageOf(`${t} `).concat(pageOf(`${t}\n`)))
      const seen = [...new Set(where.flat())]
      expect(seen, `row ${n}`).toHaveLength(1)
      expect(seen[0], `row ${n} order`).toBeGreaterThanOrEqual(last)
      last = seen[0]
    }
  })
})
