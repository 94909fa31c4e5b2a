// Web HTML: the page as the course meant it, in a document of its own or as a fragment.
import type { ModuleRoot } from '@modulemark/model'
import type { Root } from 'hast'
import { toHtml as serialize } from 'hast-util-to-html'
import { toHastContent } from '../hast/index.js'
import { body, document } from './document.js'
import type { Options } from './options.js'
import { keepsScripts } from '../safety/trust.js'

export function toHtml(model: ModuleRoot, options: Options = {}): string {
  if (model === null || typeof model !== 'object' || model.type !== 'module') {
    throw new TypeError(`Expected a modulemark module (\`type: 'module'\`) as \`model\`, not \`${describe(model)}\``)
  }
  const content = toHastContent(model, options)
  const tree: Root = options.fragment ? { type: 'root', children: body(model, content) } : document(model, content, options)
  const html = serialize(tree, { allowDangerousHtml: keepsScripts(options), characterReferences: { useNamedReferences: true } })
  return html.endsWith('\n') ? html : `${html}\n`
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return value === null ? 'null' : typeof value
  const type = (value as { type?: unknown }).type
  return typeof type === 'string' ? `type: '${type}'` : 'an object without `type`'
}
