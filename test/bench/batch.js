// Batch figures on the corpus course copied ×10, through the built CLI in child
// processes: cold and warm (cache) builds, --jobs 2 against --jobs 1, peak
// memory, and watch latency from a file write to the new output on disk.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const main = fileURLToPath(new URL('../../packages/modulemark/dist/cli/main.js', import.meta.url))
const bin = fileURLToPath(new URL('../../packages/modulemark/bin/modulemark.js', import.meta.url))
const copies = 10

/** One CLI run in a child process: wall time (spawn to exit), CPU time, peak RSS. */
function cli(args, cwd) {
  const script = `
    const { main } = await import(${JSON.stringify(main)})
    const code = await main(${JSON.stringify(args)}, { stdout: { write: () => true }, stderr: process.stderr, cwd: ${JSON.stringify(cwd)} })
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage()
    process.stdout.write(JSON.stringify({ code, maxRSS, cpu: (userCPUTime + systemCPUTime) / 1e6 }))`
  const start = performance.now()
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 })
  const seconds = (performance.now() - start) / 1000
  if (child.status !== 0) throw new Error(`modulemark ${args.join(' ')} failed: ${child.stderr}`)
  const { code, maxRSS, cpu } = JSON.parse(child.stdout)
  if (code > 1) throw new Error(`modulemark ${args.join(' ')} exited ${code}: ${child.stderr}`)
  // cpu: all threads' CPU seconds; cpu / seconds is how many cores' worth the run got.
  return { seconds, mib: maxRSS / 1024, cpu }
}

function tree(dir) {
  const files = new Map()
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.set(relative(dir, path), readFileSync(path))
    }
  }
  walk(dir)
  return files
}

const identical = (a, b) => a.size === b.size && [...a].every(([path, bytes]) => b.get(path)?.equals(bytes))

export async function benchBatch(corpus) {
  const root = mkdtempSync(join(tmpdir(), 'modulemark-batch-'))
  try {
    const src = join(root, 'course')
    for (let i = 0; i < copies; i++) cpSync(corpus, join(src, `copy${i}`), { recursive: true })
    const cache = join(root, 'cache')
    const json = (out, ...flags) => ['json', src, '-o', join(root, out), ...flags]

    const cold = cli(json('out', '--cache', cache), root)
    const warm = cli(json('out', '--cache', cache), root)
    const warmFresh = cli(json('out-fresh', '--cache', cache), root)
    const pages = tree(join(root, 'out')).size

    // Alternated, best of two, so the machine's other load hits both alike.
    const one = []
    const two = []
    for (let round = 0; round < 2; round++) {
      one.push(cli(json('out-j1', '--no-cache', '--jobs', '1'), root))
      two.push(cli(json('out-j2', '--no-cache', '--jobs', '2'), root))
    }
    const best = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
    const j1 = best(one)
    const j2 = best(two)
    const same = identical(tree(join(root, 'out-j1')), tree(join(root, 'out-j2')))

    const watch = await watchLatency(src, join(root, 'out'), cache, root)
    return { copies, pages, cold, warm, warmFresh, j1, j2, same, watch, cores: availableParallelism(), load: loadavg()[0] }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** Edits one page at a time under `--watch` and times each until its new output is on disk. */
async function watchLatency(src, out, cache, cwd) {
  const child = spawn(process.execPath, [bin, 'json', src, '-o', out, '--watch', '--cache', cache], { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  try {
    return await editAndTime(child, () => stderr, (chunk) => (stderr += chunk), src, out)
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL') // a failed bench must not leave a watcher behind
  }
}

async function editAndTime(child, log, append, src, out) {
  await new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      append(chunk)
      if (log().includes('watching ')) resolve()
    })
    child.once('exit', () => reject(new Error(`watch exited early: ${log()}`)))
  })
  const modules = join(src, 'copy0', 'modules')
  const candidates = readdirSync(modules, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(modules, entry.name, '_posts')))
    .flatMap((entry) => readdirSync(join(modules, entry.name, '_posts')).filter((f) => f.endsWith('.md')).map((f) => join(modules, entry.name, '_posts', f)))
    .sort()
  const times = []
  for (let i = 0; i < 9; i++) {
    const page = candidates[(i * 7) % candidates.length]
    const target = join(out, relative(src, page)).replace(/\.md$/, '.json')
    const marker = `bench edit ${i} ${Date.now()}`
    const text = readFileSync(page, 'utf8')
    const start = performance.now()
    writeFileSync(page, `${text}\n\n${marker}\n`)
    while (!(existsSync(target) && readFileSync(target, 'utf8').includes(marker))) {
      if (performance.now() - start > 10_000) throw new Error(`no new output for ${page} in 10 s: ${log()}`)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    times.push(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, 150)) // let the watch settle between edits
  }
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  child.kill('SIGINT')
  const code = await exited
  const sorted = [...times].sort((a, b) => a - b)
  return { median: sorted[sorted.length >> 1], max: sorted.at(-1), first: times[0], edits: times.length, exitCode: code }
}

