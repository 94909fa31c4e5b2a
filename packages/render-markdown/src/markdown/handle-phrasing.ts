// Phrasing as Markdown, links and images with their IALs. Only content that
// `phrasingFits` accepts gets here: no inline HTML is ever written.
import type { Node } from '@modulemark/model'
import { defaultHandlers, type Info, type State } from 'mdast-util-to-markdown'
import { trimLines } from 'trim-lines'
import { isBreakLine } from './fits.js'
import { writeIal } from './ial.js'

const ialLike = /(\{:[^{}\n]*\})/

type OfType<T extends Node['type']> = Extract<Node, { type: T }>
type Parent = { children: unknown[] } | undefined

export const phrasingHandlers = {
  text(node: OfType<'text'>, parent: Parent, state: State, info: Info): string {
    const siblings = (parent?.children ?? []) as Node[]
    const index = state.indexStack[state.indexStack.length - 1]
    // The line break a hard break ends with is already written by the break.
    if (isBreakLine(node, siblings[index - 1])) return ''
    const config = { ...info, encode: ['<'], beforeNode: siblings[index - 1] as never, afterNode: siblings[index + 1] as never }
    // `&#x3C;` rather than `\<`: the scanner counts any `<div` in the text, escaped or not.
    // Spaces and tabs around a line ending are dropped, as the parser drops them
    // from Markdown text (mdast-util-to-hast): a reference would not survive either.
    return noDelimiterRows(safeKeepingIals(trimLines(node.value), state, config))
  },

  link(node: OfType<'link'>, parent: Parent, state: State, info: Info): string {
    return defaultHandlers.link(node as never, parent as never, state, info) + writeIal(node.attributes)
  },

  image(node: OfType<'image'>, parent: Parent, state: State, info: Info): string {
    // The alt text is escaped here, like text, so that a `{:…}` in it stays as written.
    const rest = defaultHandlers.image({ ...node, alt: '' } as never, parent as never, state, info).slice(2)
    return `![${safeKeepingIals(node.alt ?? '', state, { ...info, before: '[', after: ']', encode: ['<'] })}${rest}${writeIal(node.attributes)}`
  }
}

// A line of cells made of dashes, which under a paragraph's line makes it a GFM table.
// Written so that no two parts can take the same spaces: linear on any line.
const delimiterRow = /(\n[ \t]*)(\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?)(?=\n|$)/g

/**
 * Text that reads as a table's delimiter row (`| --- | --- |`) after a line of the
 * same paragraph would turn that paragraph into a table: its first `|` is escaped.
 * The serializer escapes pipes only in table cells.
 */
function noDelimiterRows(value: string): string {
  return value.replace(delimiterRow, (match, lineStart: string, row: string) => (row.includes('|') ? lineStart + row.replace('|', '\\|') : match))
}

/** `state.safe`, except for `{:…}`: the parser reads it before any escape and keeps it as written. */
function safeKeepingIals(value: string, state: State, config: Info & { encode?: string[] }): string {
  return value
    .split(ialLike)
    .map((part, at, parts) => (at % 2 === 1 ? part : state.safe(part, { ...config, before: at === 0 ? config.before : '}', after: at === parts.length - 1 ? config.after : '{' })))
    .join('')
}
