// Small readers over the modulemark model, so expectations read like the spec.
// They only walk the JSON by the names of docs/model.md; they never parse Markdown.
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseModule } from '@modulemark/extract'

export interface Point { line: number; column: number; offset: number }
export interface Position { start: Point; end: Point }
// Loose on purpose: the tests check the contract field by field, and a leaf's
// `children` is undefined at run time.
export interface Node {
  type: string
  position: Position
  children: Node[]
  [field: string]: any
}
export interface Message {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  reason: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
}
export interface Model extends Node {
  type: 'module'
  frontMatter: Record<string, unknown>
  title: string | null
  worksheets: any[]
  messages: Message[]
}

export const pagesDir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url))

/** Names of every fixture page, without `.md`. */
export function fixtureNames(): string[] {
  return readdirSync(pagesDir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -3))
    .sort()
}

export function readFixture(name: string): string {
  return readFileSync(pagesDir + name + '.md', 'utf8')
}

export function parse(source: string | Uint8Array, path: string | null = 'page.md'): Model {
  return parseModule(source, { path } as any) as unknown as Model
}

const parsed = new Map<string, Model>()

/**
 * Parse `test/fixtures/pages/<name>.md` once; `path` is the fixture's file name.
 * Call it inside `it`, so that a page the parser cannot read fails its own tests only.
 */
export function parseFixture(name: string): Model {
  let model = parsed.get(name)
  if (!model) {
    model = parse(readFixture(name), name + '.md')
    parsed.set(name, model)
  }
  return model
}

/** Every node in document order: the node itself, its children, deeper first. */
export function allNodes(node: Node): Node[] {
  const found: Node[] = [node]
  for (const child of node.children ?? []) found.push(...allNodes(child))
  return found
}

export function findAll(node: Node, type: string, test: (node: Node) => boolean = () => true): Node[] {
  return allNodes(node).filter((n) => n !== node && n.type === type && test(n))
}

/** The first node of `type` under `node` (document order); throws when there is none. */
export function find(node: Node, type: string, test: (node: Node) => boolean = () => true): Node {
  const found = findAll(node, type, test)[0]
  if (!found) throw new Error(`Expected a \`${type}\` node under \`${node.type}\`, found none`)
  return found
}

export function childTypes(node: Node): string[] {
  return (node.children ?? []).map((child) => child.type)
}

/** The plain text a reader sees: text, inline code and code values; never comments, Liquid or scripts. */
export function toText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value
  if (node.type === 'comment' || node.type === 'liquid' || node.type === 'html') return ''
  if (node.type === 'break') return '\n'
  return (node.children ?? []).map(toText).join('')
}

/** Whitespace collapsed, for comparing prose that spans lines. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function messagesOf(model: Model, ruleId: string): Message[] {
  return model.messages.filter((message) => message.ruleId === ruleId)
}

export function ruleIds(model: Model): string[] {
  return model.messages.map((message) => message.ruleId)
}

/** `line:column` of a message, the way `lint` prints it. */
export function place(message: Message): string {
  return `${message.line}:${message.column}`
}

export function placesOf(model: Model, ruleId: string): string[] {
  return messagesOf(model, ruleId).map(place)
}

export function linesOf(model: Model, ruleId: string): Array<number | null> {
  return messagesOf(model, ruleId).map((message) => message.line)
}

/** The unist point of `offset` in `source`: 1-based line and column, a tab being one column. */
export function pointAt(source: string, offset: number): Point {
  const before = source.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - (before.lastIndexOf('\n') + 1) + 1
  return { line, column, offset }
}

/** The point where the `nth` (0-based) occurrence of `needle` starts in `source`. */
export function pointOf(source: string, needle: string, nth = 0): Point {
  let offset = -1
  for (let i = 0; i <= nth; i++) {
    offset = source.indexOf(needle, offset + 1)
    if (offset === -1) throw new Error(`\`${needle}\` occurs fewer than ${nth + 1} times`)
  }
  return pointAt(source, offset)
}
