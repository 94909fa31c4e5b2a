// Printing never runs the page's scripts and never lets a request leave.
import { toPdf } from '@modulemark/pdf'
import { describe, expect, it } from 'vitest'
import { printDocument } from './helpers/html.js'
import { pdfText } from './helpers/poppler.js'

describe('isolation', () => {
  it("does not run the page's <script>", async () => {
    const html = printDocument({
      body: [
        '<p id="p">The unchanged text</p>',
        '<script>document.getElementById("p").textContent = "CHANGED BY SCRIPT"; document.write("WRITTEN BY SCRIPT")</script>',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="document.body.textContent=\'ONERROR RAN\'" alt="">'
      ].join('\n')
    })
    const text = pdfText(await toPdf(html))
    expect(text).toContain('The unchanged text')
    expect(text).not.toMatch(/CHANGED|WRITTEN|ONERROR/)
  })

  it('aborts every request that is not data:, and still makes the PDF', async () => {
    const blocked: string[] = []
    const html = printDocument({
      head: '<link rel="stylesheet" href="https://example.org/y.css">',
      body: [
        '<p>Still printed</p>',
        '<img src="http://127.0.0.1:9/x.png" alt="a remote image">',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">'
      ].join('\n')
    })
    const pdf = await toPdf(html, { onBlockedRequest: (url) => blocked.push(url) })
    expect(blocked.sort()).toEqual(['http://127.0.0.1:9/x.png', 'https://example.org/y.css'])
    expect(pdfText(pdf)).toContain('Still printed')
  })
})
