export type { Attributes } from './attributes.js'
export { attributesSchema } from './attributes.js'
export { ModelValidationError } from './errors.js'
export type { ValidationIssue } from './issues.js'
export { moduleJsonSchema } from './json-schema.js'
export type { Message, RuleId } from './message.js'
export { messageSchema, RULE_SEVERITY, severitySchema } from './message.js'
export type { Callout, Comment, Details, Element, Embed, Liquid, Section, Table, TableCell, TableRow } from './nodes/blocks.js'
export type { Node, NodeOfType, NodeType, Parent } from './nodes/node.js'
export { NODE_TYPES } from './nodes/node-types.js'
export type {
  Blockquote,
  Break,
  Code,
  Delete,
  Emphasis,
  Heading,
  HeadingDepth,
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
} from './nodes/prose.js'
export type { Point, Position } from './position.js'
export { pointSchema, positionSchema } from './position.js'
export type { ModuleRoot, WorksheetEntry, WorksheetTable } from './root.js'
export { moduleRootSchema, worksheetEntrySchema, worksheetTableSchema } from './root.js'
export {
  blockquoteSchema,
  breakSchema,
  calloutSchema,
  codeSchema,
  commentSchema,
  deleteSchema,
  detailsSchema,
  elementSchema,
  embedSchema,
  emphasisSchema,
  headingSchema,
  htmlSchema,
  imageSchema,
  inlineCodeSchema,
  linkSchema,
  liquidSchema,
  listItemSchema,
  listSchema,
  nodeSchema,
  paragraphSchema,
  sectionSchema,
  strongSchema,
  tableCellSchema,
  tableRowSchema,
  tableSchema,
  textSchema,
  thematicBreakSchema
} from './schema/nodes.js'
export type { ValidationResult } from './validate.js'
export { assertModule, validateModule } from './validate.js'
export type { SchemaVersion } from './version.js'
export { SCHEMA_VERSION, schemaVersionSchema } from './version.js'
export type {
  CalloutKind,
  EmbedProvider,
  SectionColor,
  Severity,
  TableAlign,
  WorksheetLabel,
  WorksheetRole
} from './vocabulary.js'
export {
  CALLOUT_KINDS,
  EMBED_PROVIDERS,
  SECTION_COLORS,
  SEVERITIES,
  TABLE_ALIGNS,
  WORKSHEET_LABELS,
  WORKSHEET_ROLES
} from './vocabulary.js'
export type { Worksheet } from './worksheet.js'
export { worksheetLabelSchema, worksheetRoleSchema, worksheetSchema } from './worksheet.js'
