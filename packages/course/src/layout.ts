import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { readCourseConfig } from './config.js'
import { CourseError } from './errors.js'
import { isPageFile, parsePostName } from './page-name.js'
import type { CourseLayout, CourseWarning, LayoutModule, LayoutPage } from './types.js'

/**
 * The course folder's shape: course.yml's title, description and module order,
 * and each module's dated pages in order. Reads folders only, no page.
 */
export async function courseLayout(dir: string): Promise<CourseLayout> {
  const root = resolve(dir)
  if (!(await isFolder(root))) throw new CourseError('course-not-found', `cannot read course folder ${root}: no such folder`, root)
  const modulesDir = join(root, 'modules')
  if (!(await isFolder(modulesDir))) throw new CourseError('course-not-found', `${root} is not a course folder: it has no modules/ folder`, modulesDir)
  const config = await readCourseConfig(root)
  const warnings: CourseWarning[] = []
  const found = await moduleNames(root)

  // course.yml's order first, then the modules it does not list, alphabetically.
  const listed = config.modules.filter((name) => {
    if (found.includes(name)) return true
    warnings.push({ code: 'module-missing', message: `course.yml lists module '${name}', but modules/${name}/_posts does not exist`, path: `modules/${name}` })
    return false
  })
  const order = [...listed, ...found.filter((name) => !listed.includes(name))]

  const modules: LayoutModule[] = []
  for (const name of order) modules.push({ name, pages: await modulePages(root, name, warnings) })
  return { dir: root, title: config.title, description: config.description, modules, warnings }
}

const isFolder = (path: string): Promise<boolean> =>
  stat(path).then(
    (stats) => stats.isDirectory(),
    () => false
  )

/** Folders under `modules/` that have a `_posts` folder, in code-point order. */
async function moduleNames(root: string): Promise<string[]> {
  const names: string[] = []
  for (const entry of await readdir(join(root, 'modules'), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    if (await isFolder(join(root, 'modules', entry.name, '_posts'))) names.push(entry.name)
  }
  return names.sort(compare)
}

/** The module's dated pages under `_posts` (subfolders too, as Jekyll reads them), by date then slug. */
async function modulePages(root: string, name: string, warnings: CourseWarning[]): Promise<LayoutPage[]> {
  const pages: LayoutPage[] = []
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(root, ...rel.split('/')), { withFileTypes: true })
    for (const entry of entries) {
      // Dot entries are editor/VCS files; `_archive` and other `_` folders are not pages.
      if (entry.name.startsWith('.')) continue
      const path = `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_')) await walk(path)
        continue
      }
      if (!isPageFile(entry.name)) continue
      const post = parsePostName(entry.name)
      // Jekyll skips a post without a date; so do we, but say so.
      if (post) pages.push({ path, ...post })
      else warnings.push({ code: 'page-not-dated', message: `${path} has no YYYY-MM-DD- prefix; it is not a page of the course`, path })
    }
  }
  await walk(`modules/${name}/_posts`)
  return pages.sort((a, b) => compare(a.date, b.date) || compare(a.slug, b.slug) || compare(a.path, b.path))
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
