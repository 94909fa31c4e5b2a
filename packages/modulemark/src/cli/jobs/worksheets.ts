import { toWorksheets, type HandoutOptions, type WorksheetsOptions } from '@modulemark/render-html'
import { renderJob } from './load-model.js'

export interface WorksheetsJobOptions {
  /** The handout flags, as plain JSON. */
  handout: HandoutOptions
}

/** Per page, from its course folder (see commands/worksheets-context.ts): the header and footer texts. */
export type WorksheetsContext = Pick<WorksheetsOptions, 'course' | 'moduleTitle' | 'license'>

/** `worksheets`: blank handouts of the worksheets a page introduces; nothing when it introduces none. */
export const worksheetsJob = renderJob<WorksheetsJobOptions>((model, options, page) => {
  if (!model.worksheets.some((entry) => entry.role === 'worksheet')) return { output: null }
  const context = (page.context ?? {}) as WorksheetsContext
  return { output: toWorksheets(model, { ...options.handout, ...context }) }
})
