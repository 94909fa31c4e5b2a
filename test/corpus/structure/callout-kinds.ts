import { expect } from 'vitest'
import { walk, type AnyNode } from '../helpers/outline.js'
import type { StructureCase } from './case.js'

const kinds = (model: AnyNode) => [...walk(model)].filter((n) => n.type === 'callout').map((n) => n.kind)
const classSets = (model: AnyNode) => [...walk(model)].filter((n) => n.type === 'callout').map((n) => [...n.classes].sort().join(' '))

export const backwardsDesign: StructureCase = {
  path: 'modules/designing-connected-learning-services/_posts/2001-01-01-backwards-design.md',
  why:
    'callouts of three kinds (videos, case_study, activity) between four sections; the videos callout ' +
    'closes on the videotime line (`</div></div>`); an image, <br/> and emphasis spanning two lines in one paragraph',
  frontMatter: { title: 'Backwards Design', tags: ['sectionHead'] },
  outline: {
    title: 'Backwards Design',
    children: [
      'p ""Backwards design" is"',
      ['callout videos null', ['embed youtube 6:38 398']],
      'p "When considering the"',
      'h2 "Start with Outcomes"',
      'p "Designing a program"',
      'p "The outcomes you"',
      'p "Talk to your"',
      ['callout case_study "Outcomes and Evaluation"', ['h3 "Outcomes and Evaluation"', 'p "How do you"', 'p "Program trajectory diagram"']],
      'h2 "Connected Learning Outcomes"',
      'p "In this section,"',
      'p "YALSA identified six"',
      'p "Get started learning"',
      ['section color1 "Community"', ['h3 "Community"', 'p "Community-focused outcomes center"']],
      ['section color2 "Creativity"', ['h3 "Creativity"', 'p "Outcomes in the"']],
      ['section color3 "Leadership"', ['h3 "Leadership"', 'p "When teens build"']],
      ['section color1 "Learning"', ['h3 "Learning"', 'p "An important part"']],
      [
        'callout activity "Worksheet #3: Outcomes For Your Community" {Worksheet 3 "Outcomes For Your Community" url=https://docs.google.com/document/d/1rK1CFq_WpT5k4oH4-jMYW4kXdKrzJfS_RlVND8S1Y6E/edit#heading=h.pvvbazhwa6dh target=_blank role=worksheet}',
        ['h3 "Worksheet #3: Outcomes For Your Community"', 'p "Outcomes are the"', 'p "For example, if"', 'p "Feel free to"']
      ]
    ],
    worksheets: [
      '{Worksheet 3 "Outcomes For Your Community" url=https://docs.google.com/document/d/1rK1CFq_WpT5k4oH4-jMYW4kXdKrzJfS_RlVND8S1Y6E/edit#heading=h.pvvbazhwa6dh target=_blank role=worksheet} tables: none'
    ]
  },
  messages: [],
  check(model) {
    expect(kinds(model)).toEqual(['videos', 'case_study', 'activity'])
  }
}

const caseStudy = (title: string, paragraphs: string[]) => [`callout case_study "${title}"`, [`h3 "${title}"`, ...paragraphs]]
const untitled = (color: string, paragraph: string) => [`section ${color} null`, [`p "${paragraph}"`]]

export const combiningPowers: StructureCase = {
  path: 'modules/community-centered/_posts/2003-03-01-combining-powers.md',
  why:
    'callout classes in both orders (`case_study callout`, `callout case_study`); sections led by a bold ' +
    'pseudo-title that runs on into text (no title) and one that stands alone (a title); Markdown right under the div',
  frontMatter: { title: 'Combining Your Powers' },
  outline: {
    title: 'Combining Your Powers',
    children: [
      'h2 "How partners help the library"',
      untitled('color1', 'Partners can expose'),
      caseStudy('Providence Public Library & Rhode Island School of Design', ['p "Teens gathered around"', 'p "For a program"']),
      ['section color2 null', ['p "Partners can bring"', 'list ul 3']],
      untitled('color3', 'Partners can bring'),
      caseStudy("Charlotte Mecklenburg Library and the Mecklenburg County Sheriff's Office", [
        'p "The Mecklenburg County"',
        'p "Library staff were"',
        'p "For more information,"'
      ]),
      untitled('color1', 'Partners can provide'),
      caseStudy('Partnering with local businesses', ['p "Simple partnerships can"']),
      [
        'section color2 "Partners can provide a fuller perspective on the community."',
        ['p "Partners can provide"', ['blockquote', ['p ""Working with other"']], 'p "Even if library"']
      ],
      'h2 "How libraries can help partners"',
      ['blockquote', ['p ""I\'ve been most"']],
      'p "Remember that a"',
      untitled('color1', 'Libraries can provide'),
      untitled('color2', 'Libraries can provide'),
      [
        'callout videos "YOUMedia and the National Veterans Art Museum"',
        ['h3 "YOUMedia and the National Veterans Art Museum"', 'embed youtube 4:07 247', 'p "Chicago Public Library\'s"']
      ],
      untitled('color3', 'Libraries can provide'),
      caseStudy('Charlotte Mecklenburg Library & the Northwest School for the Arts', ['p "The Charlotte Mecklenburg"', 'p "For more information,"']),
      untitled('color1', 'Libraries can deliver'),
      caseStudy('Learning about history with the Laotian Community Center', ['p "The executive director"']),
      untitled('color2', 'Libraries can promote'),
      caseStudy('Partnering with youth-serving organizations', ['p "To help address"']),
      untitled('color3', 'Libraries can provide'),
      caseStudy('Adult Volunteers', ['p "Adult community members"', 'p "A librarian at"', 'p "One of the"'])
    ] as StructureCase['outline']['children'],
    worksheets: []
  },
  messages: [],
  check(model) {
    expect(kinds(model)).toEqual([
      'case_study',
      'case_study',
      'case_study',
      'videos',
      'case_study',
      'case_study',
      'case_study',
      'case_study'
    ])
    expect(new Set(classSets(model))).toEqual(new Set(['callout case_study', 'callout videos']))
  }
}
