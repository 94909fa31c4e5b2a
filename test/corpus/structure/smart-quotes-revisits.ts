import { expect } from 'vitest'
import { cellFacts, tables } from '../helpers/outline.js'
import type { StructureCase } from './case.js'

const capacityWorkbook = 'https://docs.google.com/document/d/14FRMg54QQpWBZymkAtbECpGbtRVI5dwk5CGuuUiXASc/edit'
const worksheet4 = `{Worksheet 4 "Your Library and Your Community" url=${capacityWorkbook}#heading=h.yzy1wuykih5r target=_blank role=worksheet}`
const revisit1 = `{Worksheet 1 "Capacity K-W-L" url=${capacityWorkbook}?usp=sharing target=_blank role=revisit}`
const connectionColumns = '[Community Assets and Needs|Opportunities for Connection|Library Assets and Needs]'

export const capacityTogether: StructureCase = {
  path: 'modules/capacity/_posts/2003-01-01-putting-it-all-together.md',
  why:
    'an unclassed <table> inside an activity callout (a fill-in table: header row, blank cells, one of ' +
    '`<p>&nbsp;</p>` paragraphs); a "Back to Worksheet #1" revisit whose IAL has smart quotes {:target=“_blank”}',
  frontMatter: { title: 'Putting it All Together', tags: ['sectionHead'] },
  outline: {
    title: 'Putting it All Together',
    children: [
      'p "So far, we\'ve"',
      'list ul 3',
      'p "Your community can"',
      [
        `callout activity "Worksheet #4: Your Library and Your Community" ${worksheet4}`,
        [
          'h3 "Worksheet #4: Your Library and Your Community"',
          'p "Now it\'s time"',
          [`table - fillIn ${connectionColumns} rows=2`, ['#Community Assets and | #Opportunities for Connection | #Library Assets and', '_ | _ | _']]
        ]
      ],
      [`callout activity "Back to Worksheet #1: Capacity K-W-L" ${revisit1}`, ['h3 "Back to Worksheet #1: Capacity K-W-L"', 'p "It\'s time to"']]
    ],
    worksheets: [`${worksheet4} tables: ${connectionColumns}`, `${revisit1} tables: none`]
  },
  messages: ['smart-quotes-in-markup 36'],
  links: [
    `Worksheet #4: Your Library and Your Community -> ${capacityWorkbook}#heading=h.yzy1wuykih5r target=_blank`,
    `Back to Worksheet #1: Capacity K-W-L -> ${capacityWorkbook}?usp=sharing target=_blank`
  ],
  check(model) {
    const [table] = tables(model)
    expect(table.classes).toEqual([])
    expect(cellFacts(table, 1, 0)).toEqual({ header: false, text: '', lines: [], blank: true })
  }
}

const report =
  'https://connectedlib.ischool.uw.edu/wp-content/uploads/2019/09/ConnectedLibraries-SurveyingtheCurrentLandscape-and-ChartingthePathtotheFuture.pdf'
const reportTitle = 'Connected Libraries: Surveying the Current Landscape and Charting a Path to the Future'

export const whyConnectedLib: StructureCase = {
  path: 'modules/introducing-the-toolkit/_posts/2000-02-01-why-connectedlib.md',
  why:
    'three IALs typed with smart quotes {:target=”_blank”} on one line (kramdown drops them; the author ' +
    'meant target="_blank"); an info callout with its heading right under the div; a blockquote with lazy lines',
  frontMatter: { title: 'Why ConnectedLib?', tags: ['sectionHead'] },
  outline: {
    title: 'Why ConnectedLib?',
    children: [
      ['blockquote', ['p "As social and"']],
      'p "The ConnectedLib Toolkit"',
      ['callout info "A short history of connected learning"', ['h2 "A short history of connected learning"', 'p "In the first"']]
    ],
    worksheets: []
  },
  messages: ['smart-quotes-in-markup 18', 'smart-quotes-in-markup 18', 'smart-quotes-in-markup 18'],
  links: [
    `${reportTitle} -> ${report} target=_blank`,
    'MacArthur Foundation -> https://www.macfound.org/ target=_blank',
    'Digital Youth Network -> http://digitalyouthnetwork.org/ target=_blank',
    'Digital Media Learning (DML) Research Hub -> https://dmlhub.net/ target=_blank',
    'Connected Learning Alliance -> https://clalliance.org/ target=_blank',
    `${reportTitle} -> ${report} target=_blank`
  ]
}
