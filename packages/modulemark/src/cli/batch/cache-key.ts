import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { jobModules, jobPackages, type JobName } from '../jobs/index.js'
import { version } from '../version.js'

/** Bumped when the entry format or what the key covers changes. */
const keyFormat = 2

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

export interface PageKeyParts {
  engine: string
  job: string
  options: unknown
  modelPath: string | null
  /** What else the page's output depends on (see PageInput.context); undefined: nothing. */
  context?: unknown
  bytes: Uint8Array
}

/** The cache key of one page: what it is, where the model says it is, and everything that shapes its output. */
export function pageKey(parts: PageKeyParts): string {
  const context = parts.context === undefined ? null : canonical(parts.context)
  return sha256(JSON.stringify([keyFormat, parts.engine, parts.job, canonical(parts.options), parts.modelPath, context, sha256(parts.bytes)]))
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` hash alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value === null || typeof value !== 'object') return value
  const object = value as Record<string, unknown>
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, canonical(object[key])]))
}

const engines = new Map<JobName, Promise<string>>()

/**
 * The modulemark version plus a hash of the code that makes the job's output
 * (its job file and the packages it names): a rebuilt parser with an
 * unchanged version number must not be served stale cache entries.
 */
export function engineId(job: JobName): Promise<string> {
  let id = engines.get(job)
  if (!id) {
    id = fingerprint(job).then((hash) => `${version()}+${hash.slice(0, 16)}`)
    engines.set(job, id)
  }
  return id
}

async function fingerprint(job: JobName): Promise<string> {
  const jobs = fileURLToPath(new URL('../jobs/', import.meta.url)) // src/cli/jobs or dist/cli/jobs
  const require = createRequire(import.meta.url)
  const modules = jobModules(job)
  const roots: [string, (name: string) => boolean][] = [[jobs, (name) => modules.some((module) => name.startsWith(`${module}.`))]]
  for (const name of jobPackages(job)) {
    try {
      roots.push([dirname(require.resolve(name)), () => true])
    } catch {
      // not built yet: nothing of it can run either
    }
  }
  const hash = createHash('sha256')
  for (const [root, keep] of roots) {
    for (const file of await codeFiles(root)) {
      if (keep(basename(file))) hash.update(`${relative(root, file)}\0`).update(await readFile(file)).update('\0')
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
