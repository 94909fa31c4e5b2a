// `modulemark worksheets` and `modulemark workbook` as HTML (PDF output is in the browser tests).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import { repoRoot, run, seedPath, tempTree } from './helpers.js'

const texts = (html: string, selector: string) => selectAll(selector, fromHtml(html)).map((node) => toString(node).replace(/\s+/g, ' ').trim())
const callout = (heading: string) => `<div class="callout activity" markdown="1">\n\n### ${heading}\n\nDo it.\n\n</div>\n`

/** A course folder: course.yml, a module whose first page has no worksheet, and a page with one. */
const course = {
  '_data/course.yml': 'title: Library Garden Course\ndescription: Growing at the library\nlicense: CC BY-SA 4.0\n',
  'modules/plots/_posts/2001-01-01-intro.md': '---\ntitle: Plots and Paths\n---\n\nWelcome.\n',
  'modules/plots/_posts/2001-02-01-plan.md': `---\ntitle: Planning\n---\n\n${callout('[Worksheet #1: Plot plan](https://example.org/1)')}`
}

describe('modulemark worksheets', () => {
  it('writes x.worksheets.html into -o DIR: the seed’s one handout', async () => {
    const out = await tempTree()
    const result = await run(['worksheets', seedPath, '-o', out], { cwd: repoRoot })
    expect(result).toMatchObject({ code: 0, stdout: '' })
    const html = readFileSync(join(out, 'relationships.worksheets.html'), 'utf8')
    expect(texts(html, 'h1')).toEqual(['Worksheet #6: Your relationships capacity'])
    expect(selectAll('table.blank tbody tr', fromHtml(html))).toHaveLength(6)
  })

  it('passes --rows, --answer-lines, --keep-row-labels, --with-example and --page-size on', async () => {
    const out = await tempTree()
    const args = ['worksheets', seedPath, '-o', out, '--rows', '10', '--answer-lines', '3', '--keep-row-labels', '--with-example', '--page-size', 'a4']
    expect((await run(args, { cwd: repoRoot })).code).toBe(0)
    const html = readFileSync(join(out, 'relationships.worksheets.html'), 'utf8')
    expect(selectAll('table.blank tbody tr', fromHtml(html))).toHaveLength(10)
    expect(texts(html, 'table.blank tbody th')).toEqual(['Local high schools'])
    expect(texts(html, 'figure.example figcaption')).toEqual(['Example'])
    expect(selectAll('.questions li:first-child .line', fromHtml(html))).toHaveLength(3)
    expect(html).toContain('size: A4')
  })

  it('a page with no worksheet writes nothing and says so', async () => {
    const dir = await tempTree({ 'plain.md': '# Plain\n\nNo worksheet here.\n' })
    const result = await run(['worksheets', 'plain.md'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('modulemark: plain.md introduces no worksheet; no handout written\n')
    expect(readdirSync(dir).filter((name) => name !== 'node_modules')).toEqual(['plain.md']) // node_modules: the cache
  })

  it('in a course folder: the course title and licence from course.yml, the module title from its first page', async () => {
    const dir = await tempTree(course)
    const result = await run(['worksheets', 'modules/plots/_posts/2001-02-01-plan.md', '-o', 'out'], { cwd: dir })
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const html = readFileSync(join(dir, 'out/2001-02-01-plan.worksheets.html'), 'utf8')
    expect(texts(html, 'header .course, header .module, header .title')).toEqual(['Library Garden Course', 'Plots and Paths', 'Worksheet #1: Plot plan'])
    expect(texts(html, 'footer.licence')).toEqual(['CC BY-SA 4.0'])
  })

  it('refuses a bad count, a bad --to, and stdin', async () => {
    expect((await run(['worksheets', seedPath, '--rows', 'ten'], { cwd: repoRoot })).stderr).toContain("option '--rows' must be a whole number")
    expect((await run(['worksheets', seedPath, '--to', 'docx'], { cwd: repoRoot })).code).toBe(2)
    expect((await run(['worksheets', '-'], { cwd: repoRoot, stdin: '# x' })).code).toBe(2)
  })

  it('--to pdf without Chromium: the install hint, exit 2, nothing written', async () => {
    const out = await tempTree()
    const result = await run(['worksheets', seedPath, '-o', out, '--to', 'pdf', '--chromium', join(out, 'no-chromium')], { cwd: repoRoot })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('apt-get install chromium')
    expect(readdirSync(out)).toEqual([])
  })
})

describe('modulemark workbook', () => {
  const gardening = Object.fromEntries(
    readdirSync(join(repoRoot, 'test/fixtures/modules/gardening/_posts')).map((file) => [
      `modules/gardening/_posts/${file}`,
      readFileSync(join(repoRoot, 'test/fixtures/modules/gardening/_posts', file), 'utf8')
    ])
  )

  it('builds <module>.workbook.html in page order and warns about duplicate and missing numbers', async () => {
    const dir = await tempTree({ ...gardening, '_data/course.yml': course['_data/course.yml'] })
    const result = await run(['workbook', 'modules/gardening'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n').filter(Boolean).map((line) => line.split(' ')[0] + ' ' + line.split(' ').at(-1))).toEqual([
      'modules/gardening/_posts/2003-01-01-wrap-up.md:5:1 workbook-number-duplicate',
      'modules/gardening workbook-number-missing'
    ])
    const html = readFileSync(join(dir, 'gardening.workbook.html'), 'utf8')
    expect(texts(html, 'section.cover .course, section.cover .description, section.cover h1')).toEqual(['Library Garden Course', 'Growing at the library', 'Community Gardens'])
    expect(texts(html, 'section.handout h2.title')).toEqual(['Worksheet #1: Garden K-W-L', 'Worksheet #2: Garden Partners', 'Worksheet #2: Harvest Plan', 'Worksheet #5: Seed Swap'])
    // The course's licence where a page gives none.
    expect(texts(html, 'footer.licence')).toEqual(['CC BY-SA 4.0', 'CC BY-SA 4.0', 'CC BY-SA 4.0', 'CC BY-SA 4.0'])
  })

  it('writes -o FILE; a folder without _posts is not a module (exit 3)', async () => {
    const dir = await tempTree(gardening)
    expect((await run(['workbook', 'modules/gardening', '-o', 'books/garden.html', '--rows', '8'], { cwd: dir })).code).toBe(0)
    expect(selectAll('table.blank tbody tr', fromHtml(readFileSync(join(dir, 'books/garden.html'), 'utf8')))).toHaveLength(8)
    const missing = await run(['workbook', 'modules'], { cwd: dir })
    expect(missing.code).toBe(3)
    expect(missing.stderr).toBe('modulemark: modules is not a module folder: it has no _posts folder\n')
    expect(existsSync(join(dir, 'modules.workbook.html'))).toBe(false)
  })
})
