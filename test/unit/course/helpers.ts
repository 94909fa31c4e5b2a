import { join } from 'node:path'
import { repoRoot } from '../cli/helpers.js'

export { repoRoot, run, tempTree } from '../cli/helpers.js'

/** The team-written sample course (fictional libraries). */
export const sampleCourse = join(repoRoot, 'examples/sample-course')

/** A one-page course file with front matter. */
export const page = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n\nSome text.\n`
