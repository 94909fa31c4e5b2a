import { resolve } from 'node:path'
import { ChromiumNotFoundError, createPdfRenderer, writePdf, type PdfRenderer } from '@modulemark/pdf'
import { toPrintDocument } from '@modulemark/render-html'
import { helpOption, parseCommandArgs } from '../args.js'
import { Progress } from '../batch/progress.js'
import { describeSystemError, ExitCode, OutputError, UsageError, worse } from '../errors.js'
import { resolveInputs, toPosix, type Source } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { checkOutDir, planOutputs } from '../output-paths.js'
import { parseSources } from '../parse-sources.js'
import { formatMessage, isFailing, sortMessages, Tally } from '../reporters.js'
import { pdfHelp } from './print-help.js'
import { printFlags, printOptions, reportPrintMessages } from './print-flags.js'

const options = { ...helpOption, out: { type: 'string', short: 'o' }, ...printFlags, chromium: { type: 'string' } } as const

type FileSource = Extract<Source, { kind: 'file' }>

/** Pages printed at once by the one browser (the machines have 2 cores). */
const concurrency = 2

/** `modulemark pdf <inputs…> [-o DIR] [--page-size letter|a4] [--assets DIR] [--baseurl URL] [--chromium PATH]` */
export async function runPdf(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('pdf', args, options, true)
  if (values.help) {
    await write(io.stdout, pdfHelp)
    return ExitCode.ok
  }
  if (positionals.length === 0) throw new UsageError('missing-input', 'pdf needs at least one input (a file, folder or glob)', 'pdf')
  if (values.out === '') throw new UsageError('invalid-option', "option '-o, --out' needs a folder", 'pdf')
  if (values.chromium === '') throw new UsageError('invalid-option', "option '--chromium' needs the path of a Chromium executable", 'pdf')
  const render = await printOptions('pdf', values, io.cwd)
  const inputs = await resolveInputs(positionals, io.cwd)
  if (inputs.sources.some((source) => source.kind === 'stdin')) {
    throw new UsageError('invalid-combination', "'-' (stdin) has no file name for its PDF; give the page as a file", 'pdf')
  }
  const outDir = resolve(io.cwd, values.out ?? '.')

  let exit: ExitCode = ExitCode.ok
  let progress: Progress | null = null
  const say = async (text: string) => {
    progress?.clear()
    await write(io.stderr, text)
  }
  const fail = async (message: string, code: ExitCode) => {
    await say(`modulemark: ${message}\n`)
    exit = worse(exit, code)
  }
  for (const problem of inputs.problems) await fail(problem.message, problem.exitCode)

  // The whole plan is checked, and the browser found, before anything is written.
  const files = inputs.sources.filter((s): s is FileSource => s.kind === 'file')
  const refused = await checkOutDir(outDir)
  const plan = await planOutputs(files, outDir, '.pdf')
  const problems = refused ? [refused, ...plan.problems] : plan.problems
  for (const problem of problems) await fail(problem.message, problem.exitCode)
  if (problems.length > 0 || files.length === 0) return exit

  let renderer: PdfRenderer
  try {
    const onBlockedRequest = (url: string) => void fail(`warning: blocked a request to ${url} while printing`, ExitCode.ok)
    renderer = await createPdfRenderer({ chromium: values.chromium, concurrency, onBlockedRequest })
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error
    await fail(error.message, ExitCode.usage)
    return exit
  }

  const tally = new Tally()
  progress = Progress.create(io.stderr, files.length, false)
  // Up to `concurrency` pages print while the next is parsed; each is written in input order.
  const pending: Array<{ source: FileSource; pdf: Promise<Uint8Array> }> = []
  const finish = async ({ source, pdf }: (typeof pending)[number]) => {
    const target = plan.targets.get(source)!
    try {
      await writePdf(target, await pdf)
    } catch (error) {
      await fail(`cannot print ${source.display} to ${toPosix(target)}: ${describeSystemError(error)}`, ExitCode.usage)
    }
    progress?.tick()
  }
  try {
    for await (const parsed of parseSources(files, io)) {
      if (parsed.error) {
        await fail(parsed.error.message, parsed.error.exitCode)
        progress?.tick()
        continue
      }
      tally.add(parsed.messages)
      const shown = sortMessages(parsed.messages.filter((message) => isFailing(message, false)))
      if (shown.length > 0) await say(shown.map((message) => `${formatMessage(parsed.source.display, message)}\n`).join(''))
      if (parsed.model === null) {
        progress?.tick()
        continue
      }
      const { html, messages } = toPrintDocument(parsed.model, render)
      if (messages.length > 0) progress?.clear()
      await reportPrintMessages(io.stderr, parsed.source.display, messages)
      const pdf = renderer.render(html)
      pdf.catch(() => {}) // awaited in `finish`; this only keeps an early failure from being unhandled
      pending.push({ source: parsed.source as FileSource, pdf })
      if (pending.length >= concurrency) await finish(pending.shift()!)
    }
    for (const next of pending.splice(0)) await finish(next)
  } finally {
    progress?.clear()
    await renderer.close()
  }
  if (tally.failed(false)) exit = worse(exit, ExitCode.problems)
  return exit
}
