// colorhighlight sections: colour token, classes, title (FORMAT.md, "Structures to extract").
import { describe, expect, it } from 'vitest'
import { childTypes, find, findAll, linesOf, messagesOf, parseFixture } from '../helpers/model.js'

describe('colorhighlight sections', () => {
  it('take their title from an h2, h3 or h4 heading, or a bold-only paragraph', () => {
    const model = parseFixture('section-titles')
    expect(childTypes(model)).toEqual(['paragraph', 'section', 'section', 'section', 'section', 'section'])
    const sections = findAll(model, 'section')
    expect(sections.map((s) => s.title)).toEqual([
      'Gotham Public Library',
      'Sunnydale Public Library',
      'Smallville Library',
      'Metropolis Library',
      null // a paragraph that is not only bold text is no title
    ])
    expect(sections.map((s) => s.color)).toEqual(['color1', 'color2', 'color3', 'color1', 'color2'])
    expect(sections[0].classes).toEqual(['colorhighlight', 'color1'])
  })

  it('keep the title block as their first child', () => {
    const sections = findAll(parseFixture('section-titles'), 'section')
    expect(sections.map((s) => s.children[0].type)).toEqual(['heading', 'heading', 'heading', 'paragraph', 'paragraph'])
    expect(sections.slice(0, 3).map((s) => s.children[0].depth)).toEqual([2, 3, 4])
    expect(childTypes(sections[3].children[0])).toEqual(['strong'])
    expect(sections.map((s) => childTypes(s))).toEqual([
      ['heading', 'paragraph'],
      ['heading', 'paragraph'],
      ['heading', 'paragraph'],
      ['paragraph', 'paragraph'],
      ['paragraph']
    ])
  })

  it('leave a section title heading without a worksheet', () => {
    for (const heading of findAll(parseFixture('section-titles'), 'heading')) expect(heading.worksheet).toBeNull()
  })

  it('keep every colour token, never assuming three colours', () => {
    const model = parseFixture('section-colors')
    const sections = findAll(model, 'section')
    expect(sections.map((s) => s.color)).toEqual(['color4', 'color5', 'border3', 'color9', 'color2', null])
    expect(sections.map((s) => s.title)).toEqual([
      'Central City Library',
      'Coast City Library',
      'Keystone Library',
      'Blüdhaven Library',
      null, // an image comes first
      null
    ])
    expect(sections[4].classes.slice().sort()).toEqual(['color2', 'colorhighlight'])
    expect(sections[5].classes).toEqual(['colorhighlight'])
  })

  it('report only an unknown colour, as info', () => {
    const model = parseFixture('section-colors')
    expect(linesOf(model, 'unknown-color')).toEqual([25])
    expect(messagesOf(model, 'unknown-color')[0].severity).toBe('info')
    expect(model.messages.filter((m) => m.severity !== 'info')).toEqual([])
  })

  it('keep properly closed nesting: a videos callout and a section inside a section', () => {
    const model = parseFixture('section-nested')
    expect(childTypes(model)).toEqual(['section', 'paragraph'])
    const outer = model.children[0]
    expect(outer).toMatchObject({ color: 'color1', title: 'Teen Advisory Boards' })
    expect(childTypes(outer)).toEqual(['heading', 'paragraph', 'callout', 'section', 'paragraph'])
    expect(outer.children[2]).toMatchObject({ kind: 'videos', title: null })
    expect(find(outer.children[2], 'embed')).toMatchObject({ provider: 'youtube', duration: '4:05', seconds: 245 })
    expect(outer.children[3]).toMatchObject({ color: 'border3', title: 'Tip' })
    expect(messagesOf(model, 'unclosed-div')).toEqual([])
    expect(messagesOf(model, 'stray-div-close')).toEqual([])
  })
})
