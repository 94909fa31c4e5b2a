// Where a page or module sits in a course folder, and what `_data/course.yml` says about the course.
import { readdir, readFile } from 'node:fs/promises'
import { basename, dirname, join, sep } from 'node:path'
import { parse } from 'yaml'

export interface CourseInfo {
  title: string | null
  description: string | null
  license: string | null
}

/** The course and module folders of a page at `…/modules/<m>/_posts/…/x.md`, else `null`. */
export function courseFoldersOf(pageFile: string): { courseDir: string; moduleDir: string } | null {
  const parts = pageFile.split(sep)
  const posts = parts.lastIndexOf('_posts')
  if (posts < 3 || parts[posts - 2] !== 'modules') return null
  const moduleDir = parts.slice(0, posts).join(sep)
  return { courseDir: dirname(dirname(moduleDir)), moduleDir }
}

/** `_data/course.yml` of a course folder; `null` when there is none. A broken one is an Error naming it. */
export async function readCourseInfo(courseDir: string): Promise<CourseInfo | null> {
  const file = join(courseDir, '_data', 'course.yml')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new Error(`cannot read ${file}: ${(error as Error).message}`)
  }
  let data: unknown
  try {
    data = parse(text)
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${(error as Error).message}`)
  }
  const record = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  return {
    title: stringOrNull(record.title),
    description: stringOrNull(record.description),
    license: stringOrNull(record.license) ?? stringOrNull(record.licence) ?? stringOrNull(record.attribution)
  }
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)

// Jekyll's posts: `YYYY-MM-DD-slug.md`; the date orders a module's pages.
const postName = /^(\d{4}-\d{2}-\d{2})-(.+)\.(?:md|markdown)$/i

/** The module's pages under `_posts` (subfolders too, not `_` or dot ones) by date then name, and the files without a date. */
export async function modulePages(moduleDir: string): Promise<{ files: string[]; undated: string[] }> {
  const found: { file: string; key: string }[] = []
  const undated: string[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_')) await walk(path)
      } else if (/\.(?:md|markdown)$/i.test(entry.name)) {
        const post = postName.exec(entry.name)
        if (post) found.push({ file: path, key: `${post[1]}\u0000${post[2]}\u0000${path}` })
        else undated.push(path)
      }
    }
  }
  await walk(join(moduleDir, '_posts'))
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { files: found.map((page) => page.file), undated }
}

export const moduleName = (moduleDir: string): string => basename(moduleDir)
