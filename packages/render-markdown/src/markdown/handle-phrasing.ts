// Phrasing as Markdown, links and images with their IALs. Only content that
// `phrasingFits` accepts gets here: no inline HTML is ever written.
import type { Node } from '@modulemark/model'
import { defaultHandlers, type Info, type State } from 'mdast-util-to-markdown'
import { ialSpan } from '@modulemark/dialect'
import { trimLines } from 'trim-lines'
import { isBreakLine } from './fits.js'
import { writeIal } from './ial.js'

const ialLike = new RegExp(`(${ialSpan})`)
const ialLikeAll = new RegExp(ialSpan, 'g')

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
    const { fields, restore } = protectIals({ url: node.url, title: node.title })
    return restore(defaultHandlers.link({ ...node, ...fields } as never, parent as never, state, info)) + writeIal(node.attributes)
  },

  image(node: OfType<'image'>, parent: Parent, state: State, info: Info): string {
    // The alt text is escaped here, like text, so that a `{:…}` in it stays as written.
    const exit = state.enter('image')
    const exitLabel = state.enter('label')
    const alt = safeKeepingIals(node.alt ?? '', state, { ...info, before: '![', after: ']', encode: ['<'] })
    exitLabel()
    exit()
    const { fields, restore } = protectIals({ url: node.url, title: node.title })
    const rest = restore(defaultHandlers.image({ ...node, ...fields, alt: '' } as never, parent as never, state, info).slice(2))
    return `![${alt}${rest}${writeIal(node.attributes)}`
  }
}

/**
 * The parser reads every `{:…}` in a Markdown run before anything else and keeps
 * it as written, in a URL or title too. Each is swapped for a placeholder the
 * serializer leaves alone (private-use characters and digits), and put back after;
 * a `{:` with no end in the same value is put back with its brace as a reference,
 * so that it cannot run on to a `}` after the link.
 */
function protectIals(fields: { url: string; title: string | null }) {
  const bodies: string[] = []
  const values = [fields.url, fields.title ?? '']
  // A value that already holds the placeholder characters is written as it is.
  if (values.some((value) => /[\uE000\uE001]/.test(value)) || !values.some((value) => value.includes('{:'))) return { fields, restore: (out: string) => out }
  const keep = (text: string) => `\uE000${bodies.push(text) - 1}\uE001`
  const swap = (value: string) => value.replace(ialLikeAll, keep).replaceAll('{:', () => keep('&#x7B;:'))
  return {
    fields: { url: swap(fields.url), title: fields.title === null ? null : swap(fields.title) },
    restore: (out: string) => out.replace(/\uE000(\d+)\uE001/g, (_, index: string) => bodies[Number(index)])
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
  return value
    .replace(delimiterRow, (match, lineStart: string, row: string) => (row.includes('|') ? lineStart + row.replace('|', '\\|') : match))
    .replace(setextUnderline, '$1\\$2')
}

// A line of dashes under a paragraph's line makes it a heading. The serializer escapes
// one, but not when the line before began with an escaped `-` (`\-` then `--`).
const setextUnderline = /(\n[ \t]*)(-+[ \t]*)(?=\n|$)/g

/**
 * `state.safe`, except for `{:…}`: the parser reads it before any escape and keeps
 * it as written. Any other `{:` gets its brace as a reference, which the IAL reader
 * never sees: one with no end here could run on to a `}` further on, and one with
 * a carriage return (`{:a\rb}`) would look whole once that is escaped.
 */
function safeKeepingIals(value: string, state: State, config: Info & { encode?: string[] }): string {
  return value
    .split(ialLike)
    .map((part, at, parts) => {
      if (at % 2 === 1) return part
      return state.safe(part, { ...config, before: at === 0 ? config.before : '}', after: at === parts.length - 1 ? config.after : '{' }).replaceAll('{:', '&#x7B;:')
    })
    .join('')
}
