import { readFile } from 'node:fs/promises'
import { validateModule, type Message, type ModuleRoot } from '@modulemark/model'
import { describeSystemError, InputError } from '../errors.js'
import type { Source } from '../inputs.js'
import { readAll, type CliIo } from '../io.js'
import { parseSources } from '../parse-sources.js'

export type Loaded =
  | { source: Source; model: ModuleRoot | null; messages: Message[]; invalid?: undefined; error?: undefined }
  | { source: Source; invalid: string; error?: undefined }
  | { source: Source; error: InputError }

/** A model file by its name; on stdin, text that opens a JSON object. */
export function isModelFile(source: Source): boolean {
  return source.kind === 'file' && source.abs.toLowerCase().endsWith('.json')
}

/**
 * Each input as a model, one at a time: a `.json` file is read and validated
 * (never trusted: another tool may have written it), a page is parsed.
 */
export async function* loadSources(sources: readonly Source[], io: CliIo): AsyncGenerator<Loaded> {
  for (const source of sources) {
    if (source.kind === 'file' && !isModelFile(source)) {
      yield* parseSources([source], io)
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = source.kind === 'stdin' ? await readAll(io.stdin) : await readFile(source.abs)
    } catch (error) {
      yield { source, error: new InputError('input-unreadable', `cannot read ${source.display}: ${describeSystemError(error)}`, source.display, { cause: error }) }
      continue
    }
    const text = new TextDecoder().decode(bytes)
    if (source.kind === 'stdin' && !/^\s*\{\s*"/.test(text)) {
      yield* parseSources([source], { ...io, stdin: once(bytes) })
      continue
    }
    yield readModel(source, text)
  }
}

function readModel(source: Source, text: string): Loaded {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { source, invalid: `not JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  const result = validateModule(value)
  if (result.ok) return { source, model: result.value, messages: [] }
  const first = result.issues[0]
  return { source, invalid: `not a valid modulemark model at ${first.pointer === '' ? 'its root' : first.pointer}: ${first.message}` }
}

// stdin is read once; a page on it is handed on as what was read.
async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}
