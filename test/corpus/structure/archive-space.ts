import { expect } from 'vitest'
import { cellFacts, tables } from '../helpers/outline.js'
import type { StructureCase } from './case.js'

const columns = '[Space|Strengths|Challenges]'

export const space: StructureCase = {
  path: 'modules/capacity/_archive/2001-02-04-space.md.old',
  why:
    'a stray </div> (line 100: the Smallville section was never opened, kramdown prints it as text); ' +
    'Markdown right under the opening div with no blank line; a list interrupting a paragraph; `nbsp;` typo cell',
  frontMatter: { title: 'Space' },
  outline: {
    title: 'Space',
    children: [
      'p "Even staff at"',
      'list ul 5',
      [
        'section color1 "Gotham Public Library"',
        [
          'h3 "Gotham Public Library"',
          [
            `table worksheet fillIn ${columns} rows=5`,
            [
              '#Space | #Strengths | #Challenges',
              'Multiple small meeting | Can be booked | _',
              'Several study rooms | Close to teen | No projection/monitor in',
              '5 large meeting | Rarely fully booked (2 lines) | Furniture is not',
              '1 auditorium (300 | Very large capacity, | nbsp;'
            ]
          ]
        ]
      ],
      [
        'section color2 "Sunnydale Public Library"',
        [
          'h3 "Sunnydale Public Library"',
          [
            `table worksheet fillIn ${columns} rows=4`,
            [
              '#Space | #Strengths | #Challenges',
              'Main floor | Large open spaces | No collaboration/group spaces',
              'Meeting Room | 50 person capacity | Large tables take',
              'Study Room | Collaborative work space | Rarely used'
            ]
          ]
        ]
      ],
      'h2 "Smallville Library"',
      'p "A small library"',
      [
        `table worksheet fillIn ${columns} rows=4`,
        [
          '#Space | #Strengths | #Challenges',
          '1 activity/meeting room | Chairs and tables | _',
          '2 tables w/ | Solidly constructed | In a clearly',
          'Outdoor garden | Garden was planned | Library director does'
        ]
      ],
      [
        'callout activity "Worksheet #4: Your space capacity" {Worksheet 4 "Your space capacity" url=null target=_blank role=worksheet}',
        ['h3 "Worksheet #4: Your space capacity"', 'p "Instructions"']
      ],
      'hr',
      'p "Photos by Claudio"'
    ],
    worksheets: [`{Worksheet 4 "Your space capacity" url=null target=_blank role=worksheet} tables: ${columns}`]
  },
  messages: ['stray-div-close 100:1', 'empty-link 103:5'],
  check(model) {
    const [gotham, , smallville] = tables(model)
    // `nbsp;` without `&` is text, not a blank.
    expect(cellFacts(gotham, 4, 2)).toEqual({ header: false, text: 'nbsp;', lines: ['nbsp;'], blank: false })
    expect(cellFacts(gotham, 1, 2)).toEqual({ header: false, text: '', lines: [], blank: true })
    expect(cellFacts(smallville, 1, 2)).toEqual({ header: false, text: '', lines: [], blank: true })
    expect(cellFacts(gotham, 3, 1)?.lines).toEqual(['Rarely fully booked', 'Chairs and tables are easily rearranged'])
  }
}
