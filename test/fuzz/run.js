// `pnpm fuzz`: the long run. Hostile and broken pages (mutated team pages and the
// seed, markup soup, any strings, any bytes) through parseModule, checking that it
// never throws, never reports internal-error, always returns a valid model with
// positions inside the text, and gives the same JSON twice; and that a mutated
// page written as Markdown twice gives byte-identical text.
//
//   pnpm fuzz [--cases N] [--seed S] [--workers W] [--case I]
//
// A failure is replayed with `--seed S --case I` (prints the input and what went wrong).
import { Worker } from 'node:worker_threads'
import { parseModule } from '@modulemark/extract'
import { validateModule } from '@modulemark/model'
import { toMarkdown } from '@modulemark/render-markdown'
import { caseArbitrary, chunkCases, chunkSize } from './cases.js'
import { checkMarkdownTwice, checkParse } from './check.js'
import { teamPages } from './pages.js'

const args = parseArgs(process.argv.slice(2))
const seed = args.seed ?? (Math.random() * 2 ** 31) | 0
const hangAfter = 60_000

if (args.case !== undefined) replay(seed, args.case)
else await run(seed, args.cases ?? 100_000, args.workers ?? 2)

function parseArgs(argv) {
  const out = {}
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '')
    const value = Number(argv[i + 1])
    if (!['cases', 'seed', 'workers', 'case'].includes(name) || !Number.isInteger(value)) {
      console.error(`usage: pnpm fuzz [--cases N] [--seed S] [--workers W] [--case I] (got ${argv[i]} ${argv[i + 1] ?? ''})`)
      process.exit(2)
    }
    out[name] = value
  }
  return out
}

function caseAt(seed, number) {
  return chunkCases(caseArbitrary(teamPages()), seed, Math.floor(number / chunkSize))[number % chunkSize]
}

function replay(seed, number) {
  const c = caseAt(seed, number)
  console.log(`case ${number} of seed ${seed} (${c.kind}${c.note ? `: ${c.note}` : ''})`)
  console.log(typeof c.input === 'string' ? JSON.stringify(c.input) : `bytes [${[...c.input].join(', ')}]`)
  const problems = checkParse({ parseModule, validateModule }, c.input)
  if (c.kind === 'mutated') problems.push(...checkMarkdownTwice({ parseModule, toMarkdown }, c.input))
  console.log(problems.length === 0 ? 'no problem' : problems)
  process.exitCode = problems.length === 0 ? 0 : 1
}

async function run(seed, cases, workers) {
  console.log(`fuzz: seed ${seed}, ${cases} cases, ${workers} workers (replay a case: pnpm fuzz --seed ${seed} --case N)`)
  const chunks = Array.from({ length: Math.ceil(cases / chunkSize) }, (_, i) => i)
  const totals = { cases: 0, problems: [], slowest: null }
  const started = performance.now()
  await Promise.all(
    Array.from({ length: workers }, (_, w) => runWorker(seed, chunks.filter((chunk) => chunk % workers === w), totals, started, chunks.length * chunkSize))
  )
  report(seed, totals, performance.now() - started)
}

function runWorker(seed, chunks, totals, started, planned) {
  return new Promise((resolve) => {
    const current = new SharedArrayBuffer(4)
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { seed, chunks, current } })
    let last = { at: performance.now(), number: -1 }
    const watchdog = setInterval(() => {
      const number = Atomics.load(new Int32Array(current), 0)
      if (number !== last.number) last = { at: performance.now(), number }
      else if (performance.now() - last.at > hangAfter) {
        totals.problems.push({ number, input: caseAt(seed, number).kind, problem: 'hang', detail: `no answer after ${hangAfter / 1000} s` })
        clearInterval(watchdog)
        worker.terminate()
      }
    }, 1000)
    worker.on('message', (result) => {
      totals.cases += result.cases
      totals.problems.push(...result.problems)
      if (result.slowest && (!totals.slowest || result.slowest.perKb > totals.slowest.perKb)) totals.slowest = result.slowest
      if (totals.cases % 10_000 < chunkSize) {
        const seconds = (performance.now() - started) / 1000
        console.log(`  ${totals.cases}/${planned} cases, ${totals.problems.length} problems, ${seconds.toFixed(0)} s`)
      }
    })
    worker.on('error', (error) => totals.problems.push({ number: last.number, input: 'worker', problem: 'crash', detail: String(error?.stack ?? error) }))
    worker.on('exit', () => {
      clearInterval(watchdog)
      resolve()
    })
  })
}

function report(seed, totals, ms) {
  const s = totals.slowest
  console.log(`\nfuzz done: ${totals.cases} cases in ${(ms / 1000).toFixed(0)} s, seed ${seed}`)
  for (const kind of ['crash', 'internal-error', 'invalid-model', 'position', 'nondeterministic', 'hang', 'markdown-unstable', 'markdown-crash']) {
    console.log(`  ${kind}: ${totals.problems.filter((p) => p.problem === kind).length}`)
  }
  if (s) console.log(`  slowest per KB: case ${s.number} (${s.kind}, ${s.size} chars), ${s.ms.toFixed(1)} ms to parse = ${s.perKb.toFixed(1)} ms/KB (sizes under 1 KB count as 1 KB)`)
  // Parser problems first: they matter more than an unstable Markdown write.
  const ordered = [...totals.problems].sort((a, b) => Number(a.problem.startsWith('markdown')) - Number(b.problem.startsWith('markdown')))
  for (const p of ordered.slice(0, 10)) console.log(`  case ${p.number} (${p.input}): ${p.problem} ${p.detail.slice(0, 300)}`)
  // Every failing case number, so each one can be replayed with --case.
  if (ordered.length > 10) console.log(`  all failing cases: ${ordered.map((p) => p.number).join(' ')}`)
  process.exitCode = totals.problems.length === 0 ? 0 : 1
}
