import { mkdir, readFile, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanPage, run, tempTree } from '../helpers.js'
import { listTree } from './helpers.js'

describe('batch safety', () => {
  it('one binary and one unreadable page: the others are written, exit 3, the summary names them', async () => {
    const cwd = await tempTree({ 'src/a.md': cleanPage, 'src/b.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]), 'src/d.md': cleanPage })
    await symlink(join(cwd, 'nowhere.md'), join(cwd, 'src/c.md')) // dangling: found by the walk, unreadable
    const result = await run(['json', 'src', '-o', 'out', '--jobs', '1'], { cwd })
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/cannot read src\/b\.md: .*binary/)
    expect(result.stderr).toMatch(/cannot read src\/c\.md: no such file/)
    expect(result.stderr).toMatch(/^2 pages, 0 warnings, 0 errors, [\d.]+ s; could not read src\/b\.md, src\/c\.md$/m)
    expect(await listTree(join(cwd, 'out'))).toEqual(['a.json', 'd.json'])
  })

  it('refuses an -o path that a symlink in the output folder carries outside it; nothing is written', async () => {
    const cwd = await tempTree({ 'src/a.md': cleanPage, 'src/sub/b.md': cleanPage, 'elsewhere/keep.txt': 'x' })
    await mkdir(join(cwd, 'out'))
    await symlink(join(cwd, 'elsewhere'), join(cwd, 'out/sub'))
    const result = await run(['json', 'src', '-o', 'out'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/written through a symlink to .*elsewhere\/b\.json, outside .*out/)
    expect(await listTree(join(cwd, 'elsewhere'))).toEqual(['keep.txt'])
    expect(await listTree(join(cwd, 'out'))).toEqual(['sub'])
  })

  it('an input above the working folder (../x.md) is written inside DIR, never beside the input', async () => {
    const root = await tempTree({ 'x.md': cleanPage, 'work/keep.md': cleanPage })
    const cwd = join(root, 'work')
    expect((await run(['json', '../x.md', '-o', 'out'], { cwd })).code).toBe(0)
    expect(await listTree(join(cwd, 'out'))).toEqual(['x.json'])
    expect(await readFile(join(root, 'x.md'), 'utf8')).toBe(cleanPage)
  })

  it('--max-warnings N: exit 1 above N warnings', async () => {
    const cwd = await tempTree({ 'w.md': '###Heading without space\n' })
    expect((await run(['json', 'w.md', '-o', 'out', '--max-warnings', '0'], { cwd })).code).toBe(1)
    expect((await run(['json', 'w.md', '-o', 'out', '--max-warnings', '1'], { cwd })).code).toBe(0)
    expect((await run(['lint', 'w.md', '--max-warnings', '0'], { cwd })).code).toBe(1)
  })
})
