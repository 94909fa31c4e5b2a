// The seed's handout printed by Chromium: one Letter page with the title, table, instructions and questions.
import { readFileSync } from 'node:fs'
import { parseModule } from '@modulemark/extract'
import { toPdf } from '@modulemark/pdf'
import { toWorksheets } from '@modulemark/render-html'
import { describe, expect, it } from 'vitest'
import { firstPageInk, pageCount, pdfInfo, pdfText } from './helpers/poppler.js'

const seed = parseModule(readFileSync(new URL('../../examples/relationships.md', import.meta.url)), { path: 'relationships.md' })
const words = (text: string) => text.replace(/\s+/g, ' ').trim()

const questions = [
  'In what ways can the information on the internal asset map help you to connect with one or more colleagues in order to support connected learning services?',
  'How can you leverage existing relationships and passions and interests of colleagues in support of connected learning services?',
  'Who would you like to talk more with to learn about what they do and how their work can help you understand the community better, build relationships, and serve youth and families?',
  'What do you notice about the internal assets on your “map” that you never thought about?'
]

describe('the seed’s handout as PDF', async () => {
  const pdf = await toPdf(toWorksheets(seed, { course: 'ConnectedLib Toolkit', moduleTitle: 'Capacity', license: 'CC BY-SA 4.0' }))
  const text = words(pdfText(pdf))

  it('is one Letter page, titled after the worksheet', () => {
    expect(pageCount(pdf)).toBe(1)
    const info = pdfInfo(pdf)
    expect(info['Page size']).toMatch(/^612 x 792 pts/)
    expect(info.Title).toBe('Worksheet #6: Your relationships capacity')
  })

  it('shows the title, the three column labels, "Instructions" and the four questions', () => {
    expect(text).toContain('Worksheet #6: Your relationships capacity')
    expect(text).toMatch(/Relationship Strengths Weaknesses/)
    expect(text).toContain('Instructions')
    for (const question of questions) expect(text).toContain(question)
    expect(text).toContain('CC BY-SA 4.0')
  })

  it('is not blank', () => {
    expect(firstPageInk(pdf)).toBeGreaterThan(0.01)
  })
})

describe('a handout longer than a page', async () => {
  const pdf = await toPdf(toWorksheets(seed, { rows: 40, pageSize: 'a4' }))

  it('goes on over A4 pages with the column labels at the top of each page of rows', () => {
    const pages = pageCount(pdf)
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(pdfInfo(pdf)['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts/)
    // Pages 1 and 2 hold rows (40 rows of 0.45 in cannot fit one page): each shows the labels.
    for (const page of [1, 2]) expect(words(pdfText(pdf, page))).toContain('Relationship Strengths Weaknesses')
    expect(words(pdfText(pdf, pages))).toContain('What do you notice about the internal assets')
  })
})
