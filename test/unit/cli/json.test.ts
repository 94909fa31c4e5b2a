import { readdir, readFile, stat, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanPage, run, seedPath, tempTree } from './helpers.js'

const parse = (text: string) => JSON.parse(text) as { type: string; path: string | null; messages: unknown[] }

/** Every file below `dir`, as sorted POSIX paths. */
async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort()
}

describe('modulemark json to stdout', () => {
  it('one file: its JSON, path relative to its folder', async () => {
    const cwd = await tempTree({ 'pages/clean.md': cleanPage })
    const result = await run(['json', 'pages/clean.md'], { cwd })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const model = parse(result.stdout)
    expect(model.type).toBe('module')
    expect(model.path).toBe('clean.md')
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1) // compact by default
  })

  it('--pretty indents a single model', async () => {
    const cwd = await tempTree({ 'clean.md': cleanPage })
    const result = await run(['json', '--pretty', 'clean.md'], { cwd })
    expect(result.stdout).toMatch(/^\{\n {2}"type": "module"/)
    expect(parse(result.stdout).type).toBe('module')
  })

  it('the seed: warnings do not fail the run and are not printed', async () => {
    const result = await run(['json', seedPath], { cwd: await tempTree() })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(parse(result.stdout).messages.length).toBeGreaterThan(0)
  })

  it('stdin: path null', async () => {
    const result = await run(['json', '-'], { cwd: await tempTree(), stdin: cleanPage })
    expect(result.code).toBe(0)
    const model = parse(result.stdout)
    expect(model.type).toBe('module')
    expect(model.path).toBeNull()
  })

  it('several inputs: NDJSON, one compact model a line, paths relative to the common base', async () => {
    const cwd = await tempTree({ 'a/one.md': cleanPage, 'a/b/two.markdown': cleanPage, 'a/b/three.md.old': cleanPage })
    const result = await run(['json', 'a/one.md', 'a/b'], { cwd })
    expect(result.code).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines.pop()).toBe('')
    const models = lines.map(parse)
    expect(models.map((model) => model.type)).toEqual(['module', 'module', 'module'])
    // argument order; a folder's files sorted
    expect(models.map((model) => model.path)).toEqual(['one.md', 'b/three.md.old', 'b/two.markdown'])
  })

  it('a folder alone is NDJSON too, and skips node_modules, dot-folders and other files', async () => {
    const cwd = await tempTree({
      'site/z.md': cleanPage,
      'site/a.md': cleanPage,
      'site/notes.txt': 'not a page',
      'site/node_modules/pkg/readme.md': cleanPage,
      'site/.git/x.md': cleanPage,
      'site/.hidden.md': cleanPage
    })
    const result = await run(['json', 'site'], { cwd })
    expect(result.code).toBe(0)
    expect(result.stdout.trimEnd().split('\n').map((line) => parse(line).path)).toEqual(['a.md', 'z.md'])
  })

  it('globs are expanded from their static base', async () => {
    const cwd = await tempTree({ 'docs/x/a.md': cleanPage, 'docs/y/b.md': cleanPage, 'docs/y/c.txt': '' })
    const result = await run(['json', 'docs/**/*'], { cwd })
    expect(result.code).toBe(0)
    expect(result.stdout.trimEnd().split('\n').map((line) => parse(line).path)).toEqual(['x/a.md', 'y/b.md'])
  })

  it('the same file named twice is parsed once', async () => {
    const cwd = await tempTree({ 'a.md': cleanPage })
    const result = await run(['json', 'a.md', './a.md', '*.md'], { cwd })
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('modulemark json -o DIR', () => {
  it('mirrors the inputs tree', async () => {
    const cwd = await tempTree({
      'src/intro.md': cleanPage,
      'src/unit1/page.md': cleanPage,
      'src/unit1/page.md.old': cleanPage,
      'src/unit1/deep/other.markdown': cleanPage
    })
    const result = await run(['json', 'src', '-o', 'out'], { cwd })
    // off a terminal, a batch prints only its summary
    expect(result).toEqual({ code: 0, stdout: '', stderr: expect.stringMatching(/^4 pages, 0 warnings, 0 errors, \d+\.\d s\n$/) as unknown })
    expect(await listTree(join(cwd, 'out'))).toEqual([
      'intro.json',
      'unit1/deep/other.json',
      'unit1/page.json',
      'unit1/page.md.old.json'
    ])
    const old = parse(await readFile(join(cwd, 'out/unit1/page.md.old.json'), 'utf8'))
    expect(old.type).toBe('module')
    expect(old.path).toBe('unit1/page.md.old')
  })

  it('mirrors relative to the common base of several arguments', async () => {
    const cwd = await tempTree({ 'a/x/one.md': cleanPage, 'a/y/two.md': cleanPage })
    const result = await run(['json', 'a/x/one.md', 'a/y', '-o', 'out', '--pretty'], { cwd })
    expect(result.code).toBe(0)
    expect(await listTree(join(cwd, 'out'))).toEqual(['x/one.json', 'y/two.json'])
    expect(await readFile(join(cwd, 'out/x/one.json'), 'utf8')).toMatch(/^\{\n {2}"type"/)
  })

  it('replaces an existing output and leaves no temp file behind', async () => {
    const cwd = await tempTree({ 'a.md': cleanPage, 'out/a.json': 'stale' })
    expect((await run(['json', 'a.md', '-o', 'out'], { cwd })).code).toBe(0)
    expect(await readdir(join(cwd, 'out'))).toEqual(['a.json'])
    expect(parse(await readFile(join(cwd, 'out/a.json'), 'utf8')).type).toBe('module')
  })

  it('an unreadable input: reported, the others still written, exit 3', async () => {
    const cwd = await tempTree({ 'in/a.md': cleanPage, 'in/c.md': cleanPage })
    await symlink(join(cwd, 'nowhere.md'), join(cwd, 'in/b.md')) // dangling: found by the walk, unreadable
    const result = await run(['json', 'in', 'missing.md', '-o', 'out'], { cwd })
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/cannot read missing\.md: no such file/)
    expect(result.stderr).toMatch(/cannot read in\/b\.md/)
    expect(await listTree(join(cwd, 'out'))).toEqual(['a.json', 'c.json'])
  })

  it('an unreadable input on stdout: exit 3, the others printed', async () => {
    const cwd = await tempTree({ 'a.md': cleanPage })
    const result = await run(['json', 'a.md', 'missing.md'], { cwd })
    expect(result.code).toBe(3)
    expect(parse(result.stdout).path).toBe('a.md')
  })

  it('never overwrites an input', async () => {
    const cwd = await tempTree({ 'a.md': cleanPage, 'a.json': 'precious' })
    const result = await run(['json', 'a.md', 'a.json', '-o', '.'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/would overwrite the input .*a\.json; not written/)
    expect(await readFile(join(cwd, 'a.json'), 'utf8')).toBe('precious')
    expect((await readdir(cwd)).sort()).toEqual(['a.json', 'a.md']) // nothing else written either
  })

  it('refuses two inputs with one output', async () => {
    const cwd = await tempTree({ 'a.md': cleanPage, 'a.markdown': cleanPage })
    const result = await run(['json', 'a.md', 'a.markdown', '-o', 'out'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/would both be written to .*out\/a\.json/)
    await expect(stat(join(cwd, 'out'))).rejects.toThrow()
  })

  it('refuses an -o that is a file', async () => {
    const cwd = await tempTree({ 'a.md': cleanPage, 'out': 'a file' })
    const result = await run(['json', 'a.md', '-o', 'out'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/is not a folder/)
  })
})
