import { existsSync, readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { courseSchema, validateModule } from 'modulemark'
import { describe, expect, it } from 'vitest'
import { page, repoRoot, run, sampleCourse, tempTree } from './helpers.js'

const pageJsons = [
  'modules/appendix/_posts/2009-01-01-resources.json',
  'modules/partners/_posts/2003-01-01-partners.json',
  'modules/partners/_posts/2003-02-01-finding-partners.json',
  'modules/programs/_posts/2002-01-01-programs.json',
  'modules/programs/_posts/2002-02-01-program-map.json',
  'modules/programs/_posts/2002-03-01-materials.json',
  'modules/welcome/_posts/2001-01-01-welcome.json',
  'modules/welcome/_posts/2001-02-01-how-it-works.json',
  'modules/welcome/_posts/2001-03-01-draft-notes.json'
]

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
}

describe('modulemark course', () => {
  it('-o DIR writes course.json and one JSON per page, mirroring the tree', async () => {
    const out = await tempTree()
    const result = await run(['course', sampleCourse, '-o', out], { cwd: repoRoot })
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' })
    expect(await filesUnder(out)).toEqual(['course.json', ...pageJsons])
    const course = courseSchema.parse(JSON.parse(readFileSync(join(out, 'course.json'), 'utf8')))
    expect(course.modules.map((m) => m.name)).toEqual(['welcome', 'programs', 'partners', 'appendix'])
    const model = JSON.parse(readFileSync(join(out, 'modules/programs/_posts/2002-02-01-program-map.json'), 'utf8'))
    expect(validateModule(model).ok).toBe(true)
    expect(model.path).toBe('modules/programs/_posts/2002-02-01-program-map.md')
  })

  it('prints course.json on stdout without -o (indented with --pretty)', async () => {
    const compact = await run(['course', 'examples/sample-course'], { cwd: repoRoot })
    expect(compact.code).toBe(0)
    expect(compact.stdout.split('\n')).toHaveLength(2)
    const pretty = await run(['course', 'examples/sample-course', '--pretty'], { cwd: repoRoot })
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout))
    expect(pretty.stdout).toContain('\n  "modules": [')
  })

  it('--ndjson streams one page model a line, in course order', async () => {
    const result = await run(['course', sampleCourse, '--ndjson'], { cwd: repoRoot })
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((m) => m.path.replace(/\.(md|markdown)$/, '.json'))).toEqual([...pageJsons].sort((a, b) => order(a) - order(b)))
  })

  it('refuses bad combinations with exit 2', async () => {
    for (const argv of [['course'], ['course', 'a', 'b'], ['course', sampleCourse, '--ndjson', '-o', 'x'], ['course', sampleCourse, '--ndjson', '--pretty']]) {
      expect((await run(argv, { cwd: repoRoot })).code, argv.join(' ')).toBe(2)
    }
  })

  it('exits 3 for a folder that is not a course, and warns about undated pages', async () => {
    const missing = await run(['course', 'no-such-course'], { cwd: repoRoot })
    expect(missing.code).toBe(3)
    expect(missing.stderr).toMatch(/no such folder/)
    const dir = await tempTree({ 'modules/a/_posts/2001-01-01-a.md': page('A'), 'modules/a/_posts/notes.md': page('N') })
    const result = await run(['course', '.'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe("modulemark: warning: modules/a/_posts/notes.md has no YYYY-MM-DD- prefix; it is not a page of the course\n")
  })

  it('writes nothing when two pages would share one output', async () => {
    const dir = await tempTree({ 'modules/a/_posts/2001-01-01-a.md': page('A'), 'modules/a/_posts/2001-01-01-a.markdown': page('A2') })
    const result = await run(['course', '.', '-o', 'out'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/would both be written to/)
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  it('shows the help', async () => {
    const result = await run(['course', '--help'], { cwd: repoRoot })
    expect(result.stdout).toMatch(/^Usage: modulemark course <course-dir>/)
    expect((await run(['--help'], { cwd: repoRoot })).stdout).toMatch(/course <dir>/)
  })
})

// Course order: the module order of course.yml, then the date prefix.
function order(path: string): number {
  const modules = ['welcome', 'programs', 'partners', 'appendix']
  return modules.indexOf(path.split('/')[1]) * 100 + Number(path.split('/')[3].slice(0, 4))
}
