// Every renderer is safe by default, keeps its own document shell, and renders as written with `trust`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ModuleRoot, Node } from '@modulemark/model'
import { toHast, toHtml, toPrintDocument, toPrintHtml, toWorkbook, toWorksheets } from '@modulemark/render-html'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { describe, expect, it } from 'vitest'
import { page } from './handouts-helpers.js'
import { el, fragment, link, raw, t } from './safety-helpers.js'
import { fixture } from './helpers.js'

// One of each kind of vector; the worksheet puts them in a handout's instructions too.
const hostile = `---
title: Hostile
---

<div class="callout activity" markdown="1">

### Worksheet #1: Vectors

<img src="x.png" onerror="alert('img')">

<iframe srcdoc="<script>alert('srcdoc')</script>" title="frame"></iframe>

<a href="javascript:alert('link')">link</a> and [markdown](javascript:alert('md')) and [tab](https://example.org){:target="_blank"}

<object data="data:text/html,<script>alert('object')</script>"></object>

<script>alert('script')</script>

</div>
`

const unsafe = /<script|onerror=|srcdoc=|javascript:|<object|href="data:/i

describe('safe by default', () => {
  it('toHtml, toPrintHtml, toWorksheets and toWorkbook leave every vector out', () => {
    const model = page(hostile)
    const outputs = {
      html: toHtml(model),
      print: toPrintHtml(model),
      worksheets: toWorksheets(model),
      workbook: toWorkbook([model], { module: { name: 'm' } }).html
    }
    for (const [name, html] of Object.entries(outputs)) {
      expect(html, name).not.toMatch(unsafe)
      expect(html, name).toContain('noopener noreferrer')
    }
  })

  it('sanitizes only the content: each document keeps its own stylesheet, head and shell', () => {
    const model = page(hostile)
    expect(toHtml(model)).toMatch(/<style>\n[^<]*\.colorhighlight[^<]*<\/style>/)
    expect(toHtml(model)).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(toPrintHtml(model)).toContain('<meta http-equiv="Content-Security-Policy"')
    expect(toPrintHtml(model)).toMatch(/<style>@page/)
    expect(toWorksheets(model)).toMatch(/<section class="handout" id="worksheet-1" aria-label="Worksheet #1: Vectors">/)
  })

  it('keeps what print builds itself: QR codes, link notes, inlined images', () => {
    const html = toPrintHtml(fixture('embeds'))
    expect(html).toMatch(/<svg class="print-qr" viewBox="[^"]+" role="img" aria-label="QR code for https:[^"]+" shape-rendering="crispEdges"><rect [^>]+><\/rect><path d="M/)
    expect(html).toContain('<section class="print-links">')
    expect(html).toContain('<sup class="print-ref">1</sup>')
    const dir = mkdtempSync(join(tmpdir(), 'modulemark-safety-'))
    try {
      mkdirSync(join(dir, 'img'))
      writeFileSync(join(dir, 'img', 'x.png'), Buffer.from('89504e470d0a1a0a', 'hex'))
      const { html: inlined } = toPrintDocument(page('![A picture](/img/x.png)\n'), { assets: dir })
      expect(inlined).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="A picture">')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('is deterministic', () => {
    expect(toHtml(page(hostile))).toBe(toHtml(page(hostile)))
    expect(toPrintHtml(page(hostile))).toBe(toPrintHtml(page(hostile)))
  })
})

describe('trust', () => {
  const nodes: Node[] = [raw('<script>alert(1)</script>'), el('img', { src: 'x', onerror: 'alert(2)' }), link('javascript:alert(3)'), el('iframe', { srcdoc: '<b>x</b>' }), el('span', { class: 'btn', 'data-x': '1' }, [t('x')])]

  it('keeps scripts, handlers, `javascript:` URLs and any attribute or class: the model as written', () => {
    expect(fragment(nodes, { trust: true })).toBe(
      '<script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">go</a><iframe srcdoc="<b>x</b>"></iframe><span class="btn" data-x="1">x</span>'
    )
  })

  it('is what `scripts: true` asks for too, unless `trust: false` says otherwise', () => {
    expect(fragment(nodes, { scripts: true })).toBe(fragment(nodes, { trust: true }))
    expect(fragment(nodes, { scripts: true, trust: false })).toBe(fragment(nodes))
    // Trusted without scripts: the old default, handlers and scripts out, the rest as written.
    expect(fragment(nodes, { trust: true, scripts: false })).toBe('<img src="x"><a>go</a><iframe srcdoc="<b>x</b>"></iframe><span class="btn" data-x="1">x</span>')
  })

  it('leaves `toHast` unsanitized', () => {
    expect(toHast(nodes, { trust: true }).children.filter((node) => node.type === 'element')).toHaveLength(4)
    expect(toHast(nodes).children.filter((node) => node.type === 'element').map((node) => (node.type === 'element' ? node.tagName : ''))).toEqual(['img', 'a', 'span'])
  })

  it('never keeps scripts in print or handouts, trusted or not', () => {
    const model: ModuleRoot = page(hostile)
    for (const html of [toPrintHtml(model, { trust: true }), toWorksheets(model, { trust: true })]) {
      const tree = fromHtml(html)
      expect(selectAll('script', tree)).toEqual([])
      expect(selectAll('[onerror], [href^="javascript:"]', tree)).toEqual([])
    }
    // What the sanitizer alone takes out stays in a trusted handout.
    expect(toWorksheets(model, { trust: true })).toContain('<object')
  })

  it('keeps any iframe when trusted, whatever `iframeHosts` says', () => {
    const frame = el('iframe', { src: 'https://evil.example/x' })
    expect(fragment([frame], { trust: true, iframeHosts: [] })).toBe('<iframe src="https://evil.example/x"></iframe>')
    expect(fragment([frame])).toBe('<a href="https://evil.example/x">https://evil.example/x</a>')
  })
})
