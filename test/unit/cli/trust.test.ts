// `--trust` on every HTML-making command, and `iframeHosts` from the config: sanitized unless asked otherwise.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run, tempTree } from './helpers.js'

const worksheet = `---
title: Trusted
---

<div class="callout activity" markdown="1">

### Worksheet #1: Frames

<iframe src="https://docs.google.com/presentation/d/1/embed" title="Slides"></iframe>

<object data="https://example.org/x.swf"></object>

<script>window.quiz = 1</script>

</div>
`

describe('--trust', () => {
  it('html: sanitized by default, the page as written (its scripts too) with --trust', async () => {
    const cwd = await tempTree({ 'page.md': worksheet })
    const safe = await run(['html', 'page.md'], { cwd })
    expect(safe.code).toBe(0)
    expect(safe.stdout).not.toMatch(/<script|<object|<iframe/)
    expect(safe.stdout).toContain('<a href="https://docs.google.com/presentation/d/1/embed">Slides: https://docs.google.com/presentation/d/1/embed</a>')
    const trusted = await run(['html', 'page.md', '--trust'], { cwd })
    expect(trusted.stdout).toContain('<script>window.quiz = 1</script>')
    expect(trusted.stdout).toContain('<object data="https://example.org/x.swf"></object>')
  })

  it('html: keeps iframes from the hosts in the config\'s iframeHosts', async () => {
    const cwd = await tempTree({ 'page.md': worksheet, 'modulemark.config.json': JSON.stringify({ iframeHosts: ['docs.google.com'] }) })
    const result = await run(['html', 'page.md'], { cwd })
    expect(result.stdout).toContain('<iframe src="https://docs.google.com/presentation/d/1/embed" title="Slides"></iframe>')
  })

  it('print and worksheets take --trust: not sanitized, yet never a script', async () => {
    const cwd = await tempTree({ 'page.md': worksheet })
    const print = await run(['print', 'page.md', '--trust'], { cwd })
    expect(print.code).toBe(0)
    expect(print.stdout).not.toContain('<script>window')
    for (const trust of [[], ['--trust']]) {
      const result = await run(['worksheets', 'page.md', '-o', 'out', ...trust], { cwd })
      expect(result.code, result.stderr).toBe(0)
      const html = readFileSync(join(cwd, 'out/page.worksheets.html'), 'utf8')
      expect(html.includes('<object'), trust.join(' ') || 'no flag').toBe(trust.length > 0)
      expect(html).not.toContain('<script>window')
    }
  })

  it('is in the help of html, print, pdf, worksheets and workbook', async () => {
    const cwd = await tempTree()
    for (const command of ['html', 'print', 'pdf', 'worksheets', 'workbook']) {
      expect((await run([command, '--help'], { cwd })).stdout, command).toMatch(/--trust\s+render the page as written/)
    }
  })
})
