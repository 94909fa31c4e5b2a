import type { VFile } from 'vfile'
import type { Point, Position } from 'unist'
import { RULE_SEVERITY, type Severity } from '@modulemark/model'

/** Every diagnostic modulemark reports, with its severity: the model's table is the one source. */
export const rules = RULE_SEVERITY

export type RuleId = keyof typeof rules
export type { Severity }

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
