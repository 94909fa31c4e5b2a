import { layoutFor, readPages } from './read-course.js'
import { summarizePage } from './summarize.js'
import type { Course, CourseModule, LoadOptions } from './types.js'

/**
 * `course.json` for a course folder: course.yml's title and description, its
 * modules (course.yml order, then the others alphabetically) and their pages
 * by date. Each page is parsed once and let go; `onPage` sees its model first.
 */
export async function loadCourse(dir: string, options: LoadOptions = {}): Promise<Course> {
  const layout = await layoutFor(dir, options)
  const modules = new Map<string, CourseModule>(layout.modules.map((module) => [module.name, { name: module.name, title: null, pages: [] }]))
  for await (const { module, page, model } of readPages(layout, options)) {
    await options.onPage?.(model)
    const entry = modules.get(module.name)!
    if (entry.pages.length === 0) entry.title = model.title // a module is titled by its first page
    entry.pages.push(summarizePage(page, model))
  }
  return { type: 'course', title: layout.title, description: layout.description, modules: [...modules.values()] }
}
