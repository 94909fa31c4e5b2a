import { basename, join } from 'node:path'
import { CourseError } from '@modulemark/course'
import { runWatch, say, shownPath } from '../batch/watch-run.js'
import { isPageName } from '../inputs.js'
import type { CliIo } from '../io.js'
import type { CourseBuilder, CourseStep } from './course-build.js'

/**
 * `course -o DIR --watch`, after the first build: a change rebuilds the pages
 * it touches and course.json, one line each; new and deleted pages are picked
 * up by laying the course out again; a course that cannot be read (a broken
 * course.yml) is reported and the watch goes on.
 */
export async function watchCourse(builder: CourseBuilder, options: { io: CliIo; dir: string; outDir: string; pages: number }): Promise<void> {
  const { io, dir } = options
  const courseYml = join(dir, '_data', 'course.yml')
  let pages = options.pages

  const onStep = async (step: CourseStep) => {
    const output = shownPath(io, step.target)
    if (step.type === 'removed') {
      await say(io, `removed ${output} (${step.input} is gone)`)
      io.onEvent?.({ type: 'removed', input: step.input, output })
      return
    }
    const input = step.type === 'page' ? step.input : shownPath(io, dir)
    const errors = step.type === 'page' ? step.errors : 0
    const note = errors > 0 ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''
    await say(io, `rebuilt ${input} → ${output} in ${Math.round(step.ms)} ms${note}`)
    io.onEvent?.({ type: 'rebuilt', input, output, ms: step.ms, errors, cached: false })
  }

  await runWatch({
    io,
    roots: [dir],
    ignore: [options.outDir],
    accept: (path) => isPageName(basename(path)) || path === courseYml,
    pages: () => pages,
    onChange: async () => {
      try {
        pages = (await builder.build(onStep)).pages
      } catch (error) {
        if (!(error instanceof CourseError)) throw error
        await say(io, `modulemark: ${error.message}`)
        io.onEvent?.({ type: 'failed', input: shownPath(io, error.path), message: error.message })
      }
    }
  })
}
