// Prose as kramdown reads it: headings without a space, IALs, raw links and images,
// and `[text] (url)` that is no link (FORMAT.md, "What breaks naive pipelines").
import { describe, expect, it } from 'vitest'
import { allNodes, childTypes, find, findAll, parse, parseFixture, placesOf, squash, toText } from '../helpers/model.js'

describe('a heading without a space after its `#`s', () => {
  it('is a heading, with a warning at its first `#`', () => {
    const model = parseFixture('heading-no-space')
    const headings = findAll(model, 'heading')
    expect(headings.map((h) => [h.depth, toText(h)])).toEqual([
      [3, 'Getting started'],
      [2, 'Worksheet #1: First steps'],
      [4, 'Tips from teens']
    ])
    expect(placesOf(model, 'heading-without-space')).toEqual(['1:1', '6:1', '12:3'])
    expect(headings[0].position.start).toEqual({ line: 1, column: 1, offset: 0 })
  })

  it('still names a worksheet in a callout', () => {
    const callout = find(parseFixture('heading-no-space'), 'callout')
    expect(callout.title).toBe('Worksheet #1: First steps')
    expect(callout.worksheet).toMatchObject({ label: 'Worksheet', number: 1, title: 'First steps', target: '_blank', role: 'worksheet' })
  })
})

describe('IALs', () => {
  it('are attributes of the link they follow, not text', () => {
    const model = parseFixture('ial')
    const links = findAll(model, 'link')
    expect(links.map((l) => [l.url, l.attributes])).toEqual([
      ['https://example.org/guide', { target: '_blank' }],
      ['https://example.org/welcome', { target: '_blank' }],
      ['https://example.org/checklist', { target: '_blank' }]
    ])
    expect(childTypes(model.children[0])).toEqual(['text', 'link', 'text'])
    expect(toText(model.children[0])).toBe('Read the teen services guide before you start.')
    expect(allNodes(model).some((node) => node.type === 'text' && node.value.includes('{:'))).toBe(false)
  })

  it('are read with smart quotes, with a warning at the first smart quote', () => {
    const places = placesOf(parseFixture('ial'), 'smart-quotes-in-markup')
    expect(places).toContain('3:69') // {:target=“_blank”}
    expect(places).toContain('5:56') // {:target=”_blank”}
  })

  it('that are no IAL where they stand are kept as written: in code, URLs, titles, alt text and raw HTML', () => {
    const model = parse('```\ncode {: .note} here\n```\n\n![a {: .x} b](<u{:y}v> "t{:z}") [l {:q}](<u{:w}> "ti{:e}") <span title="{:k}">s</span>\n')
    expect(find(model, 'code').value).toBe('code {: .note} here')
    expect(find(model, 'image')).toMatchObject({ alt: 'a {: .x} b', url: 'u{:y}v', title: 't{:z}' })
    expect(find(model, 'link')).toMatchObject({ url: 'u{:w}', title: 'ti{:e}', children: [{ type: 'text', value: 'l {:q}' }] })
    expect(findAll(model, 'element').find((e) => e.tagName === 'span')?.attributes).toEqual({ title: '{:k}' })
  })

  it('apply inside a link that directly follows a link with an IAL', () => {
    const model = parse('[W](h){:target="_blank"}[a ![T](x.png){:width="400"} b](mailto:t)\n')
    expect(findAll(model, 'link').map((l) => l.attributes)).toEqual([{ target: '_blank' }, {}])
    expect(find(model, 'image').attributes).toEqual({ width: '400' })
    expect(toText(model)).toBe('Wa  b')
  })

  it('are attributes of the image they follow', () => {
    const image = find(parseFixture('ial'), 'image')
    expect(image).toMatchObject({ url: '/img/printer.png', alt: 'Teens at a 3D printer', attributes: { width: '320' } })
  })

  it('on the line after a heading are attributes of that heading', () => {
    const model = parseFixture('ial')
    const heading = find(model, 'heading')
    expect(heading).toMatchObject({ depth: 2, attributes: { id: 'partners' } })
    expect(toText(heading)).toBe('Our partners')
    expect(childTypes(model)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph'])
  })
})

describe('raw HTML links and images', () => {
  it('`<a>` is a link whose attributes keep target', () => {
    const model = parseFixture('links')
    const [parks, desk] = findAll(model, 'link')
    expect(parks).toMatchObject({ url: 'https://example.org/parks', attributes: { target: '_blank' } })
    expect(toText(parks)).toBe('parks department')
    expect(squash(toText(model.children[0]))).toBe('Our partners at the parks department host field trips.')
    expect(desk.url).toBe('mailto:teens@example.org')
    expect(desk.attributes.target).toBeUndefined()
  })

  it('`<img>` is an image, Liquid staying in its url', () => {
    const image = find(parseFixture('links'), 'image')
    expect(image).toMatchObject({
      url: '{{ site.baseurl }}/img/field-trip.png',
      alt: 'Teens on a field trip',
      attributes: { width: '400' }
    })
  })
})

describe('`[text] (url)` with a space', () => {
  it('is no link: kramdown keeps the brackets as text', () => {
    const paragraph = parseFixture('links').children[1]
    expect(findAll(paragraph, 'link')).toEqual([])
    expect(toText(paragraph)).toBe('See [Teen Tech Week] (ttw.html) for more ideas.')
  })
})
