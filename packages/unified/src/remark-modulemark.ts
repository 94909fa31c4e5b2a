import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { attachModel, type Options } from './attach-model.js'

/**
 * unified plugin, after remark-parse: the page's modulemark model on
 * `file.data.module`, its messages on `file.messages`. The mdast is left as it is.
 */
export const remarkModulemark: Plugin<[(Options | null | undefined)?], Root> = function (options) {
  return (_tree, file) => {
    attachModel(file, options ?? {})
  }
}
