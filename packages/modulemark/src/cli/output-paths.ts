import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { OutputError } from './errors.js'
import { isModelName, toPosix, type Source } from './inputs.js'

type FileSource = Extract<Source, { kind: 'file' }>

/**
 * `x.md` → `x.json`, `x.markdown` → `x.json`, `x.md.old` → `x.md.old.json`,
 * anything else + `.json` (or `extension`). With `models`, a model `x.json`
 * stands for its page: `x.json` → `x.html`.
 */
export function outputName(modelPath: string, extension = '.json', models = false): string {
  const lower = modelPath.toLowerCase()
  if (models && isModelName(modelPath)) return `${modelPath.slice(0, -'.json'.length)}${extension}`
  if (lower.endsWith('.md.old')) return `${modelPath}${extension}`
  for (const suffix of ['.markdown', '.md']) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) return `${modelPath.slice(0, -suffix.length)}${extension}`
  }
  return `${modelPath}${extension}`
}

export interface OutputPlan {
  /** Output file of each source that may be written. */
  targets: Map<FileSource, string>
  /** Every refused output; the caller writes nothing when there is one. */
  problems: OutputError[]
}

/**
 * Where each input's output goes below `outDir` (absolute), mirroring the model
 * path. Refuses a target outside `outDir`, one that is an input (also through
 * symlinks), and two inputs sharing one target.
 */
export async function planOutputs(sources: FileSource[], outDir: string, extension = '.json', models = false): Promise<OutputPlan> {
  const problems: OutputError[] = []
  const targets = new Map<FileSource, string>()
  const inputs = new Set<string>()
  for (const source of sources) {
    inputs.add(source.abs)
    inputs.add(await realpathLoose(source.abs))
  }
  const claimed = new Map<string, FileSource>()
  const realOut = await realpathLoose(outDir)
  for (const source of sources) {
    const target = resolve(outDir, outputName(source.modelPath, extension, models))
    const shown = toPosix(target)
    if (!isInside(outDir, target)) {
      problems.push(new OutputError('output-outside-dir', `output for ${source.display} would be ${shown}, outside ${toPosix(outDir)}`, target))
      continue
    }
    // A symlinked folder inside DIR must not carry a write out of it.
    const realTarget = await realpathLoose(target)
    if (!isInside(realOut, realTarget)) {
      problems.push(new OutputError('output-outside-dir', `output for ${source.display} would be written through a symlink to ${toPosix(realTarget)}, outside ${toPosix(outDir)}`, target))
      continue
    }
    if (inputs.has(target) || inputs.has(realTarget)) {
      problems.push(new OutputError('output-overwrites-input', `output for ${source.display} would overwrite the input ${shown}; not written`, target))
      continue
    }
    const other = claimed.get(target)
    if (other) {
      problems.push(new OutputError('output-collision', `${other.display} and ${source.display} would both be written to ${shown}`, target))
      continue
    }
    claimed.set(target, source)
    targets.set(source, target)
  }
  return { targets, problems }
}

/** `-o` may name a folder that does not exist yet, but not a file. */
export async function checkOutDir(outDir: string): Promise<OutputError | null> {
  try {
    if ((await stat(outDir)).isDirectory()) return null
    return new OutputError('output-not-a-directory', `-o ${toPosix(outDir)} is not a folder`, outDir)
  } catch {
    return null // created on the first write
  }
}

/** Whether `path` lies strictly below the folder `dir` (both absolute). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path)
  return rel !== '' && rel.split(/[\\/]/)[0] !== '..' && !isAbsolute(rel)
}

/** The real path of `path`, or of its deepest existing ancestor plus the rest. */
export async function realpathLoose(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    const parent = dirname(path)
    if (parent === path) return path
    return join(await realpathLoose(parent), basename(path))
  }
}
