import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { pdfText } from './helpers/poppler.js'

const node = promisify(execFile)
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

describe('examples/build-course.js --pdf', () => {
  it('prints one workbook PDF per module with worksheets, through the public API', async () => {
    const out = mkdtempSync(join(tmpdir(), 'modulemark-example-'))
    await node(process.execPath, [join(repoRoot, 'examples/build-course.js'), join(repoRoot, 'examples/sample-course'), out, '--pdf'], { cwd: repoRoot })
    const text = pdfText(readFileSync(join(out, 'workbooks/partners.pdf')))
    expect(text).toContain('Working with partners')
    expect(text).toContain('Activity #1: Who is nearby?')
  }, 120_000)
})
