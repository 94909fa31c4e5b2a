import { readdir, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { describeSystemError, InputError } from './errors.js'

/** One page to parse: a file, or stdin (`-`). */
export type Source =
  | { kind: 'stdin'; display: string; modelPath: null }
  | { kind: 'file'; abs: string; display: string; modelPath: string }

export interface ResolvedInputs {
  /** In argument order; a folder's or glob's files sorted; each file once. */
  sources: Source[]
  /** Arguments that named nothing readable (reported, then skipped). */
  problems: InputError[]
  /** Absolute common base folder of the file inputs; model paths are relative to it. */
  base: string | null
  /** One argument naming one file (or stdin), not a folder or glob: its JSON is one document. */
  single: boolean
}

const pageSuffixes = ['.md', '.markdown', '.md.old']

/** Whether a walked or globbed file is a module page (explicitly named files always are). */
export function isPageName(name: string): boolean {
  const lower = name.toLowerCase()
  return pageSuffixes.some((suffix) => lower.endsWith(suffix) && lower.length > suffix.length)
}

/** Whether a file is a JSON model (`x.json`), which the renderers take besides pages. */
export function isModelName(name: string): boolean {
  const lower = name.toLowerCase()
  return lower.endsWith('.json') && lower.length > '.json'.length
}

export interface ResolveOptions {
  /**
   * A glob also matches `.json` models (`'out/*.json'`). Folders are still
   * walked for pages only: a course folder holds other JSON (`package.json`).
   */
  models?: boolean
}

export const stdinDisplay = '<stdin>'

export async function resolveInputs(args: string[], cwd: string, options: ResolveOptions = {}): Promise<ResolvedInputs> {
  const problems: InputError[] = []
  const bases: string[] = []
  // Absolute file paths in argument order; null marks where `-` was given.
  const files: (string | null)[] = []
  let expanded = false // some argument was a folder or a glob

  for (const arg of args) {
    if (arg === '-') {
      files.push(null)
      continue
    }
    const abs = resolve(cwd, arg)
    let isDirectory: boolean
    try {
      isDirectory = (await stat(abs)).isDirectory()
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // An existing path always wins over its reading as a glob (`[draft].md`).
      if (code === 'ENOENT' && isDynamicPattern(arg)) {
        expanded = true
        const found = await expandGlob(arg, cwd, options.models === true)
        if (found.length === 0) problems.push(new InputError('no-match', `no module page matches '${arg}'`, arg))
        else bases.push(globBase(arg, cwd))
        files.push(...found)
      } else {
        const kind = code === 'ENOENT' || code === 'ENOTDIR' ? 'input-not-found' : 'input-unreadable'
        problems.push(new InputError(kind, `cannot read ${arg}: ${describeSystemError(error)}`, arg, { cause: error }))
      }
      continue
    }
    if (isDirectory) {
      expanded = true
      const found: string[] = []
      await walk(abs, found, problems, arg)
      found.sort(compareCodePoints)
      if (found.length === 0) problems.push(new InputError('no-match', `no .md, .markdown or .md.old file in folder ${arg}`, arg))
      bases.push(abs)
      files.push(...found)
    } else {
      // Any other kind (a FIFO, /dev/stdin) is read like a file.
      bases.push(dirname(abs))
      files.push(abs)
    }
  }

  const base = commonBase(bases)
  const seen = new Set<string>()
  const sources: Source[] = []
  for (const abs of files) {
    const key = abs ?? '-'
    if (seen.has(key)) continue
    seen.add(key)
    if (abs === null) sources.push({ kind: 'stdin', display: stdinDisplay, modelPath: null })
    else sources.push({ kind: 'file', abs, display: displayPath(cwd, abs), modelPath: modelPath(base, abs) })
  }
  const single = args.length === 1 && !expanded
  return { sources, problems, base, single }
}

async function walk(dir: string, out: string[], problems: InputError[], arg: string): Promise<void> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    problems.push(new InputError('input-unreadable', `cannot read folder ${dir}: ${describeSystemError(error)}`, arg, { cause: error }))
    return
  }
  for (const entry of entries) {
    // Dot entries are editor/VCS files; node_modules holds other people's pages.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await walk(path, out, problems, arg)
    // Symlinked files are read; symlinked folders are not followed (no cycles).
    else if ((entry.isFile() || entry.isSymbolicLink()) && isPageName(entry.name)) {
      if (entry.isSymbolicLink() && (await isDirectoryQuietly(path))) continue
      out.push(path)
    }
  }
}

async function isDirectoryQuietly(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false // a dangling link: reading it later reports the problem
  }
}

async function expandGlob(pattern: string, cwd: string, models: boolean): Promise<string[]> {
  const found = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    expandDirectories: false,
    ignore: ['**/node_modules/**']
  })
  return found
    .map((path) => resolve(path))
    .filter((path) => isPageName(path) || (models && isModelName(path)))
    .sort(compareCodePoints)
}

/** The folder a glob starts from: its segments before the first one with magic. */
export function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === 1 && fixed[0] === '') return resolve(cwd, '/')
  return resolve(cwd, fixed.join('/') || '.')
}

/** Deepest folder containing all of `dirs` (absolute); null if they share no root. */
export function commonBase(dirs: string[]): string | null {
  if (dirs.length === 0) return null
  let parts = trimmed(dirs[0]).split(sep)
  for (const dir of dirs.slice(1)) {
    const other = trimmed(dir).split(sep)
    let i = 0
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++
    parts = parts.slice(0, i)
  }
  if (parts.length === 0) return null
  return parts.length === 1 ? parts[0] + sep : parts.join(sep)
}

const trimmed = (dir: string) => (dir.length > 1 && dir.endsWith(sep) ? dir.slice(0, -1) : dir)

export const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'))

function modelPath(base: string | null, abs: string): string {
  const rel = base === null ? abs : relative(base, abs)
  return toPosix(rel)
}

function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs)
  return toPosix(rel === '' || isAbsolute(rel) ? abs : rel)
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
