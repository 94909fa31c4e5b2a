import type { VFile } from 'vfile'
import type { Point, Position } from 'unist'

export type Severity = 'error' | 'warning' | 'info'

// Every diagnostic modulemark reports, with its severity. Ids are stable: tools filter on them.
export const rules = {
  'unclosed-cell': 'warning',
  'unclosed-div': 'warning',
  'unclosed-element': 'warning',
  'stray-div-close': 'warning',
  'div-close-in-text': 'warning',
  'markdown-attribute': 'warning',
  'smart-quotes-in-markup': 'warning',
  'comment-syntax': 'warning',
  'empty-link': 'warning',
  'placeholder-link': 'warning',
  'worksheet-number-missing': 'warning',
  'worksheet-number-duplicate': 'warning',
  'callout-kind': 'warning',
  'heading-without-space': 'warning',
  'table-row-short': 'warning',
  'table-row-wide': 'warning',
  'text-outside-cell': 'warning',
  'front-matter-invalid': 'warning',
  'front-matter-title': 'warning',
  'unknown-color': 'info',
  liquid: 'info',
  'not-utf8': 'error',
  'binary-input': 'error',
  'limit-exceeded': 'error',
  'internal-error': 'error'
} as const satisfies Record<string, Severity>

export type RuleId = keyof typeof rules

export const source = 'modulemark'

/** Report a content problem on the file as a vfile message; never throws. */
export function report(file: VFile, ruleId: RuleId, reason: string, place?: Point | Position): void {
  const message = file.message(reason, { place, ruleId, source })
  const severity = rules[ruleId]
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
}

export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}
