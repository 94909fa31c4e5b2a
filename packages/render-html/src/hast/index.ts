// The shared core: a model, or some of its nodes, to a hast tree.
import type { ModuleRoot, Node } from '@modulemark/model'
import type { ElementContent, Root } from 'hast'
import { handlers, type Handler, type Handlers } from './handlers.js'
import type { HastOptions } from './options.js'
import { createState, type ParentLike, type State } from './state.js'
import { sanitizeContent } from '../safety/sanitize.js'
import { isTrusted } from '../safety/trust.js'

export type { HastOptions } from './options.js'

/**
 * Turn a module (or a list of its nodes) into hast: the page's content only,
 * no document around it. Comments and Liquid tags are left out; so are
 * scripts unless `options.scripts`. Sanitized unless `options.trust`.
 */
export function toHast(input: ModuleRoot | Node | readonly Node[], options: HastOptions = {}): Root {
  return { type: 'root', children: toHastContent(input, options) }
}

/**
 * As `toHast`, the nodes without their root: for renderers that wrap them.
 * `overrides` replace the handlers of some node types (print renders embeds its own way).
 * Every renderer's content comes through here, so this is where it is sanitized.
 */
export function toHastContent(input: ModuleRoot | Node | readonly Node[], options: HastOptions = {}, overrides: Partial<Handlers> = {}): ElementContent[] {
  const content = render(input, options, overrides)
  return isTrusted(options) ? content : sanitizeContent(content, { iframeHosts: options.iframeHosts })
}

function render(input: ModuleRoot | Node | readonly Node[], options: HastOptions, overrides: Partial<Handlers>): ElementContent[] {
  if (input === null || typeof input !== 'object') {
    throw new TypeError(`Expected a modulemark module, node or list of nodes, not \`${input === null ? 'null' : typeof input}\``)
  }
  const table = { ...handlers, ...overrides } as Record<string, Handler | undefined>
  const state = createState(options, (node, parent, state) => one(table, node, parent, state))
  if (Array.isArray(input)) return state.blocks({ type: 'fragment', children: [...input] })
  const single = input as ModuleRoot | Node
  if (single.type === 'module') return state.blocks(single)
  return one(table, single, null, state)
}

function one(table: Record<string, Handler | undefined>, node: Node, parent: ParentLike | null, state: State): ElementContent[] {
  const handler = table[node.type]
  if (handler) return handler(node, state, parent)
  // A node type from a later minor version of the model: its content still shows.
  return 'children' in node && Array.isArray(node.children) ? state.all(node as ParentLike) : []
}
