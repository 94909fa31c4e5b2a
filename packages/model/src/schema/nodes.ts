// Every node schema lives in this one file: they recurse through `nodeSchema`,
// and splitting them would make an ES module cycle whose evaluation order matters.
import { z } from 'zod'
import { attributesSchema } from '../attributes.js'
import type { Node } from '../nodes/node.js'
import { positionSchema } from '../position.js'
import { named } from '../registry.js'
import { EMBED_PROVIDERS, TABLE_ALIGNS } from '../vocabulary.js'
import { worksheetSchema } from '../worksheet.js'

const nodes = () => z.array(nodeSchema)
const literal = <T extends string>(value: T, description?: string) =>
  named(z.object({ type: z.literal(value), value: z.string(), position: positionSchema }), pascal(value), description)
const bare = <T extends string>(value: T, description?: string) =>
  named(z.object({ type: z.literal(value), position: positionSchema }), pascal(value), description)
const wrapper = <T extends string>(value: T) =>
  named(
    z.object({
      type: z.literal(value),
      get children() {
        return nodes()
      },
      position: positionSchema
    }),
    pascal(value)
  )

function pascal(type: string): string {
  return type[0].toUpperCase() + type.slice(1)
}

export const paragraphSchema = wrapper('paragraph')
export const blockquoteSchema = wrapper('blockquote')
export const emphasisSchema = wrapper('emphasis')
export const strongSchema = wrapper('strong')
export const deleteSchema = wrapper('delete')
export const tableRowSchema = wrapper('tableRow')
export const textSchema = literal('text')
export const inlineCodeSchema = literal('inlineCode')
export const htmlSchema = literal('html', 'Raw <script> or <style>; all other HTML becomes nodes.')
export const commentSchema = literal('comment', 'An HTML comment: never content.')
export const liquidSchema = literal('liquid', 'A {% … %} tag.')
export const thematicBreakSchema = bare('thematicBreak')
export const breakSchema = bare('break')

export const headingSchema = named(
  z.object({
    type: z.literal('heading'),
    depth: z.literal([1, 2, 3, 4, 5, 6]),
    attributes: attributesSchema,
    worksheet: worksheetSchema.nullable(),
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'Heading'
)

export const listSchema = named(
  z.object({
    type: z.literal('list'),
    ordered: z.boolean(),
    start: z.int().nullable(),
    spread: z.boolean(),
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'List'
)

export const listItemSchema = named(
  z.object({
    type: z.literal('listItem'),
    spread: z.boolean(),
    checked: z.boolean().nullable(),
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'ListItem'
)

export const codeSchema = named(
  z.object({
    type: z.literal('code'),
    lang: z.string().nullable(),
    meta: z.string().nullable(),
    value: z.string(),
    position: positionSchema
  }),
  'Code'
)

export const linkSchema = named(
  z.object({
    type: z.literal('link'),
    url: z.string(),
    title: z.string().nullable(),
    attributes: attributesSchema,
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'Link'
)

export const imageSchema = named(
  z.object({
    type: z.literal('image'),
    url: z.string(),
    title: z.string().nullable(),
    alt: z.string().nullable(),
    attributes: attributesSchema,
    position: positionSchema
  }),
  'Image'
)

export const elementSchema = named(
  z.object({
    type: z.literal('element'),
    tagName: z.string().min(1),
    attributes: attributesSchema,
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'Element',
  'Any HTML element with no mdast equivalent.'
)

export const sectionSchema = named(
  z.object({
    type: z.literal('section'),
    color: z.string().nullable(),
    classes: z.array(z.string()),
    title: z.string().nullable(),
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'Section',
  'A colorhighlight div.'
)

export const calloutSchema = named(
  z.object({
    type: z.literal('callout'),
    kind: z.string().nullable(),
    classes: z.array(z.string()),
    title: z.string().nullable(),
    worksheet: worksheetSchema.nullable(),
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'Callout'
)

export const tableSchema = named(
  z.object({
    type: z.literal('table'),
    classes: z.array(z.string()),
    fillIn: z.boolean(),
    columns: z.array(z.string()),
    align: z.array(z.enum(TABLE_ALIGNS).nullable()),
    attributes: attributesSchema,
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'Table'
)

export const tableCellSchema = named(
  z.object({
    type: z.literal('tableCell'),
    header: z.boolean(),
    colspan: z.int().min(1),
    rowspan: z.int().min(0),
    attributes: attributesSchema,
    text: z.string(),
    lines: z.array(z.string()),
    blank: z.boolean(),
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'TableCell'
)

export const embedSchema = named(
  z.object({
    type: z.literal('embed'),
    url: z.string(),
    provider: z.enum(EMBED_PROVIDERS),
    title: z.string().nullable(),
    duration: z.string().nullable(),
    seconds: z.number().min(0).nullable(),
    attributes: attributesSchema,
    position: positionSchema
  }),
  'Embed',
  'An iframe.'
)

export const detailsSchema = named(
  z.object({
    type: z.literal('details'),
    summary: z.string().nullable(),
    get children() {
      return nodes()
    },
    position: positionSchema
  }),
  'Details'
)

// Annotated so the recursive getters above have a type without circular inference;
// node-checks.ts proves each option still matches its interface both ways.
export const nodeSchema: z.ZodType<Node> = named(
  z.discriminatedUnion('type', [
    paragraphSchema,
    headingSchema,
    listSchema,
    listItemSchema,
    blockquoteSchema,
    codeSchema,
    thematicBreakSchema,
    htmlSchema,
    textSchema,
    emphasisSchema,
    strongSchema,
    deleteSchema,
    inlineCodeSchema,
    breakSchema,
    linkSchema,
    imageSchema,
    elementSchema,
    sectionSchema,
    calloutSchema,
    tableSchema,
    tableRowSchema,
    tableCellSchema,
    embedSchema,
    detailsSchema,
    commentSchema,
    liquidSchema
  ]),
  'Node'
)
