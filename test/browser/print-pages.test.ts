// Page margin boxes as Chromium prints them: the module title and "Page n of m" on every page.
import { toPdf } from '@modulemark/pdf'
import { toPrintHtml } from '@modulemark/render-html'
import { parseModule } from '@modulemark/extract'
import { describe, expect, it } from 'vitest'
import { pageCount, pdfInfo, pdfText } from './helpers/poppler.js'

const paragraph = (n: number) =>
  `Paragraph ${n}: the library asks its partners what they can offer teens, and writes down each answer ` +
  'so that the team can plan programs together over the coming year, season by season and partner by partner.'

// Three sections of prose, the last with a long fill-in table: three Letter pages.
const rows = Array.from({ length: 14 }, (_, i) => `<tr><td>Partner ${i + 1}</td><td></td><td></td></tr>`).join('\n')
const markdown = [
  '---\ntitle: Building Capacity\n---\n',
  ...[1, 2].map((s) => `<div class="colorhighlight color${s}" markdown="1">\n\n## Part ${s}\n\n${Array.from({ length: 9 }, (_, i) => paragraph(s * 10 + i)).join('\n\n')}\n\n</div>\n`),
  `<div class="colorhighlight color3" markdown="1">\n\n## Part 3\n\n<table class="worksheet">\n<tr><th>Partner</th><th>Strengths</th><th>Weaknesses</th></tr>\n${rows}\n</table>\n\n</div>\n`
].join('\n')

describe('a three-page print document', async () => {
  const pdf = await toPdf(toPrintHtml(parseModule(markdown, { path: 'capacity.md' })))
  const pages = pageCount(pdf)
  const texts = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1))

  it('has three Letter pages', () => {
    expect(pages).toBe(3)
    expect(pdfInfo(pdf)['Page size']).toMatch(/^612 x 792 pts/)
  })

  it('shows the module title at the top and "Page n of 3" at the bottom of each page', () => {
    texts.forEach((text, i) => {
      const lines = text.split('\n').map((line) => line.trim()).filter(Boolean)
      expect(lines[0], `page ${i + 1}`).toBe('Building Capacity')
      expect(lines.at(-1), `page ${i + 1}`).toBe(`Page ${i + 1} of 3`)
    })
  })

  it('repeats the table header on every page that holds its rows', () => {
    texts.forEach((text, i) => {
      if (!/Partner \d+/.test(text)) return
      expect(text, `page ${i + 1}`).toMatch(/Partner\s+Strengths\s+Weaknesses/)
    })
  })
})
