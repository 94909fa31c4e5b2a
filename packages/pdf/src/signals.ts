// While a renderer is open, Ctrl-C, SIGTERM and exit close its browser first; no handler stays behind after.
export interface Closable {
  close(): Promise<void>
  /** What can still be done synchronously while the process exits. */
  closeSync(): void
}

const open = new Set<Closable>()
const signals = ['SIGINT', 'SIGTERM'] as const

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  await Promise.allSettled([...open].map((c) => c.close()))
  uninstall()
  // Nobody else handles it: die by the signal as the process would have without us.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
}

function onExit(): void {
  for (const c of open) c.closeSync()
}

function install(): void {
  for (const s of signals) process.on(s, onSignal)
  process.on('exit', onExit)
}

function uninstall(): void {
  for (const s of signals) process.off(s, onSignal)
  process.off('exit', onExit)
}

/** Registers an open renderer; the returned function unregisters it. */
export function track(c: Closable): () => void {
  if (open.size === 0) install()
  open.add(c)
  return () => {
    if (open.delete(c) && open.size === 0) uninstall()
  }
}

/** How many handlers of ours are registered now (for tests). */
export function trackedCount(): number {
  return open.size
}
