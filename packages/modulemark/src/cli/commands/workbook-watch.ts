import { existsSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { runWatch, say, shownPath } from '../batch/watch-run.js'
import { isPageName } from '../inputs.js'
import type { CliIo } from '../io.js'
import type { WorkbookBuilder } from './workbook-build.js'

/**
 * `workbook --watch`, after the first build: a change to a page of the module
 * (or to course.yml) makes the workbook again, one line with its time; new
 * and deleted pages are picked up; a page that cannot be read is reported
 * and left out, and the watch goes on.
 */
export async function watchWorkbook(builder: WorkbookBuilder, options: { io: CliIo; moduleDir: string; target: string; pages: number }): Promise<void> {
  const { io, moduleDir, target } = options
  const courseYml = resolve(moduleDir, '..', '..', '_data', 'course.yml')
  let pages = options.pages
  await runWatch({
    io,
    roots: [join(moduleDir, '_posts'), ...(existsSync(courseYml) ? [courseYml] : [])],
    ignore: [],
    accept: (path) => isPageName(basename(path)) || path === courseYml,
    pages: () => pages,
    onChange: async (paths) => {
      const start = performance.now()
      const result = await builder.build()
      pages = result.pages
      for (const failure of result.failed) io.onEvent?.({ type: 'failed', ...failure })
      const input = [...paths].map((path) => shownPath(io, path)).join(', ')
      const output = shownPath(io, target)
      const ms = performance.now() - start
      const note = result.errors > 0 ? ` (${result.errors} error${result.errors === 1 ? '' : 's'})` : ''
      await say(io, `rebuilt ${input} → ${output} in ${Math.round(ms)} ms${note}`)
      io.onEvent?.({ type: 'rebuilt', input, output, ms, errors: result.errors, cached: false })
    }
  })
}
