import { basename, resolve } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'
import { isPageName } from '../inputs.js'
import { isInside } from '../output-paths.js'
import { SecondLook } from './second-look.js'

export interface WatchOptions {
  /** Files and folders to watch (absolute); a folder is watched with everything below it. */
  roots: string[]
  /** Folders whose changes never count (the output and cache folders). */
  ignore: string[]
  /** Which files below the roots count (default: module pages). */
  accept?: (path: string) => boolean
  /** Stops the watch; `watchFiles` resolves once it is closed. */
  signal: AbortSignal
  /** Called with the paths (absolute) that changed, one call at a time, after a short quiet spell. */
  onChange: (paths: Set<string>) => Promise<void>
  /** Called once the watcher is in place. */
  onReady?: () => void
  /** A watcher error or a failed rebuild: reported, and the watch goes on. */
  onError: (error: unknown) => void
}

/** Events closer together than this are handled as one change (an editor's save is often several). */
const settleMs = 15

/**
 * Watches files with chokidar (fs.watch per folder; Node 20's own recursive
 * fs.watch on Linux loses a file replaced by rename, as editors save). Only
 * module pages (or what `accept` takes) and the roots themselves count;
 * dot-entries, node_modules and the ignored folders are not watched at all.
 */
export async function watchFiles(options: WatchOptions): Promise<void> {
  const roots = options.roots.map((root) => resolve(root))
  // An output folder that holds the inputs (`-o .`) cannot be ignored; its files are not pages anyway.
  const ignore = options.ignore.filter((dir) => !roots.some((root) => root === dir || isInside(dir, root)))
  const accept = options.accept ?? ((path: string) => isPageName(basename(path)))
  const ignored = (path: string, stats?: { isFile(): boolean }) => {
    if (roots.includes(path)) return false
    const name = basename(path)
    if (name.startsWith('.') || name === 'node_modules') return true
    if (ignore.some((dir) => path === dir || isInside(dir, path))) return true
    return stats?.isFile() === true && !accept(path)
  }
  const watcher: FSWatcher = watch(roots, { ignored, ignoreInitial: true, persistent: true })

  const changed = new Set<string>()
  /** Of those, the files added or changed (not removed): they get a second look. */
  const written = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  const note = (path: string) => {
    changed.add(path)
    clearTimeout(timer)
    timer = setTimeout(flush, settleMs)
  }
  const secondLook = new SecondLook(note)
  const flush = () => {
    timer = undefined
    const paths = new Set(changed)
    changed.clear()
    // Looked at now, just before the rebuild reads them: a save after this is caught by the second look.
    for (const path of written) void secondLook.note(path)
    written.clear()
    // One rebuild at a time, in the order the changes came.
    running = running.then(() => (options.signal.aborted ? undefined : options.onChange(paths))).catch(options.onError)
  }
  watcher.on('all', (event, path) => {
    const abs = resolve(path)
    if (event === 'add' || event === 'change') written.add(abs)
    note(abs)
  })

  await new Promise<void>((ready, fail) => {
    watcher.once('ready', ready)
    watcher.once('error', fail)
  })
  watcher.on('error', options.onError)
  options.onReady?.()
  if (!options.signal.aborted) await new Promise((stop) => options.signal.addEventListener('abort', stop, { once: true }))
  clearTimeout(timer)
  secondLook.close()
  await watcher.close()
  await running
}
