import type { HastOptions } from '../hast/options.js'

/** Options of `toHtml`. */
export interface Options extends HastOptions {
  /** Only what goes in `<body>`: no doctype, head or stylesheet (default: `false`). */
  fragment?: boolean | null | undefined
  /** Language of the page (default: front matter `lang` when it is a string, else `'en'`). */
  lang?: string | null | undefined
  /** Inline the default stylesheet in a full document (default: `true`). */
  stylesheet?: boolean | null | undefined
}
