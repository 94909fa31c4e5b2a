// Runs chunks of fuzz cases against the built packages; tells the main thread
// which case it is on (through shared memory) so a hang can be named.
import { parentPort, workerData } from 'node:worker_threads'
import { parseModule } from '@modulemark/extract'
import { validateModule } from '@modulemark/model'
import { toMarkdown } from '@modulemark/render-markdown'
import { caseArbitrary, chunkCases, chunkSize } from './cases.js'
import { checkMarkdownTwice, checkParse } from './check.js'
import { teamPages } from './pages.js'

const { seed, chunks, current } = workerData
const arbitrary = caseArbitrary(teamPages())
const now = new Int32Array(current)
// Warm up, so the first cases are not timed with cold code.
for (const page of teamPages()) for (let i = 0; i < 3; i++) parseModule(page.text)

for (const chunk of chunks) {
  const result = { chunk, cases: 0, problems: [], slowest: null }
  chunkCases(arbitrary, seed, chunk).forEach((c, i) => {
    const number = chunk * chunkSize + i
    Atomics.store(now, 0, number)
    const size = typeof c.input === 'string' ? c.input.length : c.input.byteLength
    const start = performance.now()
    const problems = checkParse({ parseModule, validateModule }, c.input)
    // Two parses and a validation: the per-KB figure is for one parse (half the time).
    let ms = (performance.now() - start) / 2
    const kb = Math.max(1, size / 1024)
    if (!result.slowest || ms / kb > result.slowest.perKb) {
      // A contender is timed again: a garbage collection or a busy machine is not the parser's doing.
      ms = Math.min(ms, ...Array.from({ length: 4 }, () => timeParse(c.input)))
      if (!result.slowest || ms / kb > result.slowest.perKb) result.slowest = { number, kind: c.kind, size, ms, perKb: ms / kb }
    }
    // Issue 6: for every mutated page, writing Markdown twice gives byte-identical text.
    if (c.kind === 'mutated') problems.push(...checkMarkdownTwice({ parseModule, toMarkdown }, c.input))
    for (const problem of problems) result.problems.push({ number, input: c.kind, problem: problem.kind, detail: problem.detail })
    result.cases++
  })
  parentPort.postMessage(result)
}

function timeParse(input) {
  const start = performance.now()
  parseModule(input)
  return performance.now() - start
}
