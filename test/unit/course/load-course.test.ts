import { courseLayout, CourseError, courseSchema, loadCourse, type CourseWarning } from '@modulemark/course'
import { describe, expect, it } from 'vitest'
import { page, sampleCourse, tempTree } from './helpers.js'

describe('loadCourse on the sample course', () => {
  it('reads course.yml and orders modules: listed first, then the others alphabetically', async () => {
    const course = await loadCourse(sampleCourse)
    expect(course.type).toBe('course')
    expect(course.title).toBe('Pop-Up Makerspaces')
    expect(course.description).toBe('A short sample course on running pop-up makerspaces in small libraries')
    expect(course.modules.map((m) => m.name)).toEqual(['welcome', 'programs', 'partners', 'appendix'])
    expect(courseSchema.parse(course)).toEqual(course)
  })

  it('orders pages by date prefix, with slug, date and POSIX course-relative path', async () => {
    const course = await loadCourse(sampleCourse)
    const welcome = course.modules[0]
    expect(welcome.pages.map((p) => [p.date, p.slug, p.path])).toEqual([
      ['2001-01-01', 'welcome', 'modules/welcome/_posts/2001-01-01-welcome.md'],
      ['2001-02-01', 'how-it-works', 'modules/welcome/_posts/2001-02-01-how-it-works.markdown'],
      ['2001-03-01', 'draft-notes', 'modules/welcome/_posts/2001-03-01-draft-notes.md']
    ])
  })

  it("titles a module by its first page and keeps each page's title", async () => {
    const course = await loadCourse(sampleCourse)
    expect(course.modules.map((m) => m.title)).toEqual(['Welcome', 'Planning programs', 'Working with partners', 'Further resources'])
    expect(course.modules[1].pages.map((p) => p.title)).toEqual(['Planning programs', 'Mapping your programs', 'Materials on a budget'])
  })

  it('lists a published: false page with published false', async () => {
    const course = await loadCourse(sampleCourse)
    const flags = course.modules.flatMap((m) => m.pages.map((p) => [p.slug, p.published]))
    expect(flags.filter(([, published]) => !published)).toEqual([['draft-notes', false]])
  })

  it("lists each page's worksheets with label, number, title, url and role", async () => {
    const course = await loadCourse(sampleCourse)
    const [, map, materials] = course.modules[1].pages
    expect(map.worksheets).toEqual([{ label: 'Worksheet', number: 1, title: 'Your program map', url: 'https://example.org/pop-up-workbook#heading=h.map', role: 'worksheet' }])
    expect(materials.worksheets).toEqual([{ label: 'Worksheet', number: 2, title: 'Your materials list', url: null, role: 'worksheet' }])
    expect(course.modules[2].pages[1].worksheets.map((w) => [w.label, w.number, w.role])).toEqual([
      ['Activity', 1, 'worksheet'],
      ['Worksheet', 1, 'revisit']
    ])
  })

  it('leaves out _archive folders and files outside modules/<module>/_posts', async () => {
    const course = await loadCourse(sampleCourse)
    const paths = course.modules.flatMap((m) => m.pages.map((p) => p.path))
    expect(paths).toHaveLength(9)
    expect(paths.every((path) => /^modules\/[^/]+\/_posts\/\d{4}-\d{2}-\d{2}-[^/]+\.(md|markdown)$/.test(path))).toBe(true)
  })

  it('hands each model to onPage once, in course order', async () => {
    const seen: string[] = []
    const course = await loadCourse(sampleCourse, { onPage: (model) => void seen.push(model.path!) })
    expect(seen).toEqual(course.modules.flatMap((m) => m.pages.map((p) => p.path)))
  })
})

describe('loadCourse on other course folders', () => {
  it('without course.yml: title and description null, modules alphabetical', async () => {
    const dir = await tempTree({
      'modules/zeta/_posts/2001-01-01-z.md': page('Zeta'),
      'modules/alpha/_posts/2001-01-01-a.md': page('Alpha'),
      'modules/notes.md': page('Not a module')
    })
    const course = await loadCourse(dir)
    expect(course).toMatchObject({ title: null, description: null })
    expect(course.modules.map((m) => m.name)).toEqual(['alpha', 'zeta'])
  })

  it('warns about a listed module that does not exist and a _posts file without a date', async () => {
    const dir = await tempTree({
      '_data/course.yml': 'title: T\nmodules: [b, ghost, a]\n',
      'modules/a/_posts/2001-01-01-a.md': page('A'),
      'modules/b/_posts/2001-01-01-b.md': page('B'),
      'modules/b/_posts/notes.md': page('Undated')
    })
    const warnings: CourseWarning[] = []
    const course = await loadCourse(dir, { onWarning: (warning) => void warnings.push(warning) })
    expect(course.modules.map((m) => m.name)).toEqual(['b', 'a'])
    expect(course.modules[0].pages.map((p) => p.slug)).toEqual(['b'])
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['module-missing', 'modules/ghost'],
      ['page-not-dated', 'modules/b/_posts/notes.md']
    ])
  })

  it('reads pages in _posts subfolders but not in _-folders, and sorts by date across them', async () => {
    const dir = await tempTree({
      'modules/m/_posts/2002-01-01-late.md': page('Late'),
      'modules/m/_posts/part/2001-01-01-early.md': page('Early'),
      'modules/m/_posts/_archive/2000-01-01-old.md': page('Old'),
      'modules/m/_archive/2000-01-01-older.md.old': page('Older')
    })
    const course = await loadCourse(dir)
    expect(course.modules[0].pages.map((p) => p.path)).toEqual(['modules/m/_posts/part/2001-01-01-early.md', 'modules/m/_posts/2002-01-01-late.md'])
    expect(course.modules[0].title).toBe('Early')
  })

  it('keeps an empty module with title null', async () => {
    const dir = await tempTree({ '_data/course.yml': 'modules: [empty]\n', 'modules/empty/_posts/.keep': '' })
    expect((await loadCourse(dir)).modules).toEqual([{ name: 'empty', title: null, pages: [] }])
  })

  it('refuses a missing folder, a folder without modules/, and a broken course.yml with a CourseError', async () => {
    await expect(loadCourse('/no/such/course')).rejects.toMatchObject({ name: 'CourseError', code: 'course-not-found' })
    const bare = await tempTree({ 'x.md': page('X') })
    await expect(courseLayout(bare)).rejects.toMatchObject({ code: 'course-not-found' })
    const broken = await tempTree({ '_data/course.yml': 'title: [unclosed\n', 'modules/a/_posts/2001-01-01-a.md': page('A') })
    await expect(loadCourse(broken)).rejects.toBeInstanceOf(CourseError)
    const notList = await tempTree({ '_data/course.yml': 'modules: a\n', 'modules/a/_posts/2001-01-01-a.md': page('A') })
    await expect(loadCourse(notList)).rejects.toMatchObject({ code: 'course-config-invalid' })
  })

  it('uses a parse function given in the options (a cache or a worker pool)', async () => {
    const dir = await tempTree({ 'modules/a/_posts/2001-01-01-a.md': page('A') })
    const paths: string[] = []
    const { parseModule } = await import('@modulemark/extract')
    const course = await loadCourse(dir, {
      parse: (source, path) => {
        paths.push(path)
        return { ...parseModule(source, { path }), title: 'From the cache' }
      }
    })
    expect(paths).toEqual(['modules/a/_posts/2001-01-01-a.md'])
    expect(course.modules[0].title).toBe('From the cache')
  })
})
