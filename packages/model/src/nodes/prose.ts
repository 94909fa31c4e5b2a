// Prose nodes: mdast's shapes, with `attributes` on link, image and heading,
// and every optional mdast field made always-present (null when absent).
import type { Attributes } from '../attributes.js'
import type { Position } from '../position.js'
import type { Worksheet } from '../worksheet.js'
import type { Node } from './node.js'

export type HeadingDepth = 1 | 2 | 3 | 4 | 5 | 6

export interface Paragraph {
  type: 'paragraph'
  children: Node[]
  position: Position
}

export interface Heading {
  type: 'heading'
  depth: HeadingDepth
  attributes: Attributes
  /** The worksheet this heading names; `null` too when a callout's title heading leaves it to the callout. */
  worksheet: Worksheet | null
  children: Node[]
  position: Position
}

export interface List {
  type: 'list'
  ordered: boolean
  start: number | null
  spread: boolean
  /** `listItem` nodes. */
  children: Node[]
  position: Position
}

export interface ListItem {
  type: 'listItem'
  spread: boolean
  checked: boolean | null
  children: Node[]
  position: Position
}

export interface Blockquote {
  type: 'blockquote'
  children: Node[]
  position: Position
}

export interface Code {
  type: 'code'
  lang: string | null
  meta: string | null
  value: string
  position: Position
}

export interface ThematicBreak {
  type: 'thematicBreak'
  position: Position
}

/** Only `<script>` and `<style>` stay raw; other HTML becomes nodes. */
export interface Html {
  type: 'html'
  value: string
  position: Position
}

export interface Text {
  type: 'text'
  value: string
  position: Position
}

export interface Emphasis {
  type: 'emphasis'
  children: Node[]
  position: Position
}

export interface Strong {
  type: 'strong'
  children: Node[]
  position: Position
}

export interface Delete {
  type: 'delete'
  children: Node[]
  position: Position
}

export interface InlineCode {
  type: 'inlineCode'
  value: string
  position: Position
}

export interface Break {
  type: 'break'
  position: Position
}

export interface Link {
  type: 'link'
  url: string
  title: string | null
  attributes: Attributes
  children: Node[]
  position: Position
}

export interface Image {
  type: 'image'
  url: string
  title: string | null
  alt: string | null
  attributes: Attributes
  position: Position
}
