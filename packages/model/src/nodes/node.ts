import type { Callout, Comment, Details, Element, Embed, Liquid, Section, Table, TableCell, TableRow } from './blocks.js'
import type {
  Blockquote,
  Break,
  Code,
  Delete,
  Emphasis,
  Heading,
  Html,
  Image,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  Strong,
  Text,
  ThematicBreak
} from './prose.js'

/** Any node of the tree (not the root); discriminated on `type`. */
export type Node =
  | Paragraph
  | Heading
  | List
  | ListItem
  | Blockquote
  | Code
  | ThematicBreak
  | Html
  | Text
  | Emphasis
  | Strong
  | Delete
  | InlineCode
  | Break
  | Link
  | Image
  | Element
  | Section
  | Callout
  | Table
  | TableRow
  | TableCell
  | Embed
  | Details
  | Comment
  | Liquid

export type NodeType = Node['type']

/** The node whose `type` is `T`, e.g. `NodeOfType<'callout'>`. */
export type NodeOfType<T extends NodeType> = Extract<Node, { type: T }>

/** A node with `children`. */
export type Parent = Extract<Node, { children: Node[] }>
