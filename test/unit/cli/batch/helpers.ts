import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { main } from '../../../../packages/modulemark/src/cli/main.js'
import type { CliEvent } from '../../../../packages/modulemark/src/cli/io.js'

/** Every file below `dir` (temp files too), as sorted POSIX paths; [] when `dir` is missing. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort()
}

/** Path → content of every file below `dir`. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const path of await listTree(dir)) files.set(path, await readFile(join(dir, path)))
  return files
}

/** Pages that differ, so each has its own output. */
export function pages(count: number, folder = 'src'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${folder}/p${i}.md`, `---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\nText ${i}.\n`]))
}

export interface Watching {
  /** Resolves with the first event (from now on) that `match` accepts. */
  next(match: (event: CliEvent) => boolean, timeoutMs?: number): Promise<CliEvent>
  stderr(): string
  /** Aborts the watch and resolves with the exit code. */
  stop(): Promise<number>
}

/** Runs `main` in watch mode in-process, with an AbortSignal and the event hook. */
export async function startWatch(argv: string[], cwd: string): Promise<Watching> {
  const controller = new AbortController()
  let stderr = ''
  const waiters: { match: (event: CliEvent) => boolean; resolve: (event: CliEvent) => void }[] = []
  const onEvent = (event: CliEvent) => {
    for (const waiter of waiters.splice(0)) {
      if (waiter.match(event)) waiter.resolve(event)
      else waiters.push(waiter)
    }
  }
  const next = (match: (event: CliEvent) => boolean, timeoutMs = 5000) =>
    new Promise<CliEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching watch event in ${timeoutMs} ms; stderr:\n${stderr}`)), timeoutMs)
      waiters.push({ match, resolve: (event) => (clearTimeout(timer), resolve(event)) })
    })
  const watching = next((event) => event.type === 'watching')
  const exit = main(argv, {
    cwd,
    stdout: { write: () => true },
    stderr: { write: (chunk: string) => ((stderr += chunk), true) },
    stdin: Readable.from([]),
    signal: controller.signal,
    onEvent
  })
  await Promise.race([watching, exit.then((code) => Promise.reject(new Error(`exited ${code} before watching: ${stderr}`)))])
  return {
    next,
    stderr: () => stderr,
    stop: () => {
      controller.abort()
      return exit
    }
  }
}
