import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { CourseError } from './errors.js'

export interface CourseConfig {
  title: string | null
  description: string | null
  /** Module order; `[]` when course.yml lists none. */
  modules: string[]
}

const none: CourseConfig = { title: null, description: null, modules: [] }

/** `_data/course.yml`; a missing file is an empty config, a broken one an error naming it. */
export async function readCourseConfig(dir: string): Promise<CourseConfig> {
  const file = join(dir, '_data', 'course.yml')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return none
    throw new CourseError('course-config-invalid', `cannot read ${file}: ${(error as Error).message}`, file, { cause: error })
  }
  let data: unknown
  try {
    data = parse(text)
  } catch (error) {
    throw new CourseError('course-config-invalid', `${file} is not valid YAML: ${(error as Error).message}`, file, { cause: error })
  }
  if (data === null || data === undefined) return none
  if (typeof data !== 'object' || Array.isArray(data)) throw new CourseError('course-config-invalid', `${file} must be a mapping (title, description, modules)`, file)
  const record = data as Record<string, unknown>
  return { title: stringOrNull(record.title), description: stringOrNull(record.description), modules: moduleList(record.modules, file) }
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)

function moduleList(value: unknown, file: string): string[] {
  if (value === undefined || value === null) return []
  // A wrong order would go unnoticed in the output, so a malformed list is an error, not a guess.
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string' && name.trim() !== '')) {
    throw new CourseError('course-config-invalid', `${file}: 'modules' must be a list of module folder names`, file)
  }
  return [...new Set(value.map((name: string) => name.trim()))]
}
