import type { Message } from '@modulemark/model'

/** One page handed to a job: its bytes and its path as the model shows it. */
export interface PageInput {
  bytes: Uint8Array
  modelPath: string | null
}

/** What a job makes of one page: the output (`null`: nothing to write) and its messages. */
export interface PageOutput {
  output: string | Uint8Array | null
  messages: Message[]
}

/**
 * A per-page job. It must be pure — the same bytes, model path and options
 * always give the same output — because its results are cached by content
 * hash and it runs in worker threads. `options` must be plain JSON: it is
 * cloned to the workers and hashed into the cache key, so put there exactly
 * the options that change the output.
 */
export interface PageJob<O = unknown> {
  run(page: PageInput, options: O): PageOutput | Promise<PageOutput>
}
