import { helpOption, parseCommandArgs } from '../args.js'
import { outFlag, runPageCommand } from '../batch/page-command.js'
import { batchFlags, watchFlag } from '../batch/settings.js'
import { ExitCode } from '../errors.js'
import { commandHelp } from '../help.js'
import { write, type CliIo } from '../io.js'

const options = { ...helpOption, ...outFlag, ...batchFlags, ...watchFlag } as const

/** `modulemark md <model.json|page.md…> [-o DIR] [--watch] [batch flags]` */
export async function runMd(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('md', args, options, true)
  if (values.help) {
    await write(io.stdout, commandHelp.md)
    return ExitCode.ok
  }
  return runPageCommand(
    { command: 'md', job: 'md', extension: '.md', stdout: 'single', models: true, values, positionals, jobOptions: () => ({}) },
    io
  )
}
