// A module's workbook: cover, contents, then every worksheet of its pages, each from a new page.
import type { ModuleRoot } from '@modulemark/model'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { collect, type Collected } from './collect.js'
import { checkModel, language, printDocument } from './document.js'
import { findAnchor } from './find.js'
import { handout } from './handout.js'
import { licenceLine } from './licence.js'
import { worksheetName } from './name.js'
import { settings, type Workbook, type WorkbookCourse, type WorkbookModule, type WorkbookOptions } from './options.js'
import { stylesheet } from './stylesheet.js'

/**
 * The workbook of one module: `pages` in module order (pages with
 * `published: false` are left out). Duplicate and missing numbers are
 * reported in `messages`; the workbook is built in page order all the same.
 */
export function toWorkbook(pages: readonly ModuleRoot[], context: { course?: WorkbookCourse | null; module?: WorkbookModule | null } = {}, options: WorkbookOptions = {}): Workbook {
  if (!Array.isArray(pages)) throw new TypeError('Expected a list of modulemark modules as `pages`')
  pages.forEach((page, index) => checkModel(page, `pages[${index}]`))
  const resolved = settings(options)
  const course = context.course ?? {}
  const { items, messages } = collect(pages)
  const moduleTitle = text(context.module?.title) ?? pages.find((page) => page.frontMatter.published !== false)?.title ?? text(context.module?.name) ?? 'Workbook'
  const names = items.map(({ model, entry }) => worksheetName(entry, findAnchor(model, entry)))
  const handouts = items.map(({ model, entry }, index) =>
    handout(model, entry, resolved, {
      course: text(course.title),
      moduleTitle,
      licence: licenceLine(model, course.license),
      titleDepth: 2,
      moduleHeading: false,
      id: `worksheet-${index + 1}`
    })
  )
  const html = printDocument({
    title: `${moduleTitle}: workbook`,
    lang: language(pages[0], options.lang),
    css: stylesheet(resolved.pageSize, { pageNumbers: true, label: moduleTitle }),
    body: [cover(course, moduleTitle), contents(items, names), ...handouts]
  })
  return { html, messages }
}

function cover(course: WorkbookCourse, moduleTitle: string): Element {
  const title = text(course.title)
  const description = text(course.description)
  return h('section', { className: ['cover'] }, [
    ...(title ? [h('p', { className: ['course'] }, title)] : []),
    ...(description ? [h('p', { className: ['description'] }, description)] : []),
    h('h1', moduleTitle),
    h('p', { className: ['kind'] }, 'Workbook')
  ])
}

// Chromium cannot print page numbers of link targets (no `target-counter`): entries link instead.
function contents(items: Collected[], names: string[]): Element {
  const list = items.length === 0
    ? h('p', 'This module has no worksheets.')
    : h('ol', items.map(({ model }, index) => h('li', [h('a', { href: `#worksheet-${index + 1}` }, names[index]), ...(model.title ? [h('span', { className: ['from'] }, `from “${model.title}”`)] : [])])))
  return h('nav', { className: ['contents'], ariaLabelledby: 'contents' }, [h('h2', { id: 'contents' }, 'Contents'), list])
}

const text = (value: string | null | undefined): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)
