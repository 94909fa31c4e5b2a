import type { Message } from '@modulemark/model'
import type { ModelErrorCode } from '../errors.js'

/** One page handed to a job: its bytes and its path as the model shows it. */
export interface PageInput {
  bytes: Uint8Array
  modelPath: string | null
  /**
   * What the page's output depends on besides its bytes (plain JSON, or
   * undefined): the course and module titles of a worksheet, read from other
   * files. Part of the cache key.
   */
  context?: unknown
}

/** An input the job will not render: a `.json` that is not a valid model. */
export interface PageRejection {
  code: ModelErrorCode
  /** `not a valid modulemark model at /children/3/kind: expected …` */
  reason: string
}

/** What a job makes of one page: the output (`null`: nothing to write) and its messages. */
export interface PageOutput {
  output: string | Uint8Array | null
  messages: Message[]
  /** Set when the input was refused; it is reported as an error and not cached. */
  rejected?: PageRejection
}

/**
 * A per-page job. It must be pure — the same bytes, model path, context and
 * options always give the same output — because its results are cached by
 * content hash and it runs in worker threads. `options` must be plain JSON: it
 * is cloned to the workers and hashed into the cache key, so put there exactly
 * the options that change the output.
 */
export interface PageJob<O = unknown> {
  run(page: PageInput, options: O): PageOutput | Promise<PageOutput>
}
