import type { PageJob } from '../batch/job.js'

interface JobEntry {
  load: () => Promise<PageJob<never>>
  /** The packages whose code shapes the job's output: their code is part of every cache key. */
  packages: readonly string[]
}

const parser = ['@modulemark/model', '@modulemark/dialect', '@modulemark/extract']

/**
 * Per-page jobs by name. The name is what a worker thread receives (it loads
 * the job itself, from the built dist) and part of every cache key. A command
 * with a new kind of page output adds its job file here with one entry.
 */
const jobs = {
  json: { load: async () => (await import('./json.js')).jsonJob, packages: parser },
  lint: { load: async () => (await import('./lint.js')).lintJob, packages: parser }
} satisfies Record<string, JobEntry>

export type JobName = keyof typeof jobs

export async function loadJob(name: JobName): Promise<PageJob<unknown>> {
  return (await jobs[name].load()) as PageJob<unknown>
}

export function jobPackages(name: JobName): readonly string[] {
  return jobs[name].packages
}
