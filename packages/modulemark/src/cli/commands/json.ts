import { helpOption, parseCommandArgs } from '../args.js'
import { outFlag, runPageCommand } from '../batch/page-command.js'
import { batchFlags, watchFlag } from '../batch/settings.js'
import { ExitCode, UsageError } from '../errors.js'
import { commandHelp } from '../help.js'
import { write, type CliIo } from '../io.js'
import type { JsonJobOptions } from '../jobs/json.js'

const options = {
  ...helpOption,
  ...outFlag,
  ...batchFlags,
  ...watchFlag,
  pretty: { type: 'boolean' }
} as const

/** `modulemark json <inputs…> [-o DIR] [--pretty] [--watch] [batch flags]` */
export async function runJson(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('json', args, options, true)
  if (values.help) {
    await write(io.stdout, commandHelp.json)
    return ExitCode.ok
  }
  const pretty = values.pretty ?? false
  return runPageCommand(
    {
      command: 'json',
      job: 'json',
      extension: '.json',
      values,
      positionals,
      jobOptions: ({ inputs, outDir }): JsonJobOptions => {
        if (outDir === null && !inputs.single && pretty) {
          throw new UsageError('invalid-combination', '--pretty needs one input file or -o DIR: several inputs go out as NDJSON, one model a line', 'json')
        }
        return { pretty }
      }
    },
    io
  )
}
