// The real course folder as a whole: course.json's module order and page counts,
// the `course` command, and the examples, on ../shared/corpus/course-in-a-box.
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { courseSchema, loadCourse, main, readCourse } from 'modulemark'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusRoot, repoRoot } from './helpers/corpus.js'

const node = promisify(execFile)
const courseDir = path.join(corpusRoot(), 'course-in-a-box')
const expectedOrder = [
  // course.yml's order…
  'introducing-the-toolkit',
  'basics',
  'youth-development',
  'mentoring',
  'community-centered',
  'capacity',
  // …then the modules it does not list, alphabetically.
  'civic-engagement',
  'connectedlibfest',
  'designing-connected-learning-services',
  'evaluation'
]

let out: string
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'modulemark-course-'))
})
afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

const postsOf = async (module: string) => (await readdir(path.join(courseDir, 'modules', module, '_posts'))).filter((name) => /\.(md|markdown)$/.test(name))

describe('course-in-a-box as a course', () => {
  it('orders modules by course.yml, then the others alphabetically', async () => {
    const course = await loadCourse(courseDir)
    expect(course.title).toBe('ConnectedLib Toolkit')
    expect(course.modules.map((m) => m.name)).toEqual(expectedOrder)
    expect(courseSchema.safeParse(course).success).toBe(true)
  })

  it("gives each module as many pages as its _posts files, in date order, titled by its first page", async () => {
    const course = await loadCourse(courseDir)
    for (const module of course.modules) {
      const files = (await postsOf(module.name)).sort()
      expect(module.pages.map((p) => path.posix.basename(p.path)), module.name).toEqual(files)
      expect(module.title, module.name).toBe(module.pages[0].title)
      expect(module.title, module.name).not.toBeNull()
    }
  })

  it('readCourse yields every page once, in the same order', async () => {
    const course = await loadCourse(courseDir)
    const paths: string[] = []
    for await (const model of readCourse(courseDir)) paths.push(model.path!)
    expect(paths).toEqual(course.modules.flatMap((m) => m.pages.map((p) => p.path)))
  })

  it('the course command writes course.json and a JSON per page', async () => {
    const dir = path.join(out, 'cli')
    const code = await main(['course', courseDir, '-o', dir], { stdout: { write: () => true }, stderr: { write: () => true } })
    expect(code).toBe(0)
    const course = JSON.parse(await readFile(path.join(dir, 'course.json'), 'utf8'))
    for (const page of course.modules.flatMap((m: { pages: { path: string }[] }) => m.pages)) {
      const model = JSON.parse(await readFile(path.join(dir, page.path.replace(/\.(md|markdown)$/, '.json')), 'utf8'))
      expect(model.path).toBe(page.path)
    }
  })
})

// The examples import 'modulemark' from its built dist (`pnpm test:corpus` builds first).
describe('examples on course-in-a-box', () => {
  it('build-course.js', async () => {
    const dir = path.join(out, 'build')
    const { stdout } = await node(process.execPath, [path.join(repoRoot, 'examples/build-course.js'), courseDir, dir])
    const pages = (await Promise.all(expectedOrder.map(postsOf))).flat().length
    expect(stdout).toMatch(new RegExp(`^10 modules, ${pages} pages, `))
    const course = JSON.parse(await readFile(path.join(dir, 'json/course.json'), 'utf8'))
    expect(course.modules.map((m: { name: string }) => m.name)).toEqual(expectedOrder)
    expect(await readFile(path.join(dir, 'html/modules/capacity/_posts/2000-01-01-capacity.html'), 'utf8')).toMatch(/^<!doctype html>/i)
  })

  it('unified-pipeline.js', async () => {
    const dir = path.join(out, 'unified')
    const { stdout } = await node(process.execPath, [path.join(repoRoot, 'examples/unified-pipeline.js'), courseDir, dir], { maxBuffer: 16 * 1024 * 1024 })
    const pages = (await Promise.all(expectedOrder.map(postsOf))).flat().length
    expect(stdout.split('\n').filter((line) => line.startsWith('modules/'))).toHaveLength(pages)
  })
})
