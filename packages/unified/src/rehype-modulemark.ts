import { toHast, type HastOptions } from '@modulemark/render-html'
import type { Root as HastRoot } from 'hast'
import type { Root as MdastRoot } from 'mdast'
import type { Plugin } from 'unified'
import { attachModel, type Options as ModelOptions } from './attach-model.js'

export interface Options extends HastOptions, ModelOptions {}

/**
 * unified plugin, a bridge like remark-rehype: replaces the tree with the
 * model rendered to hast, so rehype plugins and rehype-stringify follow. Uses
 * `file.data.module` from `remarkModulemark`, or reads the page itself.
 */
export const rehypeModulemark: Plugin<[(Options | null | undefined)?], MdastRoot, HastRoot> = function (options) {
  return (_tree, file) => toHast(file.data.module ?? attachModel(file, options ?? {}), options ?? {})
}
