import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { decodeEntry, encodeEntry } from '../../../../packages/modulemark/src/cli/batch/cache.js'
import { run, tempTree } from '../helpers.js'
import { listTree, pages, readTree } from './helpers.js'

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

const cacheDir = (cwd: string) => join(cwd, 'node_modules/.cache/modulemark')

async function entries(cwd: string): Promise<string[]> {
  return (await listTree(cacheDir(cwd))).filter((path) => path.endsWith('.mmc'))
}

describe('the content-hash cache', () => {
  it('an unchanged page is not parsed again; an edited one is', async () => {
    const cwd = await tempTree(pages(4))
    expect((await run(['json', 'src', '-o', 'out', '--jobs', '1'], { cwd })).code).toBe(0)
    expect(parsed.paths).toHaveLength(4)
    expect(await entries(cwd)).toHaveLength(4)
    const first = await readTree(join(cwd, 'out'))

    parsed.paths.length = 0
    expect((await run(['json', 'src', '-o', 'out', '--jobs', '1'], { cwd })).code).toBe(0)
    expect(parsed.paths).toEqual([])
    expect(await readTree(join(cwd, 'out'))).toEqual(first)

    await writeFile(join(cwd, 'src/p2.md'), '---\ntitle: Edited\n---\n')
    expect((await run(['json', 'src', '-o', 'out', '--jobs', '1'], { cwd })).code).toBe(0)
    expect(parsed.paths).toEqual(['p2.md'])
    expect(JSON.parse(await readFile(join(cwd, 'out/p2.json'), 'utf8'))).toMatchObject({ title: 'Edited' })
  })

  it('an option that changes the output (--pretty) misses; one that does not (--strict) hits', async () => {
    const cwd = await tempTree(pages(3))
    await run(['json', 'src', '-o', 'out', '--jobs', '1'], { cwd })
    parsed.paths.length = 0
    await run(['json', 'src', '-o', 'out', '--jobs', '1', '--strict'], { cwd })
    expect(parsed.paths).toEqual([])
    await run(['json', 'src', '-o', 'out', '--jobs', '1', '--pretty'], { cwd })
    expect(parsed.paths).toHaveLength(3)
    expect(await readFile(join(cwd, 'out/p0.json'), 'utf8')).toMatch(/^\{\n {2}"type"/)
  })

  it('the model path is part of the key: the same bytes elsewhere are parsed for their own path', async () => {
    const cwd = await tempTree({ 'a/x.md': '# Same\n', 'b/y.md': '# Same\n' })
    await run(['json', 'a', '-o', 'out-a', '--jobs', '1'], { cwd })
    await run(['json', 'b', '-o', 'out-b', '--jobs', '1'], { cwd })
    expect(parsed.paths).toEqual(['x.md', 'y.md'])
    expect(JSON.parse(await readFile(join(cwd, 'out-b/y.json'), 'utf8'))).toMatchObject({ path: 'y.md' })
  })

  it('a corrupt entry (truncated, altered, not an entry at all) is ignored and rebuilt', async () => {
    const cwd = await tempTree(pages(3))
    await run(['json', 'src', '-o', 'out', '--jobs', '1'], { cwd })
    const expected = await readTree(join(cwd, 'out'))
    const [a, b, c] = (await entries(cwd)).map((path) => join(cacheDir(cwd), path))
    const bytes = await readFile(a)
    await writeFile(a, bytes.subarray(0, bytes.length - 5)) // truncated
    const altered = Buffer.from(await readFile(b))
    altered[altered.length - 3] ^= 1
    await writeFile(b, altered) // one bit flipped in the output
    await writeFile(c, '{"not": "an entry"}')

    parsed.paths.length = 0
    await run(['json', 'src', '-o', 'out2', '--jobs', '1'], { cwd })
    expect(parsed.paths.sort()).toEqual(['p0.md', 'p1.md', 'p2.md'])
    expect(await readTree(join(cwd, 'out2'))).toEqual(expected)
    parsed.paths.length = 0
    await run(['json', 'src', '-o', 'out3', '--jobs', '1'], { cwd })
    expect(parsed.paths).toEqual([]) // rebuilt entries are good again
  })

  it('--no-cache reads and writes none; --cache DIR puts it there', async () => {
    const cwd = await tempTree(pages(2))
    await run(['json', 'src', '-o', 'out', '--no-cache', '--jobs', '1'], { cwd })
    await expect(stat(join(cwd, 'node_modules'))).rejects.toThrow()
    await run(['json', 'src', '-o', 'out', '--cache', 'my-cache', '--jobs', '1'], { cwd })
    expect((await listTree(join(cwd, 'my-cache'))).filter((path) => path.endsWith('.mmc'))).toHaveLength(2)
    expect(await readdir(cwd)).not.toContain('node_modules')
    const result = await run(['json', 'src', '--cache', 'x', '--no-cache'], { cwd })
    expect(result.code).toBe(2)
  })

  it('entries: a round trip, and any damage reads as a miss', () => {
    const key = 'ab'.repeat(32)
    const page = { output: Buffer.from('{"a":1}\n'), messages: [] }
    const entry = encodeEntry(key, page)
    expect(decodeEntry(key, entry)).toEqual(page)
    expect(decodeEntry('cd'.repeat(32), entry)).toBeNull() // another key's entry
    expect(decodeEntry(key, entry.subarray(0, entry.length - 1))).toBeNull()
    expect(decodeEntry(key, Buffer.from('garbage'))).toBeNull()
    expect(decodeEntry(key, encodeEntry(key, { output: null, messages: [] }))).toEqual({ output: null, messages: [] })
  })
})
