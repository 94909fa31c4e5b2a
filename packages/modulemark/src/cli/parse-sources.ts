import { readFile } from 'node:fs/promises'
import { parseModule } from '@modulemark/extract'
import type { Message, ModuleRoot } from '@modulemark/model'
import { describeSystemError, InputError } from './errors.js'
import type { Source } from './inputs.js'
import { readAll, type CliIo } from './io.js'

export type Parsed =
  | { source: Source; model: ModuleRoot | null; messages: Message[]; error?: undefined }
  | { source: Source; error: InputError }

/**
 * Reads and parses the sources one at a time, so only one page and its model
 * are in memory. The parser never throws for content; should it throw anyway,
 * the page gets an `internal-error` message instead of stopping the run.
 */
export async function* parseSources(sources: readonly Source[], io: CliIo): AsyncGenerator<Parsed> {
  for (const source of sources) {
    let bytes: Uint8Array
    try {
      bytes = source.kind === 'stdin' ? await readAll(io.stdin) : await readFile(source.abs)
    } catch (error) {
      yield { source, error: new InputError('input-unreadable', `cannot read ${source.display}: ${describeSystemError(error)}`, source.display, { cause: error }) }
      continue
    }
    try {
      const model = parseModule(bytes, { path: source.modelPath })
      yield { source, model, messages: model.messages }
    } catch (error) {
      const reason = `internal error while parsing: ${error instanceof Error ? error.message : String(error)}`
      const message: Message = { ruleId: 'internal-error', severity: 'error', reason, line: null, column: null, endLine: null, endColumn: null }
      yield { source, model: null, messages: [message] }
    }
  }
}
