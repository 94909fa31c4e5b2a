import { SCHEMA_VERSION, type ModuleRoot, type Position } from '@modulemark/model'
import { parseDialect, report } from '@modulemark/dialect'
import { VFile } from 'vfile'
import { convertChildren } from './convert.js'
import { toMessages } from './messages.js'
import { indexWorksheets } from './worksheet-index.js'

export interface Options {
  /** POSIX path of the page relative to the input base; `null` (the default) for stdin. */
  path?: string | null
}

/**
 * Read one module page into the model. Content problems are messages on the
 * model; it throws only for a programmer error (input that is not text or bytes).
 */
export function parseModule(source: string | Uint8Array, options: Options = {}): ModuleRoot {
  if (typeof source !== 'string' && !(source instanceof Uint8Array)) {
    throw new TypeError(`Expected \`string\` or \`Uint8Array\` as source, not \`${source === null ? 'null' : typeof source}\``)
  }
  const path = options.path === undefined || options.path === null ? null : options.path.replace(/\\/g, '/')
  try {
    return build(source, path)
  } catch (error) {
    return failed(path, error)
  }
}

function build(source: string | Uint8Array, path: string | null): ModuleRoot {
  const { tree, frontMatter, text, index, file } = parseDialect(source, { path })
  const position: Position = { start: index.point(0) as Position['start'], end: index.point(text.length) as Position['end'] }
  const context = { file, text, fallback: position, callout: undefined, inSection: false }
  const children = convertChildren(tree.children, context, position)
  const worksheets = indexWorksheets(children, file)
  return {
    type: 'module',
    schemaVersion: SCHEMA_VERSION,
    path,
    frontMatter: frontMatter.data,
    title: frontMatter.title,
    children,
    worksheets,
    messages: toMessages(file),
    position
  }
}

// A bug must not cost the user their whole batch: the page still gets a model, and says what went wrong.
function failed(path: string | null, error: unknown): ModuleRoot {
  const file = new VFile({ path: path ?? undefined })
  report(file, 'internal-error', `modulemark failed on this page (${error instanceof Error ? error.message : String(error)}); please report it`)
  const point = { line: 1, column: 1, offset: 0 }
  return {
    type: 'module',
    schemaVersion: SCHEMA_VERSION,
    path,
    frontMatter: {},
    title: null,
    children: [],
    worksheets: [],
    messages: toMessages(file),
    position: { start: point, end: point }
  }
}
