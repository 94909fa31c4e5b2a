// Peak memory of one CLI run over the whole corpus, measured in a child process.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const main = fileURLToPath(new URL('../../packages/modulemark/dist/cli/main.js', import.meta.url))

export function benchCliMemory(corpus) {
  const out = mkdtempSync(join(tmpdir(), 'modulemark-bench-'))
  try {
    const script = `
      const { main } = await import(${JSON.stringify(main)})
      const code = await main(['json', ${JSON.stringify(corpus)}, '-o', ${JSON.stringify(out)}, '--no-cache'], { stdout: { write() {} }, stderr: process.stderr })
      process.stdout.write(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS }))`
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    if (child.status !== 0) throw new Error(`CLI run failed: ${child.stderr}`)
    const { code, maxRSS } = JSON.parse(child.stdout)
    return { name: 'peak memory of `modulemark json <corpus> -o DIR` (child process)', goal: '< 200 MiB', exitCode: code, mib: maxRSS / 1024 }
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
