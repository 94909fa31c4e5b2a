// A videos page printed to PDF: no player, but every video's URL in the text and its QR code on the page.
import { toPdf } from '@modulemark/pdf'
import { toPrintHtml } from '@modulemark/render-html'
import { describe, expect, it } from 'vitest'
import { firstPageInk, pdfText } from './helpers/poppler.js'
import { modelOf, squeezed } from './helpers/print.js'

const urls = [
  'https://www.youtube.com/watch?v=FAKEvid0001',
  'https://vimeo.com/123456789/abc',
  'https://www.ted.com/talks/fake_speaker_making_things',
  'https://raindrop.io/fakeuser/maker-links-1234567',
  'https://docs.google.com/presentation/d/1FAKEslides/embed'
]

describe('embeds.md printed to PDF', async () => {
  const html = toPrintHtml(modelOf('test/fixtures/pages/embeds.md'))
  const blocked: string[] = []
  const pdf = await toPdf(html, { onBlockedRequest: (url) => blocked.push(url) })
  const text = pdfText(pdf)

  it('has no iframe in its print HTML, and asked for nothing while printing', () => {
    expect(html).not.toMatch(/<iframe/i)
    expect(blocked).toEqual([])
  })

  it('holds each video URL, title and duration in the PDF text', () => {
    for (const url of urls) expect(squeezed(text)).toContain(url)
    expect(text).toContain('Teens build a robot')
    expect(text).toContain('Duration: 7:51')
    expect(text).toContain('Duration: 1:02:05')
  })

  it('draws the QR codes (inline SVG) on the page', () => {
    expect(html.match(/<svg class="print-qr"/g)).toHaveLength(5)
    expect(firstPageInk(pdf)).toBeGreaterThan(0.03)
  })
})
