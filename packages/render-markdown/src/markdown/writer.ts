import type { Node } from '@modulemark/model'

export interface HtmlPlace {
  /** Phrasing content: inside a paragraph, heading, emphasis or link. */
  inline?: boolean
  /** The sibling after the last node. */
  after?: Node
}

/** What handlers need besides mdast-util-to-markdown's state. */
export interface Writer {
  /** Nodes as HTML, which the parser reads back the same where a block may start. */
  html(nodes: readonly Node[], place?: HtmlPlace): string
  /** How many blocks were written as HTML so far: a list or quote holding one cannot be Markdown. */
  htmlBlocks: number
}
