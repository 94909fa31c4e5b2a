// The seed page (examples/relationships.md), exactly as issue 2's "Done means" lists it.
import { readFileSync } from 'node:fs'
import { parseModule } from '@modulemark/extract'
import { describe, expect, it } from 'vitest'
import { cellFacts, messageList, outline, plainText, type AnyNode } from '../corpus/helpers/outline.js'

const file = new URL('../../examples/relationships.md', import.meta.url)
const model = parseModule(readFileSync(file, 'utf8'), { path: 'relationships.md' }) as AnyNode
const [intro, gotham, sunnydale, smallville, callout, closing, list] = model.children as AnyNode[]

const columns = ['Relationship', 'Strengths', 'Weaknesses']

function onlyTable(section: AnyNode): AnyNode {
  const found = (section.children as AnyNode[]).filter((n) => n.type === 'table')
  expect(found).toHaveLength(1)
  return found[0]
}

describe('seed: examples/relationships.md', () => {
  it('is a 1.0 module titled from its front matter', () => {
    expect(model.type).toBe('module')
    expect(model.schemaVersion).toBe('1.0')
    expect(model.path).toBe('relationships.md')
    expect(model.frontMatter).toEqual({ title: 'Relationships' })
    expect(model.title).toBe('Relationships')
  })

  it('has, in order: paragraph, three sections, the activity callout, paragraph, list of four', () => {
    expect(model.children.map((n: AnyNode) => n.type)).toEqual([
      'paragraph',
      'section',
      'section',
      'section',
      'callout',
      'paragraph',
      'list'
    ])
    expect(intro.type).toBe('paragraph')
    expect(closing.type).toBe('paragraph')
    expect(list.children).toHaveLength(4)
    expect(list.children.map((item: AnyNode) => item.type)).toEqual(['listItem', 'listItem', 'listItem', 'listItem'])
  })

  it('reads each section: colour, title and the depth of its title heading', () => {
    const facts = [gotham, sunnydale, smallville].map((s) => ({
      color: s.color,
      title: s.title,
      first: s.children[0].type,
      depth: s.children[0].depth
    }))
    expect(facts).toEqual([
      { color: 'color1', title: 'Gotham Public Library', first: 'heading', depth: 2 },
      { color: 'color2', title: 'Sunnydale Public Library', first: 'heading', depth: 2 },
      { color: 'color3', title: 'Smallville Library', first: 'heading', depth: 3 }
    ])
    for (const section of [gotham, sunnydale, smallville]) expect(section.classes).toContain('colorhighlight')
  })

  it('repairs the unclosed <th>: each section holds one fill-in table of exactly three columns', () => {
    for (const section of [gotham, sunnydale, smallville]) {
      const table = onlyTable(section)
      expect(table.fillIn).toBe(true)
      expect(table.classes).toEqual(['worksheet'])
      expect(table.columns).toEqual(columns)
      const header = table.children[0].children as AnyNode[]
      expect(header.map((c) => [c.header, c.text])).toEqual(columns.map((c) => [true, c]))
    }
  })

  it('reads Gotham: one body row, a text then two blank cells', () => {
    const table = onlyTable(gotham)
    expect(table.children).toHaveLength(2)
    expect(cellFacts(table, 1, 0)).toEqual({ header: false, text: 'Local high schools', lines: ['Local high schools'], blank: false })
    expect(cellFacts(table, 1, 1)).toEqual({ header: false, text: '', lines: [], blank: true })
    expect(cellFacts(table, 1, 2)).toEqual({ header: false, text: '', lines: [], blank: true })
  })

  it('reads Sunnydale: three body rows, a <br/> splitting row 3’s middle cell into two lines', () => {
    const table = onlyTable(sunnydale)
    expect(table.children).toHaveLength(4)
    expect(table.children.slice(1).map((row: AnyNode) => row.children.map((c: AnyNode) => c.text))).toEqual([
      ['Neighborhood association 1', 'Many bilingual members (English/Farsi)', 'Distance from the library makes it difficult to volunteer'],
      ['Local schools (teachers & PTA)', 'Gym and auditorium spaces', 'Busy schedule makes coordination difficult'],
      ['Neighborhood association 2', 'Owns a building with a large meeting space\nProvides technology', 'Has few members']
    ])
    expect(cellFacts(table, 3, 1)).toEqual({
      header: false,
      text: 'Owns a building with a large meeting space\nProvides technology',
      lines: ['Owns a building with a large meeting space', 'Provides technology'],
      blank: false
    })
  })

  it('reads Smallville: one body row, all blank', () => {
    const table = onlyTable(smallville)
    expect(table.children).toHaveLength(2)
    for (const column of [0, 1, 2]) expect(cellFacts(table, 1, column)).toEqual({ header: false, text: '', lines: [], blank: true })
  })

  it('reads the activity callout and its worksheet', () => {
    expect(callout.kind).toBe('activity')
    expect([...callout.classes].sort()).toEqual(['activity', 'callout'])
    expect(callout.title).toBe('Worksheet #6: Your relationships capacity')
    expect(callout.worksheet).toEqual({
      label: 'Worksheet',
      number: 6,
      title: 'Your relationships capacity',
      url: null,
      target: '_blank',
      role: 'worksheet'
    })
    expect(callout.children.map((n: AnyNode) => n.type)).toEqual(['heading', 'paragraph'])
    expect(callout.children[0].depth).toBe(3)
    // The title heading leaves the worksheet to its callout.
    expect(callout.children[0].worksheet).toBeNull()
  })

  it('indexes one worksheet, #6, with its instructions and its table header', () => {
    expect(model.worksheets).toHaveLength(1)
    const [entry] = model.worksheets as AnyNode[]
    expect(entry).toMatchObject({
      label: 'Worksheet',
      number: 6,
      title: 'Your relationships capacity',
      url: null,
      target: '_blank',
      role: 'worksheet',
      tables: [{ columns }]
    })
    expect(entry.instructions.map((n: AnyNode) => [n.type, plainText(n)])).toEqual([['paragraph', 'Instructions']])
    expect(entry.position.start.line).toBe(76)
  })

  it('says what it repaired, where the author should edit', () => {
    expect(messageList(model)).toEqual([
      'empty-link 5:103',
      'unclosed-cell 13:19',
      'unclosed-cell 32:19',
      'unclosed-cell 61:19',
      'empty-link 78:5'
    ])
    for (const m of model.messages as AnyNode[]) expect(m.severity).toBe('warning')
  })

  it('outlines as a whole', () => {
    expect(outline(model)).toEqual({
      title: 'Relationships',
      children: [
        'p "Partnerships are an"',
        [
          'section color1 "Gotham Public Library"',
          [
            'h2 "Gotham Public Library"',
            ['table worksheet fillIn [Relationship|Strengths|Weaknesses] rows=2', ['#Relationship | #Strengths | #Weaknesses', 'Local high schools | _ | _']]
          ]
        ],
        [
          'section color2 "Sunnydale Public Library"',
          [
            'h2 "Sunnydale Public Library"',
            [
              'table worksheet fillIn [Relationship|Strengths|Weaknesses] rows=4',
              [
                '#Relationship | #Strengths | #Weaknesses',
                'Neighborhood association 1 | Many bilingual members | Distance from the',
                'Local schools (teachers | Gym and auditorium | Busy schedule makes',
                'Neighborhood association 2 | Owns a building (2 lines) | Has few members'
              ]
            ]
          ]
        ],
        [
          'section color3 "Smallville Library"',
          ['h3 "Smallville Library"', ['table worksheet fillIn [Relationship|Strengths|Weaknesses] rows=2', ['#Relationship | #Strengths | #Weaknesses', '_ | _ | _']]]
        ],
        [
          'callout activity "Worksheet #6: Your relationships capacity" {Worksheet 6 "Your relationships capacity" url=null target=_blank role=worksheet}',
          ['h3 "Worksheet #6: Your relationships capacity"', 'p "Instructions"']
        ],
        'p "Once you have"',
        'list ul 4'
      ],
      worksheets: ['{Worksheet 6 "Your relationships capacity" url=null target=_blank role=worksheet} tables: [Relationship|Strengths|Weaknesses]']
    })
  })
})

