import { z } from 'zod'
import { named } from './registry.js'
import type { Assert, Same } from './type-check.js'
import { SEVERITIES, type Severity } from './vocabulary.js'

/** A diagnostic; the same ones `lint` prints. Lines and columns are 1-based. */
export interface Message {
  ruleId: string
  severity: Severity
  reason: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
}

/** The severity of every rule of schemaVersion 1.0; a later minor may add rules. */
export const RULE_SEVERITY = Object.freeze({
  'unclosed-cell': 'warning',
  'unclosed-div': 'warning',
  'stray-div-close': 'warning',
  'div-close-in-text': 'warning',
  'markdown-attribute': 'warning',
  'smart-quotes-in-markup': 'warning',
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
  'unclosed-element': 'warning',
  'comment-syntax': 'warning',
  'iframe-content': 'warning',
  'unknown-color': 'info',
  liquid: 'info',
  'not-utf8': 'error',
  'binary-input': 'error',
  'limit-exceeded': 'error',
  'internal-error': 'error'
} as const satisfies Record<string, Severity>)

export type RuleId = keyof typeof RULE_SEVERITY

export const severitySchema = z.enum(SEVERITIES)

const lineOrColumn = z.int().min(1).nullable()

export const messageSchema = named(
  z.object({
    ruleId: z.string().min(1),
    severity: severitySchema,
    reason: z.string(),
    line: lineOrColumn,
    column: lineOrColumn,
    endLine: lineOrColumn,
    endColumn: lineOrColumn
  }),
  'Message'
)

/** Compile-time only. */
export type TypeChecks = Assert<Same<z.infer<typeof messageSchema>, Message>>
