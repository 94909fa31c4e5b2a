// Type-level only: the model is a unist tree, so unist utilities (visit, etc.) accept it.
import type * as Unist from 'unist'
import type { Node, Parent } from './nodes/node.js'
import type { ModuleRoot } from './root.js'
import type { Assert } from './type-check.js'

type Extends<A, B> = [A] extends [B] ? true : false

/** Compile-time only. */
export type TypeChecks = [
  Assert<Extends<Node, Unist.Node>>,
  Assert<Extends<Parent, Unist.Parent>>,
  Assert<Extends<ModuleRoot, Unist.Parent>>
]
