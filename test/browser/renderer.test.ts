// One browser for many pages, and nothing of it left after close.
import { existsSync } from 'node:fs'
import { createPdfRenderer } from '@modulemark/pdf'
import { describe, expect, it } from 'vitest'
import { printDocument } from './helpers/html.js'
import { pdfInfo, pdfText } from './helpers/poppler.js'
import { browserProcesses, processesWith } from './helpers/processes.js'

describe('createPdfRenderer', () => {
  it('prints 5 pages with one browser, and close() leaves no process, profile nor handler', async () => {
    const sigint = process.listenerCount('SIGINT')
    const renderer = await createPdfRenderer({ concurrency: 2 })
    const dir = renderer.userDataDir
    expect(process.listenerCount('SIGINT')).toBe(sigint + 1)
    expect(process.listenerCount('SIGTERM')).toBeGreaterThan(0)

    const pdfs = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => renderer.render(printDocument({ body: `<h1>Page number ${n}</h1>` }), { title: `Doc ${n}` }))
    )
    pdfs.forEach((pdf, i) => {
      expect(pdfText(pdf)).toContain(`Page number ${i + 1}`)
      expect(pdfInfo(pdf).Title).toBe(`Doc ${i + 1}`)
    })
    expect(browserProcesses(dir)).toHaveLength(1)

    await renderer.close()
    expect(processesWith(dir)).toEqual([])
    expect(existsSync(dir)).toBe(false)
    expect(process.listenerCount('SIGINT')).toBe(sigint)
    await renderer.close() // twice is fine
    await expect(renderer.render('<p>late</p>')).rejects.toThrow(/closed/)
  })

  it('keeps going after one page fails, and prints at most `concurrency` at once', async () => {
    const renderer = await createPdfRenderer({ concurrency: 1, timeout: 1 })
    try {
      await expect(renderer.render(printDocument({ body: '<p>too slow</p>' }))).rejects.toThrow()
    } finally {
      await renderer.close()
    }
    expect(processesWith(renderer.userDataDir)).toEqual([])
  })
})
