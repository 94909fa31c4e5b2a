// The batch runner when its reader stops early (`modulemark json . | head`):
// pages still in flight must not start a worker pool after `close()`, or the
// process never exits (seen once in CI as a timed-out bin test).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BatchRunner } from '../../../../packages/modulemark/src/cli/batch/runner.js'
import { WorkerPool } from '../../../../packages/modulemark/src/cli/batch/pool.js'
import type { Source } from '../../../../packages/modulemark/src/cli/inputs.js'

afterEach(() => vi.restoreAllMocks())

describe('BatchRunner.close()', () => {
  it('leaves pages that were in flight without a worker pool', async () => {
    const run = vi.spyOn(WorkerPool.prototype, 'run').mockResolvedValue({ output: '{}\n', messages: [], crashed: false })
    // Each page reads "stdin"; the test says when each read returns.
    const reads: Array<() => void> = []
    const readStdin = () => new Promise<Uint8Array>((resolve) => reads.push(() => resolve(new TextEncoder().encode('# Page\n'))))
    const sources: Source[] = Array.from({ length: 12 }, (_, i) => ({ kind: 'stdin', display: `page ${i}`, modelPath: null }))
    const runner = new BatchRunner({ job: 'json', options: { pretty: false }, jobs: 2, autoJobs: false, cache: null, readStdin, warn: () => {} })

    const outcomes = runner.run(sources)
    const first = outcomes.next()
    await vi.waitFor(() => expect(reads.length).toBeGreaterThan(1))
    reads[0]()
    expect((await first).value).toMatchObject({ output: Buffer.from('{}\n') })
    expect(run).toHaveBeenCalledTimes(1)

    // The reader is gone: the consumer stops and the batch closes, with pages still reading.
    await outcomes.return(undefined)
    await runner.close()
    for (const read of reads.slice(1)) read()
    await new Promise((resolve) => setImmediate(resolve))
    expect(run).toHaveBeenCalledTimes(1)
  })
})
