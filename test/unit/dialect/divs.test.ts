// kramdown HTML blocks: Markdown under `<div markdown="1">`, unbalanced divs,
// and the `markdown` attribute as really typed (FORMAT.md, "What breaks naive pipelines").
import { describe, expect, it } from 'vitest'
import { allNodes, childTypes, find, findAll, linesOf, messagesOf, parse, parseFixture, placesOf, toText } from '../helpers/model.js'

describe('Markdown directly under an opening div, with no blank line', () => {
  it('is parsed as Markdown: heading, list and link', () => {
    const model = parseFixture('div-no-blank-line')
    expect(childTypes(model)).toEqual(['callout', 'section', 'callout'])
    const [objectives, section, info] = model.children
    expect(objectives).toMatchObject({ kind: 'objectives', title: 'In this section you will' })
    expect(childTypes(objectives)).toEqual(['heading', 'list'])
    expect(objectives.children[1].children).toHaveLength(2)
    expect(find(objectives, 'link')).toMatchObject({ url: 'https://example.org/calendars', attributes: { target: '_blank' } })
    expect(section).toMatchObject({ color: 'color2', title: 'Smallville Library' })
    expect(childTypes(section)).toEqual(['heading', 'paragraph'])
    expect(find(section, 'emphasis')).toBeDefined()
    expect(info).toMatchObject({ kind: 'info', title: 'Good to know' })
  })

  it('leaves no raw HTML behind', () => {
    const model = parseFixture('div-no-blank-line')
    expect(findAll(model, 'html')).toEqual([])
    expect(findAll(model, 'element')).toEqual([])
    expect(model.messages).toEqual([])
  })
})

describe('a struct div that is never closed', () => {
  it('ends where the next div of the same family opens', () => {
    const model = parseFixture('div-unclosed-same-family')
    expect(childTypes(model)).toEqual(['paragraph', 'section', 'section', 'paragraph'])
    const [, gotham, sunnydale] = model.children
    expect(gotham.title).toBe('Gotham Public Library')
    expect(childTypes(gotham)).toEqual(['heading', 'paragraph'])
    expect(gotham.position.end.offset).toBeLessThanOrEqual(sunnydale.position.start.offset)
    expect(sunnydale.title).toBe('Sunnydale Public Library')
    expect(placesOf(model, 'unclosed-div')).toEqual(['3:1'])
  })

  it('ends before the next heading of the same or a higher level', () => {
    const model = parseFixture('div-unclosed-heading')
    expect(childTypes(model)).toEqual(['heading', 'callout', 'heading', 'paragraph'])
    const callout = model.children[1]
    expect(callout).toMatchObject({ kind: 'activity', title: 'Find a mentor' })
    // The deeper `#### Tips` stays inside.
    expect(childTypes(callout)).toEqual(['heading', 'paragraph', 'heading', 'paragraph'])
    expect(placesOf(model, 'unclosed-div')).toEqual(['3:1'])
  })

  it('ends at the end of the page, keeping a properly closed callout inside', () => {
    const model = parseFixture('div-unclosed-page-end')
    expect(childTypes(model)).toEqual(['section'])
    const section = model.children[0]
    expect(section).toMatchObject({ color: 'color3', title: 'Smallville Library' })
    expect(childTypes(section)).toEqual(['paragraph', 'paragraph', 'callout', 'paragraph'])
    expect(toText(section.children[3])).toBe('Return them within a week.')
    expect(placesOf(model, 'unclosed-div')).toEqual(['1:1'])
  })
})

describe('a stray `</div>`', () => {
  it('is dropped with a warning at the tag, and shows no text', () => {
    const model = parseFixture('div-stray-close')
    expect(childTypes(model)).toEqual(['callout', 'paragraph'])
    expect(toText(model.children[1])).toBe('Cards are free.')
    expect(placesOf(model, 'stray-div-close')).toEqual(['8:1', '12:3'])
    expect(allNodes(model).some((node) => String(node.value ?? '').includes('</div>'))).toBe(false)
  })
})

describe('markup inside an attribute value of an HTML block', () => {
  it('neither opens a comment nor counts as a div, so the callout closes where it says', () => {
    const page = '<div class="callout info" markdown="1">\n\n<ul>\n<li><a href="https://example.<! --org" title="<div>">Calendars</a></li>\n</ul>\n\n</div>\n\nAfter the callout.\n'
    const model = parse(page)
    expect(childTypes(model)).toEqual(['callout', 'paragraph'])
    expect(find(model, 'link')).toMatchObject({ url: 'https://example.<! --org', title: '<div>' })
    expect(messagesOf(model)).toEqual([])
  })
})

describe('a `</div>` at the end of a text line', () => {
  it('closes the div, with a warning at the tag', () => {
    const model = parseFixture('div-close-in-text')
    expect(childTypes(model)).toEqual(['callout', 'heading', 'paragraph'])
    const callout = model.children[0]
    expect(childTypes(callout)).toEqual(['heading', 'paragraph'])
    expect(toText(callout.children[1])).toBe('Some libraries lend fishing rods.')
    expect(placesOf(model, 'div-close-in-text')).toEqual(['5:34'])
    expect(messagesOf(model, 'unclosed-div')).toEqual([])
  })
})

describe('the markdown attribute', () => {
  it('is read as Markdown whatever the author typed', () => {
    const model = parseFixture('div-markdown-attribute')
    const callouts = findAll(model, 'callout')
    expect(callouts.map((c) => [c.kind, c.title])).toEqual([
      ['info', 'Checkout limits'],
      ['info', 'Late fees'],
      ['info', 'Holds'],
      ['info', 'Renewals']
    ])
    expect(callouts.map((c) => childTypes(c))).toEqual([
      ['heading', 'paragraph'],
      ['heading', 'paragraph'],
      ['heading', 'list'],
      ['heading', 'paragraph']
    ])
    expect(toText(find(callouts[0], 'emphasis'))).toBe('ten')
    expect(toText(find(callouts[1], 'strong'))).toBe('no')
    expect(find(callouts[3], 'link').url).toBe('https://example.org/renew')
  })

  it('warns when it is `"2"`, misspelt or missing', () => {
    const model = parseFixture('div-markdown-attribute')
    expect(linesOf(model, 'markdown-attribute').slice(0, 3)).toEqual([1, 6, 11])
  })

  it('warns at a smart quote in its value', () => {
    expect(placesOf(parseFixture('div-markdown-attribute'), 'smart-quotes-in-markup')).toContain('17:36')
  })
})
