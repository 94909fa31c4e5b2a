import { helpOption, parseCommandArgs } from '../args.js'
import { runPageCommand } from '../batch/page-command.js'
import { pdfSink } from '../batch/pdf-sink.js'
import { batchFlags, watchFlag } from '../batch/settings.js'
import { ExitCode } from '../errors.js'
import { write, type CliIo } from '../io.js'
import type { WorksheetsJobOptions } from '../jobs/worksheets.js'
import { worksheetsHelp } from './handouts-help.js'
import { handoutFlags, handoutSettings } from './handouts-options.js'
import { worksheetsContext } from './worksheets-context.js'

const options = { ...helpOption, ...handoutFlags, ...batchFlags, ...watchFlag } as const

/** `modulemark worksheets <inputs…> [-o DIR] [--to html|pdf] [--rows N] … [--watch] [batch flags]`: blank handouts, one file per page. */
export async function runWorksheets(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('worksheets', args, options, true)
  if (values.help) {
    await write(io.stdout, worksheetsHelp)
    return ExitCode.ok
  }
  const settings = await handoutSettings('worksheets', values, io.cwd)
  const warn = (message: string) => void write(io.stderr, `modulemark: warning: ${message}\n`)
  return runPageCommand(
    {
      command: 'worksheets',
      job: 'worksheets',
      extension: `.worksheets.${settings.to}`,
      stdout: 'never',
      noStdin: "'-' (stdin) has no file name to name its handouts after; give the page as a file",
      models: true,
      values,
      positionals,
      jobOptions: (): WorksheetsJobOptions => ({ handout: settings.options }),
      // The course and module titles come from the page's course folder: read per run, part of the key.
      pageContext: () => worksheetsContext(warn),
      emptyNote: (display) => `modulemark: ${display} introduces no worksheet; no handout written`,
      sink: settings.to === 'pdf' ? () => pdfSink({ chromium: settings.chromium }) : undefined
    },
    io
  )
}
