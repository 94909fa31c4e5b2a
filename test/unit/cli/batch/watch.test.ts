import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliEvent } from '../../../../packages/modulemark/src/cli/io.js'
import { run, tempTree } from '../helpers.js'
import { pages, startWatch } from './helpers.js'

const rebuilt = (input: string) => (event: CliEvent) => event.type === 'rebuilt' && event.input === input
const title = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as { title: string | null }).title

describe('json --watch', () => {
  it('rebuilds an edited page, builds a new one, removes the output of a deleted one', async () => {
    const cwd = await tempTree(pages(3))
    const watch = await startWatch(['json', 'src', '-o', 'out', '--jobs', '1', '--watch'], cwd)
    try {
      expect(await title(join(cwd, 'out/p1.json'))).toBe('Page 1')

      let next = watch.next(rebuilt('src/p1.md'))
      await writeFile(join(cwd, 'src/p1.md'), '---\ntitle: Edited\n---\n')
      expect(await next).toMatchObject({ output: 'out/p1.json', errors: 0 })
      expect(await title(join(cwd, 'out/p1.json'))).toBe('Edited')

      next = watch.next(rebuilt('src/deep/new.md'))
      await mkdir(join(cwd, 'src/deep'))
      await writeFile(join(cwd, 'src/deep/new.md'), '---\ntitle: New\n---\n')
      expect(await next).toMatchObject({ output: 'out/deep/new.json' })
      expect(await title(join(cwd, 'out/deep/new.json'))).toBe('New')

      next = watch.next((event) => event.type === 'removed')
      await rm(join(cwd, 'src/p0.md'))
      expect(await next).toEqual({ type: 'removed', input: 'src/p0.md', output: 'out/p0.json' })
      await expect(stat(join(cwd, 'out/p0.json'))).rejects.toThrow()

      expect(watch.stderr()).toMatch(/^rebuilt src\/p1\.md → out\/p1\.json in \d+ ms$/m)
    } finally {
      expect(await watch.stop()).toBe(0)
    }
  })

  it('a page that fails is reported and the watch goes on', async () => {
    const cwd = await tempTree(pages(2))
    const watch = await startWatch(['json', 'src', '-o', 'out', '--jobs', '1', '--watch'], cwd)
    try {
      let next = watch.next((event) => event.type === 'failed')
      await writeFile(join(cwd, 'src/p0.md'), Buffer.from([0x23, 0x00, 0x01]))
      expect(await next).toMatchObject({ input: 'src/p0.md' })
      expect(watch.stderr()).toMatch(/cannot read src\/p0\.md: .*binary/)

      next = watch.next(rebuilt('src/p1.md'))
      await writeFile(join(cwd, 'src/p1.md'), '---\ntitle: Still\n---\n')
      await next
      expect(await title(join(cwd, 'out/p1.json'))).toBe('Still')
    } finally {
      await watch.stop()
    }
  })

  it('ignores its own outputs, other files and dot-files', async () => {
    const cwd = await tempTree(pages(1))
    const watch = await startWatch(['json', '.', '-o', 'out', '--jobs', '1', '--watch'], cwd)
    try {
      const next = watch.next(rebuilt('src/p0.md'))
      await writeFile(join(cwd, 'notes.txt'), 'not a page')
      await writeFile(join(cwd, '.draft.md'), '# hidden')
      await writeFile(join(cwd, 'src/p0.md'), '# Edited\n')
      await next
      expect(watch.stderr().match(/^rebuilt /gm)).toHaveLength(1)
    } finally {
      await watch.stop()
    }
  })

  it('needs -o DIR', async () => {
    const cwd = await tempTree(pages(1))
    const result = await run(['json', 'src', '--watch'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--watch needs -o DIR/)
  })
})
