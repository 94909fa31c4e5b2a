import { rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { findChromium } from './chromium.js'
import { launch } from './launch.js'
import { limit } from './limit.js'
import type { Options, RenderOptions } from './options.js'
import { track } from './signals.js'

export interface PdfRenderer {
  /** Prints one print-ready HTML document to PDF bytes. */
  render(html: string, options?: RenderOptions): Promise<Uint8Array>
  /** Closes the browser and removes its profile; safe to call twice. */
  close(): Promise<void>
  /** The browser's fresh profile folder (it names the process, e.g. for `pgrep -f`). */
  readonly userDataDir: string
}

/** One browser for many pages, at most `concurrency` printing at once. */
export async function createPdfRenderer(options: Options = {}): Promise<PdfRenderer> {
  const executablePath = await findChromium(options.chromium)
  const { context, userDataDir } = await launch(executablePath, options.onBlockedRequest)
  const run = limit(Math.max(1, options.concurrency ?? 2))
  const timeout = options.timeout ?? 60_000
  let closing: Promise<void> | undefined

  const close = (): Promise<void> =>
    (closing ??= (async () => {
      try {
        await context.close()
      } catch {
        // Already gone (crashed or killed): nothing left to close.
      }
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 })
      untrack()
    })())
  const untrack = track({
    close,
    closeSync: () => rmSync(userDataDir, { recursive: true, force: true })
  })

  const print = async (page: Page, html: string, title: string | undefined): Promise<Uint8Array> => {
    page.setDefaultTimeout(timeout)
    await page.setContent(html, { waitUntil: 'load' })
    // Chromium names the PDF after the document's <title>; our code runs though the page's may not.
    if (title !== undefined) await page.evaluate(setTitle, title)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  }

  return {
    userDataDir,
    close,
    render: (html, renderOptions = {}) =>
      run(async () => {
        if (closing) throw new Error('modulemark: the PDF renderer is closed')
        const page = await context.newPage()
        try {
          return await print(page, html, renderOptions.title ?? options.title)
        } finally {
          await page.close().catch(() => {})
        }
      })
  }
}

// Runs in the page; the DOM types are not in this package's lib.
function setTitle(title: string): void {
  ;(globalThis as unknown as { document: { title: string } }).document.title = title
}
