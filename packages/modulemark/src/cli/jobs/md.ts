import { toMarkdown } from '@modulemark/render-markdown'
import { renderJob } from './load-model.js'

/** `md`: the page (or model) written back as module Markdown. */
export const mdJob = renderJob<Record<string, never>>((model) => ({ output: toMarkdown(model) }))
