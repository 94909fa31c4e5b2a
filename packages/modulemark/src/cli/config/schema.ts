import { z } from 'zod'

/**
 * Every key a config file may hold, in one place: the loader refuses any other
 * key, and each command reads its defaults from here (command-line flags win).
 * Paths (`cache`, `assets`) are relative to the config file's folder.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('a JSON Schema URL for editors; ignored'),
  baseurl: z.string().optional().describe('what {{ site.baseurl }} stands for in links and images (html, print)'),
  pageSize: z.enum(['letter', 'a4']).optional().describe('paper size of print output (print, worksheets, workbook)'),
  rows: z.number().int().min(1).optional().describe('empty rows of a blank worksheet table (worksheets, workbook)'),
  answerLines: z.number().int().min(0).optional().describe('ruled lines under each question (worksheets, workbook)'),
  assets: z.string().min(1).optional().describe('folder that images are read from (print)'),
  iframeHosts: z.array(z.string().min(1)).optional().describe('extra hosts whose iframes are kept in HTML output'),
  cache: z.union([z.string().min(1), z.literal(false)]).optional().describe('cache folder, or false for no cache'),
  jobs: z.number().int().min(1).optional().describe('worker threads (default: the number of cores)'),
  quiet: z.boolean().optional().describe('no progress bar and no summary'),
  format: z.enum(['text', 'json']).optional().describe('format of the diagnostics on stderr'),
  strict: z.boolean().optional().describe('warnings fail the run too'),
  maxWarnings: z.number().int().min(0).optional().describe('fail when there are more warnings than this')
})

export type Config = z.infer<typeof configSchema>

export const configKeys: readonly string[] = Object.keys(configSchema.shape)
