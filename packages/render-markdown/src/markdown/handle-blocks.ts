// modulemark's own blocks: struct divs around Markdown, the rest as HTML the
// scanner reads as one block.
import type { Node } from '@modulemark/model'
import type { Info, State } from 'mdast-util-to-markdown'
import { startsLiquidBlock } from '@modulemark/dialect'
import { hasMarkdownAttribute, markdownElementAttributes } from '../html/markdown-attribute.js'
import { closeTag, openTag } from '../html/open-tag.js'
import { toProperties } from '../html/properties.js'
import { closedRaw } from '../html/raw.js'
import { arrangeFlow } from './arrange-flow.js'
import type { Writer } from './writer.js'

type OfType<T extends Node['type']> = Extract<Node, { type: T }>
type Parent = { children: unknown[] } | undefined

export function blockHandlers(writer: Writer) {
  const html = (node: Node, parent: Parent, state: State): string => {
    writer.htmlBlocks++
    return writer.html([node], { inline: inPhrasing(state), after: nextOf(node, parent) })
  }
  // Not Markdown either: inside a list they would end it.
  const verbatim = (value: string): string => {
    writer.htmlBlocks++
    return value
  }

  return {
    section(node: OfType<'section'>, _: Parent, state: State, info: Info): string {
      writer.htmlBlocks++
      const colored = node.classes.some((token) => /^(color|border)\d+$/.test(token))
      const classes = withTokens('colorhighlight', node.classes, node.color && !colored ? node.color : null)
      return container('div', openTag('div', { className: classes, markdown: '1' }), node, state, info)
    },

    callout(node: OfType<'callout'>, _: Parent, state: State, info: Info): string {
      writer.htmlBlocks++
      const kinded = node.classes.some((token) => token !== 'callout')
      const classes = withTokens('callout', node.classes, node.kind && !kinded ? node.kind : null)
      return container('div', openTag('div', { className: classes, markdown: '1' }), node, state, info)
    },

    element(node: OfType<'element'>, parent: Parent, state: State, info: Info): string {
      if (!hasMarkdownAttribute(node.attributes)) return html(node, parent, state)
      writer.htmlBlocks++
      return container(node.tagName, openTag(node.tagName, toProperties(markdownElementAttributes(node.attributes), true)), node, state, info)
    },

    table: html,
    details: html,
    embed: html,
    tableRow: html,
    tableCell: html,

    comment(node: OfType<'comment'>): string {
      return verbatim(`<!--${node.value}-->`)
    },

    liquid(node: OfType<'liquid'>, parent: Parent, state: State): string {
      // An opening block tag with no end tag after it is read as text: as a paragraph, it stays one.
      // So is one the reader would not take for a tag on a line of its own (`{%{:x} y %}`).
      if (!inPhrasing(state) && (unclosedBlockTag(node, parent) || !startsLiquidBlock(node.value))) {
        return html({ type: 'paragraph', children: [node], position: node.position }, parent, state)
      }
      return verbatim(node.value)
    },

    html(node: OfType<'html'>): string {
      return verbatim(closedRaw(node.value))
    }
  }
}

// Parsed pages never have these in phrasing that is written as Markdown (see
// `phrasingFits`); a model a tool wrote may.
function inPhrasing(state: State): boolean {
  return state.stack.includes('phrasing')
}

function nextOf(node: Node, parent: Parent): Node | undefined {
  const siblings = (parent?.children ?? []) as Node[]
  const index = siblings.indexOf(node)
  return index < 0 ? undefined : siblings[index + 1]
}

const blockLiquid = /^\{%-?\s*(comment|highlight|raw)\b/

function unclosedBlockTag(node: OfType<'liquid'>, parent: Parent): boolean {
  const name = blockLiquid.exec(node.value)?.[1]
  if (name === undefined) return false
  const end = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`)
  if (name === 'comment') return !end.test(node.value)
  const siblings = (parent?.children ?? []) as Node[]
  return !siblings.slice(siblings.indexOf(node) + 1).some((sibling) => sibling.type === 'liquid' && end.test(sibling.value))
}

/** A div (or other element) whose content the parser reads as Markdown, blank lines around it. */
function container(tagName: string, open: string, node: { children: Node[] }, state: State, info: Info): string {
  const inner = state.containerFlow({ ...node, children: arrangeFlow(node.children) } as never, info)
  return inner === '' ? `${open}\n${closeTag(tagName)}` : `${open}\n\n${inner}\n\n${closeTag(tagName)}`
}

// The class tokens that make the div what the model says it is (a model a tool
// wrote may leave them out), the model's own kept in their order.
function withTokens(base: string, classes: string[], extra: string | null): string[] {
  return [...(classes.includes(base) ? [] : [base]), ...classes, ...(extra === null ? [] : [extra])]
}
