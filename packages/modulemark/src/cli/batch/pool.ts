import { Worker } from 'node:worker_threads'
import type { JobName } from '../jobs/index.js'
import { crashed, type JobResult } from './execute.js'
import type { PageInput } from './job.js'

export interface TaskRequest {
  id: number
  job: JobName
  options: unknown
  bytes: Uint8Array
  modelPath: string | null
  context: unknown
}

export interface TaskReply {
  id: number
  result: JobResult
}

interface Task {
  request: TaskRequest
  resolve: (result: JobResult | null) => void
}

// Workers always run the built code (src/cli/batch and dist/cli/batch sit at the same depth).
const workerUrl = new URL('../../../dist/cli/batch/worker.js', import.meta.url)

/**
 * A fixed number of worker threads taking page tasks from one queue, started
 * on first use. A worker that dies fails only its own task (as an
 * internal-error) and is replaced on the next task.
 */
export class WorkerPool {
  private readonly idle: Worker[] = []
  private readonly busy = new Map<Worker, Task>()
  private readonly queue: Task[] = []
  private nextId = 0
  private closed = false
  /** Set when a worker failed before its first reply: workers cannot start here. */
  private broken = false
  /** Workers that have replied at least once. */
  private readonly proven = new WeakSet<Worker>()

  constructor(
    private readonly size: number,
    private readonly warn: (message: string) => void
  ) {}

  /** The job's result, or null when workers cannot run here (the caller then runs the job itself). */
  run(job: JobName, options: unknown, page: PageInput): Promise<JobResult | null> {
    if (this.closed) return Promise.resolve(crashed('the worker pool was closed'))
    if (this.broken) return Promise.resolve(null)
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, job, options, bytes: page.bytes, modelPath: page.modelPath, context: page.context }, resolve })
      this.pump()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    for (const task of this.queue.splice(0)) task.resolve(crashed('the worker pool was closed'))
    const workers = [...this.idle.splice(0), ...this.busy.keys()]
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size + this.idle.length < this.size ? this.spawn() : undefined)
      if (!worker) return
      const task = this.queue.shift()!
      this.busy.set(worker, task)
      worker.postMessage(task.request)
    }
  }

  private spawn(): Worker {
    const worker = new Worker(workerUrl, { execArgv: workerExecArgv(process.execArgv) })
    worker.on('message', (reply: TaskReply) => {
      this.proven.add(worker)
      const task = this.busy.get(worker)
      this.busy.delete(worker)
      if (!this.closed) this.idle.push(worker)
      task?.resolve(reply.result)
      this.pump()
    })
    const fail = (reason: string) => {
      const task = this.busy.get(worker)
      this.busy.delete(worker)
      const at = this.idle.indexOf(worker)
      if (at >= 0) this.idle.splice(at, 1)
      if (!this.proven.has(worker) && !this.closed && !this.broken) {
        // It never ran a task: no worker will. Hand every task back to run in this thread.
        this.broken = true
        this.warn(`worker threads unavailable (${reason}); running in this thread`)
      }
      if (this.broken) {
        task?.resolve(null)
        for (const queued of this.queue.splice(0)) queued.resolve(null)
        return
      }
      task?.resolve(crashed(reason))
      if (!this.closed) this.pump()
    }
    worker.on('error', (error) => fail(`worker thread failed: ${error.message}`))
    worker.on('exit', (code) => fail(`worker thread exited with code ${code}`))
    return worker
  }
}

/**
 * The parent's Node flags less `--input-type` and `-e`/`-p` with their script
 * (`node -e "…"` runs the CLI in the bench): they stop a worker that runs a file.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = []
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]
    if (['-e', '--eval', '-p', '--print'].includes(arg)) i++ // and its script
    else if (!/^--(input-type|eval|print)=/.test(arg)) kept.push(arg)
  }
  return kept
}
