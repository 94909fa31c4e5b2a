// Writes handout HTML as it is, or as PDF through one Chromium for the whole run.
import { createPdfRenderer, writePdf, type PdfRenderer } from '@modulemark/pdf'
import { writeFileAtomic } from '../atomic-write.js'

export interface HandoutWriter {
  /** `.html` or `.pdf`, after the `.worksheets` or `.workbook` of the name. */
  extension: string
  /** The PDF is titled from the document's `<title>`. */
  write(target: string, html: string): Promise<void>
  close(): Promise<void>
}

/** Starts Chromium first for PDF, so a missing one stops the run before anything is written. */
export async function handoutWriter(to: 'html' | 'pdf', chromium: string | undefined): Promise<HandoutWriter> {
  if (to === 'html') return { extension: '.html', write: (target, html) => writeFileAtomic(target, html), close: async () => {} }
  const renderer: PdfRenderer = await createPdfRenderer(chromium === undefined ? {} : { chromium })
  return {
    extension: '.pdf',
    // writePdf renames a finished temp file over the target: never half a PDF.
    write: async (target, html) => writePdf(target, await renderer.render(html)),
    close: () => renderer.close()
  }
}
