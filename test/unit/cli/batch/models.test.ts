// JSON models as inputs of the renderer commands: validated first, rendered as their page would be.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseModule } from '@modulemark/extract'
import { describe, expect, it } from 'vitest'
import { run, seedPath, tempTree } from '../helpers.js'

const seed = await readFile(seedPath)
const model = parseModule(seed, { path: 'seed.md' })
const valid = JSON.stringify(model)
/** The model with a number where the schema wants a string or null: the title of the first paragraph's link. */
const link = (model.children[0] as { children: { type: string }[] }).children.findIndex((node) => node.type === 'link')
const pointer = `/children/0/children/${link}/title`
function invalid(): string {
  const broken = JSON.parse(valid) as { children: { children: { title?: unknown }[] }[] }
  broken.children[0].children[link].title = 42
  return JSON.stringify(broken)
}

describe('a JSON model as input', () => {
  for (const command of ['html', 'print', 'md']) {
    it(`${command}: renders as its page does (and from stdin)`, async () => {
      const cwd = await tempTree({ 'seed.md': seed, 'seed.json': valid })
      const fromPage = await run([command, 'seed.md', '--no-cache'], { cwd })
      const fromModel = await run([command, 'seed.json', '--no-cache'], { cwd })
      expect(fromModel).toMatchObject({ code: 0, stderr: '' })
      expect(fromModel.stdout).toBe(fromPage.stdout)
      expect((await run([command, '-', '--no-cache'], { cwd, stdin: valid })).stdout).toBe(fromPage.stdout)
    })
  }

  it('worksheets: x.json → x.worksheets.html, as its page', async () => {
    const cwd = await tempTree({ 'page/seed.md': seed, 'model/seed.json': valid })
    expect((await run(['worksheets', 'page/seed.md', '-o', 'a', '--no-cache'], { cwd })).code).toBe(0)
    expect((await run(['worksheets', 'model/seed.json', '-o', 'b', '--no-cache'], { cwd })).code).toBe(0)
    expect(await readFile(join(cwd, 'b/seed.worksheets.html'), 'utf8')).toBe(await readFile(join(cwd, 'a/seed.worksheets.html'), 'utf8'))
  })

  for (const [command, extension] of [
    ['html', '.html'],
    ['print', '.html'],
    ['worksheets', '.worksheets.html'],
    ['md', '.md']
  ]) {
    it(`${command}: an invalid model exits 1 naming the pointer; the other inputs are written`, async () => {
      const cwd = await tempTree({ 'in/bad.json': invalid(), 'in/good.json': valid, 'in/page.md': seed })
      const result = await run([command, 'in/bad.json', 'in/good.json', 'in/page.md', '-o', 'out', '--no-cache'], { cwd })
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`modulemark: in/bad.json: not a valid modulemark model at ${pointer}: expected string or null, received number`)
      expect(existsSync(join(cwd, `out/good${extension}`))).toBe(true)
      expect(existsSync(join(cwd, `out/page${extension}`))).toBe(true)
      expect(existsSync(join(cwd, `out/bad${extension}`))).toBe(false)
      expect(result.stderr).toMatch(/^3 pages, \d+ warnings?, 1 error, [\d.]+ s$/m)
    })
  }

  it('a .json that is not JSON, and a glob of models', async () => {
    const cwd = await tempTree({ 'm/a.json': valid, 'm/b.json': '{"type": ' })
    const result = await run(['html', 'm/*.json', '-o', 'out', '--no-cache'], { cwd })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('modulemark: m/b.json: not JSON (')
    expect(existsSync(join(cwd, 'out/a.html'))).toBe(true)
  })
})
