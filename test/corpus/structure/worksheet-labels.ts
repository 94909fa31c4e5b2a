import type { StructureCase } from './case.js'

const mentoringWorkbook = 'https://docs.google.com/document/d/1MN0NPnxHub2tFqB4HR8EkBLgRkUU6Y-pYUmuyCF6fe0/edit'
const reference = (number: number, title: string, heading: string) =>
  `{Worksheet ${number} "${title}" url=${mentoringWorkbook}#heading=${heading} target=_blank role=reference}`
const recap = [
  reference(1, 'Mentoring K-W-L', 'h.5pf3n53wqrjk'),
  reference(2, 'Your Experiences', 'h.4hwqn6no1hlk'),
  reference(3, 'Mentoring and Connected Learning', 'h.5zgjr1t6m4px'),
  reference(4, 'Mentoring Roadmap', 'h.jdbvlegsfj5l'),
  reference(5, 'Mentoring Policies', 'h.g8fzdhvtyal1'),
  reference(6, 'Anticipating Challenges', 'h.5qg00gbbili3')
]
const recapHeading = (index: number, title: string) => `h2 "Worksheet #${index + 1}: ${title}" ${recap[index]}`

export const mentoringRecap: StructureCase = {
  path: 'modules/mentoring/_posts/2004-01-01-time-to-get-started.md',
  why: 'a recap page: every worksheet heading of the module repeated outside any callout (role reference); a tab-only line',
  frontMatter: { title: 'Mentoring Workbook', tags: ['sectionHead'] },
  outline: {
    title: 'Mentoring Workbook',
    children: [
      'p "Now that you\'ve"',
      recapHeading(0, 'Mentoring K-W-L'),
      'p "Before moving forward"',
      'p "First describe your"',
      recapHeading(1, 'Your Experiences'),
      'p "Have you ever"',
      'list ul 3',
      'p "Have you ever"',
      'list ul 4',
      recapHeading(2, 'Mentoring and Connected Learning'),
      'p "Think about the"',
      recapHeading(3, 'Mentoring Roadmap'),
      'p "Use this worksheet"',
      recapHeading(4, 'Mentoring Policies'),
      'p "Use this worksheet"',
      recapHeading(5, 'Anticipating Challenges'),
      'p "Use this worksheet"'
    ],
    worksheets: recap.map((ws) => `${ws} tables: none`)
  },
  messages: []
}

const civicWorkbook = 'https://docs.google.com/document/d/1uPmhiT61et6bkAChEcgjCZPWVTGtgmdrK6o7MoNqlvU/edit'
const activity1 = `{Activity 1 "Civic Care Scavenger Hunt" url=${civicWorkbook}#bookmark=id.oxzcg9bc4nop target=null role=worksheet}`

export const coreConcepts: StructureCase = {
  path: 'modules/civic-engagement/_posts/2001-01-01-core-concepts.md',
  why:
    'a worksheet labelled "Activity #1" with a link and no IAL (target null); seven sections repeating colours; ' +
    'a videos callout closed on its videotime line; <details> whose body kramdown keeps as HTML text',
  frontMatter: { title: 'Core Concepts', tags: ['sectionHead'] },
  outline: {
    title: 'Core Concepts',
    children: [
      'p "What is civic"',
      ['blockquote', ['p "Definition 1: Civic"']],
      ['blockquote', ['p "Definition 2: "Civic"']],
      'h2 "Let\'s break this down. Civic engagement is:"',
      ['section color1 "Political and non-political"', ['h3 "Political and non-political"', 'p "There\'s a tendency"']],
      ['section color2 "Built on community service"', ['h3 "Built on community service"', 'p "Activities such as"']],
      ['section color3 "Agency to shape one\'s own path"', ['h3 "Agency to shape one\'s own path"', 'p "Civic engagement is"']],
      ['section color1 "Deliberate"', ['h3 "Deliberate"', 'p "Civic engagement activities"']],
      ['section color2 "Consistent"', ['h3 "Consistent"', 'p "Prolonged engagement is"']],
      ['section color3 "Equitable"', ['h3 "Equitable"', 'p "Civic engagement seeks"']],
      ['section color1 "Quality of life"', ['h3 "Quality of life"', 'p "Civic engagement is"']],
      'h2 "Example: Reviving an Art Center"',
      'p "When her local"',
      ['callout videos null', ['embed youtube 2:14 134']],
      'list ul 7',
      'h2 "Example: Creating a Community Garden"',
      'p "The School Yards"',
      'h2 "Final note"',
      'p "Does civic engagement"',
      [
        `callout activity "Activity #1: Civic Care Scavenger Hunt" ${activity1}`,
        [
          'h2 "Activity #1: Civic Care Scavenger Hunt"',
          'p "Every community has"',
          'p "For this activity:"',
          'p "Collect pictures of"',
          'p "Arrange the pictures"',
          'p "Inspiration - Here"',
          'p "Discuss with your"',
          'list ul 3',
          'p "Later in the"'
        ]
      ],
      ['details "References"', ['p "1. Ehrlich, T."']]
    ],
    worksheets: [`${activity1} tables: none`]
  },
  messages: []
}

