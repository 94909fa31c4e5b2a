// Worker-thread entry: runs page jobs by name for the pool (loaded from dist).
import { parentPort } from 'node:worker_threads'
import { executeJob } from './execute.js'
import type { TaskReply, TaskRequest } from './pool.js'

const port = parentPort
if (port === null) throw new Error('modulemark: batch/worker.js runs only as a worker thread')
const encoder = new TextEncoder()

port.on('message', (task: TaskRequest) => {
  void executeJob(task.job, task.options, { bytes: task.bytes, modelPath: task.modelPath, context: task.context }).then((result) => {
    // Text is encoded here, in parallel, and its fresh buffer moved, not copied, to the main thread.
    // (A job's own Uint8Array may share a pooled buffer: it is copied.)
    const fresh = typeof result.output === 'string' ? encoder.encode(result.output) : null
    const reply: TaskReply = { id: task.id, result: fresh ? { ...result, output: fresh } : result }
    port.postMessage(reply, fresh ? [fresh.buffer] : [])
  })
})
