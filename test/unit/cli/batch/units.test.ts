import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageKey } from '../../../../packages/modulemark/src/cli/batch/cache-key.js'
import { workerExecArgv } from '../../../../packages/modulemark/src/cli/batch/pool.js'
import { batchSettings } from '../../../../packages/modulemark/src/cli/batch/settings.js'
import { BatchTally } from '../../../../packages/modulemark/src/cli/batch/summary.js'

const noConfig = { file: null, values: {} }
const bytes = Buffer.from('# A\n')

describe('batch units', () => {
  it('cache keys: option order does not matter; bytes, path, options, job and engine do', () => {
    const base = { engine: 'e1', job: 'json', options: { a: 1, b: 2 }, modelPath: 'x.md', bytes }
    const key = pageKey(base)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(pageKey({ ...base, options: { b: 2, a: 1 } })).toBe(key)
    for (const change of [{ bytes: Buffer.from('# B\n') }, { modelPath: 'y.md' }, { options: { a: 1, b: 3 } }, { job: 'lint' }, { engine: 'e2' }]) {
      expect(pageKey({ ...base, ...change })).not.toBe(key)
    }
  })

  it('settings: flags, then the config, then the defaults', () => {
    const defaults = batchSettings('json', {}, noConfig, '/w')
    expect(defaults).toMatchObject({ autoJobs: true, cacheDir: join('/w', 'node_modules/.cache/modulemark'), quiet: false, format: 'text', strict: false, maxWarnings: null })
    expect(defaults.jobs).toBeGreaterThanOrEqual(1)
    const config = { file: '/c/modulemark.config.json', values: { jobs: 3, cache: 'cc', format: 'json' as const, maxWarnings: 5 } }
    expect(batchSettings('json', {}, config, '/w')).toMatchObject({ jobs: 3, autoJobs: false, cacheDir: join('/c', 'cc'), format: 'json', maxWarnings: 5 })
    expect(batchSettings('json', { jobs: '1', 'no-cache': true, format: 'text', 'max-warnings': '0' }, config, '/w')).toMatchObject({
      jobs: 1,
      cacheDir: null,
      format: 'text',
      maxWarnings: 0
    })
    expect(batchSettings('json', {}, { file: '/c/x.json', values: { cache: false } }, '/w').cacheDir).toBeNull()
  })

  it('workers get the Node flags less --input-type and -e/-p with their script', () => {
    expect(workerExecArgv(['--input-type=module', '-e', 'code', '--max-old-space-size=100', '--eval=x', '-p', 'y', '--enable-source-maps'])).toEqual([
      '--max-old-space-size=100',
      '--enable-source-maps'
    ])
  })

  it('the tally: exit code and summary', () => {
    const tally = new BatchTally()
    tally.add([{ ruleId: 'x', severity: 'warning', reason: 'r', line: 1, column: 1, endLine: 1, endColumn: 2 }])
    tally.add([])
    expect(tally.exitCode({ strict: false, maxWarnings: null })).toBe(0)
    expect(tally.exitCode({ strict: true, maxWarnings: null })).toBe(1)
    expect(tally.exitCode({ strict: false, maxWarnings: 0 })).toBe(1)
    expect(tally.summary({ maxWarnings: 0 })).toMatch(/^2 pages, 1 warning, 0 errors, [\d.]+ s \(more than --max-warnings 0\)$/)
    tally.unreadable.push('bad.md')
    expect(tally.exitCode({ strict: false, maxWarnings: null })).toBe(3)
    expect(tally.summary({ maxWarnings: null })).toMatch(/; could not read bad\.md$/)
  })
})
