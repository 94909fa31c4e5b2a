// Worksheets named by activity callouts and headings, and the root index
// (FORMAT.md "worksheets", issue 2 "The model").
import { describe, expect, it } from 'vitest'
import { childTypes, find, findAll, linesOf, messagesOf, parseFixture, placesOf } from '../helpers/model.js'

const workbook = 'https://docs.google.com/document/d/'
const callouts = (name: string) => findAll(parseFixture(name), 'callout')
const worksheetsOf = (name: string) => callouts(name).map((callout) => callout.worksheet)

describe('a worksheet callout', () => {
  it('names its worksheet from its title heading (### or ##)', () => {
    const [second, third] = callouts('worksheet-basic')
    expect(second.worksheet).toEqual({
      label: 'Worksheet',
      number: 2,
      title: 'Mapping your partners',
      url: `${workbook}1FAKEworkbookA/edit#heading=h.abc123`,
      target: '_blank',
      role: 'worksheet'
    })
    expect(third.worksheet).toEqual({
      label: 'Worksheet',
      number: 3,
      title: 'Planning a pilot',
      url: `${workbook}1FAKEworkbookA/edit#bookmark=id.xyz789`,
      target: '_blank',
      role: 'worksheet'
    })
  })

  it('keeps the title heading, which leaves the worksheet to the callout', () => {
    const [second, third] = callouts('worksheet-basic')
    expect(second.title).toBe('Worksheet #2: Mapping your partners')
    expect(second.children[0]).toMatchObject({ type: 'heading', depth: 3, worksheet: null })
    expect(third.children[0]).toMatchObject({ type: 'heading', depth: 2, worksheet: null })
    expect(find(second.children[0], 'link').attributes).toEqual({ target: '_blank' })
  })

  it('spans from its opening `<div` to the end of its `</div>`', () => {
    const [second] = callouts('worksheet-basic')
    expect(second.position).toEqual({
      start: { line: 7, column: 1, offset: 87 },
      end: { line: 15, column: 7, offset: 356 }
    })
    expect(second.children[0].position.start).toEqual({ line: 9, column: 1, offset: 132 })
  })

  it('is indexed with its instructions and its own position', () => {
    const model = parseFixture('worksheet-basic')
    const [second] = callouts('worksheet-basic')
    expect(model.worksheets).toHaveLength(2)
    const [entry] = model.worksheets
    expect(entry).toMatchObject({ ...second.worksheet, tables: [] })
    expect(entry.instructions.map((n: any) => n.type)).toEqual(['paragraph', 'paragraph'])
    expect(entry.instructions).toEqual(second.children.slice(1))
    expect(entry.position).toEqual(second.position)
    expect(model.worksheets[1]).toMatchObject({ number: 3, role: 'worksheet' })
  })

  it('raises no message when everything is in order', () => {
    expect(parseFixture('worksheet-basic').messages).toEqual([])
  })
})

describe('worksheet links', () => {
  it('give a null url when empty `( )` or `()`, missing, `NEEDS LINK` or `#`', () => {
    const worksheets = worksheetsOf('worksheet-links')
    expect(worksheets.map((w) => w.url)).toEqual([null, null, null, null, null])
    expect(worksheets.map((w) => w.number)).toEqual([1, 2, 3, 4, 5])
    expect(worksheets.map((w) => w.title)).toEqual(['Who are your teens?', 'Teen interests', 'Staff skills', 'Budget', 'Timeline'])
    expect(worksheets.map((w) => w.target)).toEqual(['_blank', null, null, null, '_blank'])
    expect(worksheets.map((w) => w.role)).toEqual(['worksheet', 'worksheet', 'worksheet', 'worksheet', 'worksheet'])
  })

  it('keep the link text as the callout title', () => {
    expect(callouts('worksheet-links').map((c) => c.title)).toEqual([
      'Worksheet #1: Who are your teens?',
      'Worksheet #2: Teen interests',
      'Worksheet #3: Staff skills',
      'Worksheet #4: Budget',
      'Worksheet #5: Timeline'
    ])
  })

  it('warn at the `[` of an empty link', () => {
    expect(placesOf(parseFixture('worksheet-links'), 'empty-link')).toEqual(['2:5', '7:5'])
  })

  it('warn at the `[` of a placeholder link (`NEEDS LINK`, `#`)', () => {
    expect(placesOf(parseFixture('worksheet-links'), 'placeholder-link')).toEqual(['17:5', '22:5'])
  })
})

describe('worksheet labels', () => {
  it('read `Activity #1:`, `Activity 2:` and `Learning Activity:`', () => {
    expect(worksheetsOf('worksheet-labels')).toEqual([
      {
        label: 'Activity',
        number: 1,
        title: 'Civic care scavenger hunt',
        url: `${workbook}1FAKEworkbookB/edit#bookmark=id.a1`,
        target: null,
        role: 'worksheet'
      },
      {
        label: 'Activity',
        number: 2,
        title: 'Library assets',
        url: `${workbook}1FAKEworkbookB/edit#bookmark=id.a2`,
        target: '_blank',
        role: 'worksheet'
      },
      { label: 'Learning Activity', number: null, title: 'Teen jobs near you', url: null, target: null, role: 'worksheet' }
    ])
    expect(parseFixture('worksheet-labels').worksheets.map((w: any) => w.label)).toEqual(['Activity', 'Activity', 'Learning Activity'])
  })
})

