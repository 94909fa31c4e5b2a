import type { Message } from '@modulemark/model'
import { severityOf } from '@modulemark/dialect'
import type { VFile } from 'vfile'

/** vfile messages in model shape, in the order of the page. */
export function toMessages(file: VFile): Message[] {
  return file.messages
    .map((message) => {
      const place = message.place
      const end = place && 'end' in place ? place.end : undefined
      return {
        ruleId: message.ruleId ?? 'internal-error',
        severity: severityOf(message.fatal),
        reason: message.reason,
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: end?.line ?? null,
        endColumn: end?.column ?? null
      }
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}
