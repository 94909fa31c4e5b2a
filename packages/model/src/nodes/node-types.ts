import type { Assert, Same } from '../type-check.js'
import type { NodeType } from './node.js'

export const NODE_TYPES = Object.freeze([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'code',
  'thematicBreak',
  'html',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'image',
  'element',
  'section',
  'callout',
  'table',
  'tableRow',
  'tableCell',
  'embed',
  'details',
  'comment',
  'liquid'
] as const)

/** Compile-time only. */
export type TypeChecks = Assert<Same<(typeof NODE_TYPES)[number], NodeType>>
