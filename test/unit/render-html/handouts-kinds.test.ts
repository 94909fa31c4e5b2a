// Handouts of other kinds of worksheet: no table, revisits, references, labels, links, lists, several a page.
import { describe, expect, it } from 'vitest'
import { handouts, page, questions, tableShape, text } from './handouts-helpers.js'

const callout = (heading: string, body: string) => `<div class="callout activity" markdown="1">\n\n### ${heading}\n\n${body}\n\n</div>\n`

describe('toWorksheets on worksheets of other kinds', () => {
  it('a worksheet with no table: instructions, then a ruled writing area filling the page', () => {
    const out = handouts(page(`---\ntitle: Reflect\n---\n\n${callout('[Worksheet #2: Reflection](https://example.org/w2)', 'Write about your week.')}`))
    expect(out.handouts).toHaveLength(1)
    expect(out.all('table')).toHaveLength(0)
    const writing = out.all('.handout > .writing')
    expect(writing).toHaveLength(1)
    expect(out.all('.line', writing[0]).length).toBeGreaterThanOrEqual(25)
    expect(text(out.all('style')[0])).toMatch(/\.writing \{ flex: 1 1 0;[^}]*contain: size;[^}]*overflow: hidden;/)
  })

  it('a revisit and a reference make no handout', () => {
    const source = `${callout('[Back to Worksheet #1: Goals](https://example.org/w1)', 'Finish the last column.')}\n## Worksheet #4: Later\n\nSee the next module.\n`
    const model = page(source)
    expect(model.worksheets.map((entry) => entry.role)).toEqual(['revisit', 'reference'])
    expect(handouts(model).handouts).toHaveLength(0)
  })

  it('keeps the label and number as written: "Activity 3"', () => {
    const out = handouts(page(callout('[Activity 3: Map the branch](https://example.org/a3)', 'Walk the branch.')))
    expect(out.all('h1').map(text)).toEqual(['Activity 3: Map the branch'])
  })

  it('prints link URLs in parentheses, empty and placeholder links as plain text', () => {
    const body = 'Read the [guide](https://example.org/guide), the [draft]( ) and the [plan](#). Also https://example.org/bare as [https://example.org/bare](https://example.org/bare).'
    const out = handouts(page(callout('[Worksheet #1: Links]()', body)))
    const instructions = text(out.all('.instructions')[0])
    expect(instructions).toBe(
      'Read the guide (https://example.org/guide), the draft and the plan. Also https://example.org/bare as https://example.org/bare.'
    )
    expect(out.all('.instructions a').map((a) => a.properties.href)).toEqual(['https://example.org/guide', 'https://example.org/bare'])
  })

  it('every list item inside the callout is a question with answer lines; answers are left out', () => {
    const body = 'Think about:\n\n- Staff\n- Space\n\n<details>\n<summary>Answers</summary>\nAll of them.\n</details>\n'
    const out = handouts(page(callout('[Worksheet #3: Resources](https://example.org/w3)', body)), { answerLines: 3 })
    expect(questions(out.all('.instructions ul')[0])).toEqual([
      { text: 'Staff', lines: 3 },
      { text: 'Space', lines: 3 }
    ])
    expect(text(out.tree)).not.toContain('All of them.')
  })

  it('a list after the callout (at most one paragraph between) gives only its items that end in "?"', () => {
    const after = (between: string) => `${callout('[Worksheet #1: Q](https://example.org/q)', 'Go.')}\n${between}- Who helps?\n- A note.\n- Why now?\n`
    expect(questions(handouts(page(after(''))).all('.questions ul')[0]).map((q) => q.text)).toEqual(['Who helps?', 'Why now?'])
    expect(handouts(page(after('Consider:\n\n'))).all('.questions li')).toHaveLength(2)
    expect(handouts(page(after('One.\n\nTwo.\n\n'))).all('.questions')).toHaveLength(0)
  })

  it('a fill-in table inside the callout becomes the blank table, not a second copy', () => {
    const table = '<table>\n<tr><th>Need</th><th>Asset</th></tr>\n<tr><td></td><td></td></tr>\n</table>'
    const out = handouts(page(callout('[Worksheet #4: Match](https://example.org/w4)', `Match them.\n\n${table}`)))
    expect(out.all('table')).toHaveLength(1)
    expect(tableShape(out.all('table.blank')[0]).columns).toEqual(['Need', 'Asset'])
    expect(out.all('.writing')).toHaveLength(0)
  })

  it('several worksheets: each a handout from a new page; the module title is the one h1', () => {
    const source = `---\ntitle: Two sheets\nlicence: CC BY 4.0\nattribution: Made by the Example Library\n---\n\n${callout('[Worksheet #1: One](https://example.org/1)', 'First.')}\n${callout('[Worksheet #2: Two](https://example.org/2)', 'Second.')}`
    const out = handouts(page(source))
    expect(out.handouts).toHaveLength(2)
    expect(out.all('h1').map(text)).toEqual(['Two sheets'])
    expect(out.all('h2.title').map(text)).toEqual(['Worksheet #1: One', 'Worksheet #2: Two'])
    expect(text(out.all('style')[0])).toMatch(/\.handout \{[^}]*break-before: page;/)
    expect(out.all('footer.licence').map(text)).toEqual(Array(2).fill('CC BY 4.0 · Made by the Example Library'))
  })

  it('several worksheets on an untitled page: its file name is the one h1, as on the web page', () => {
    const out = handouts(page(`${callout('[Worksheet #1: One](https://example.org/1)', 'First.')}\n${callout('[Worksheet #2: Two](https://example.org/2)', 'Second.')}`))
    expect(out.all('h1').map(text)).toEqual(['page'])
    expect(out.all('h2.title').map(text)).toEqual(['Worksheet #1: One', 'Worksheet #2: Two'])
  })

  it('a page without worksheets gives a document with no handout', () => {
    expect(handouts(page('# Nothing\n\nJust text.\n')).handouts).toHaveLength(0)
  })
})
