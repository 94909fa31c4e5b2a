// A module's workbook from the team's fixture module: order, what is left out, messages.
import { toWorkbook } from '@modulemark/render-html'
import { describe, expect, it } from 'vitest'
import { gardening, read, text } from './handouts-helpers.js'

describe('toWorkbook on test/fixtures/modules/gardening', () => {
  const course = { title: 'Library Garden Course', description: 'Growing food and friends at the library' }
  const workbook = toWorkbook(gardening(), { course, module: { name: 'gardening' } })
  const out = read(workbook.html)

  it('has a cover with the course title and description and the module title (the first page’s)', () => {
    const [cover] = out.all('section.cover')
    expect(out.all('.course, .description, h1, .kind', cover).map(text)).toEqual([
      'Library Garden Course',
      'Growing food and friends at the library',
      'Community Gardens',
      'Workbook'
    ])
    expect(out.all('h1')).toHaveLength(1)
  })

  it('holds page order, then worksheet number; unpublished pages and revisits left out, an orphan reference kept', () => {
    const titles = out.all('section.handout h2.title').map(text)
    expect(titles).toEqual(['Worksheet #1: Garden K-W-L', 'Worksheet #2: Garden Partners', 'Worksheet #2: Harvest Plan', 'Worksheet #5: Seed Swap'])
    expect(text(out.tree)).not.toContain('Not ready yet')
    // A worksheet named by a heading asks what follows the heading.
    expect(text(out.all('section.handout .instructions')[3])).toBe('Bring seeds to the swap table.')
  })

  it('lists the worksheets in a table of contents that links to each', () => {
    const items = out.all('nav.contents li')
    expect(items.map((item) => text(out.all('a', item)[0]))).toEqual(out.all('section.handout h2.title').map(text))
    expect(items.map((item) => out.all('a', item)[0].properties.href)).toEqual(out.all('section.handout').map((s) => `#${s.properties.id}`))
    expect(text(out.all('.from', items[3])[0])).toBe('from “Wrapping Up”')
  })

  it('reports the duplicate and the missing numbers, and still builds', () => {
    expect(workbook.messages.map(({ ruleId, path, line }) => ({ ruleId, path, line }))).toEqual([
      { ruleId: 'workbook-number-duplicate', path: '_posts/2003-01-01-wrap-up.md', line: 5 },
      { ruleId: 'workbook-number-missing', path: null, line: null }
    ])
    expect(workbook.messages[0].reason).toContain('_posts/2001-01-01-overview.md')
    expect(workbook.messages[1].reason).toBe('no page of the module has worksheet #3, #4 (numbers run to #5)')
  })

  it('numbers its pages in the bottom margin, all but the cover, and starts each part on a new page', () => {
    const css = text(out.all('style')[0])
    expect(css).toContain('@bottom-right { content: "Page " counter(page);')
    expect(css).toContain('@page :first { @bottom-right { content: none; }')
    expect(css).toContain('@bottom-left { content: "Community Gardens";')
    expect(css).toMatch(/\.contents \{ break-before: page; \}/)
  })

  it('prints each page’s licence, else the course’s', () => {
    expect(out.all('section.handout').map((s) => out.all('footer.licence', s).map(text))).toEqual([['CC BY-SA 4.0'], ['CC BY-SA 4.0'], [], []])
    const licensed = read(toWorkbook(gardening(), { course: { ...course, license: 'CC BY 4.0' } }).html)
    expect(licensed.all('footer.licence').map(text)).toEqual(['CC BY-SA 4.0', 'CC BY-SA 4.0', 'CC BY 4.0', 'CC BY 4.0'])
  })

  it('an explicit module title wins; a CSS-unsafe one stays inside its string', () => {
    const html = toWorkbook(gardening(), { module: { title: 'Gardens </style><b>"x"' } }).html
    expect(read(html).all('b')).toHaveLength(0)
    expect(html).toContain('content: "Gardens \\3C /style>\\3C b>\\"x\\""')
  })

  it('with no worksheet at all, says so', () => {
    const empty = toWorkbook([], { module: { name: 'empty' } })
    expect(empty.messages).toEqual([])
    expect(text(read(empty.html).all('nav.contents')[0])).toBe('Contents This module has no worksheets.')
  })
})
