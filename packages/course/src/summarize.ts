import type { ModuleRoot } from '@modulemark/model'
import type { CoursePage, LayoutPage } from './types.js'

/** A page's entry in course.json: where it is, and what the model says it is. */
export function summarizePage(page: LayoutPage, model: ModuleRoot): CoursePage {
  return {
    path: page.path,
    slug: page.slug,
    date: page.date,
    title: model.title,
    // Jekyll hides a page only for a real `false`; anything else is published.
    published: model.frontMatter.published !== false,
    worksheets: model.worksheets.map(({ label, number, title, url, role }) => ({ label, number, title, url, role }))
  }
}
