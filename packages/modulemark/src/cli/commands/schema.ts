import { moduleJsonSchema } from '@modulemark/model'
import { helpOption, parseCommandArgs } from '../args.js'
import { ExitCode } from '../errors.js'
import { commandHelp } from '../help.js'
import { write, type CliIo } from '../io.js'

/** `modulemark schema`: the model's JSON Schema, indented. */
export async function runSchema(args: string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseCommandArgs('schema', args, helpOption, false)
  await write(io.stdout, values.help ? commandHelp.schema : `${JSON.stringify(moduleJsonSchema(), null, 2)}\n`)
  return ExitCode.ok
}
