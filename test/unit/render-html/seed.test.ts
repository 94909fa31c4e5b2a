// The seed as the course meant it: kramdown nested the sections and printed `</div>`; we do not.
import { describe, expect, it } from 'vitest'
import { classes, render, seed, text, within } from './helpers.js'

const page = render(seed())

describe('seed: examples/relationships.md as web HTML', () => {
  it('is one document in English, titled, with one h1', () => {
    expect(page.html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(text(page.one('title'))).toBe('Relationships')
    expect(page.all('h1').map(text)).toEqual(['Relationships'])
    expect(page.all('meta[charset=utf-8]')).toHaveLength(1)
    expect(page.all('head > style')).toHaveLength(1)
  })

  it('has three sibling sections in source order and no `</div>` as text', () => {
    const sections = page.all('main > div.colorhighlight')
    expect(sections.map(classes)).toEqual([
      ['colorhighlight', 'color1'],
      ['colorhighlight', 'color2'],
      ['colorhighlight', 'color3']
    ])
    expect(sections.map((section) => text(within(section, ':scope > h2, :scope > h3')[0]))).toEqual([
      'Gotham Public Library',
      'Sunnydale Public Library',
      'Smallville Library'
    ])
    expect(page.all('div.colorhighlight div.colorhighlight')).toHaveLength(0)
    expect(text(page.tree)).not.toContain('</div>')
    expect(text(page.tree)).not.toContain('<div')
  })

  it('gives each section one worksheet table of three columns with header scopes', () => {
    for (const section of page.all('main > div.colorhighlight')) {
      const tables = within(section, ':scope > table.worksheet')
      expect(tables).toHaveLength(1)
      const headers = within(tables[0], 'thead > tr > th')
      expect(headers.map(text)).toEqual(['Relationship', 'Strengths', 'Weaknesses'])
      expect(headers.map((th) => th.properties.scope)).toEqual(['col', 'col', 'col'])
      expect(within(tables[0], 'tbody > tr').every((tr) => within(tr, ':scope > td').length === 3)).toBe(true)
    }
  })

  it('keeps the line break inside a cell', () => {
    const cell = page.all('td').find((td) => text(td).startsWith('Owns a building'))!
    expect(cell.children.some((c) => c.type === 'element' && c.tagName === 'br')).toBe(true)
  })

  it('shows the activity callout with its worksheet link and target', () => {
    const callout = page.one('div.callout.activity')
    expect(classes(callout)).toEqual(['callout', 'activity'])
    const link = page.one('div.callout.activity h3 > a')
    expect(text(link)).toBe('Worksheet #6: Your relationships capacity')
    expect(link.properties.target).toBe('_blank')
    expect(text(callout)).toContain('Instructions')
  })

  it('ends with the list of four questions after the callout', () => {
    const items = page.all('main > ul > li')
    expect(items).toHaveLength(4)
    expect(items.every((li) => text(li).endsWith('?'))).toBe(true)
    const order = page.all('main > *').map((el) => el.tagName + (classes(el).length ? `.${classes(el).join('.')}` : ''))
    expect(order).toEqual(['h1', 'p', 'div.colorhighlight.color1', 'div.colorhighlight.color2', 'div.colorhighlight.color3', 'div.callout.activity', 'p', 'ul'])
  })
})
