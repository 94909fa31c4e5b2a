import { Worker } from 'node:worker_threads'
import type { JobName } from '../jobs/index.js'
import { crashed, type JobResult } from './execute.js'

export interface TaskRequest {
  id: number
  job: JobName
  options: unknown
  bytes: Uint8Array
  modelPath: string | null
}

export interface TaskReply {
  id: number
  result: JobResult
}

interface Task {
  request: TaskRequest
  resolve: (result: JobResult) => void
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

  constructor(private readonly size: number) {}

  run(job: JobName, options: unknown, bytes: Uint8Array, modelPath: string | null): Promise<JobResult> {
    if (this.closed) return Promise.resolve(crashed('the worker pool was closed'))
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, job, options, bytes, modelPath }, resolve })
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
    const worker = new Worker(workerUrl)
    worker.on('message', (reply: TaskReply) => {
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
      task?.resolve(crashed(reason))
      if (!this.closed) this.pump()
    }
    worker.on('error', (error) => fail(`worker thread failed: ${error.message}`))
    worker.on('exit', (code) => fail(`worker thread exited with code ${code}`))
    return worker
  }
}
