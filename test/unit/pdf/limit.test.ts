// The renderer's concurrency bound, without a browser.
import { describe, expect, it } from 'vitest'
import { limit } from '../../../packages/pdf/src/limit.js'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('limit', () => {
  it('never runs more than max at once, and runs all in order of arrival', async () => {
    const run = limit(2)
    let now = 0
    let peak = 0
    const started: number[] = []
    const task = (n: number) => async () => {
      started.push(n)
      peak = Math.max(peak, ++now)
      await tick()
      now--
      return n
    }
    const results = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => run(task(n))))
    expect(results).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(peak).toBe(2)
  })

  it('frees the slot of a task that throws', async () => {
    const run = limit(1)
    await expect(run(async () => { throw new Error('boom') })).rejects.toThrow('boom')
    await expect(run(async () => 'next')).resolves.toBe('next')
  })
})
