import { toPrintDocument, type PrintOptions } from '@modulemark/render-html'
import { renderJob } from './load-model.js'

export interface PrintJobOptions {
  /** `toPrintDocument`'s options, as plain JSON. */
  render: PrintOptions
  /**
   * A stamp of the assets folder's files (names, sizes, times): images are
   * read from there, so a changed image must miss the cache. Not used here.
   */
  assetsStamp: string | null
}

/** `print` (and the HTML step of `pdf`): self-contained print HTML; a missing image is a warning. */
export const printJob = renderJob<PrintJobOptions>((model, options) => {
  const { html, messages } = toPrintDocument(model, options.render)
  return { output: html, messages }
})
