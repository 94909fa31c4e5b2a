// Type-level only: each node schema's inferred type equals its hand-written interface.
import type { z } from 'zod'
import type * as B from '../nodes/blocks.js'
import type { Node } from '../nodes/node.js'
import type * as P from '../nodes/prose.js'
import type { Assert, Same } from '../type-check.js'
import type * as S from './nodes.js'

type Is<Schema extends z.ZodType, T> = Same<z.infer<Schema>, T>

/** Compile-time only. */
export type TypeChecks = [
  Assert<Is<typeof S.paragraphSchema, P.Paragraph>>,
  Assert<Is<typeof S.headingSchema, P.Heading>>,
  Assert<Is<typeof S.listSchema, P.List>>,
  Assert<Is<typeof S.listItemSchema, P.ListItem>>,
  Assert<Is<typeof S.blockquoteSchema, P.Blockquote>>,
  Assert<Is<typeof S.codeSchema, P.Code>>,
  Assert<Is<typeof S.thematicBreakSchema, P.ThematicBreak>>,
  Assert<Is<typeof S.htmlSchema, P.Html>>,
  Assert<Is<typeof S.textSchema, P.Text>>,
  Assert<Is<typeof S.emphasisSchema, P.Emphasis>>,
  Assert<Is<typeof S.strongSchema, P.Strong>>,
  Assert<Is<typeof S.deleteSchema, P.Delete>>,
  Assert<Is<typeof S.inlineCodeSchema, P.InlineCode>>,
  Assert<Is<typeof S.breakSchema, P.Break>>,
  Assert<Is<typeof S.linkSchema, P.Link>>,
  Assert<Is<typeof S.imageSchema, P.Image>>,
  Assert<Is<typeof S.elementSchema, B.Element>>,
  Assert<Is<typeof S.sectionSchema, B.Section>>,
  Assert<Is<typeof S.calloutSchema, B.Callout>>,
  Assert<Is<typeof S.tableSchema, B.Table>>,
  Assert<Is<typeof S.tableRowSchema, B.TableRow>>,
  Assert<Is<typeof S.tableCellSchema, B.TableCell>>,
  Assert<Is<typeof S.embedSchema, B.Embed>>,
  Assert<Is<typeof S.detailsSchema, B.Details>>,
  Assert<Is<typeof S.commentSchema, B.Comment>>,
  Assert<Is<typeof S.liquidSchema, B.Liquid>>,
  Assert<Is<typeof S.nodeSchema, Node>>
]
