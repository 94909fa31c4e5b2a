import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { version } from '../version.js'

/** Bumped when the entry format or what the key covers changes. */
const keyFormat = 1

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

export interface PageKeyParts {
  engine: string
  job: string
  options: unknown
  modelPath: string | null
  bytes: Uint8Array
}

/** The cache key of one page: what it is, where the model says it is, and everything that shapes its output. */
export function pageKey(parts: PageKeyParts): string {
  return sha256(JSON.stringify([keyFormat, parts.engine, parts.job, canonical(parts.options), parts.modelPath, sha256(parts.bytes)]))
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` hash alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value === null || typeof value !== 'object') return value
  const object = value as Record<string, unknown>
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, canonical(object[key])]))
}

let engine: Promise<string> | undefined

/**
 * The modulemark version plus a hash of the code that makes outputs (this
 * package's and its @modulemark/* dependencies'): a rebuilt parser with an
 * unchanged version number must not be served stale cache entries.
 */
export function engineId(): Promise<string> {
  engine ??= fingerprint().then((hash) => `${version()}+${hash.slice(0, 16)}`)
  return engine
}

async function fingerprint(): Promise<string> {
  const own = fileURLToPath(new URL('../../', import.meta.url)) // src/ or dist/
  const manifest = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> }
  const require = createRequire(import.meta.url)
  const roots = [own]
  for (const name of Object.keys(manifest.dependencies ?? {}).filter((dep) => dep.startsWith('@modulemark/')).sort()) {
    try {
      roots.push(dirname(require.resolve(name)))
    } catch {
      // not built yet: nothing of it can run either
    }
  }
  const hash = createHash('sha256')
  for (const root of roots) {
    for (const file of await codeFiles(root)) {
      hash.update(`${relative(root, file)}\0`).update(await readFile(file)).update('\0')
    }
  }
  return hash.digest('hex')
}

async function codeFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile() && /\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}
