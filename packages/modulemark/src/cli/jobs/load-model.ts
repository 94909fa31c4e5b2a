import { parseModule } from '@modulemark/extract'
import { validateModule, type Message, type ModuleRoot } from '@modulemark/model'
import type { PageInput, PageJob, PageOutput, PageRejection } from '../batch/job.js'
import { isModelName } from '../inputs.js'

export type LoadedModel = { model: ModuleRoot; messages: Message[]; rejected?: undefined } | { rejected: PageRejection }

/** A model rather than a page: a `.json` file; on stdin, text that opens a JSON object (a page never does). */
export function isModelInput(page: PageInput): boolean {
  if (page.modelPath !== null) return isModelName(page.modelPath)
  const head = Buffer.from(page.bytes.buffer, page.bytes.byteOffset, Math.min(page.bytes.byteLength, 256)).toString('utf8')
  return /^\uFEFF?\s*\{\s*"/.test(head)
}

/**
 * The model of one input: a page is parsed; a model is read as JSON and
 * validated first (never trusted: another tool may have written it), so a
 * renderer only ever sees a valid one. A model's own stored messages are not
 * told again: they belong to the run that made it.
 */
export function loadModel(page: PageInput): LoadedModel {
  if (!isModelInput(page)) {
    const model = parseModule(page.bytes, { path: page.modelPath })
    return { model, messages: model.messages }
  }
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(page.bytes))
  } catch (error) {
    return { rejected: { code: 'model-not-json', reason: `not JSON (${error instanceof Error ? error.message : String(error)})` } }
  }
  const result = validateModule(value)
  if (result.ok) return { model: result.value, messages: [] }
  const first = result.issues[0]
  const where = first.pointer === '' ? 'its root' : first.pointer
  return { rejected: { code: 'model-invalid', reason: `not a valid modulemark model at ${where}: ${first.message}` } }
}

/** What a renderer job makes of a valid model. */
export type Rendered = { output: string | null; messages?: Message[] }

/** A job that renders each input's model: pages and models alike, invalid models refused. */
export function renderJob<O>(render: (model: ModuleRoot, options: O, page: PageInput) => Rendered): PageJob<O> {
  return {
    run(page, options): PageOutput {
      const loaded = loadModel(page)
      if (loaded.rejected) return { output: null, messages: [], rejected: loaded.rejected }
      const { output, messages = [] } = render(loaded.model, options, page)
      return { output, messages: [...loaded.messages, ...messages] }
    }
  }
}
