import { writeFileAtomic } from '../atomic-write.js'
import { BrowserError } from '../errors.js'
import type { OutputSink } from './sink.js'

export interface PdfSinkOptions {
  /** The Chromium executable (default: MODULEMARK_CHROMIUM, else /usr/bin/chromium). */
  chromium?: string | undefined
  /** Pages printed at once by the one browser. */
  concurrency?: number
  onBlockedRequest?: (url: string) => void
}

/**
 * Prints each page's HTML output to PDF with one Chromium for the whole batch
 * (pages go through the browser on this thread; workers only render HTML).
 * Started before anything is written, so a missing browser stops the run
 * with nothing written.
 */
export async function pdfSink(options: PdfSinkOptions): Promise<OutputSink> {
  // Loaded on use: the HTML commands never load the browser driver.
  const { ChromiumNotFoundError, createPdfRenderer } = await import('@modulemark/pdf')
  let renderer: Awaited<ReturnType<typeof createPdfRenderer>>
  try {
    renderer = await createPdfRenderer({ chromium: options.chromium, concurrency: options.concurrency, onBlockedRequest: options.onBlockedRequest })
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) throw new BrowserError(error.message, { cause: error })
    throw error
  }
  return {
    write: async (target, html) => {
      await writeFileAtomic(target, await renderer.render(html.toString('utf8')))
      return true // a PDF carries its creation time: never byte-identical, always written
    },
    close: () => renderer.close()
  }
}
