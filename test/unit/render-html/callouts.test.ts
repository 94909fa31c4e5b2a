import { describe, expect, it } from 'vitest'
import { classes, fixture, render, text, within } from './helpers.js'

describe('callouts and sections as web HTML', () => {
  it('renders each callout kind as div.callout.KIND with its content', () => {
    const page = render(fixture('callout-kinds'))
    expect(page.all('div.callout').map(classes)).toEqual([
      ['callout', 'objectives'],
      ['callout', 'info'],
      ['callout', 'videos'],
      ['callout', 'case_study'],
      ['callout', 'activity']
    ])
    expect(within(page.one('div.callout.objectives'), 'li').map(text)).toEqual(['Describe a makerspace', 'Plan a first maker event'])
    expect(within(page.one('div.callout.videos'), 'iframe')).toHaveLength(1)
    expect(text(within(page.one('div.callout.videos'), '.videotime')[0])).toBe('3:10')
  })

  it('keeps every section colour token, known or not', () => {
    const page = render(fixture('section-colors'), { fragment: true })
    expect(page.all('div.colorhighlight').map(classes)).toEqual([
      ['colorhighlight', 'color4'],
      ['colorhighlight', 'color5'],
      ['colorhighlight', 'border3'],
      ['colorhighlight', 'color9'],
      ['color2', 'colorhighlight'],
      ['colorhighlight']
    ])
  })

  it('closes an unclosed div at the end of the page, the callout inside the section', () => {
    const page = render(fixture('div-unclosed-page-end'), { fragment: true })
    const [section] = page.all('div.colorhighlight.color3')
    expect(within(section, ':scope > *').map((el) => el.tagName + classes(el).map((c) => `.${c}`).join(''))).toEqual([
      'p',
      'p',
      'div.callout.info',
      'p'
    ])
  })

  it('styles the course look in the default stylesheet', () => {
    const css = text(render(fixture('callout-kinds')).one('style'))
    for (const rule of [
      '.colorhighlight.color1 { border-left-color: #76beb7; }',
      '.colorhighlight.color2 { border-left-color: lightpink; }',
      '.colorhighlight.color3 { border-left-color: #FCE694; }',
      'border-left: 25px solid',
      '.callout.activity { background: #fffd86; border-left: 10px solid #faf304; }',
      'background: #F3F3FC;',
      '.callout.objectives { background: #85c0fe; }',
      '.callout.info { border: 2px solid #3d244e; }',
      'aspect-ratio: 16 / 9;'
    ]) {
      expect(css).toContain(rule)
    }
  })
})
