import { readFile } from 'node:fs/promises'
import { parseModule } from '@modulemark/extract'
import type { Source } from '../inputs.js'
import type { WorksheetsContext } from '../jobs/worksheets.js'
import { courseFoldersOf, modulePages, readCourseInfo } from './handouts-course.js'

/**
 * For one run: each page's course title and licence (from `_data/course.yml`)
 * and module title (from the module's first page), read once per module. A
 * page outside a course folder, and stdin, have none. Never rejects: a broken
 * course.yml is warned about and left out.
 */
export function worksheetsContext(warn: (message: string) => void): (source: Source) => Promise<WorksheetsContext> {
  const modules = new Map<string, Promise<WorksheetsContext>>()
  return (source) => {
    const folders = source.kind === 'file' ? courseFoldersOf(source.abs) : null
    if (folders === null) return Promise.resolve({})
    let context = modules.get(folders.moduleDir)
    if (!context) {
      context = read(folders, warn)
      modules.set(folders.moduleDir, context)
    }
    return context
  }
}

async function read(folders: { courseDir: string; moduleDir: string }, warn: (message: string) => void): Promise<WorksheetsContext> {
  let course = null
  try {
    course = await readCourseInfo(folders.courseDir)
  } catch (error) {
    warn(`${(error as Error).message}; the handouts have no course title`)
  }
  let moduleTitle: string | null = null
  try {
    const first = (await modulePages(folders.moduleDir)).files[0]
    if (first !== undefined) moduleTitle = parseModule(await readFile(first), { path: first }).title
  } catch {
    // No readable first page: the handouts show the page's own title.
  }
  // Plain JSON (it is hashed into the cache key and sent to workers): no undefined values.
  return { course: course?.title ?? null, license: course?.license ?? null, moduleTitle }
}
