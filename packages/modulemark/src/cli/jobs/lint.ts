import { parseModule } from '@modulemark/extract'
import type { PageJob } from '../batch/job.js'

/** `lint`: only the page's messages; nothing is written. */
export const lintJob: PageJob<Record<string, never>> = {
  run(page) {
    return { output: null, messages: parseModule(page.bytes, { path: page.modelPath }).messages }
  }
}