const activity3 = `{Activity 3 "Library Assets for Civic Engagement" url=${civicWorkbook}#bookmark=id.rs5fd3529uaq target=_blank role=worksheet}`

export const civicAssets: StructureCase = {
  path: 'modules/civic-engagement/_posts/2002-02-03-Assets.md',
  why: 'a worksheet labelled "Activity 3:" (no #) in an `activity callout` (class order reversed); lists interrupting paragraphs',
  frontMatter: { title: 'Assets', tags: ['sectionHead'] },
  outline: {
    title: 'Assets',
    children: [
      'p "Each community\'s library"',
      'list ul 8',
      'p "With these assets,"',
      ['section color1 "The local and the global"', ['h2 "The local and the global"', 'p "Most issues (environment,"']],
      ['section color2 "The physical and the digital"', ['h2 "The physical and the digital"', 'p "Libraries play a"']],
      ['section color3 "One shot and sustained activities"', ['h2 "One shot and sustained activities"', 'p "Community service activities"']],
      [
        `callout activity "Activity 3: Library Assets for Civic Engagement" ${activity3}`,
        [
          'h2 "Activity 3: Library Assets for Civic Engagement"',
          'p "Every library has"',
          'list ul 8',
          'p "On a scale"',
          'list ul 3',
          'p "The module also"',
          'list ul 3',
          'p "Which bridging assets"'
        ]
      ]
    ],
    worksheets: [`${activity3} tables: none`]
  },
  messages: []
}

const ydWorkbook = 'https://docs.google.com/document/d/1PZJ_VmpqentsoFv__xt5jRH5g8Ta0u4-2i3XAW4HuKU/edit'
const worksheet4 = `{Worksheet 4 "Tying it All Together" url=${ydWorkbook}#heading=h.nurzocswl387 target=_blank role=worksheet}`
const return1 = `{Worksheet 1 "KWL" url=${ydWorkbook}#heading=h.5pf3n53wqrjk target=_blank role=revisit}`

export const youthActivity: StructureCase = {
  path: 'modules/youth-development/_posts/2004-01-01-activity.md',
  why: 'a "Return to Worksheet #1" revisit after the page\'s own worksheet, both in `activity callout` divs',
  frontMatter: { title: 'Tying it All Together', tags: ['sectionHead'] },
  outline: {
    title: 'Tying it All Together',
    children: [
      [`callout activity "Worksheet #4: Tying it All Together" ${worksheet4}`, ['h2 "Worksheet #4: Tying it All Together"', 'p "Choose one of"']],
      [`callout activity "Return to Worksheet #1: KWL" ${return1}`, ['h2 "Return to Worksheet #1: KWL"', 'p "Now that you\'ve"']]
    ],
    worksheets: [`${worksheet4} tables: none`, `${return1} tables: none`]
  },
  messages: []
}
