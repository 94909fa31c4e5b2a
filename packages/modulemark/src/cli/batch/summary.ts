import type { Message } from '@modulemark/model'
import { ExitCode, worse } from '../errors.js'
import type { BatchSettings } from './settings.js'

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** Counts of a batch, for its summary line and its exit code. */
export class BatchTally {
  pages = 0
  errors = 0
  warnings = 0
  /** Inputs that could not be read (missing, unreadable, binary), as shown. */
  readonly unreadable: string[] = []
  private readonly start = performance.now()

  add(messages: readonly Message[]): void {
    this.pages++
    for (const message of messages) {
      if (message.severity === 'error') this.errors++
      else if (message.severity === 'warning') this.warnings++
    }
  }

  /** A model input that was refused: a page with one error. */
  addRejected(): void {
    this.pages++
    this.errors++
  }

  /** Exit 1 for errors, for warnings with --strict, or for more warnings than --max-warnings. */
  exitCode(settings: Pick<BatchSettings, 'strict' | 'maxWarnings'>): ExitCode {
    let exit: ExitCode = this.unreadable.length > 0 ? ExitCode.unreadable : ExitCode.ok
    const tooMany = settings.maxWarnings !== null && this.warnings > settings.maxWarnings
    if (this.errors > 0 || (settings.strict && this.warnings > 0) || tooMany) exit = worse(exit, ExitCode.problems)
    return exit
  }

  /** `96 pages, 3 warnings, 0 errors, 1.2 s` and, when some failed, which inputs could not be read. */
  summary(settings: Pick<BatchSettings, 'maxWarnings'>): string {
    const seconds = ((performance.now() - this.start) / 1000).toFixed(1)
    let line = `${plural(this.pages, 'page')}, ${plural(this.warnings, 'warning')}, ${plural(this.errors, 'error')}, ${seconds} s`
    if (settings.maxWarnings !== null && this.warnings > settings.maxWarnings) line += ` (more than --max-warnings ${settings.maxWarnings})`
    if (this.unreadable.length > 0) line += `; could not read ${this.unreadable.join(', ')}`
    return line
  }
}
