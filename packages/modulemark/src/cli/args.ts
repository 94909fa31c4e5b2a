import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './errors.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** The parsed values: a string or a boolean flag, absent when not given. */
export type OptionValues<O extends Options> = { [K in keyof O]?: O[K] extends { type: 'string' } ? string : boolean }

/** Options every command accepts. */
export const helpOption = { help: { type: 'boolean', short: 'h' } } as const satisfies Options

/**
 * `util.parseArgs` in strict mode, with its errors turned into one-line usage
 * errors that name the command (its own messages mention internals like `--`).
 */
export function parseCommandArgs<const O extends Options>(
  command: string | null,
  args: string[],
  options: O,
  allowPositionals: boolean
): { values: OptionValues<O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true })
    return { values: values as OptionValues<O>, positionals }
  } catch (error) {
    throw toUsageError(command, error)
  }
}

function toUsageError(command: string | null, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code
  const message = error instanceof Error ? error.message : String(error)
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? ''
  const where = command === null ? '' : ` for '${command}'`
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError('unknown-option', `unknown option '${quoted}'${where}`, command)
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError('unexpected-argument', `unexpected argument '${quoted}'${where}`, command)
    default:
      // e.g. "Option '-o, --out <value>' argument missing"
      return new UsageError('invalid-option', message.replace(/^Option/, 'option'), command)
  }
}

/** Checks a `--format` style value against its allowed choices. */
export function choice<T extends string>(command: string | null, option: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new UsageError('invalid-option', `option '--${option}' must be one of ${choices.join(', ')} (got '${value}')`, command)
}
