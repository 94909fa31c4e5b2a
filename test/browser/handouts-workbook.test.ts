// The capacity module's workbook printed by `modulemark workbook --to pdf`: cover, contents,
// then worksheets #1–#4 in order, each from a new page, pages numbered.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { main } from 'modulemark'
import { afterAll, describe, expect, it } from 'vitest'
import { corpusRoot } from '../corpus/helpers/corpus.js'
import { firstPageInk, pageCount, pdfText } from './helpers/poppler.js'

const moduleDir = path.join(corpusRoot(), 'course-in-a-box', 'modules', 'capacity')
const titles = ['Worksheet #1: Capacity K-W-L', 'Worksheet #2: Internal Assets', 'Worksheet #3: Capacity-building resources', 'Worksheet #4: Your Library and Your Community']
const words = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('modulemark workbook modules/capacity --to pdf', async () => {
  const cwd = await mkdtemp(path.join(tmpdir(), 'modulemark-workbook-pdf-'))
  afterAll(() => rm(cwd, { recursive: true, force: true }))
  let stderr = ''
  const code = await main(['workbook', moduleDir, '--to', 'pdf'], {
    cwd,
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
    stdin: Readable.from([])
  })
  const pdf = new Uint8Array(await readFile(path.join(cwd, 'capacity.workbook.pdf')))
  const pages = Array.from({ length: pageCount(pdf) }, (_, index) => words(pdfText(pdf, index + 1)))

  it('exits 0 with nothing to report', () => {
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  })

  it('opens with a cover (course, module) and then the contents', () => {
    expect(pages[0]).toBe('CONNECTEDLIB TOOLKIT Helping library staff make learning connections with youth Capacity Workbook')
    expect(pages[1].startsWith('Contents')).toBe(true)
    const listed = titles.map((title) => pages[1].indexOf(title))
    expect(listed.every((at) => at > 0)).toBe(true)
    expect(listed).toEqual([...listed].sort((a, b) => a - b))
  })

  it('then worksheets #1–#4 in order, each starting on a new page under its header', () => {
    const starts = titles.map((title) => pages.findIndex((text, index) => index > 1 && text.includes(title)))
    expect(starts.every((start) => start > 1)).toBe(true)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    expect(new Set(starts).size).toBe(4)
    for (const [n, start] of starts.entries()) expect(pages[start].startsWith(`CONNECTEDLIB TOOLKIT Capacity ${titles[n]}`)).toBe(true)
    expect(pages.join(' ')).not.toContain('Back to Worksheet #1')
  })

  it('numbers every page but the cover in the footer', () => {
    expect(pages[0]).not.toMatch(/Page \d/)
    for (const [index, text] of pages.entries()) if (index > 0) expect(text).toMatch(new RegExp(`Capacity Page ${index + 1}$`))
  })

  it('is not blank', () => {
    expect(firstPageInk(pdf)).toBeGreaterThan(0.001)
  })
})
