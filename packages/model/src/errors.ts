import type { ValidationIssue } from './issues.js'

/** Thrown by `assertModule`; `pointer` is the first problem's. */
export class ModelValidationError extends Error {
  readonly code = 'MODULEMARK_INVALID_MODEL'
  readonly pointer: string
  readonly issues: readonly ValidationIssue[]

  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0] ?? { pointer: '', expected: 'ModuleRoot', message: 'invalid model' }
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''
    super(`Invalid modulemark model at ${first.pointer || '/'}: ${first.message}${more}`)
    this.name = 'ModelValidationError'
    this.pointer = first.pointer
    this.issues = issues
  }
}
