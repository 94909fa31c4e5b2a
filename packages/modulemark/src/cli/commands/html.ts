import { helpOption, parseCommandArgs } from '../args.js'
import { outFlag, runPageCommand } from '../batch/page-command.js'
import { batchFlags, watchFlag } from '../batch/settings.js'
import { ExitCode } from '../errors.js'
import { commandHelp } from '../help.js'
import { write, type CliIo } from '../io.js'
import type { HtmlJobOptions } from '../jobs/html.js'

const options = {
  ...helpOption,
  ...outFlag,
  ...batchFlags,
  ...watchFlag,
  fragment: { type: 'boolean' },
  baseurl: { type: 'string' },
  trust: { type: 'boolean' }
} as const

/** `modulemark html <inputs…> [-o DIR] [--fragment] [--baseurl URL] [--trust] [--watch] [batch flags]` */
export async function runHtml(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('html', args, options, true)
  if (values.help) {
    await write(io.stdout, commandHelp.html)
    return ExitCode.ok
  }
  return runPageCommand(
    {
      command: 'html',
      job: 'html',
      extension: '.html',
      stdout: 'single',
      models: true,
      values,
      positionals,
      // Sanitized unless --trust; the config may allow more iframe hosts.
      jobOptions: ({ config }): HtmlJobOptions => ({
        render: {
          fragment: values.fragment ?? false,
          baseurl: values.baseurl ?? config.values.baseurl ?? '',
          trust: values.trust ?? false,
          iframeHosts: config.values.iframeHosts
        }
      })
    },
    io
  )
}
