// The public API: the model's types, schema and validation, the parser, and the CLI entry.
export * from '@modulemark/model'
export { parseModule, type Options as ParseOptions } from '@modulemark/extract'
export { main } from './cli/main.js'
export type { CliIo, OutStream } from './cli/io.js'
