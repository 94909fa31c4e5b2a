// What every handler shares: the options and the way back into the tree.
import type { ModuleRoot, Node } from '@modulemark/model'
import type { ElementContent } from 'hast'
import { keepsScripts } from '../safety/trust.js'
import type { HastOptions } from './options.js'
import { lines } from './whitespace.js'

/** Nodes handed to `toHast` as a list, rendered as siblings. */
export interface Fragment {
  type: 'fragment'
  children: Node[]
}

/** A model node that holds others, the module itself, or a list of nodes. */
export type ParentLike = Extract<Node, { children: Node[] }> | ModuleRoot | Fragment

export interface State {
  /** Keep scripts, `on*` attributes and `javascript:` URLs. */
  scripts: boolean
  /** An attribute or URL value with `{{ site.baseurl }}` filled in. */
  fill(value: string): string
  /** One node as hast; dropped nodes give `[]`. */
  one(node: Node, parent: ParentLike | null): ElementContent[]
  /** The children of `parent`, one after another. */
  all(parent: ParentLike): ElementContent[]
  /** The children of `parent`, a line break between them when all are blocks. */
  blocks(parent: ParentLike): ElementContent[]
}

const siteBaseurl = /\{\{-?\s*site\.baseurl\s*-?\}\}/g

export function createState(options: HastOptions, one: (node: Node, parent: ParentLike | null, state: State) => ElementContent[]): State {
  const baseurl = (options.baseurl ?? '').replace(/\/+$/, '')
  const state: State = {
    scripts: keepsScripts(options),
    fill: (value) => value.replace(siteBaseurl, baseurl),
    one: (node, parent) => one(node, parent, state),
    all: (parent) => parent.children.flatMap((child) => state.one(child, parent)),
    blocks: (parent) => {
      if (!parent.children.every(isBlock)) return state.all(parent)
      return lines(parent.children.map((child) => state.one(child, parent)).filter((out) => out.length > 0))
    }
  }
  return state
}

const inlineTypes = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image'])

/** Phrasing HTML elements: an `element` node with one of these tags flows in a line. */
export const phrasingTags = new Set(
  'a abbr b bdi bdo br cite code data del dfn em font i img ins kbd label mark q s samp small span strong sub sup time u var wbr'.split(' ')
)

function isBlock(node: Node): boolean {
  if (node.type === 'element') return !phrasingTags.has(node.tagName.toLowerCase())
  return !inlineTypes.has(node.type)
}
