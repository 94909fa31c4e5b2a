// Where the real pages are: MODULEMARK_CORPUS, or ../shared/corpus beside the repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

export function corpusDir() {
  const dir = process.env.MODULEMARK_CORPUS ?? resolve(root, '../shared/corpus')
  if (!existsSync(join(dir, 'course-in-a-box'))) {
    throw new Error(`No corpus at ${dir}: set MODULEMARK_CORPUS or put it at ../shared/corpus`)
  }
  return join(dir, 'course-in-a-box')
}

export function corpusPages() {
  const pages = []
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.(md|markdown|md\.old)$/.test(name)) pages.push({ path, text: readFileSync(path, 'utf8') })
    }
  }
  walk(corpusDir())
  return pages
}
