// poppler-utils on a PDF's bytes: its text (per page), its info, its first page's ink.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const hint = 'poppler-utils is needed for the browser tests: apt-get install poppler-utils'

function withPdf<T>(pdf: Uint8Array, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'modulemark-pdf-test-'))
  try {
    const file = join(dir, 'in.pdf')
    writeFileSync(file, pdf)
    return use(file, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function run(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found; ${hint}`)
    throw error
  }
}

/** `pdfinfo` as a map: Title, Pages, Page size, Tagged… */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const out = withPdf(pdf, (file) => run('pdfinfo', [file]))
  return Object.fromEntries(out.split('\n').filter(Boolean).map((line) => {
    const at = line.indexOf(':')
    return [line.slice(0, at), line.slice(at + 1).trim()]
  }))
}

/** The text of page `page` (1-based), or of all pages, with the layout kept (table rows stay lines). */
export function pdfText(pdf: Uint8Array, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return withPdf(pdf, (file) => {
    run('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, file + '.txt'])
    return readFileSync(file + '.txt', 'utf8')
  })
}

export function pageCount(pdf: Uint8Array): number {
  return Number(pdfInfo(pdf).Pages)
}

/** The share of page 1's pixels (greyscale, 50 dpi) that are not white: 0 means a blank page. */
export function firstPageInk(pdf: Uint8Array): number {
  return withPdf(pdf, (file, dir) => {
    run('pdftoppm', ['-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'p')])
    const pgm = readFileSync(join(dir, 'p.pgm'))
    // P5 header: magic, width, height, maxval, then one byte per pixel.
    const header = pgm.subarray(0, 40).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)
    if (!header) throw new Error('pdftoppm: not a PGM')
    const pixels = pgm.subarray(header[0].length)
    let ink = 0
    for (const p of pixels) if (p < 200) ink++
    return ink / pixels.length
  })
}

/** Writes page 1 as PNG for a person to look at. */
export function firstPagePng(pdf: Uint8Array, outBase: string): void {
  withPdf(pdf, (file) => run('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, outBase]))
}
