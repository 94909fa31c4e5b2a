import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanPage, run, seedPath, tempTree } from './helpers.js'

const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
const picsPage = '---\ntitle: Pics\n---\n\n![A nook]({{ site.baseurl }}/img/nook.png)\n\n![A missing chart](/img/chart.png)\n'

describe('modulemark print', () => {
  it('one file: a self-contained Letter document on stdout', async () => {
    const result = await run(['print', seedPath], { cwd: await tempTree() })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(result.stdout).toContain('size: letter;')
    expect(result.stdout).not.toMatch(/<script/i)
  })

  it('--page-size a4, and a size it does not know is a usage error', async () => {
    const cwd = await tempTree()
    expect((await run(['print', '--page-size', 'A4', seedPath], { cwd })).stdout).toContain('size: A4;')
    const bad = await run(['print', '--page-size', 'legal', seedPath], { cwd })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("option '--page-size' must be one of letter, a4 (got 'legal')")
  })

  it('--assets inlines images; a missing one is a warning on stderr and its alt text in a box', async () => {
    const cwd = await tempTree({ 'pics.md': picsPage, 'site/img/nook.png': png })
    const result = await run(['print', 'pics.md', '--assets', 'site'], { cwd })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`<img src="data:image/png;base64,${png.toString('base64')}" alt="A nook">`)
    expect(result.stdout).toContain('<span class="print-missing-image" role="img" aria-label="A missing chart">A missing chart</span>')
    expect(result.stderr).toBe(
      'pics.md:7:1 warning The image /img/chart.png was not found in the assets folder (looked for img/chart.png): its alt text is printed instead print-image-missing\n'
    )
  })

  it('--assets must name a folder', async () => {
    const result = await run(['print', seedPath, '--assets', 'nowhere'], { cwd: await tempTree() })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("option '--assets' names no folder: nowhere")
  })

  it('takes pageSize and assets from modulemark.config.json; flags win', async () => {
    const config = JSON.stringify({ pageSize: 'a4', assets: 'site' })
    const cwd = await tempTree({ 'modulemark.config.json': config, 'pics.md': picsPage, 'site/img/nook.png': png })
    const result = await run(['print', 'pics.md'], { cwd })
    expect(result.stdout).toContain('size: A4;')
    expect(result.stdout).toContain('data:image/png;base64,')
    expect((await run(['print', 'pics.md', '--page-size', 'letter'], { cwd })).stdout).toContain('size: letter;')
  })

  it('-o DIR mirrors the inputs as x.html', async () => {
    const cwd = await tempTree({ 'site/a.md': cleanPage, 'site/unit/b.markdown': cleanPage })
    const result = await run(['print', 'site', '-o', 'out'], { cwd })
    expect(result.code).toBe(0)
    const files = (await readdir(join(cwd, 'out'), { recursive: true })).map((f) => f.split('\\').join('/')).sort()
    expect(files).toEqual(['a.html', 'unit', 'unit/b.html'])
    expect(await readFile(join(cwd, 'out/a.html'), 'utf8')).toContain('@top-center { content: "Clean";')
  })

  it('several inputs need -o', async () => {
    const cwd = await tempTree({ 'a.md': cleanPage, 'b.md': cleanPage })
    const result = await run(['print', 'a.md', 'b.md'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('give -o DIR')
  })
})

describe('modulemark pdf without a browser', () => {
  it('says how to get Chromium, exits 2 and writes nothing', async () => {
    const cwd = await tempTree({ 'page.md': cleanPage })
    const result = await run(['pdf', 'page.md', '-o', 'out', '--chromium', join(cwd, 'no-chromium')], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^modulemark: Chromium was not found at .*no-chromium; PDF output needs it\. Install it with `apt-get install chromium`/)
    expect(existsSync(join(cwd, 'out'))).toBe(false)
    expect(existsSync(join(cwd, 'page.pdf'))).toBe(false)
  })

  it('refuses stdin, which has no name for its PDF', async () => {
    const result = await run(['pdf', '-'], { cwd: await tempTree(), stdin: cleanPage })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("'-' (stdin) has no file name for its PDF")
  })

  it('has help', async () => {
    const result = await run(['pdf', '--help'], { cwd: await tempTree() })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: modulemark pdf <inputs...>')
    expect((await run(['help', 'print'], { cwd: await tempTree() })).stdout).toContain('Usage: modulemark print <inputs...>')
  })
})
