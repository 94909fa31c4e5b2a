// Linear time: pages of 0.5 to 8 MB made of corpus-like content (the team's
// fixture pages and the seed, bodies one after another), each parsed with
// parseModule; each doubling of size should cost at most 2.3 times the time.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseModule } from '@modulemark/extract'

const root = fileURLToPath(new URL('../..', import.meta.url))
export const sizesMb = [0.5, 1, 2, 4, 8]

function bodies() {
  const dir = `${root}test/fixtures/pages/`
  const texts = readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((name) => readFileSync(dir + name, 'utf8'))
  texts.push(readFileSync(`${root}examples/relationships.md`, 'utf8'))
  // One long page: front matter only once, at its top.
  return texts.map((text) => text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '')).join('\n\n')
}

/** A page of about `mb` MB: the bodies repeated, cut at a line end. */
export function page(mb) {
  const unit = `${bodies()}\n\n`
  const size = Math.round(mb * 1024 * 1024)
  const text = `---\ntitle: Linear time\n---\n\n${unit.repeat(Math.ceil(size / unit.length))}`
  return text.slice(0, text.lastIndexOf('\n', size) + 1)
}

function time(text, rounds) {
  const times = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    parseModule(text)
    times.push(performance.now() - start)
  }
  return Math.min(...times)
}

/** Best of `rounds` parses at each size, and the ratio of each doubling. */
export function benchLinear({ rounds = 3, sizes = sizesMb } = {}) {
  time(page(0.25), 2)
  const rows = []
  for (const mb of sizes) {
    const text = page(mb)
    const ms = time(text, rounds)
    const previous = rows.at(-1)
    rows.push({ mb, chars: text.length, ms, ratio: previous ? ms / previous.ms : null })
  }
  return { name: 'linear time: parseModule on corpus-like pages of 0.5–8 MB (best of 3)', goal: '≤ 2.3 per doubling', rows }
}

export function formatLinear(result) {
  return [
    result.name,
    ...result.rows.map(({ mb, chars, ms, ratio }) => `  ${String(mb).padStart(3)} MB (${chars} chars): ${ms.toFixed(0)} ms${ratio === null ? '' : `, ×${ratio.toFixed(2)} for the doubling`}`),
    `  worst doubling ×${Math.max(...result.rows.slice(1).map((row) => row.ratio)).toFixed(2)} (goal ${result.goal})`
  ]
}

// `node test/bench/linear.js [MB …]` runs this bench alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number)
  console.log(formatLinear(benchLinear(sizes.length > 0 ? { sizes } : {})).join('\n'))
}
