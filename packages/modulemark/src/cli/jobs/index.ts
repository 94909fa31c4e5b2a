import type { PageJob } from '../batch/job.js'

/**
 * Per-page jobs by name. The name is what a worker thread receives (it loads
 * the job itself, from the built dist) and part of every cache key. A command
 * with a new kind of page output adds its job file here with one line.
 */
const loaders = {
  json: async () => (await import('./json.js')).jsonJob,
  lint: async () => (await import('./lint.js')).lintJob
} satisfies Record<string, () => Promise<PageJob<never>>>

export type JobName = keyof typeof loaders

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(loaders, name)
}

export async function loadJob(name: JobName): Promise<PageJob<unknown>> {
  return (await loaders[name]()) as PageJob<unknown>
}
