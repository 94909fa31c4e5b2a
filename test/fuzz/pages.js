// The pages mutations start from: the team's fixture pages and the seed.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** `{ name, text }` of every team-written page and of the seed, sorted by name. */
export function teamPages() {
  const dir = `${root}test/fixtures/pages/`
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(dir + name, 'utf8') }))
  pages.push({ name: 'examples/relationships.md', text: readFileSync(`${root}examples/relationships.md`, 'utf8') })
  return pages
}
