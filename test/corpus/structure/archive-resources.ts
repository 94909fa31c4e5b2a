import { expect } from 'vitest'
import { cellFacts, tables } from '../helpers/outline.js'
import type { StructureCase } from './case.js'

const blankRow = (first: string) => `${first} | _ | _`

export const resources: StructureCase = {
  path: 'modules/capacity/_archive/2001-02-05-resources.md.old',
  why:
    'worksheet tables without a header row (columns []), mostly blank cells, two cells on one line, ' +
    'a short row in a header-less table (line 120)',
  frontMatter: { title: 'Material Resources' },
  outline: {
    title: 'Material Resources',
    children: [
      'p "Material resources are"',
      [
        'section color1 "Gotham Public Library"',
        [
          'h2 "Gotham Public Library"',
          [
            'table worksheet fillIn [Resources|Strengths|Weaknesses] rows=7',
            [
              '#Resources | #Strengths | #Weaknesses',
              'Resource Acquisition (overall) | Large technology budget (2 lines) | Limited storage for',
              "Resource Use (overall) | Not all teen/children's | Staff must learn (2 lines)",
              "Craft supplies | Ordered with Children's | _",
              'Public access computers | Usually enough for | Not easily reservable (2 lines)',
              '10 laptops | 10 laptops owned (2 lines) | Can only install',
              '3D Printer | Staff are trained | Not high capacity (2 lines)'
            ]
          ]
        ]
      ],
      [
        'section color2 "Sunnydale Public Library"',
        [
          'h2 "Sunnydale Public Library"',
          [
            'table worksheet fillIn [] rows=6',
            [
              'Resource Acquisition (overall) | _ | Small technology budget',
              blankRow('Resource Use (overall)'),
              blankRow('38 computers'),
              blankRow('Arts & Crafts'),
              blankRow('Button maker'),
              blankRow('Sewing machine')
            ]
          ]
        ]
      ],
      [
        'section color3 "Smallville Library"',
        [
          'h2 "Smallville Library"',
          [
            'table worksheet fillIn [] rows=8',
            [
              blankRow('Resource Acquisition (overall)'),
              blankRow('Resource Use (overall)'),
              blankRow('2 computers'),
              blankRow('1 Wii'),
              blankRow('2 iPads'),
              'Art supplies | _',
              blankRow('1,000 Googly Eyes'),
              blankRow('2 guinea pigs')
            ]
          ]
        ]
      ],
      [
        'callout activity "Worksheet #5: Your material resources capacity" {Worksheet 5 "Your material resources capacity" url=null target=_blank role=worksheet}',
        ['h3 "Worksheet #5: Your material resources capacity"', 'p "Instructions"']
      ]
    ],
    // Only a header row makes a header: the two header-less tables add none.
    worksheets: [
      '{Worksheet 5 "Your material resources capacity" url=null target=_blank role=worksheet} tables: [Resources|Strengths|Weaknesses]'
    ]
  },
  messages: ['table-row-short', 'empty-link 139:5'],
  check(model) {
    const [gotham, sunnydale] = tables(model)
    expect(cellFacts(gotham, 1, 1)?.lines).toEqual([
      'Large technology budget and generous funders',
      "Can share other resources like art materials with Children's Services"
    ])
    expect(cellFacts(sunnydale, 0, 0)).toEqual({ header: false, text: 'Resource Acquisition (overall)', lines: ['Resource Acquisition (overall)'], blank: false })
    expect(sunnydale.columns).toEqual([])
  }
}
