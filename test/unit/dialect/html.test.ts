// HTML blocks: comments that hide content, `<details>`, `<center>`, `<script>`
// (FORMAT.md, "What breaks naive pipelines").
import { describe, expect, it } from 'vitest'
import { childTypes, find, findAll, messagesOf, parse, parseFixture, placesOf, squash, toText } from '../helpers/model.js'

describe('HTML comments', () => {
  it('are comment nodes, in place', () => {
    const model = parseFixture('html-comments')
    expect(childTypes(model)).toEqual(['paragraph', 'comment', 'comment', 'comment', 'comment', 'paragraph'])
  })

  it('hide a callout, a table and an iframe: commented-out content is not content', () => {
    const model = parseFixture('html-comments')
    for (const type of ['callout', 'heading', 'table', 'embed', 'element', 'html']) expect(findAll(model, type), type).toEqual([])
    expect(model.worksheets).toEqual([])
    expect(messagesOf(model, 'stray-div-close')).toEqual([])
    expect(toText(model)).not.toContain('Laptop policy')
  })

  it('keep what they hide, for a writer', () => {
    const [callout, table, iframe] = findAll(parseFixture('html-comments'), 'comment').map((c) => c.value)
    expect(callout).toContain('<div class="callout activity" markdown="1">')
    expect(callout).toContain('### [Worksheet #4: Laptop policy]')
    expect(table).toContain('<table class="worksheet">')
    expect(iframe).toContain('https://www.youtube.com/embed/FAKEvid0009')
  })

  it('include the `<! --` typo, with a warning at it', () => {
    const model = parseFixture('html-comments')
    expect(placesOf(model, 'comment-syntax')).toEqual(['20:1'])
    const typo = findAll(model, 'comment')[3]
    expect(typo.value).toContain('TODO: add the hotspot lending video')
    expect(typo.position.start).toEqual({ line: 20, column: 1, offset: 448 })
    expect(toText(model)).not.toContain('TODO')
    expect(toText(model.children[5])).toBe('Hotspots are lent for one week.')
  })
})

describe('`<details>` with a `<summary>`', () => {
  it('is a details node holding its references', () => {
    const details = find(parseFixture('html-blocks'), 'details')
    expect(details.summary).toBe('References')
    const link = find(details, 'link')
    expect(link).toMatchObject({ url: 'https://example.org/teen-spaces', attributes: { target: '_blank' } })
    expect(toText(link)).toBe('Designing Teen Spaces')
    const text = squash(toText(details))
    expect(text).toContain('1: Designing Teen Spaces, by R. Giles.')
    expect(text).toContain('2: Libraries and Youth, by B. Summers.')
  })

  it('keeps no line break as text where its summary was, even when the summary held a block', () => {
    const details = find(parse('<details>\n\t<summary>Reference<p>s</summary>\n<img src="x.png" alt="Logo">\n\t<p>By B. Summers.</p>\n</details>\n'), 'details')
    expect(details.summary).toBe('References')
    expect(childTypes(details)).toEqual(['image', 'paragraph'])
  })
})

describe('`<center>`', () => {
  it('is an element holding the image, Liquid kept in the url', () => {
    const model = parseFixture('html-blocks')
    const center = model.children[0]
    expect(center).toMatchObject({ type: 'element', tagName: 'center' })
    expect(find(center, 'image')).toMatchObject({ url: '{{ site.baseurl }}/img/toolkit-logo.png', alt: 'Toolkit logo' })
  })
})

describe('`<script>`', () => {
  it('stays an html string, never prose', () => {
    const model = parseFixture('html-blocks')
    const scripts = findAll(model, 'html').map((node) => node.value).join('\n')
    expect(scripts).toContain('<script src="https://example.org/quiz.js"></script>')
    expect(scripts).toContain("window.quiz = { module: 'makers' };")
    expect(toText(model)).not.toContain('window.quiz')
    expect(childTypes(model).slice(0, 3)).toEqual(['element', 'paragraph', 'details'])
  })
})

describe('a `markdown` attribute on a start tag too broken to find its end', () => {
  it('is dropped with the content left as HTML, so the next reading agrees', () => {
    const model = parse('<table>\n<tr><th bg<div class="c" markdown="1">color="#85c0fe">Makers</th><td>Teens</td></tr>\n</table>\n')
    const json = JSON.stringify(model)
    expect(json).not.toContain('"markdown"')
    expect(json).not.toContain('"paragraph"')
    expect(squash(toText(model))).toContain('Makers')
  })

  it('is dropped from span HTML in a paragraph, whose content is never read as Markdown', () => {
    const model = parse('Before <span class="note" markdown="1">*kept as text*</span> after.\n')
    expect(JSON.stringify(model)).not.toContain('"markdown"')
    expect(findAll(model, 'element').find((e) => e.tagName === 'span')?.attributes).toEqual({ class: 'note' })
  })
})
