/**
 * Exit codes are part of the CLI contract (see `modulemark --help`).
 * Errors carry a stable `code` so tests and callers never match on wording.
 */
export const ExitCode = {
  ok: 0,
  /** Messages of severity error were found (or warnings, with `--strict`). */
  problems: 1,
  /** Bad arguments, or an environment problem such as an unwritable output. */
  usage: 2,
  /** An input could not be read; the others were still processed. */
  unreadable: 3
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

// Usage/environment outranks unreadable input, which outranks content problems.
const rank: Record<ExitCode, number> = { 0: 0, 1: 1, 3: 2, 2: 3 }

/** The more serious of two exit codes. */
export function worse(a: ExitCode, b: ExitCode): ExitCode {
  return rank[b] > rank[a] ? b : a
}

export abstract class CliError extends Error {
  abstract readonly code: string
  abstract readonly exitCode: ExitCode
}

export type UsageErrorCode = 'unknown-command' | 'unknown-option' | 'invalid-option' | 'missing-input' | 'unexpected-argument' | 'invalid-combination'

/** The command line itself is wrong; nothing was done. */
export class UsageError extends CliError {
  readonly exitCode = ExitCode.usage
  override readonly name = 'UsageError'
  constructor(
    readonly code: UsageErrorCode,
    message: string,
    /** Command whose help the hint points to (`null`: the global help). */
    readonly command: string | null = null
  ) {
    super(message)
  }
}

export type InputErrorCode = 'input-not-found' | 'input-unreadable' | 'input-binary' | 'no-match'

/** One input could not be read; processing goes on with the others. */
export class InputError extends CliError {
  readonly exitCode = ExitCode.unreadable
  override readonly name = 'InputError'
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly input: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

export type OutputErrorCode = 'output-not-a-directory' | 'output-outside-dir' | 'output-overwrites-input' | 'output-collision' | 'output-write-failed'

/** An output path is refused or cannot be written. */
export class OutputError extends CliError {
  readonly exitCode = ExitCode.usage
  override readonly name = 'OutputError'
  constructor(
    readonly code: OutputErrorCode,
    message: string,
    readonly output: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

export type ModelErrorCode = 'model-not-json' | 'model-invalid'

/** A `.json` input (or JSON on stdin) is not a model this modulemark can render; the others are still done. */
export class ModelError extends CliError {
  readonly exitCode = ExitCode.problems
  override readonly name = 'ModelError'
  constructor(
    readonly code: ModelErrorCode,
    message: string,
    readonly input: string
  ) {
    super(message)
  }
}

/** PDF output needs a browser that is not there; nothing was written. */
export class BrowserError extends CliError {
  readonly code = 'chromium-not-found'
  readonly exitCode = ExitCode.usage
  override readonly name = 'BrowserError'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

export type ConfigErrorCode = 'config-unknown-key' | 'config-invalid' | 'config-unreadable' | 'config-ambiguous'

/** The config file is wrong; nothing was done. */
export class ConfigError extends CliError {
  readonly exitCode = ExitCode.usage
  override readonly name = 'ConfigError'
  constructor(
    readonly code: ConfigErrorCode,
    message: string,
    /** Absolute path of the config file. */
    readonly file: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/**
 * stdout was closed by its reader (`modulemark json … | head`): the reader has
 * what it wanted, so the run stops quietly with exit 0, as `rg` and `git` do.
 */
export class OutputClosedError extends CliError {
  readonly code = 'output-closed'
  readonly exitCode = ExitCode.ok
  override readonly name = 'OutputClosedError'
  constructor() {
    super('stdout was closed')
  }
}

/** A short reason for a Node.js system error (`ENOENT: no such file…` → that text). */
export function describeSystemError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    const known: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'is a directory',
      ENOTDIR: 'not a directory',
      ELOOP: 'too many symbolic links',
      EEXIST: 'already exists'
    }
    if (code && known[code]) return `${known[code]} (${code})`
    return error.message
  }
  return String(error)
}
