import { readFile } from 'node:fs/promises'
import type { Message } from '@modulemark/model'
import { describeSystemError, InputError, ModelError } from '../errors.js'
import type { Source } from '../inputs.js'
import { loadJob, type JobName } from '../jobs/index.js'
import type { PageCache } from './cache.js'
import { engineId, pageKey } from './cache-key.js'
import { executeJob, type JobResult } from './execute.js'
import { WorkerPool } from './pool.js'

export interface RunnerSettings {
  job: JobName
  /** The job's options: plain JSON, exactly those that change the output. */
  options: unknown
  /** Worker threads; 1 runs every page in this thread. */
  jobs: number
  /** `jobs` is the default (not asked for): a small batch then stays in this thread, where it is quicker than starting workers. */
  autoJobs: boolean
  cache: PageCache | null
  /**
   * Makes, for one run over the sources, what each page depends on besides
   * its bytes (see PageInput.context). Called anew for every run, so a watch
   * rebuild reads the course files again.
   */
  pageContext?: () => (source: Source) => Promise<unknown>
  readStdin: () => Promise<Uint8Array>
  /** A problem that does not stop the batch (workers unavailable). */
  warn: (message: string) => void
}

export type PageOutcome =
  | { source: Source; error: InputError | ModelError }
  | { source: Source; error?: undefined; output: Buffer | null; messages: Message[]; cached: boolean }

/** Below this many pages a default `--jobs` runs in this thread (workers take ~0.2 s to load the parser). */
const minPoolBatch = 24

/**
 * Runs a page job over sources, in worker threads or in this one, through the
 * cache, and yields the outcomes in input order whatever order they finish in
 * — so the output never depends on `--jobs`. A bounded window of pages is in
 * flight, so memory stays flat on large batches. Reusable across batches
 * (watch mode): the workers stay up until `close()`.
 */
export class BatchRunner {
  private pool: WorkerPool | null = null
  private closed = false

  constructor(private readonly settings: RunnerSettings) {}

  async *run(sources: readonly Source[]): AsyncGenerator<PageOutcome> {
    const { jobs, autoJobs } = this.settings
    const usePool = jobs > 1 && (this.pool !== null || !autoJobs || sources.length >= minPoolBatch)
    const window = Math.max(8, jobs * 4)
    const contextOf = this.settings.pageContext?.() ?? null
    const pending: Promise<PageOutcome>[] = []
    let next = 0
    while (next < sources.length || pending.length > 0) {
      while (next < sources.length && pending.length < window) pending.push(this.page(sources[next++], usePool, contextOf))
      yield await pending.shift()!
    }
  }

  /** Loads the job in this thread ahead of time, so a watch's first one-page rebuild is as quick as the next. */
  async warmUp(): Promise<void> {
    if (this.pool === null) await loadJob(this.settings.job)
  }

  async close(): Promise<void> {
    this.closed = true
    await this.pool?.close()
    this.pool = null
  }

  /** One page, never rejecting: a read problem is an outcome too. */
  private async page(source: Source, usePool: boolean, contextOf: ((source: Source) => Promise<unknown>) | null): Promise<PageOutcome> {
    const { cache, job, options } = this.settings
    let bytes: Uint8Array
    try {
      bytes = source.kind === 'stdin' ? await this.settings.readStdin() : await readFile(source.abs)
    } catch (error) {
      return { source, error: new InputError('input-unreadable', `cannot read ${source.display}: ${describeSystemError(error)}`, source.display, { cause: error }) }
    }
    // NUL bytes never occur in a text page (the parser's own test for binary input).
    if (bytes.includes(0)) {
      return { source, error: new InputError('input-binary', `cannot read ${source.display}: it holds NUL bytes, so it is binary, not a Markdown page`, source.display) }
    }
    const context = contextOf ? await contextOf(source) : undefined
    const key = cache ? pageKey({ engine: await engineId(job), job, options, modelPath: source.modelPath, context, bytes }) : null
    if (cache && key) {
      const hit = await cache.get(key)
      if (hit) return { source, ...hit, cached: true }
    }
    // Pages still in flight when the batch stopped (its reader closed stdout) are
    // read by no one: a pool started for them now would keep the process alive.
    if (this.closed) return { source, output: null, messages: [], cached: false }
    const page = { bytes, modelPath: source.modelPath, context }
    const fromPool = usePool ? await this.workers().run(job, options, page) : null
    const result: JobResult = fromPool ?? (await executeJob(job, options, page))
    if (result.rejected) {
      return { source, error: new ModelError(result.rejected.code, `${source.display}: ${result.rejected.reason}`, source.display) }
    }
    const output = result.output === null ? null : toBuffer(result.output)
    if (cache && key && !result.crashed) await cache.put(key, { output, messages: result.messages })
    return { source, output, messages: result.messages, cached: false }
  }

  private workers(): WorkerPool {
    this.pool ??= new WorkerPool(this.settings.jobs, this.settings.warn)
    return this.pool
  }
}

const toBuffer = (data: string | Uint8Array) =>
  typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength)
