// What `print` and `pdf` share: the flags that shape the print HTML, and which of its messages are always shown.
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Message } from '@modulemark/model'
import type { PageSize, PrintOptions } from '@modulemark/render-html'
import { choice, type OptionValues } from '../args.js'
import { configPath, loadConfig } from '../config/load.js'
import { UsageError } from '../errors.js'
import type { PrintJobOptions } from '../jobs/print.js'
import { assetsStamp } from './assets-stamp.js'

export const printFlags = {
  'page-size': { type: 'string' },
  assets: { type: 'string' },
  baseurl: { type: 'string' },
  trust: { type: 'boolean' }
} as const

const pageSizes = ['letter', 'a4'] as const satisfies readonly PageSize[]

/**
 * The options of `toPrintHtml`: flags first, then modulemark.config.json
 * (`pageSize`, `assets` relative to the config file, `baseurl`, `iframeHosts`). The assets
 * folder must exist.
 */
export async function printOptions(command: string, values: OptionValues<typeof printFlags>, cwd: string): Promise<PrintOptions> {
  const config = await loadConfig(cwd)
  const pageSize = choice(command, 'page-size', values['page-size']?.toLowerCase(), pageSizes, config.values.pageSize ?? 'letter')
  if (values.assets === '') throw new UsageError('invalid-option', "option '--assets' needs a folder", command)
  const named = values.assets ?? config.values.assets
  const assets = values.assets !== undefined ? resolve(cwd, values.assets) : named !== undefined ? configPath(config, named) : null
  if (assets !== null && !(await stat(assets).then((s) => s.isDirectory(), () => false))) {
    throw new UsageError('invalid-option', `option '--assets' names no folder: ${named}`, command)
  }
  return { pageSize, assets, baseurl: values.baseurl ?? config.values.baseurl ?? '', trust: values.trust ?? false, iframeHosts: config.values.iframeHosts }
}

/** The print job's options: the render options and a stamp of the assets folder (its images are in the output). */
export async function printJobOptions(command: string, values: OptionValues<typeof printFlags>, cwd: string): Promise<PrintJobOptions> {
  const render = await printOptions(command, values, cwd)
  return { render, assetsStamp: await assetsStamp(render.assets) }
}

/** Print messages (an image that could not be inlined) are about the output: always shown, whatever their severity. */
export const isPrintMessage = (message: Message): boolean => message.ruleId.startsWith('print-')
