// The model contract of issue 2 and docs/model.md, written out once for the invariant tests.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { allNodes, pointAt, type Model, type Node, type Position } from './model.js'

/**
 * Rule id → severity, read from the Messages table of docs/model.md, the published
 * contract: a rule the parser reports must be documented there first.
 */
export const severityOf: Record<string, 'error' | 'warning' | 'info'> = readRuleTable()

function readRuleTable(): Record<string, 'error' | 'warning' | 'info'> {
  const docs = readFileSync(fileURLToPath(new URL('../../../docs/model.md', import.meta.url)), 'utf8')
  const table: Record<string, 'error' | 'warning' | 'info'> = {}
  for (const row of docs.slice(docs.indexOf('## Messages')).split('\n')) {
    const severity = /\|\s*(error|warning|info)\s*\|\s*$/.exec(row)?.[1] as 'error' | 'warning' | 'info' | undefined
    if (severity) for (const [, id] of row.matchAll(/`([a-z0-9-]+)`/g)) table[id] = severity
  }
  if (!table['internal-error']) throw new Error('Expected the rule table of docs/model.md (## Messages), found none')
  return table
}

/** Fields every node of a type always has (`null`, `[]` or `{}` when empty). */
export const fieldsOf: Record<string, string[]> = {
  module: ['schemaVersion', 'path', 'frontMatter', 'title', 'children', 'worksheets', 'messages'],
  paragraph: ['children'],
  heading: ['depth', 'attributes', 'worksheet', 'children'],
  list: ['ordered', 'start', 'spread', 'children'],
  listItem: ['spread', 'checked', 'children'],
  blockquote: ['children'],
  code: ['lang', 'meta', 'value'],
  thematicBreak: [],
  html: ['value'],
  text: ['value'],
  emphasis: ['children'],
  strong: ['children'],
  delete: ['children'],
  inlineCode: ['value'],
  break: [],
  link: ['url', 'title', 'attributes', 'children'],
  image: ['url', 'title', 'alt', 'attributes'],
  element: ['tagName', 'attributes', 'children'],
  section: ['color', 'classes', 'title', 'children'],
  callout: ['kind', 'classes', 'title', 'worksheet', 'children'],
  table: ['classes', 'fillIn', 'columns', 'align', 'attributes', 'children'],
  tableRow: ['children'],
  tableCell: ['header', 'colspan', 'rowspan', 'attributes', 'text', 'lines', 'blank', 'children'],
  embed: ['url', 'provider', 'title', 'duration', 'seconds', 'attributes'],
  details: ['summary', 'children'],
  comment: ['value'],
  liquid: ['value']
}

export const worksheetFields = ['label', 'number', 'title', 'url', 'target', 'role']
export const entryFields = [...worksheetFields, 'instructions', 'tables', 'position']
export const messageFields = ['ruleId', 'severity', 'reason', 'line', 'column', 'endLine', 'endColumn']

/** Every node of the page: the tree, plus the instructions copied into the worksheets index. */
export function everyNode(model: Model): Node[] {
  const nodes = allNodes(model)
  for (const entry of model.worksheets) for (const node of entry.instructions ?? []) nodes.push(...allNodes(node))
  return nodes
}

/** Problems with a node's position, read against the source it came from (empty when fine). */
export function positionProblems(node: Node, source: string): string[] {
  const where = `${node.type}${node.position ? ` at ${node.position.start?.line}:${node.position.start?.column}` : ''}`
  const position: Position | undefined = node.position
  if (!position || !position.start || !position.end) return [`${where} has no position`]
  const problems: string[] = []
  for (const [name, point] of Object.entries(position)) {
    if (![point.line, point.column, point.offset].every(Number.isInteger)) {
      problems.push(`${where}: ${name} needs integer line, column and offset`)
      continue
    }
    if (point.offset < 0 || point.offset > source.length) problems.push(`${where}: ${name}.offset ${point.offset} is outside the file`)
    const expected = pointAt(source, point.offset)
    if (expected.line !== point.line || expected.column !== point.column) {
      problems.push(`${where}: ${name} says ${point.line}:${point.column} but offset ${point.offset} is ${expected.line}:${expected.column}`)
    }
  }
  if (position.start.offset > position.end.offset) problems.push(`${where}: ends before it starts`)
  return problems
}
