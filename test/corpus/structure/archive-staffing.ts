import { expect } from 'vitest'
import { cellFacts, tables } from '../helpers/outline.js'
import type { StructureCase } from './case.js'

const staffColumns = '[Staff|Strengths|Challenges]'
const smallvilleColumns = '[Title|Passions and interests|Relationships|Organizational priorities|Values, goals, etc.]'

export const staffing: StructureCase = {
  path: 'modules/capacity/_archive/2001-02-03-staffing.md.old',
  why:
    'worksheet tables with blank lines between rows, multi-line <br/> cells, &nbsp; cell, a short row; ' +
    'the Sunnydale section (line 64) is never closed, so it ends where the next colorhighlight opens (line 100)',
  frontMatter: { title: 'Staff' },
  outline: {
    title: 'Staff',
    children: [
      'p "Staffing capacity refers"',
      'p "For any size"',
      [
        'section color1 "Gotham Public Library"',
        [
          'h3 "Gotham Public Library"',
          [
            `table worksheet fillIn ${staffColumns} rows=6`,
            [
              '#Staff | #Strengths | #Challenges',
              'Central youth services | Can do "heavy (2 lines) | Currently primarily focused (2 lines)',
              'Branch teen services | Can move between (3 lines) | Worry about keeping (3 lines)',
              "Children's Services - | Can know each (3 lines) | Responsible up to",
              'IT staff | Have training programs | Programs focus exclusively (2 lines)',
              'Volunteers | Can help with | Inconsistent availability, knowledge,'
            ]
          ]
        ]
      ],
      [
        'section color2 "Sunnydale Public Library (midsize, suburban)"',
        [
          'h3 "Sunnydale Public Library (midsize, suburban)"',
          [
            `table worksheet fillIn ${staffColumns} rows=5`,
            [
              '#Staff | #Strengths | #Challenges',
              '2 adult services | _ | Not enough staff',
              "1 Children's Services | Knowledgeable in early | Large deaf community",
              '1 Teen Services | Large afterschool teen',
              '4 Library Associates | 1 LA has | Library Associates have'
            ]
          ],
          // Still inside: the unclosed section runs until the next colorhighlight div opens.
          'p "If your library"'
        ]
      ],
      [
        'section color3 "Smallville Library"',
        [
          'h2 "Smallville Library"',
          'p "One person"',
          [
            `table worksheet fillIn ${smallvilleColumns} rows=4`,
            [
              '#Title | #Passions and interests | #Relationships | #Organizational priorities | #Values, goals, etc.',
              'FTE Director | Loves to cook, | Meets with the (2 lines) | Getting people answers | Strongly believes that',
              "Volunteer - Pam | Enjoys arts and (2 lines) | Pam's daughter is | Working with the | Cares about animal",
              'Volunteer - John | Partially retired mechanic, | Member of the | John enjoys working | A man of'
            ]
          ]
        ]
      ],
      [
        'callout activity "Worksheet #3: Your staffing capacity" {Worksheet 3 "Your staffing capacity" url=null target=_blank role=worksheet}',
        ['h3 "Worksheet #3: Your staffing capacity"', 'p "Instructions"']
      ],
      'hr',
      'p "Illustrations by Pablo"'
    ],
    worksheets: [
      `{Worksheet 3 "Your staffing capacity" url=null target=_blank role=worksheet} tables: ${staffColumns} ${smallvilleColumns}`
    ]
  },
  messages: ['unclosed-div 64:1', 'table-row-short', 'empty-link 152:5'],
  links: ['Pablo Stanley -> https://blush.design/artists/RyUTVuP8G4QeAAEEQgug/pablo-stanley'],
  check(model) {
    const [gotham, sunnydale] = tables(model)
    expect(cellFacts(gotham, 2, 1)).toEqual({
      header: false,
      text: 'Can move between regional branches as needed\nComfortable working and co-learning with teens\nKnowledgeable about connected learning',
      lines: ['Can move between regional branches as needed', 'Comfortable working and co-learning with teens', 'Knowledgeable about connected learning'],
      blank: false
    })
    expect(cellFacts(sunnydale, 1, 1)).toEqual({ header: false, text: '', lines: [], blank: true })
    expect(cellFacts(sunnydale, 4, 2)?.text).toBe(
      'Library Associates have little extra time because they shelve books and work the front desk--no library page positions'
    )
  }
}
