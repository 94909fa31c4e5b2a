import { helpOption, parseCommandArgs } from '../args.js'
import { outFlag, runPageCommand } from '../batch/page-command.js'
import { pdfSink } from '../batch/pdf-sink.js'
import { batchFlags } from '../batch/settings.js'
import { ExitCode, UsageError } from '../errors.js'
import { write, type CliIo } from '../io.js'
import { pdfHelp } from './print-help.js'
import { isPrintMessage, printFlags, printJobOptions } from './print-flags.js'

const options = { ...helpOption, ...outFlag, ...batchFlags, ...printFlags, chromium: { type: 'string' } } as const

/** Pages printed at once by the one browser (the machines have 2 cores). */
const concurrency = 2

/** `modulemark pdf <inputs…> [-o DIR] [--page-size letter|a4] [--assets DIR] [--baseurl URL] [--chromium PATH] [batch flags]` */
export async function runPdf(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('pdf', args, options, true)
  if (values.help) {
    await write(io.stdout, pdfHelp)
    return ExitCode.ok
  }
  if (values.chromium === '') throw new UsageError('invalid-option', "option '--chromium' needs the path of a Chromium executable", 'pdf')
  const onBlockedRequest = (url: string) => void write(io.stderr, `modulemark: warning: blocked a request to ${url} while printing\n`)
  // The print HTML is made (and cached) by the batch, in workers; one browser here prints it.
  return runPageCommand(
    {
      command: 'pdf',
      job: 'print',
      extension: '.pdf',
      stdout: 'never',
      noStdin: "'-' (stdin) has no file name for its PDF; give the page as a file",
      models: true,
      values,
      positionals,
      jobOptions: () => printJobOptions('pdf', values, io.cwd),
      shows: isPrintMessage,
      sink: () => pdfSink({ chromium: values.chromium, concurrency, onBlockedRequest })
    },
    io
  )
}
