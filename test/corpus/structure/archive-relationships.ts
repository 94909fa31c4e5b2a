import { expect } from 'vitest'
import { cellFacts, tables } from '../helpers/outline.js'
import type { StructureCase } from './case.js'

const header = '#Relationship | #Strengths | #Challenges'

export const relationships: StructureCase = {
  path: 'modules/capacity/_archive/2001-02-06-relationships.md.old',
  why:
    'the seed page as archived: cells closed, `-` placeholder cells (blank), two different headers ' +
    '(Challenges / Weaknesses) that the worksheet index keeps apart, empty links `()`',
  frontMatter: { title: 'Relationships' },
  outline: {
    title: 'Relationships',
    children: [
      'p "Partnerships are an"',
      [
        'section color1 "Gotham Public Library"',
        [
          'h2 "Gotham Public Library"',
          [
            'table worksheet fillIn [Relationship|Strengths|Challenges] rows=3',
            [header, "Local high schools | Longstanding relationship with | Teen services doesn't", 'Natural History Museum | Students can get | Untapped source of']
          ]
        ]
      ],
      [
        'section color2 "Sunnydale Public Library"',
        [
          'h2 "Sunnydale Public Library"',
          [
            'table worksheet fillIn [Relationship|Strengths|Challenges] rows=4',
            [
              header,
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
    worksheets: [
      '{Worksheet 6 "Your relationships capacity" url=null target=_blank role=worksheet} tables: [Relationship|Strengths|Challenges] [Relationship|Strengths|Weaknesses]'
    ]
  },
  messages: ['empty-link 5:103', 'empty-link 80:5'],
  check(model) {
    const smallville = tables(model)[2]
    for (const column of [0, 1, 2]) expect(cellFacts(smallville, 1, column)).toEqual({ header: false, text: '', lines: [], blank: true })
  }
}