describe('worksheet number placeholders', () => {
  it('give a null number for `#?`, `#X` and no number at all', () => {
    expect(worksheetsOf('worksheet-placeholders').map((w) => [w.label, w.number, w.title])).toEqual([
      ['Worksheet', null, 'Program goals'],
      ['Worksheet', null, 'Outcomes'],
      ['Worksheet', null, 'Reflection']
    ])
    expect(parseFixture('worksheet-placeholders').worksheets).toHaveLength(3)
  })

  it('are warned about on each heading', () => {
    expect(linesOf(parseFixture('worksheet-placeholders'), 'worksheet-number-missing')).toEqual([3, 11, 19])
  })
})

describe('revisited worksheets', () => {
  it('are `revisit` for "Back to" and "Return to", in a callout or not', () => {
    const model = parseFixture('worksheet-revisit')
    const [first, back] = callouts('worksheet-revisit')
    expect(first.worksheet.role).toBe('worksheet')
    expect(back.worksheet).toEqual({
      label: 'Worksheet',
      number: 1,
      title: 'Know, Want, Learned',
      url: `${workbook}1FAKEworkbookD/edit#heading=h.kwl`,
      target: '_blank',
      role: 'revisit'
    })
    const returnTo = find(model, 'heading', (h) => h.depth === 2 && h.worksheet !== null)
    expect(returnTo.worksheet).toMatchObject({ number: 1, title: 'Know, Want, Learned', target: null, role: 'revisit' })
  })

  it('are indexed in source order, and are no duplicates', () => {
    const model = parseFixture('worksheet-revisit')
    expect(model.worksheets.map((w: any) => [w.number, w.role])).toEqual([
      [1, 'worksheet'],
      [1, 'revisit'],
      [1, 'revisit']
    ])
    expect(messagesOf(model, 'worksheet-number-duplicate')).toEqual([])
  })
})

describe('a recap page', () => {
  it('names worksheets in headings outside callouts, as references', () => {
    const model = parseFixture('worksheet-recap')
    expect(findAll(model, 'callout')).toEqual([])
    const headings = findAll(model, 'heading')
    expect(headings.map((h) => h.worksheet?.number)).toEqual([1, 2, 3])
    expect(headings.map((h) => h.worksheet.role)).toEqual(['reference', 'reference', 'reference'])
    expect(headings[0].worksheet).toEqual({
      label: 'Worksheet',
      number: 1,
      title: 'Community map',
      url: `${workbook}1FAKEworkbookE/edit#heading=h.m1`,
      target: '_blank',
      role: 'reference'
    })
    expect(headings[2].worksheet).toMatchObject({ title: 'Next steps', url: null, target: null })
  })

  it('indexes them with no instructions and no duplicates', () => {
    const model = parseFixture('worksheet-recap')
    expect(model.worksheets.map((w: any) => [w.number, w.role, w.instructions, w.tables])).toEqual([
      [1, 'reference', [], []],
      [2, 'reference', [], []],
      [3, 'reference', [], []]
    ])
    expect(model.worksheets[0].position).toEqual(findAll(model, 'heading')[0].position)
    expect(messagesOf(model, 'worksheet-number-duplicate')).toEqual([])
  })
})

describe('duplicate worksheet numbers', () => {
  it('are kept in the index and warned about at the second one', () => {
    const model = parseFixture('worksheet-duplicate')
    expect(model.worksheets.map((w: any) => [w.number, w.title])).toEqual([
      [1, 'Library hours'],
      [2, 'Spaces'],
      [2, 'Staffing']
    ])
    expect(linesOf(model, 'worksheet-number-duplicate')).toEqual([19])
  })
})

describe('the worksheets index', () => {
  it('collects the distinct headers of the fill-in tables up to each worksheet, in source order', () => {
    const [first, second] = parseFixture('worksheet-tables').worksheets
    expect(first.tables).toEqual([
      { columns: ['Partner', 'Contact', 'Next step'] }, // Gotham and Sunnydale share one header
      { columns: ['Partner', 'Rating (1-5)'] } // the table inside the callout
    ])
    expect(second.tables).toEqual([{ columns: ['Goal', 'Measure'] }])
  })

  it('keeps the callout table among the instructions', () => {
    const [first, second] = parseFixture('worksheet-tables').worksheets
    expect(first.instructions.map((n: any) => n.type)).toEqual(['paragraph', 'table'])
    expect(first.instructions[1]).toMatchObject({ classes: [], fillIn: true, columns: ['Partner', 'Rating (1-5)'] })
    expect(second.instructions.map((n: any) => n.type)).toEqual(['paragraph'])
  })

  it('leaves the sections in place', () => {
    const model = parseFixture('worksheet-tables')
    expect(childTypes(model)).toEqual(['section', 'section', 'callout', 'section', 'callout'])
    expect(findAll(model, 'table').map((t) => t.fillIn)).toEqual([true, true, true, true])
  })
})
