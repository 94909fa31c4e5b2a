import { parseModule } from '@modulemark/extract'
import type { PageJob } from '../batch/job.js'

export interface JsonJobOptions {
  /** Indent the JSON (two spaces). */
  pretty: boolean
}

/** `json`: the page's model as JSON text, one trailing newline. */
export const jsonJob: PageJob<JsonJobOptions> = {
  run(page, options) {
    const model = parseModule(page.bytes, { path: page.modelPath })
    return { output: `${JSON.stringify(model, null, options.pretty ? 2 : undefined)}\n`, messages: model.messages }
  }
}
