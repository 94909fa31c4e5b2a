export { toHast } from './hast/index.js'
export type { HastOptions } from './hast/options.js'
export { toHtml } from './html/to-html.js'
export type { Options } from './html/options.js'
