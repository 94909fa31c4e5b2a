import { expect } from 'vitest'
import { cellFacts, tables, walk } from '../helpers/outline.js'
import type { StructureCase } from './case.js'

export const readme: StructureCase = {
  path: 'modules/README.md',
  why: 'not a module page: no front matter at all (title null, frontMatter {}), inline code, a fenced code block',
  frontMatter: {},
  outline: {
    title: null,
    children: ['p "This folder is"', 'p "Inside every module"', 'p "An example of"', 'code null lines=21'],
    worksheets: []
  },
  messages: []
}

export const threeSpheres: StructureCase = {
  path: 'modules/basics/_posts/2002-01-01-three-spheres-of-learning.md',
  why:
    'a row-header `updatedcolor` table (<th bgcolor> then <td>: header cells, no columns, never fill-in); ' +
    'a videos callout titled by a heading right under the div, iframe with start/end; `activity callout` worksheet',
  frontMatter: { title: 'Three Spheres of Learning', tags: ['sectionHead'] },
  outline: {
    title: 'Three Spheres of Learning',
    children: [
      ['blockquote', ['p ""Connected learning is"']],
      'p "Teens\' learning occurs"',
      [
        'table updatedcolor static [] rows=3',
        ['#Interests | Learning opportunities are', '#Relationships | Teens build relationships', '#Opportunity | Building skills directed']
      ],
      'p "Learning that engages"',
      ['callout videos "Connected Learning Explained"', ['h2 "Connected Learning Explained"', 'embed youtube 3:00 180', 'p "This is an"']],
      [
        'callout activity "Worksheet #3: Self-Assessment Activity" {Worksheet 3 "Self-Assessment Activity" url=https://docs.google.com/document/d/1X5MxpToji6SQEN3-6uzvvkfjpQFvUhTbZB1cPTM6FwA/edit#heading=h.isxlazu21uc9 target=_blank role=worksheet}',
        ['h2 "Worksheet #3: Self-Assessment Activity"', 'p "As you read"']
      ]
    ],
    worksheets: [
      '{Worksheet 3 "Self-Assessment Activity" url=https://docs.google.com/document/d/1X5MxpToji6SQEN3-6uzvvkfjpQFvUhTbZB1cPTM6FwA/edit#heading=h.isxlazu21uc9 target=_blank role=worksheet} tables: none'
    ]
  },
  messages: [],
  check(model) {
    const [table] = tables(model)
    expect(table.columns).toEqual([])
    expect(cellFacts(table, 0, 0)).toEqual({ header: true, text: 'Interests', lines: ['Interests'], blank: false })
    expect(table.children[0].children[0].attributes).toMatchObject({ bgcolor: '#85c0fe' })
    const embed = [...walk(model)].find((n) => n.type === 'embed')
    expect(embed?.url).toBe('https://www.youtube.com/embed/HacgaDN971Y?start=432&end=612')
  }
}

export const communityAndConnections: StructureCase = {
  path: 'modules/basics/_posts/2003-04-01-community-and-connections.md',
  why:
    'an iframe and videotime at top level, outside any callout; a commented-out activity callout naming a ' +
    '"Learning Activity" (a comment, never a callout or a worksheet); a body line starting with a space',
  frontMatter: { title: 'Developing Community and Connections' },
  outline: {
    title: 'Developing Community and Connections',
    children: ['p "Connected learning helps"', 'p "Connected learning emphasizes"', 'h2 "The Power of Participation"', 'embed youtube 7:53 473', 'comment'],
    worksheets: []
  },
  messages: [],
  check(model) {
    const comment = [...walk(model)].find((n) => n.type === 'comment')
    expect(comment?.value).toContain('Learning Activity: Teen Employment in Your Area')
  }
}

const mentoringWorkbook = 'https://docs.google.com/document/d/1MN0NPnxHub2tFqB4HR8EkBLgRkUU6Y-pYUmuyCF6fe0/edit'
const worksheet6 = `{Worksheet 6 "Anticipating Challenges" url=${mentoringWorkbook}#heading=h.5qg00gbbili3 target=_blank role=worksheet}`

export const troubleshooting: StructureCase = {
  path: 'modules/mentoring/_posts/2002-08-01-troubleshooting.md',
  why:
    'a videos callout without markdown="1"; a videotime with `1:33 | <i>…<a target>…</i>` closed with the ' +
    'callout on one line; a raw <a target="_blank"> around an <img> with {{ site.baseurl }} in its attributes',
  frontMatter: { title: 'Troubleshooting Mentoring Challenges', tags: ['sectionHead'] },
  outline: {
    title: 'Troubleshooting Mentoring Challenges',
    children: [
      'p "It can be"',
      ['callout videos null', ['embed youtube 1:33 93']],
      'h2 "Unique Communities"',
      'p "Every community is"',
      ['blockquote', ['p ""Specifically look at"']],
      'p "SE found some"',
      'h2 "Restrictive Policies"',
      ['blockquote', ['p ""Think about partnering"']],
      'h2 "Unfamiliar Technologies"',
      ['blockquote', ['p ""The connected learning"']],
      'p "Some people are"',
      'p "You may also"',
      'p "Ready to Code,"',
      'h2 "Time commitment too large"',
      'p "Some potential mentors"',
      'h2 "Lack of mentoring experience"',
      'p "A new mentor"',
      'list ul 4',
      'p "Library organizations such"',
      'list ul 5',
      ['blockquote', ['p ""I actually call"']],
      'p "Informal mentoring also"',
      [
        `callout activity "Worksheet #6: Anticipating Challenges" ${worksheet6}`,
        ['h2 "Worksheet #6: Anticipating Challenges"', 'p "Use this worksheet"', 'p "Here is a"', 'p "Mentoring issues worksheet"']
      ]
    ],
    worksheets: [`${worksheet6} tables: none`]
  },
  messages: ['markdown-attribute 8'],
  links: ['Mentoring issues worksheet -> {{ site.baseurl }}/img/mentoring/mentoring_issues_sample.png target=_blank'],
  check(model) {
    const image = [...walk(model)].find((n) => n.type === 'image')
    expect(image).toMatchObject({ url: '{{ site.baseurl }}/img/mentoring/mentoring_issues_sample.png', alt: 'Mentoring issues worksheet' })
  }
}
