import type { PageJob } from '../batch/job.js'

interface JobEntry {
  load: () => Promise<PageJob<never>>
  /** The packages whose code shapes the job's output: their code is part of every cache key. */
  packages: readonly string[]
  /** Other files of this folder the job runs (by name without extension), hashed with its own. */
  shares?: readonly string[]
}

const parser = ['@modulemark/model', '@modulemark/dialect', '@modulemark/extract']
const html = [...parser, '@modulemark/render-html']
// The renderer jobs read pages and JSON models alike through load-model.
const models = ['load-model']

/**
 * Per-page jobs by name. The name is what a worker thread receives (it loads
 * the job itself, from the built dist) and part of every cache key. A command
 * with a new kind of page output adds its job file here with one entry.
 */
const jobs = {
  json: { load: async () => (await import('./json.js')).jsonJob, packages: parser },
  lint: { load: async () => (await import('./lint.js')).lintJob, packages: parser },
  html: { load: async () => (await import('./html.js')).htmlJob, packages: html, shares: models },
  print: { load: async () => (await import('./print.js')).printJob, packages: html, shares: models },
  worksheets: { load: async () => (await import('./worksheets.js')).worksheetsJob, packages: html, shares: models },
  md: { load: async () => (await import('./md.js')).mdJob, packages: [...parser, '@modulemark/render-markdown'], shares: models }
} satisfies Record<string, JobEntry>

export type JobName = keyof typeof jobs

export async function loadJob(name: JobName): Promise<PageJob<unknown>> {
  return (await jobs[name].load()) as PageJob<unknown>
}

export function jobPackages(name: JobName): readonly string[] {
  return jobs[name].packages
}

/** The job's own file and the ones it shares, by name without extension. */
export function jobModules(name: JobName): readonly string[] {
  const entry: JobEntry = jobs[name]
  return [name, ...(entry.shares ?? [])]
}
