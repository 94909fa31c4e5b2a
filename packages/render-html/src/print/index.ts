// Print HTML, and the pieces other print outputs (handouts, workbooks) can build on.
export { toPrintDocument, toPrintHtml } from './to-print-html.js'
export type { PageSize, PrintDocument, PrintOptions } from './options.js'
export { printDocument, type PrintShell } from './document.js'
export { basePrintCss, cssString, modulePrintCss, pageRule } from './stylesheet.js'
export { qrSvg } from './qr.js'
