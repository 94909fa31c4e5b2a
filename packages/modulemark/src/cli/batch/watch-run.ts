import { isAbsolute, relative } from 'node:path'
import { toPosix } from '../inputs.js'
import { write, type CliIo } from '../io.js'
import { watchFiles } from './watch.js'

export interface WatchSession {
  io: CliIo
  /** Files and folders to watch (absolute). */
  roots: string[]
  /** Folders whose changes never count (the output and cache folders). */
  ignore: string[]
  /** Which files below the roots count (default: module pages). */
  accept?: (path: string) => boolean
  /** How many pages are watched, for the `watching` line. */
  pages: () => number
  /** Readies the first rebuild (loads the job), so it is as quick as the next. */
  warmUp?: () => Promise<void>
  /** Rebuilds what the changed paths (absolute) touch; its own lines and events. */
  onChange: (paths: Set<string>) => Promise<void>
}

/**
 * The loop every `--watch` shares: the `watching` line, one rebuild at a
 * time followed by the `idle` event, errors told and the watch going on.
 * Stops on io.signal, or on SIGINT/SIGTERM when no signal was given.
 */
export async function runWatch(session: WatchSession): Promise<void> {
  const { io } = session
  const controller = io.signal ? null : new AbortController()
  const stop = () => controller?.abort()
  if (controller) process.once('SIGINT', stop).once('SIGTERM', stop)
  try {
    await session.warmUp?.()
    await watchFiles({
      roots: session.roots,
      ignore: session.ignore,
      accept: session.accept,
      signal: io.signal ?? controller!.signal,
      onChange: async (paths) => {
        await session.onChange(paths)
        io.onEvent?.({ type: 'idle' })
      },
      onReady: () => {
        const pages = session.pages()
        void say(io, `watching ${pages} page${pages === 1 ? '' : 's'}; Ctrl-C stops`)
        io.onEvent?.({ type: 'watching', pages })
      },
      onError: (error) => void say(io, `modulemark: watch: ${error instanceof Error ? error.message : String(error)}`)
    })
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop)
  }
}

/** One line on stderr. */
export const say = (io: CliIo, line: string): Promise<void> => write(io.stderr, `${line}\n`)

/** A path as the watch lines show it: relative to the current folder when below it. */
export function shownPath(io: CliIo, path: string): string {
  const rel = relative(io.cwd, path)
  return toPosix(rel === '' ? '.' : isAbsolute(rel) ? path : rel)
}
