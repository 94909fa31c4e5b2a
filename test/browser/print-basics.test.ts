// A simple print document: page size and margins from its CSS, its text, its title, tags and outline.
import { toPdf } from '@modulemark/pdf'
import { describe, expect, it } from 'vitest'
import { printDocument } from './helpers/html.js'
import { firstPageInk, pageCount, pdfInfo, pdfText } from './helpers/poppler.js'

const html = printDocument({
  title: 'Ignored title',
  body: '<h1>Worksheet #6: Your relationships capacity</h1><h2>Instructions</h2><p>List your relationships.</p>'
})

describe('toPdf on a Letter page', async () => {
  const pdf = await toPdf(html, { title: 'Relationships handout' })
  const info = pdfInfo(pdf)

  it('is one Letter page (612 x 792 pts), as the @page rule says', () => {
    expect(pageCount(pdf)).toBe(1)
    expect(info['Page size']).toMatch(/^612 x 792 pts/)
  })

  it('holds the text', () => {
    const text = pdfText(pdf)
    expect(text).toContain('Worksheet #6: Your relationships capacity')
    expect(text).toContain('Instructions')
    expect(text).toContain('List your relationships.')
  })

  it('is titled from options.title, over the document <title>', () => {
    expect(info.Title).toBe('Relationships handout')
  })

  it('is tagged and has an outline from the headings', () => {
    expect(info.Tagged).toBe('yes')
    const raw = Buffer.from(pdf).toString('latin1')
    expect(raw).toContain('/Outlines')
    expect(raw).toContain('/Title (Worksheet #6: Your relationships capacity)')
    expect(raw).toContain('/Title (Instructions)')
  })

  it('is not blank', () => {
    expect(firstPageInk(pdf)).toBeGreaterThan(0.001)
  })

  it('keeps the document <title> when no title is given, and honours an A4 @page', async () => {
    const a4 = printDocument({ title: 'From the document', css: '@page { size: A4 }', body: '<p>A4</p>' })
    const info = pdfInfo(await toPdf(a4))
    expect(info.Title).toBe('From the document')
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/)
  })
})
