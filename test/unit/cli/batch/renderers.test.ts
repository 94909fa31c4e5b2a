// The renderer commands on the batch engine: --jobs, and the cache keyed by command and options.
import { existsSync } from 'node:fs'
import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { repoRoot, run, tempTree } from '../helpers.js'
import { pages, readTree } from './helpers.js'

// Counts the parser's calls; `--jobs 1` keeps every page in this thread, where the spy is.
const parsed = vi.hoisted(() => ({ paths: [] as (string | null)[] }))
vi.mock('@modulemark/extract', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@modulemark/extract')>()
  return {
    ...actual,
    parseModule: (source: string | Uint8Array, options: { path?: string | null } = {}) => {
      parsed.paths.push(options.path ?? null)
      return actual.parseModule(source, options)
    }
  }
})
beforeEach(() => {
  parsed.paths.length = 0
})

// Workers run the built dist; `pnpm test` builds first.
const built = existsSync(join(repoRoot, 'packages/modulemark/dist/cli/batch/worker.js'))
const liquid = (i: number) => `---\ntitle: Page ${i}\n---\n\n[Home]({{ site.baseurl }}/home/)\n`

describe('html on the batch engine', () => {
  it.runIf(built)('writes byte-identical files for --jobs 1 and --jobs 2 over the fixture pages', async () => {
    const cwd = await tempTree()
    await cp(join(repoRoot, 'test/fixtures/pages'), join(cwd, 'pages'), { recursive: true })
    const one = await run(['html', 'pages', '-o', 'one', '--jobs', '1', '--no-cache'], { cwd })
    const two = await run(['html', 'pages', '-o', 'two', '--jobs', '2', '--no-cache'], { cwd })
    expect(two.code).toBe(one.code)
    const a = await readTree(join(cwd, 'one'))
    expect(a.size).toBeGreaterThan(40)
    expect(await readTree(join(cwd, 'two'))).toEqual(a)
  }, 10_000)

  it('serves an unchanged page from the cache; --baseurl is part of the key', async () => {
    const cwd = await tempTree(Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`src/p${i}.md`, liquid(i)])))
    const build = (...flags: string[]) => run(['html', 'src', '-o', 'out', '--jobs', '1', '--fragment', ...flags], { cwd })
    expect((await build()).code).toBe(0)
    expect(parsed.paths).toHaveLength(3)
    const first = await readTree(join(cwd, 'out'))

    parsed.paths.length = 0
    expect((await build()).code).toBe(0)
    expect(parsed.paths).toEqual([])
    expect(await readTree(join(cwd, 'out'))).toEqual(first)

    expect((await build('--baseurl', '/course')).code).toBe(0)
    expect(parsed.paths).toHaveLength(3)
    expect(await readFile(join(cwd, 'out/p0.html'), 'utf8')).toContain('href="/course/home/"')
  })

  it('keeps the commands apart in the cache: the same page for html and md is built for each', async () => {
    const cwd = await tempTree(pages(2))
    await run(['html', 'src', '-o', 'out', '--jobs', '1'], { cwd })
    parsed.paths.length = 0
    await run(['md', 'src', '-o', 'md', '--jobs', '1'], { cwd })
    expect(parsed.paths).toHaveLength(2)
    expect(await readFile(join(cwd, 'md/p1.md'), 'utf8')).toMatch(/^---\ntitle: Page 1\n---\n/)
  })

  it('takes baseurl from modulemark.config.json; the flag wins', async () => {
    const cwd = await tempTree({ 'modulemark.config.json': '{ "baseurl": "/from-config" }', 'p.md': liquid(0) })
    expect((await run(['html', '--fragment', 'p.md'], { cwd })).stdout).toContain('href="/from-config/home/"')
    expect((await run(['html', '--fragment', 'p.md', '--baseurl', '/flag'], { cwd })).stdout).toContain('href="/flag/home/"')
  })
})
