// Who decides what runs: untrusted (the default) is sanitized; `trust` renders the model as written.
import type { HastOptions } from '../hast/options.js'

/** Whether the model is rendered without sanitizing: `trust`, else `scripts` (keeping scripts only makes sense for a trusted page). */
export const isTrusted = (options: HastOptions): boolean => options.trust ?? options.scripts ?? false

/** Whether the page's own scripts are kept: `scripts`, else `trust` (a site's own content includes its quizzes). */
export const keepsScripts = (options: HastOptions): boolean => options.scripts ?? options.trust ?? false
