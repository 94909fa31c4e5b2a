// The shape of one hand-written structure expectation (see ../structure.test.ts).
import type { AnyNode, PageOutline } from '../helpers/outline.js'

export interface StructureCase {
  /** Path relative to `course-in-a-box/`. */
  path: string
  /** The irregularities this page was chosen for. */
  why: string
  frontMatter: Record<string, unknown>
  /** The whole outline (see ../helpers/outline.ts), written from reading the page. */
  outline: PageOutline
  /** `rule`, `rule LINE` or `rule LINE:COL` (see `compareMessages`). */
  messages: string[]
  /** Links (`text -> url target=…`) that must be among the page's links, in this order. */
  links?: string[]
  /** Further facts: cells, classes, embeds. */
  check?: (model: AnyNode) => void
}
