// Worker-thread entry: runs page jobs by name for the pool (loaded from dist).
import { parentPort } from 'node:worker_threads'
import { executeJob } from './execute.js'
import type { TaskReply, TaskRequest } from './pool.js'

const port = parentPort
if (port === null) throw new Error('modulemark: batch/worker.js runs only as a worker thread')

port.on('message', (task: TaskRequest) => {
  void executeJob(task.job, task.options, { bytes: task.bytes, modelPath: task.modelPath }).then((result) => {
    const reply: TaskReply = { id: task.id, result }
    // Bytes go back without a copy; strings are cloned either way.
    const transfer = result.output instanceof Uint8Array && !(result.output.buffer instanceof SharedArrayBuffer) ? [result.output.buffer] : []
    port.postMessage(reply, transfer)
  })
})
