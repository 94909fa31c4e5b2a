import type { VFile } from 'vfile'
import { parseDocument } from 'yaml'
import { report } from './rules.js'
import type { TextIndex } from './text-index.js'

export interface FrontMatter {
  /** Every key as parsed YAML; `{}` when there is none. */
  data: Record<string, unknown>
  /** The page title (`title`, else `Title` or `tile`), trimmed. */
  title: string | null
  /** Offset where the Markdown body starts. */
  bodyStart: number
}

const fence = /^---[ \t]*$/
const closing = /^(---|\.\.\.)[ \t]*$/

/** Read Jekyll front matter: a `---` line first, up to the next `---` (or `...`) line. */
export function readFrontMatter(index: TextIndex, file: VFile): FrontMatter {
  const { text, lineStarts } = index
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const none: FrontMatter = { data: {}, title: null, bodyStart: bom }
  if (!fence.test(text.slice(bom, index.lineEnd(bom)))) return none
  for (let line = 1; line < lineStarts.length; line++) {
    const start = lineStarts[line]
    if (!closing.test(text.slice(start, index.lineEnd(start)))) continue
    const yamlStart = lineStarts[1]
    const data = parseYaml(text.slice(yamlStart, start), index, yamlStart, file)
    return { data, title: readTitle(data, index, yamlStart, file), bodyStart: index.nextLine(start) }
  }
  return none
}

// `*alias` before its `&anchor` parses, then throws when turned into values: invalid YAML too.
function toJs(document: ReturnType<typeof parseDocument>): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 })
  } catch {
    return undefined
  }
}

function parseYaml(yaml: string, index: TextIndex, base: number, file: VFile): Record<string, unknown> {
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false })
  if (document.errors.length === 0) {
    const value = toJs(document)
    if (value === null) return {}
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  }
  const offset = document.errors[0]?.pos[0] ?? 0
  report(file, 'front-matter-invalid', 'The front matter is not valid YAML (quote a title that holds a colon); its lines were read as `key: value`', index.point(base + offset))
  return readLines(yaml)
}

// The fallback authors expect: `title: Planning: a how-to` keeps everything after the first colon.
function readLines(yaml: string): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const line of yaml.split(/\r\n|\r|\n/)) {
    const match = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line)
    if (match) data[match[1]] = unquote(match[2].trim())
  }
  return data
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value)
  return quoted ? quoted[2] : value
}

function readTitle(data: Record<string, unknown>, index: TextIndex, base: number, file: VFile): string | null {
  if (data.title !== undefined) return asTitle(data.title)
  for (const key of ['Title', 'tile']) {
    if (data[key] === undefined) continue
    const at = index.text.indexOf(key, base)
    report(file, 'front-matter-title', `The front matter key \`${key}\` was read as \`title\`: spell it \`title\``, at >= 0 ? index.point(at) : undefined)
    return asTitle(data[key])
  }
  return null
}

function asTitle(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const title = String(value).trim()
  return title === '' ? null : title
}
