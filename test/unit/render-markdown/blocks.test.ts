// How modulemark's own blocks are written: struct divs around Markdown, HTML for the rest.
import { toMarkdown } from '@modulemark/render-markdown'
import { describe, expect, it } from 'vitest'
import { model, stable, write } from './helpers.js'

describe('front matter', () => {
  it('is YAML with the keys in their order, and absent when there are none', async () => {
    const { toMarkdown } = await import('@modulemark/render-markdown')
    const { parseModule } = await import('@modulemark/extract')
    expect(toMarkdown(parseModule('---\ntitle: Spaces  \ntags: [sectionHead]\npublished: false\n---\nHi\n'))).toBe(
      '---\ntitle: Spaces\ntags:\n  - sectionHead\npublished: false\n---\n\nHi\n'
    )
    expect(toMarkdown(parseModule('---\n---\nHi\n'))).toBe('Hi\n')
  })
})

describe('sections and callouts', () => {
  it('are divs with their classes in order and markdown="1", their content Markdown', () => {
    const page = '<div class="colorhighlight color2" markdown="1">\n### Gotham\nText *a*.\n<div class="activity callout" markdown="1">\n**Try it**\n</div>\n</div>'
    expect(write(page)).toBe(
      '<div class="colorhighlight color2" markdown="1">\n\n### Gotham\n\nText *a*.\n\n<div class="activity callout" markdown="1">\n\n**Try it**\n\n</div>\n\n</div>\n'
    )
    expect(stable(page)).toEqual({ same: true, idempotent: true })
  })

  it('keep the token that gives a kind or colour when a model lacks it', async () => {
    const { toMarkdown } = await import('@modulemark/render-markdown')
    const { parseModule } = await import('@modulemark/extract')
    const model = parseModule('<div class="callout" markdown="1">\nx\n</div>')
    const callout = model.children[0] as Extract<(typeof model.children)[number], { type: 'callout' }>
    callout.kind = 'videos'
    expect(toMarkdown(model)).toContain('<div class="callout videos" markdown="1">')
  })
})

describe('HTML blocks', () => {
  it('writes an embed as an iframe and its duration as a videotime div', () => {
    const page = '<iframe src="https://www.youtube.com/embed/x" title="Intro" width="560" allowfullscreen></iframe>\n<div class="videotime">7:51</div>'
    expect(write(page)).toBe('<iframe src="https://www.youtube.com/embed/x" title="Intro" width="560" allowfullscreen></iframe>\n<div class="videotime">7:51</div>\n')
    expect(stable(page)).toEqual({ same: true, idempotent: true })
  })

  it('writes details with their summary, content as HTML', () => {
    const page = '<details>\n<summary>References</summary>\n1: <a href="u" target="_blank">A</a>.\n</details>'
    expect(write(page)).toBe('<details><summary>References</summary>\n1: <a href="u" target="_blank">A</a>.\n</details>\n')
    expect(stable(page)).toEqual({ same: true, idempotent: true })
  })

  it('keeps comments, Liquid and scripts verbatim', () => {
    const page = '<!-- hidden -->\n\n{% include nav.html %}\n\n<script src="x.js"></script>'
    expect(write(page)).toBe('<!-- hidden -->\n\n{% include nav.html %}\n\n<script src="x.js"></script>\n')
    expect(stable(page)).toEqual({ same: true, idempotent: true })
  })

  it('writes a list of a valid model that holds more than items (a tool wrote it) as HTML, also in an item after a paragraph', () => {
    const at = model('x\n').children[0].position
    const text = (value: string) => ({ type: 'text' as const, value, position: at })
    const paragraph = (value: string) => ({ type: 'paragraph' as const, children: [text(value)], position: at })
    const item = (children: unknown[]) => ({ type: 'listItem' as const, spread: false, checked: null, position: at, children: children as never })
    const list = (children: unknown[]) => ({ type: 'list' as const, ordered: false, start: null, spread: false, position: at, children: children as never })
    const written = toMarkdown({ ...model('x\n'), children: [list([item([paragraph('p'), list([text('loose'), item([paragraph('b')])])])])] }, { frontMatter: false })
    expect(written).toBe('<ul>\n<li>p<ul>loose<li>b</li>\n</ul></li>\n</ul>\n')
  })

  it('keeps {% highlight %} code as the lines between its tags', () => {
    const page = '{% highlight ruby %}\nputs 1\n{% endhighlight %}'
    expect(write(page)).toBe('{% highlight ruby %}\nputs 1\n{% endhighlight %}\n')
    expect(stable(page)).toEqual({ same: true, idempotent: true })
  })
})

describe('tables', () => {
  it('are HTML, cells with their attributes, spans and HTML content', () => {
    const page = '<table class="worksheet"><tr><th colspan="2">H</th></tr><tr><td rowspan="2" bgcolor="#fff">a<br>b</td><td><p>x</p><p>y</p></td></tr><tr><td><ul><li>z</li></ul></td></tr></table>'
    expect(write(page)).toBe(
      '<table class="worksheet">\n<tr>\n<th colspan="2">H</th>\n</tr>\n<tr>\n<td bgcolor="#fff" rowspan="2">a<br>b</td>\n<td><p>x</p><p>y</p></td>\n</tr>\n<tr>\n<td><ul>\n<li>z</li>\n</ul></td>\n</tr>\n</table>\n'
    )
    expect(stable(page)).toEqual({ same: true, idempotent: true })
  })

  it('write cell text as HTML: Markdown there would stay text', () => {
    expect(write('<table><tr><td>*not emphasis* & <b>bold</b></td></tr></table>')).toContain('<td>*not emphasis* &amp; <strong>bold</strong></td>')
  })

  it('put a header row with a data cell in a thead, so it stays the header', () => {
    const page = '<table><thead><tr><td>Day</td><th>Plan</th></tr></thead><tr><td>Mon</td><td></td></tr></table>'
    expect(write(page)).toContain('<thead>')
    expect(stable(page)).toEqual({ same: true, idempotent: true })
  })

  it('keep text that stood between rows in front of the table, where the parser put it', () => {
    const page = '<div class="colorhighlight color1" markdown="1">\n\n<table>\nAsk first.\n<tr><th>A</th></tr><tr><td></td></tr></table>\n\n</div>'
    expect(write(page)).toContain('<table>\nAsk first.\n<tr>')
    expect(stable(page)).toEqual({ same: true, idempotent: true })
  })

  it('close the seed’s unclosed <th>', () => {
    expect(write('<table class="worksheet">\n<tr>\n<th>Relationship<th>\n<th>Strengths</th>\n</tr>\n</table>')).toBe(
      '<table class="worksheet">\n<tr>\n<th>Relationship</th>\n<th>Strengths</th>\n</tr>\n</table>\n'
    )
  })
})
