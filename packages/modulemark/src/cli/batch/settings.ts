import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { choice, type OptionValues } from '../args.js'
import { UsageError } from '../errors.js'
import { configPath, type LoadedConfig } from '../config/load.js'
import { diagnosticsFormats, type DiagnosticsFormat } from '../reporters.js'

/** Flags every batch command takes; spread them into the command's options. */
export const batchFlags = {
  jobs: { type: 'string', short: 'j' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  format: { type: 'string' },
  strict: { type: 'boolean' },
  'max-warnings': { type: 'string' }
} as const

/** `--watch`, for the commands that can rebuild on change. */
export const watchFlag = { watch: { type: 'boolean', short: 'w' } } as const

export interface BatchSettings {
  jobs: number
  /** `jobs` was not asked for (flag or config): small batches stay in this thread. */
  autoJobs: boolean
  /** Absolute cache folder, or null for `--no-cache`. */
  cacheDir: string | null
  quiet: boolean
  format: DiagnosticsFormat
  strict: boolean
  /** Exit 1 when there are more warnings than this; null: no limit. */
  maxWarnings: number | null
}

/** Flags first, then the config file, then the defaults. */
export function batchSettings(command: string, values: OptionValues<typeof batchFlags>, config: LoadedConfig, cwd: string): BatchSettings {
  const c = config.values
  if (values.cache !== undefined && values['no-cache']) {
    throw new UsageError('invalid-combination', '--cache DIR and --no-cache contradict each other', command)
  }
  const jobsFlag = values.jobs === undefined ? undefined : count(command, 'jobs', values.jobs, 1)
  const jobs = jobsFlag ?? c.jobs
  let cacheDir: string | null
  if (values['no-cache']) cacheDir = null
  else if (values.cache !== undefined) cacheDir = resolve(cwd, nonEmpty(command, 'cache', values.cache))
  else if (c.cache === false) cacheDir = null
  else if (c.cache !== undefined) cacheDir = configPath(config, c.cache)
  else cacheDir = resolve(cwd, 'node_modules/.cache/modulemark')
  const maxWarnings = values['max-warnings'] === undefined ? (c.maxWarnings ?? null) : count(command, 'max-warnings', values['max-warnings'], 0)
  return {
    jobs: jobs ?? availableParallelism(),
    autoJobs: jobs === undefined,
    cacheDir,
    quiet: values.quiet ?? c.quiet ?? false,
    format: choice(command, 'format', values.format, diagnosticsFormats, c.format ?? 'text'),
    strict: values.strict ?? c.strict ?? false,
    maxWarnings
  }
}

function count(command: string, option: string, value: string, min: number): number {
  if (/^\d+$/.test(value) && Number(value) >= min) return Number(value)
  throw new UsageError('invalid-option', `option '--${option}' needs a whole number of at least ${min} (got '${value}')`, command)
}

function nonEmpty(command: string, option: string, value: string): string {
  if (value !== '') return value
  throw new UsageError('invalid-option', `option '--${option}' needs a folder`, command)
}
