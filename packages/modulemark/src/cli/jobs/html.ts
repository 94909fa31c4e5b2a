import { toHtml, type Options } from '@modulemark/render-html'
import { renderJob } from './load-model.js'

export interface HtmlJobOptions {
  /** `toHtml`'s options, as plain JSON. */
  render: Options
}

/** `html`: the page (or model) as web HTML. */
export const htmlJob = renderJob<HtmlJobOptions>((model, options) => ({ output: toHtml(model, options.render) }))
