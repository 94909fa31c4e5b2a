import { OutputClosedError } from './errors.js'

type StreamEvent = 'drain' | 'close' | 'error'

/** The streams and folder the CLI works with; tests pass their own to run in-process. */
export interface OutStream {
  write(chunk: string): boolean
  /** Set once the stream is gone (its reader closed the pipe): no event will come any more. */
  destroyed?: boolean
  /** A terminal: the progress bar is drawn only there. */
  isTTY?: boolean
  once?(event: StreamEvent, listener: () => void): unknown
  off?(event: StreamEvent, listener: () => void): unknown
}

export interface CliIo {
  stdout: OutStream
  stderr: OutStream
  stdin: AsyncIterable<Uint8Array | string>
  cwd: string
  /** Stops `--watch` (the bin aborts it on SIGINT and SIGTERM). */
  signal?: AbortSignal
  /** Told of each step of `--watch`, so tests wait for events, not for time. */
  onEvent?: (event: CliEvent) => void
}

/** What `--watch` did; `input` and `output` are shown as in its lines (relative to cwd). */
export type CliEvent =
  | { type: 'watching'; pages: number }
  | { type: 'rebuilt'; input: string; output: string | null; ms: number; errors: number; cached: boolean }
  | { type: 'removed'; input: string; output: string }
  | { type: 'failed'; input: string; message: string }
  | { type: 'idle' }

export function resolveIo(io: Partial<CliIo> = {}): CliIo {
  if (!io.stdout) quietOnClosedPipe()
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
    cwd: io.cwd ?? process.cwd(),
    signal: io.signal,
    onEvent: io.onEvent
  }
}

const closed = new WeakSet<OutStream>()
let guarded = false
/** `modulemark json … | head` closes stdout early: note it rather than crash with EPIPE. */
function quietOnClosedPipe(): void {
  if (guarded) return
  guarded = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    closed.add(process.stdout)
  })
}

/**
 * Writes and waits for `drain` when the stream asks, so a long NDJSON run keeps
 * memory flat. Throws OutputClosedError once the reader has gone away.
 */
export async function write(stream: OutStream, text: string): Promise<void> {
  if (isClosed(stream)) throw new OutputClosedError()
  if (!stream.write(text) && stream.once) {
    const events = ['drain', 'close', 'error'] as const
    await new Promise<void>((resolve) => {
      const done = () => {
        for (const event of events) stream.off?.(event, done) // no listener piles up over a long run
        resolve()
      }
      for (const event of events) stream.once!(event, done)
      // Destroyed before the listeners were there: its `close` has come and gone.
      if (stream.destroyed) done()
    })
    if (isClosed(stream)) throw new OutputClosedError()
  }
}

function isClosed(stream: OutStream): boolean {
  return closed.has(stream) || stream.destroyed === true
}

/** Reads all of stdin as bytes, so the parser sees the encoding as it is. */
export async function readAll(input: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk))
  return Buffer.concat(chunks)
}
