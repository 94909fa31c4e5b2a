import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseModule } from '@modulemark/extract'
import { describe, expect, it } from 'vitest'
import { cleanPage, run, seedPath, tempTree } from './helpers.js'

const model = JSON.stringify(parseModule(cleanPage, { path: 'clean.md' }))

describe('modulemark md', () => {
  it('one page: its Markdown on stdout, the seed repaired', async () => {
    const result = await run(['md', seedPath], { cwd: await tempTree() })
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('---\ntitle: Relationships\n---\n\n')).toBe(true)
    expect(result.stdout).toContain('<th>Relationship</th>\n<th>Strengths</th>')
    expect(result.stdout).toContain('### [Worksheet #6: Your relationships capacity](){:target="_blank"}')
  })

  it('a model .json (and a model on stdin) is validated, then written', async () => {
    const cwd = await tempTree({ 'clean.json': model })
    const result = await run(['md', 'clean.json'], { cwd })
    expect(result).toMatchObject({ code: 0, stdout: '---\ntitle: Clean\n---\n\n# Clean\n\nJust a paragraph.\n', stderr: '' })
    expect((await run(['md', '-'], { cwd, stdin: model })).stdout).toBe(result.stdout)
    expect((await run(['md', '-'], { cwd, stdin: cleanPage })).stdout).toBe(result.stdout)
  })

  it('an invalid model exits 1 with the JSON pointer of its first problem', async () => {
    const broken = JSON.parse(model)
    broken.children[1].type = 'para'
    const cwd = await tempTree({ 'broken.json': JSON.stringify(broken), 'bad.json': '{"type": ' })
    const result = await run(['md', 'broken.json'], { cwd })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^modulemark: broken\.json: not a valid modulemark model at \/children\/1(\/type)?: /)
    const notJson = await run(['md', 'bad.json'], { cwd })
    expect(notJson.code).toBe(1)
    expect(notJson.stderr).toContain('modulemark: bad.json: not JSON')
  })

  it('-o DIR mirrors the inputs as .md; a model x.json becomes x.md', async () => {
    const cwd = await tempTree({ 'site/a.md': cleanPage, 'site/unit/b.json': model })
    const result = await run(['md', 'site/a.md', 'site/unit/b.json', '-o', 'out'], { cwd })
    expect(result.code).toBe(0)
    const files = (await readdir(join(cwd, 'out'), { recursive: true })).map((f) => f.split('\\').join('/')).sort()
    expect(files).toEqual(['a.md', 'unit', 'unit/b.md'])
    expect(await readFile(join(cwd, 'out/unit/b.md'), 'utf8')).toBe(await readFile(join(cwd, 'out/a.md'), 'utf8'))
  })

  it('has its help', async () => {
    const result = await run(['md', '--help'], { cwd: await tempTree() })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: modulemark md <model.json|page.md...> [-o DIR]')
  })
})
