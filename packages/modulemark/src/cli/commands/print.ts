import { helpOption, parseCommandArgs } from '../args.js'
import { outFlag, runPageCommand } from '../batch/page-command.js'
import { batchFlags, watchFlag } from '../batch/settings.js'
import { ExitCode } from '../errors.js'
import { write, type CliIo } from '../io.js'
import { printHelp } from './print-help.js'
import { isPrintMessage, printFlags, printJobOptions } from './print-flags.js'

const options = { ...helpOption, ...outFlag, ...batchFlags, ...watchFlag, ...printFlags } as const

/** `modulemark print <inputs…> [-o DIR] [--page-size letter|a4] [--assets DIR] [--baseurl URL] [--watch] [batch flags]` */
export async function runPrint(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('print', args, options, true)
  if (values.help) {
    await write(io.stdout, printHelp)
    return ExitCode.ok
  }
  return runPageCommand(
    {
      command: 'print',
      job: 'print',
      extension: '.html',
      stdout: 'single',
      models: true,
      values,
      positionals,
      jobOptions: () => printJobOptions('print', values, io.cwd),
      shows: isPrintMessage
    },
    io
  )
}
