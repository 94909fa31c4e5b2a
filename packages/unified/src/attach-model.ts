import { parseModule } from '@modulemark/extract'
import type { Message, ModuleRoot } from '@modulemark/model'
import type { VFile } from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** The modulemark model of the page, set by `remarkModulemark` (or `rehypeModulemark`). */
    module: ModuleRoot
  }
}

export interface Options {
  /** The model's `path` (default: `file.path`, or `null` when the file has none). */
  path?: string | null | undefined
}

/**
 * Reads the page from the file's text — not from the mdast, which has already
 * lost kramdown's `markdown="1"` divs — and puts the model and its messages on the file.
 */
export function attachModel(file: VFile, options: Options = {}): ModuleRoot {
  const path = options.path === undefined ? (file.path ?? null) : options.path
  const model = parseModule(String(file), { path })
  file.data.module = model
  for (const message of model.messages) toVFileMessage(file, message)
  return model
}

/** The model's message as a VFileMessage, with the severity vfile spells as `fatal`. */
function toVFileMessage(file: VFile, message: Message): void {
  const start = message.line === null ? undefined : { line: message.line, column: message.column ?? 1 }
  const end = start && message.endLine !== null ? { line: message.endLine, column: message.endColumn ?? 1 } : undefined
  const place = start && end ? { start, end } : start
  const vfileMessage = file.message(message.reason, { place, ruleId: message.ruleId, source: 'modulemark' })
  vfileMessage.fatal = message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined
}