/** The figures as lines, each with its goal; a missed goal says why and what would close it. */
export function formatBatch(r) {
  const speedup = r.cold.seconds / r.warm.seconds
  const jobs = r.j1.seconds / r.j2.seconds
  const lines = [
    `batch: the corpus course ×${r.copies} (${r.pages} pages), json -o DIR, child processes; ${r.cores} cores, load ${r.load.toFixed(1)}`,
    `  cold build (empty cache)          ${r.cold.seconds.toFixed(2)} s, peak ${r.cold.mib.toFixed(0)} MiB`,
    `  warm build (cache, same -o)       ${r.warm.seconds.toFixed(2)} s: ${speedup.toFixed(1)}× faster (goal ≥ 10×) ${speedup >= 10 ? 'met' : 'MISSED'}`,
    `  warm build (cache, empty -o)      ${r.warmFresh.seconds.toFixed(2)} s: ${(r.cold.seconds / r.warmFresh.seconds).toFixed(1)}× faster (every output written and flushed)`,
    `  --jobs 1 / --jobs 2 (no cache)    ${r.j1.seconds.toFixed(2)} s / ${r.j2.seconds.toFixed(2)} s: ${jobs.toFixed(2)}× (goal ≥ 1.6×) ${jobs >= 1.6 ? 'met' : 'MISSED'}; outputs ${r.same ? 'byte-identical' : 'DIFFER'}`,
    `  CPU the runs got                  --jobs 1 ${r.j1.cpu.toFixed(1)} s (${(r.j1.cpu / r.j1.seconds).toFixed(2)} cores), --jobs 2 ${r.j2.cpu.toFixed(1)} s (${(r.j2.cpu / r.j2.seconds).toFixed(2)} cores)`,
    `  peak memory (maxRSS)              --jobs 1 ${r.j1.mib.toFixed(0)} MiB, --jobs 2 ${r.j2.mib.toFixed(0)} MiB`,
    `  watch, write → new output on disk median ${r.watch.median.toFixed(0)} ms, first ${r.watch.first.toFixed(0)} ms, max ${r.watch.max.toFixed(0)} ms over ${r.watch.edits} edits (goal < 300 ms) ${r.watch.max < 300 ? 'met' : 'MISSED'}; SIGINT exit code ${r.watch.exitCode}`
  ]
  if (jobs < 1.6) {
    lines.push(
      `  why --jobs missed: the ratio is CPU time the machine can give; two workers and the main thread (reading, writing) share ${r.cores} cores with` +
        ` its other load (${r.load.toFixed(1)} runnable); on an idle machine with more cores than workers it nears the worker count`
    )
  }
  if (speedup < 10) lines.push('  why warm missed: each run still starts Node, walks the folders, reads and hashes every page and reads every cache entry')
  if (r.watch.max >= 300) lines.push('  why watch missed: the slowest edit waited for CPU on a loaded machine (see load); the median is the typical case')
  return lines
}
