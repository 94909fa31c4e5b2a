// Print-ready HTML to PDF with the system's Chromium: no scripts run, no request leaves.
export { toPdf } from './to-pdf.js'
export { createPdfRenderer, type PdfRenderer } from './renderer.js'
export { ChromiumNotFoundError } from './errors.js'
export { chromiumArgs, chromiumPath, defaultChromium } from './chromium.js'
export { writePdf } from './write-pdf.js'
export type { Options, RenderOptions } from './options.js'
