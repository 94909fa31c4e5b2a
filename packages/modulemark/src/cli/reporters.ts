import type { Message } from '@modulemark/model'
import { stdinDisplay } from './inputs.js'
import { write, type OutStream } from './io.js'

export type DiagnosticsFormat = 'text' | 'json'
export const diagnosticsFormats = ['text', 'json'] as const

/** `path:line:col severity reason rule-id`; a message without a position sits at 1:1. */
export function formatMessage(display: string, message: Message): string {
  const reason = message.reason.replace(/\s*\n\s*/g, ' ')
  return `${display}:${message.line ?? 1}:${message.column ?? 1} ${message.severity} ${reason} ${message.ruleId}`
}

/** Messages in reading order (stable, so equal positions keep the model's order). */
export function sortMessages(messages: readonly Message[]): Message[] {
  return [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/** Whether a message counts toward exit code 1. */
export function isFailing(message: Message, strict: boolean): boolean {
  return message.severity === 'error' || (strict && message.severity === 'warning')
}

/** In JSON diagnostics stdin has no path, as in the model. */
export const jsonPath = (display: string): string | null => (display === stdinDisplay ? null : display)

/** Counts for the summary line and the exit code. */
export class Tally {
  files = 0
  errors = 0
  warnings = 0
  infos = 0
  unreadable = 0

  add(messages: readonly Message[]): void {
    this.files++
    for (const message of messages) {
      if (message.severity === 'error') this.errors++
      else if (message.severity === 'warning') this.warnings++
      else this.infos++
    }
  }

  failed(strict: boolean): boolean {
    return this.errors > 0 || (strict && this.warnings > 0)
  }

  summary(): string {
    const parts = [plural(this.errors, 'error'), plural(this.warnings, 'warning'), plural(this.infos, 'info', 'info')]
    const unread = this.unreadable > 0 ? `; ${plural(this.unreadable, 'input')} could not be read` : ''
    return `${plural(this.files, 'file')}: ${parts.join(', ')}${unread}`
  }
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** Streams a JSON array one element at a time (a corpus run never holds them all). */
export class JsonArrayWriter {
  private count = 0
  constructor(private readonly stream: OutStream) {}

  async add(value: unknown): Promise<void> {
    await write(this.stream, `${this.count++ === 0 ? '[' : ',\n'}${JSON.stringify(value)}`)
  }

  async end(): Promise<void> {
    await write(this.stream, this.count === 0 ? '[]\n' : ']\n')
  }
}
