import { readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ConfigError, describeSystemError } from '../errors.js'
import { toPosix } from '../inputs.js'
import { configKeys, configSchema, type Config } from './schema.js'

export const configNames = ['modulemark.config.json', 'modulemark.config.mjs', 'modulemark.config.js'] as const

export interface LoadedConfig {
  /** Absolute path of the file, or null when none was found. */
  file: string | null
  values: Config
}

/** A path from the config, absolute: relative ones are read from the config file's folder. */
export function configPath(config: LoadedConfig, value: string): string {
  return resolve(config.file === null ? '.' : dirname(config.file), value)
}

/** The nearest config file from `cwd` upward, validated; `{ file: null, values: {} }` when there is none. */
export async function loadConfig(cwd: string): Promise<LoadedConfig> {
  const file = await findConfig(cwd)
  if (file === null) return { file: null, values: {} }
  return { file, values: validate(await readConfig(file), file) }
}

export async function findConfig(cwd: string): Promise<string | null> {
  let dir = resolve(cwd)
  for (;;) {
    const found: string[] = []
    for (const name of configNames) {
      const path = join(dir, name)
      if (await stat(path).then((s) => s.isFile(), () => false)) found.push(path)
    }
    if (found.length > 1) {
      throw new ConfigError('config-ambiguous', `two config files in one folder: ${found.map(toPosix).join(' and ')}; keep one`, found[0])
    }
    if (found.length === 1) return found[0]
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

async function readConfig(file: string): Promise<unknown> {
  try {
    if (file.endsWith('.json')) return JSON.parse(await readFile(file, 'utf8')) as unknown
    // The mtime in the URL makes an edited file load anew in a long-lived process.
    const url = `${pathToFileURL(file).href}?mtime=${(await stat(file)).mtimeMs}`
    const module = (await import(url)) as { default?: unknown }
    if (module.default === undefined) throw new ConfigError('config-invalid', `${toPosix(file)} has no default export: export the config object as default`, file)
    return module.default
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError('config-unreadable', `cannot read config ${toPosix(file)}: ${describeSystemError(error)}`, file, { cause: error })
  }
}

function validate(value: unknown, file: string): Config {
  const shown = toPosix(file)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError('config-invalid', `${shown} must hold an object of settings`, file)
  }
  const result = configSchema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues.find((each) => each.code === 'unrecognized_keys') ?? result.error.issues[0]
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `'${key}'`).join(', ')
    throw new ConfigError('config-unknown-key', `unknown key ${keys} in ${shown} (known keys: ${configKeys.join(', ')})`, file)
  }
  throw new ConfigError('config-invalid', `invalid '${issue.path.join('.')}' in ${shown}: ${issue.message}`, file)
}
