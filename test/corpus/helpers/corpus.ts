// Locates the real module corpus (CC BY-SA text kept outside the repository)
// and lists its pages with their kramdown oracle files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** One corpus page: its path relative to `course-in-a-box/` and its files. */
export interface CorpusPage {
  /** POSIX path relative to `course-in-a-box/`, e.g. `modules/README.md`. */
  path: string
  /** Absolute path of the Markdown source. */
  file: string
  /** Absolute path of kramdown's HTML for it (`oracle/`). */
  oracle: string
}

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

const defaultCorpus = path.resolve(repoRoot, '..', 'shared', 'corpus')
const pagePattern = /\.(?:md|markdown|md\.old)$/

/** The corpus folder (holding `course-in-a-box/` and `oracle/`); throws when missing. */
export function corpusRoot(): string {
  const fromEnv = process.env.MODULEMARK_CORPUS
  const candidate = fromEnv ? path.resolve(fromEnv) : defaultCorpus
  if (!existsSync(path.join(candidate, 'course-in-a-box')) || !existsSync(path.join(candidate, 'oracle'))) {
    throw new Error(
      'modulemark corpus not found: expected `course-in-a-box/` and `oracle/` in ' +
        `MODULEMARK_CORPUS (${fromEnv ? `set to ${fromEnv}` : 'unset'}) ` +
        `or in ${defaultCorpus} (../shared/corpus next to the repository). ` +
        'The corpus suite reads the real pages from there and must not pass without them.'
    )
  }
  return candidate
}

/** Every page of the corpus (`*.md`, `*.markdown`, `*.md.old`), sorted by path. */
export function listPages(root: string = corpusRoot()): CorpusPage[] {
  const base = path.join(root, 'course-in-a-box')
  const pages = walk(base)
    .filter((file) => pagePattern.test(file))
    .map((file) => {
      const rel = path.relative(base, file).split(path.sep).join('/')
      return { path: rel, file, oracle: oracleFor(root, rel) }
    })
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The page's bytes, as a plain `Uint8Array`. */
export function readPage(page: CorpusPage): Uint8Array {
  const buffer = readFileSync(page.file)
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

/** Find a page by its path; throws when the corpus lacks it. */
export function pageAt(pages: CorpusPage[], rel: string): CorpusPage {
  const page = pages.find((p) => p.path === rel)
  if (!page) throw new Error(`Expected corpus page \`${rel}\`, not found in ${corpusRoot()}`)
  return page
}

// kramdown's output lives at the same relative path under `oracle/course-in-a-box/`:
// `x.md.old` → `x.md.old.html`, while `x.md` (and `x.markdown`) → `x.html`.
function oracleFor(root: string, rel: string): string {
  const base = path.join(root, 'oracle', 'course-in-a-box')
  const candidates = [`${rel}.html`, rel.replace(/\.(?:md|markdown)$/, '.html')]
  for (const candidate of candidates) {
    const file = path.join(base, ...candidate.split('/'))
    if (existsSync(file)) return file
  }
  throw new Error(`No oracle for corpus page \`${rel}\`: looked for ${candidates.map((c) => `oracle/course-in-a-box/${c}`).join(' and ')}`)
}

function walk(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...walk(full))
    else out.push(full)
  }
  return out
}
