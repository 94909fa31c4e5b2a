import type { Position } from '@modulemark/model'
import type { VFile } from 'vfile'

/** What a conversion needs to know about where it is. */
export interface Context {
  file: VFile
  /** The page's text, for the source of `<script>`/`<style>` and end-tag checks. */
  text: string
  /** Used for nodes parse5 made up (an implied `<tbody>`), which have no place of their own. */
  fallback: Position
  /** Kind of the innermost callout around this node, `undefined` outside callouts. */
  callout: string | null | undefined
  /** Whether the node is inside a colorhighlight section. */
  inSection: boolean
}
