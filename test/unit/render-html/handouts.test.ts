// The seed's handout: one worksheet, its blank table, its instructions and the questions after it.
import { describe, expect, it } from 'vitest'
import { handouts, questions, seed, tableShape, text } from './handouts-helpers.js'

const seedQuestions = [
  'In what ways can the information on the internal asset map help you to connect with one or more colleagues in order to support connected learning services?',
  'How can you leverage existing relationships and passions and interests of colleagues in support of connected learning services?',
  'Who would you like to talk more with to learn about what they do and how their work can help you understand the community better, build relationships, and serve youth and families?',
  'What do you notice about the internal assets on your “map” that you never thought about?'
]

describe('toWorksheets on the seed (examples/relationships.md)', () => {
  const out = handouts(seed(), { course: 'ConnectedLib Toolkit', moduleTitle: 'Capacity' })
  const [handout] = out.handouts

  it('is exactly one handout, "Worksheet #6: Your relationships capacity", the only h1', () => {
    expect(out.handouts).toHaveLength(1)
    expect(out.all('h1').map(text)).toEqual(['Worksheet #6: Your relationships capacity'])
    expect(text(out.all('title')[0])).toBe('Worksheet #6: Your relationships capacity')
    expect(out.html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
  })

  it('has a header with the course and module titles and Name / Date / Library lines', () => {
    expect(text(out.all('header .course', handout)[0])).toBe('ConnectedLib Toolkit')
    expect(text(out.all('header .module', handout)[0])).toBe('Capacity')
    expect(out.all('.fields .field', handout).map(text)).toEqual(['Name:', 'Date:', 'Library:'])
  })

  it('has one blank table: exactly Relationship, Strengths, Weaknesses and 6 empty rows', () => {
    const tables = out.all('table.blank', handout)
    expect(tables).toHaveLength(1)
    const shape = tableShape(tables[0])
    expect(shape.columns).toEqual(['Relationship', 'Strengths', 'Weaknesses'])
    expect(shape.rows).toEqual(Array.from({ length: 6 }, () => ['', '', '']))
    expect(out.all('th[scope=col]', tables[0])).toHaveLength(3)
  })

  it('has the instructions', () => {
    expect(text(out.all('.instructions', handout)[0])).toBe('Instructions')
  })

  it('has the four questions of the list after the callout, each followed by 2 answer lines', () => {
    const [list] = out.all('.questions ul', handout)
    expect(questions(list)).toEqual(seedQuestions.map((question) => ({ text: question, lines: 2 })))
    expect(text(out.all('.questions > p', handout)[0])).toMatch(/^Once you have completed your internal asset map/)
  })

  it('prints on Letter with row and header rules for long tables, and no text below 10pt', () => {
    const css = text(out.all('style')[0])
    expect(css).toContain('size: Letter')
    expect(css).toContain('thead { display: table-header-group; }')
    expect(css).toContain('tr { break-inside: avoid; }')
    expect(css).toMatch(/table\.blank tbody th, table\.blank tbody td \{ height: 0\.45in; \}/)
    const sizes = [...css.matchAll(/font(?:-size)?:\s*(?:(?:bold|normal|italic)\s+)*([\d.]+)(pt|px|em|rem|%)/g)]
    expect(sizes.length).toBeGreaterThan(5)
    for (const [, size, unit] of sizes) expect({ size: Number(size), unit }).toMatchObject({ unit: 'pt' })
    expect(Math.min(...sizes.map(([, size]) => Number(size)))).toBeGreaterThanOrEqual(10)
    expect(css).not.toMatch(/font-size:\s*(?:smaller|x-small|small)\b/)
  })

  it('has no footer without a licence', () => {
    expect(out.all('footer', handout)).toHaveLength(0)
  })
})

describe('toWorksheets options on the seed', () => {
  it('--rows 10: ten empty rows', () => {
    const out = handouts(seed(), { rows: 10 })
    expect(tableShape(out.all('table.blank')[0]).rows).toEqual(Array.from({ length: 10 }, () => ['', '', '']))
  })

  it('--keep-row-labels: the first example table’s labels are the first column’s prompts', () => {
    const out = handouts(seed(), { keepRowLabels: true })
    const { rows } = tableShape(out.all('table.blank')[0])
    expect(rows).toHaveLength(6)
    expect(rows[0]).toEqual(['Local high schools', '', ''])
    expect(rows.slice(1)).toEqual(Array.from({ length: 5 }, () => ['', '', '']))
    expect(out.all('table.blank tbody th[scope=row]').map(text)).toEqual(['Local high schools'])
  })

  it('--with-example: one filled example, marked "Example", after the blank table', () => {
    const out = handouts(seed(), { withExample: true })
    const examples = out.all('figure.example')
    expect(examples).toHaveLength(1)
    expect(text(out.all('figcaption', examples[0])[0])).toBe('Example')
    expect(out.all('tbody tr', examples[0]).map((row) => text(out.all('td', row)[0]))).toEqual([
      'Neighborhood association 1',
      'Local schools (teachers & PTA)',
      'Neighborhood association 2'
    ])
    const order = out.all('table.blank, figure.example')
    expect(order.map((node) => node.tagName)).toEqual(['table', 'figure'])
  })

  it('--answer-lines 4 and --page-size a4', () => {
    const out = handouts(seed(), { answerLines: 4, pageSize: 'a4' })
    expect(questions(out.all('.questions ul')[0]).map((q) => q.lines)).toEqual([4, 4, 4, 4])
    expect(text(out.all('style')[0])).toContain('size: A4')
  })

  it('a footer with the course licence when the page gives none', () => {
    const out = handouts(seed(), { license: 'CC BY-SA 4.0' })
    expect(out.all('footer.licence').map(text)).toEqual(['CC BY-SA 4.0'])
  })

  it('refuses a model that is not one, and a wrong count', () => {
    expect(() => handouts({ type: 'root' } as never)).toThrow("Expected a modulemark module (`type: 'module'`) as `model`, not `type: 'root'`")
    expect(() => handouts(seed(), { rows: -1 })).toThrow(RangeError)
  })
})
