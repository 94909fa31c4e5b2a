import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseModule } from '@modulemark/extract'
import type { ModuleRoot } from '@modulemark/model'
import { CourseError } from './errors.js'
import { courseLayout } from './layout.js'
import type { CourseLayout, LayoutModule, LayoutPage, ReadOptions } from './types.js'

export interface ReadPage {
  module: LayoutModule
  page: LayoutPage
  model: ModuleRoot
}

const defaultParse = (source: Uint8Array, path: string): ModuleRoot => parseModule(source, { path })

/** The layout given in the options, or the folder's, with its warnings told. */
export async function layoutFor(dir: string, options: ReadOptions): Promise<CourseLayout> {
  const layout = options.layout ?? (await courseLayout(dir))
  for (const warning of layout.warnings) options.onWarning?.(warning)
  return layout
}

/** Each page with its module, in course order; one file in memory at a time. */
export async function* readPages(layout: CourseLayout, options: ReadOptions): AsyncGenerator<ReadPage> {
  const parse = options.parse ?? defaultParse
  for (const module of layout.modules) {
    for (const page of module.pages) {
      const file = join(layout.dir, ...page.path.split('/'))
      let bytes: Uint8Array
      try {
        bytes = await readFile(file)
      } catch (error) {
        throw new CourseError('page-unreadable', `cannot read ${page.path}: ${(error as Error).message}`, file, { cause: error })
      }
      yield { module, page, model: await parse(bytes, page.path) }
    }
  }
}

/**
 * The course's page models in course order (modules, then pages by date),
 * each `path` relative to the course folder. Reads one file at a time, so
 * memory stays flat however large the course.
 */
export async function* readCourse(dir: string, options: ReadOptions = {}): AsyncGenerator<ModuleRoot, void, undefined> {
  for await (const { model } of readPages(await layoutFor(dir, options), options)) yield model
}
