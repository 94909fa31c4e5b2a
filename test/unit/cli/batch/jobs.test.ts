import { existsSync } from 'node:fs'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, run, tempTree } from '../helpers.js'
import { readTree } from './helpers.js'

// Workers run the built dist; `pnpm test` builds first.
const built = existsSync(join(repoRoot, 'packages/modulemark/dist/cli/batch/worker.js'))

async function fixtureCopy(): Promise<string> {
  const cwd = await tempTree()
  await cp(join(repoRoot, 'test/fixtures/pages'), join(cwd, 'pages'), { recursive: true })
  await cp(join(repoRoot, 'examples/relationships.md'), join(cwd, 'pages/seed/relationships.md'))
  return cwd
}

describe('--jobs', () => {
  it('is built (workers load dist)', () => {
    expect(built, 'build first: pnpm exec tsc -b packages/modulemark').toBe(true)
  })

  it('files: byte-identical for --jobs 1 and --jobs 2 over the fixture pages', async () => {
    const cwd = await fixtureCopy()
    const one = await run(['json', 'pages', '-o', 'one', '--jobs', '1', '--no-cache', '--pretty'], { cwd })
    const two = await run(['json', 'pages', '-o', 'two', '--jobs', '2', '--no-cache', '--pretty'], { cwd })
    expect(two.code).toBe(one.code)
    const a = await readTree(join(cwd, 'one'))
    expect(a.size).toBeGreaterThan(40)
    expect(await readTree(join(cwd, 'two'))).toEqual(a)
  }, 10_000)

  it('stdout: the same NDJSON, in input order, for --jobs 1 and --jobs 2', async () => {
    const cwd = await fixtureCopy()
    const one = await run(['json', 'pages', '--jobs', '1', '--no-cache'], { cwd })
    const two = await run(['json', 'pages', '--jobs', '2', '--no-cache'], { cwd })
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr.replace(/[\d.]+ s\n$/, '')).toBe(one.stderr.replace(/[\d.]+ s\n$/, ''))
  }, 10_000)

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    const cwd = await tempTree({ 'a.md': '# A\n' })
    for (const bad of ['0', 'two', '-1', '1.5']) {
      const result = await run(['json', 'a.md', `--jobs=${bad}`], { cwd })
      expect(result.code, bad).toBe(2)
      expect(result.stderr).toMatch(/--jobs/)
    }
  })
})
