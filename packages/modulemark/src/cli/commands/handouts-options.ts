// The flags `worksheets` and `workbook` share, turned into renderer options.
import type { HandoutOptions } from '@modulemark/render-html'
import { choice, type OptionValues } from '../args.js'
import { loadConfig } from '../config/load.js'
import { UsageError } from '../errors.js'

export const handoutFlags = {
  out: { type: 'string', short: 'o' },
  to: { type: 'string' },
  rows: { type: 'string' },
  'answer-lines': { type: 'string' },
  'keep-row-labels': { type: 'boolean' },
  'with-example': { type: 'boolean' },
  'page-size': { type: 'string' },
  baseurl: { type: 'string' },
  chromium: { type: 'string' },
  trust: { type: 'boolean' }
} as const

export interface HandoutSettings {
  to: 'html' | 'pdf'
  options: HandoutOptions
  chromium: string | undefined
}

/** The flags, with defaults from the nearest modulemark.config.* (flags win). */
export async function handoutSettings(command: string, values: OptionValues<typeof handoutFlags>, cwd: string): Promise<HandoutSettings> {
  if (values.out === '') throw new UsageError('invalid-option', "option '-o, --out' needs a path", command)
  if (values.chromium === '') throw new UsageError('invalid-option', "option '--chromium' needs the path of a Chromium executable", command)
  const config = (await loadConfig(cwd)).values
  return {
    to: choice(command, 'to', values.to, ['html', 'pdf'] as const, 'html'),
    chromium: values.chromium,
    options: {
      rows: count(command, 'rows', values.rows) ?? config.rows,
      answerLines: count(command, 'answer-lines', values['answer-lines']) ?? config.answerLines,
      keepRowLabels: values['keep-row-labels'] ?? false,
      withExample: values['with-example'] ?? false,
      pageSize: choice(command, 'page-size', values['page-size']?.toLowerCase(), ['letter', 'a4'] as const, config.pageSize ?? 'letter'),
      baseurl: values.baseurl ?? config.baseurl ?? '',
      trust: values.trust ?? false,
      iframeHosts: config.iframeHosts
    }
  }
}

function count(command: string, option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d{1,3}$/.test(value) || Number(value) > 200) throw new UsageError('invalid-option', `option '--${option}' must be a whole number from 0 to 200 (got '${value}')`, command)
  return Number(value)
}
