import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { repoRoot, sampleCourse, tempTree } from './helpers.js'

const node = promisify(execFile)

// The examples import 'modulemark' as a user would: the built dist (`pnpm test` builds first).
describe('examples on the sample course', () => {
  it('build-course.js writes course.json, page JSON and web pages (none for unpublished pages)', async () => {
    const out = await tempTree()
    const { stdout } = await node(process.execPath, [join(repoRoot, 'examples/build-course.js'), sampleCourse, out], { cwd: repoRoot })
    expect(stdout).toMatch(/^4 modules, 9 pages, /)
    const course = JSON.parse(readFileSync(join(out, 'json/course.json'), 'utf8'))
    expect(course.modules.map((m: { name: string }) => m.name)).toEqual(['welcome', 'programs', 'partners', 'appendix'])
    expect(existsSync(join(out, 'json/modules/welcome/_posts/2001-03-01-draft-notes.json'))).toBe(true)
    expect(existsSync(join(out, 'html/modules/welcome/_posts/2001-03-01-draft-notes.html'))).toBe(false)
    expect(readFileSync(join(out, 'html/modules/programs/_posts/2002-02-01-program-map.html'), 'utf8')).toContain('Worksheet #1: Your program map')
    expect(readFileSync(join(out, 'html/index.html'), 'utf8')).toContain('href="modules/welcome/_posts/2001-02-01-how-it-works.html"')
    // Workbooks only for modules with worksheets; PDFs only with --pdf (a browser test covers them).
    expect(readFileSync(join(out, 'workbooks/programs.html'), 'utf8')).toContain('Worksheet #1: Your program map')
    expect(existsSync(join(out, 'workbooks/welcome.html'))).toBe(false)
    expect(existsSync(join(out, 'workbooks/programs.pdf'))).toBe(false)
  }, 30_000)

  it('unified-pipeline.js renders every page through remark-parse and the modulemark plugins', async () => {
    const out = await tempTree()
    const { stdout } = await node(process.execPath, [join(repoRoot, 'examples/unified-pipeline.js'), sampleCourse, out], { cwd: repoRoot })
    expect(stdout).toContain('modules/programs/_posts/2002-03-01-materials.md: "Materials on a budget", 1 worksheets, 1 messages')
    expect(stdout).toContain('modulemark:empty-link')
    expect(readFileSync(join(out, 'modules/welcome/_posts/2001-02-01-how-it-works.html'), 'utf8')).toContain('<div class="callout info">')
  }, 30_000)
})
