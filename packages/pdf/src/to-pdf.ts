import type { Options } from './options.js'
import { createPdfRenderer } from './renderer.js'

/** One document to PDF with a browser of its own; for many, keep one `createPdfRenderer()`. */
export async function toPdf(printHtml: string, options: Options = {}): Promise<Uint8Array> {
  const renderer = await createPdfRenderer({ ...options, concurrency: 1 })
  try {
    return await renderer.render(printHtml, { title: options.title })
  } finally {
    await renderer.close()
  }
}
