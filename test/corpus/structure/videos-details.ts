import { expect } from 'vitest'
import { walk } from '../helpers/outline.js'
import type { StructureCase } from './case.js'

export const evaluatingConnectedLearning: StructureCase = {
  path: 'modules/evaluation/_posts/2000-03-01-evaluating-connected-learning.md',
  why:
    'a videos callout opening on an iframe (no title) with a `videotime` div that itself has markdown="1"; ' +
    'an IAL target in the callout text; <details> with a raw <a target> inside; <sup> in a list item',
  frontMatter: { title: 'Evaluating connected learning' },
  outline: {
    title: 'Evaluating connected learning',
    children: [
      'p "Evaluation and assessment"',
      'list ul 5',
      'p "These challenges are"',
      'list ul 7',
      'p "By the end"',
      ['callout videos null', ['embed youtube 7:51 471', 'p "In this short"']],
      'hr',
      // kramdown keeps a <details> body as HTML: the text and link are not Markdown blocks.
      ['details "References"', ['p "1: Course Teaser:"']]
    ],
    worksheets: []
  },
  messages: [],
  links: [
    'Program Evaluations for Connected Learning -> https://dmlcommons.net/2016-course/ target=_blank',
    'Course Teaser: Program Evaluations for Connected Learning -> https://youtu.be/u6rguxNk8kY target=_blank'
  ],
  check(model) {
    const embed = [...walk(model)].find((n) => n.type === 'embed')
    expect(embed).toMatchObject({ url: 'https://www.youtube.com/embed/u6rguxNk8kY', provider: 'youtube', duration: '7:51', seconds: 471 })
  }
}
