export { toMarkdown } from './to-markdown.js'
export type { Options } from './options.js'
