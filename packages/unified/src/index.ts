export { remarkModulemark } from './remark-modulemark.js'
export { rehypeModulemark, type Options as RehypeModulemarkOptions } from './rehype-modulemark.js'
export type { Options as RemarkModulemarkOptions } from './attach-model.js'
