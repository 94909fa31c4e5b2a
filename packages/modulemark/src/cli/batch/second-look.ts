import { stat } from 'node:fs/promises'

/** chokidar drops a second `change` of one file within 50 ms of the first (its throttle); look after that. */
const lookAfterMs = 60

/**
 * Looks at a changed file again a little later and reports it once more if
 * it changed since the event: an editor (or a test) that saves twice in quick
 * succession must not leave the first version's output behind.
 */
export class SecondLook {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private closed = false

  constructor(private readonly onChanged: (path: string) => void) {}

  /** Called when a rebuild for an added or changed `path` is about to read it. */
  async note(path: string): Promise<void> {
    const seen = await fingerprint(path)
    if (this.closed) return
    clearTimeout(this.timers.get(path))
    const timer = setTimeout(() => {
      this.timers.delete(path)
      void fingerprint(path).then((now) => {
        if (now !== seen && !this.closed) this.onChanged(path)
      })
    }, lookAfterMs)
    this.timers.set(path, timer)
  }

  close(): void {
    this.closed = true
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
  }
}

const fingerprint = (path: string): Promise<string | null> =>
  stat(path).then(
    (stats) => `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`,
    () => null
  )
