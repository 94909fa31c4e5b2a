import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanPage, run, seedPath, tempTree } from './helpers.js'

const liquidPage = '---\ntitle: Pics\n---\n\n![A nook]({{ site.baseurl }}/img/nook.png)\n'

describe('modulemark html', () => {
  it('one file: a complete page on stdout', async () => {
    const result = await run(['html', seedPath], { cwd: await tempTree() })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('') // the seed's warnings do not fail the run and are not printed
    expect(result.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(result.stdout).toContain('<title>Relationships</title>')
    expect(result.stdout.match(/<div class="colorhighlight color\d">/g)).toHaveLength(3)
    expect(result.stdout).toContain('<a href="" target="_blank" rel="noopener noreferrer">Worksheet #6: Your relationships capacity</a>')
  })

  it('--fragment: the body content only; stdin works', async () => {
    const result = await run(['html', '--fragment', '-'], { cwd: await tempTree(), stdin: cleanPage })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('<h1>Clean</h1>\n<p>Just a paragraph.</p>\n')
  })

  it('--baseurl fills in {{ site.baseurl }}; without it the URL stays site-relative', async () => {
    const cwd = await tempTree({ 'pics.md': liquidPage })
    expect((await run(['html', '--fragment', 'pics.md'], { cwd })).stdout).toContain('<img src="/img/nook.png" alt="A nook">')
    const filled = await run(['html', '--fragment', '--baseurl', 'https://example.org/c/', 'pics.md'], { cwd })
    expect(filled.stdout).toContain('<img src="https://example.org/c/img/nook.png" alt="A nook">')
  })

  it('-o DIR mirrors the input tree as x.html', async () => {
    const cwd = await tempTree({ 'site/a.md': cleanPage, 'site/unit/b.markdown': cleanPage, 'site/old/c.md.old': cleanPage })
    const result = await run(['html', 'site', '-o', 'out'], { cwd })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    const files = (await readdir(join(cwd, 'out'), { recursive: true })).map((f) => f.split('\\').join('/')).sort()
    expect(files).toEqual(['a.html', 'old', 'old/c.md.old.html', 'unit', 'unit/b.html'])
    expect(await readFile(join(cwd, 'out/unit/b.html'), 'utf8')).toContain('<title>Clean</title>')
  })

  it('refuses several inputs without -o, and stdin with -o', async () => {
    const cwd = await tempTree({ 'a.md': cleanPage, 'b.md': cleanPage })
    const several = await run(['html', 'a.md', 'b.md'], { cwd })
    expect(several.code).toBe(2)
    expect(several.stderr).toContain('give -o DIR')
    const stdin = await run(['html', '-', '-o', 'out'], { cwd, stdin: cleanPage })
    expect(stdin.code).toBe(2)
    expect(stdin.stderr).toContain('(stdin) has no file name')
  })

  it('has its own help and is listed in the global help', async () => {
    const cwd = await tempTree()
    const help = await run(['html', '--help'], { cwd })
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: modulemark html <inputs\.\.\.> \[-o DIR\] \[--fragment\] \[--baseurl URL\]/)
    expect((await run(['--help'], { cwd })).stdout).toContain('  html <inputs...>')
  })
})
