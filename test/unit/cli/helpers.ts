import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { main } from '../../../packages/modulemark/src/cli/main.js'

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** The seed page (warnings only: unclosed-cell, empty-link). */
export const seedPath = join(repoRoot, 'examples/relationships.md')

/** A page with nothing to report. */
export const cleanPage = '---\ntitle: Clean\n---\n\n# Clean\n\nJust a paragraph.\n'

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process with captured streams. */
export async function run(argv: string[], options: { cwd: string; stdin?: string | Buffer }): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    cwd: options.cwd,
    stdout: { write: (chunk: string) => ((stdout += chunk), true) },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)])
  })
  return { code, stdout, stderr }
}

const temps: string[] = []
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A fresh temp folder holding `files` (path → content), removed after the test. */
export async function tempTree(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'modulemark-cli-'))
  temps.push(dir)
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), content)
  }
  return dir
}
