import type { OutStream } from '../io.js'

/** Batches this small finish before a bar would tell anything. */
const minPages = 6
const frameMs = 100

/**
 * The progress bar on stderr — only on a terminal, never in a pipe or a log:
 * `[#####.....] 480/960 pages  120/s  ETA 4 s`, redrawn in place at most
 * every 100 ms. Anything else written to stderr calls `clear()` first.
 */
export class Progress {
  private done = 0
  private drawnAt = 0
  private shown = false
  private readonly start = performance.now()

  private constructor(
    private readonly stream: OutStream,
    private readonly total: number
  ) {}

  /** A bar for `total` pages, or null when there should be none. */
  static create(stream: OutStream, total: number, quiet: boolean): Progress | null {
    return !quiet && stream.isTTY === true && total >= minPages ? new Progress(stream, total) : null
  }

  tick(): void {
    this.done++
    const now = performance.now()
    if (now - this.drawnAt < frameMs && this.done < this.total) return
    this.drawnAt = now
    this.shown = true
    this.stream.write(`\r${this.line(now)}\x1b[K`)
  }

  clear(): void {
    if (!this.shown) return
    this.shown = false
    this.drawnAt = 0
    this.stream.write('\r\x1b[K')
  }

  private line(now: number): string {
    const seconds = (now - this.start) / 1000
    const rate = seconds > 0 ? this.done / seconds : 0
    const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : null
    const width = 24
    const filled = Math.round((this.done / this.total) * width)
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`
    return `[${bar}] ${this.done}/${this.total} pages  ${rate.toFixed(0)}/s  ETA ${eta === null ? '?' : `${eta} s`}`
  }
}
