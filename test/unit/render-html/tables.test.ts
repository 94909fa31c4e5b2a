import { describe, expect, it } from 'vitest'
import { classes, fixture, render, text, within } from './helpers.js'

describe('table-kinds.md as web HTML', () => {
  const page = () => render(fixture('table-kinds'), { fragment: true })

  it('keeps every table class', () => {
    expect(page().all('table').map(classes)).toEqual([['updatedcolor'], ['worksheet-noborder'], ['colorful'], []])
  })

  it('marks row headers of a table without columns with scope=row, attributes kept', () => {
    const [table] = page().all('table.updatedcolor')
    expect(within(table, 'thead')).toHaveLength(0)
    const headers = within(table, 'th')
    expect(headers.map(text)).toEqual(['Makers', 'Gamers'])
    expect(headers.map((th) => th.properties.scope)).toEqual(['row', 'row'])
    expect(headers.map((th) => th.properties.bgColor)).toEqual(['#85c0fe', 'lightpink'])
  })

  it('puts a header row in thead with scope=col', () => {
    for (const selector of ['table.worksheet-noborder', 'table.colorful', 'table:not([class])']) {
      const [table] = page().all(selector)
      const headers = within(table, 'thead th')
      expect(headers.length, selector).toBe(2)
      expect(headers.every((th) => th.properties.scope === 'col')).toBe(true)
      expect(within(table, 'tbody th')).toHaveLength(0)
    }
  })

  it('keeps the text of a blank-looking cell and leaves empty cells empty', () => {
    expect(within(page().all('table.colorful')[0], 'td').map(text)).toEqual(['Monday', '-'])
    expect(within(page().all('table:not([class])')[0], 'td').map(text)).toEqual(['Scratch', 'Free', 'Soldering iron', ''])
  })

  it('renders the worksheet tables of a multi-table worksheet page with their columns', () => {
    const other = render(fixture('worksheet-tables'), { fragment: true })
    expect(other.all('table').map((t) => within(t, 'thead th').map(text))).toEqual([
      ['Partner', 'Contact', 'Next step'],
      ['Partner', 'Contact', 'Next step'],
      ['Partner', 'Rating (1-5)'],
      ['Goal', 'Measure']
    ])
  })
})
