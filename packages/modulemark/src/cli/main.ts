import { helpOption, parseCommandArgs } from './args.js'
import { CliError, ExitCode, OutputClosedError, UsageError } from './errors.js'
import { commandHelp, globalHelp } from './help.js'
import { resolveIo, write, type CliIo } from './io.js'
import { version } from './version.js'

type Command = (args: string[], io: CliIo) => Promise<ExitCode>

// Loaded on use, so `--version` and `--help` never load the parser.
const commands: Record<string, () => Promise<Command>> = {
  json: async () => (await import('./commands/json.js')).runJson,
  html: async () => (await import('./commands/html.js')).runHtml,
  md: async () => (await import('./commands/md.js')).runMd,
  print: async () => (await import('./commands/print.js')).runPrint,
  pdf: async () => (await import('./commands/pdf.js')).runPdf,
  worksheets: async () => (await import('./commands/worksheets.js')).runWorksheets,
  workbook: async () => (await import('./commands/workbook.js')).runWorkbook,
  lint: async () => (await import('./commands/lint.js')).runLint,
  course: async () => (await import('./commands/course.js')).runCourse,
  schema: async () => (await import('./commands/schema.js')).runSchema
}

/**
 * Runs the CLI and returns its exit code; never calls `process.exit`, so
 * tests run it in-process with their own streams and folder.
 */
export async function main(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const cli = resolveIo(io)
  try {
    return await dispatch(argv, cli)
  } catch (error) {
    if (error instanceof OutputClosedError) return error.exitCode
    if (error instanceof UsageError) {
      const help = error.command === null ? 'modulemark --help' : `modulemark ${error.command} --help`
      await write(cli.stderr, `modulemark: ${error.message}\nRun '${help}' for usage.\n`)
      return error.exitCode
    }
    if (error instanceof CliError) {
      await write(cli.stderr, `modulemark: ${error.message}\n`)
      return error.exitCode
    }
    // A bug or an environment failure (e.g. stdout closed): say so, exit 2.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    await write(cli.stderr, `modulemark: unexpected failure: ${detail}\n`)
    return ExitCode.usage
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv
  if (first === undefined) {
    await write(io.stderr, globalHelp)
    return ExitCode.usage
  }
  if (first.startsWith('-')) {
    const { values } = parseCommandArgs(null, argv, { ...helpOption, version: { type: 'boolean', short: 'v' } }, false)
    await write(io.stdout, values.version ? `${version()}\n` : globalHelp)
    return ExitCode.ok
  }
  if (first === 'help') {
    const topic = rest[0]
    if (topic === undefined) await write(io.stdout, globalHelp)
    else if (Object.hasOwn(commandHelp, topic)) await write(io.stdout, commandHelp[topic])
    else throw new UsageError('unknown-command', `unknown command '${topic}'`)
    return ExitCode.ok
  }
  const load = Object.hasOwn(commands, first) ? commands[first] : undefined
  if (!load) throw new UsageError('unknown-command', `unknown command '${first}'`)
  return (await load())(rest, io)
}
