// The capacity module's workbook: its four worksheets in order, the revisit of #1 not a new one;
// and the `workbook` command on the real module folder.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { main, parseModule, toWorkbook } from 'modulemark'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toString } from 'hast-util-to-string'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusRoot, listPages, readPage } from './helpers/corpus.js'

const moduleDir = path.join(corpusRoot(), 'course-in-a-box', 'modules', 'capacity')
const expected = ['Worksheet #1: Capacity K-W-L', 'Worksheet #2: Internal Assets', 'Worksheet #3: Capacity-building resources', 'Worksheet #4: Your Library and Your Community']
const titlesOf = (html: string) => selectAll('section.handout h2.title', fromHtml(html)).map((node) => toString(node).trim())

describe('the workbook of modules/capacity', () => {
  // listPages sorts by path: the date prefix, as the module orders its pages.
  const pages = listPages()
    .filter((page) => page.path.startsWith('modules/capacity/_posts/'))
    .map((page) => parseModule(readPage(page), { path: page.path }))

  it('lists worksheets #1–#4 in order; the revisit of #1 is not a new one', () => {
    expect(pages.flatMap((page) => page.worksheets).filter((entry) => entry.role === 'revisit').map((entry) => entry.number)).toEqual([1])
    const workbook = toWorkbook(pages, { module: { name: 'capacity' } })
    expect(titlesOf(workbook.html)).toEqual(expected)
    expect(workbook.messages).toEqual([])
    const contents = selectAll('nav.contents li a', fromHtml(workbook.html)).map((node) => toString(node).trim())
    expect(contents).toEqual(expected)
  })

  const temps: string[] = []
  afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))))

  it('`modulemark workbook` reads the folder in date order and the course title from course.yml', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'modulemark-workbook-'))
    temps.push(cwd)
    let stderr = ''
    const code = await main(['workbook', moduleDir], {
      cwd,
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => ((stderr += chunk), true) },
      stdin: Readable.from([])
    })
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const html = await readFile(path.join(cwd, 'capacity.workbook.html'), 'utf8')
    expect(titlesOf(html)).toEqual(expected)
    const cover = selectAll('section.cover .course, section.cover h1', fromHtml(html)).map((node) => toString(node).trim())
    expect(cover).toEqual(['ConnectedLib Toolkit', 'Capacity'])
  })
})
