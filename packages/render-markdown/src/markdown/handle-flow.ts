// Prose blocks: Markdown when it reads back the same, else the block as HTML.
import type { Node } from '@modulemark/model'
import { gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item'
import { defaultHandlers, type Handle, type Info, type State } from 'mdast-util-to-markdown'
import { phrasingFits } from './fits.js'
import { canWriteIal, endsLikeIal, writeIal } from './ial.js'
import { scannerSafe } from './scanner-safe.js'
import type { Writer } from './writer.js'

type OfType<T extends Node['type']> = Extract<Node, { type: T }>
type Parent = Parameters<Handle>[1]

// The GFM task list writes `[x] ` through the paragraph that starts a checked item.
const taskParagraph = gfmTaskListItemToMarkdown().handlers!.paragraph!

export function flowHandlers(writer: Writer) {
  const orHtml = (node: Node, state: State, markdown: () => string | null): string => {
    const value = markdown()
    if (value !== null && scannerSafe(value)) return value
    writer.htmlBlocks++
    // Written as HTML, a list is no list to alternate bullets with.
    state.bulletLastUsed = undefined
    return writer.html([node])
  }
  // In a list or quote every line is Markdown: one HTML block inside makes the whole of it HTML.
  const allMarkdown = (render: () => string | null) => (): string | null => {
    const before = writer.htmlBlocks
    const value = render()
    return writer.htmlBlocks === before ? value : null
  }

  return {
    paragraph(node: OfType<'paragraph'>, parent: Parent, state: State, info: Info): string {
      return orHtml(node, state, () => (phrasingFits(node.children) ? taskParagraph(node as never, parent, state, info) : null))
    },

    heading(node: OfType<'heading'>, parent: Parent, state: State, info: Info): string {
      return orHtml(node, state, () => {
        if (!headingFits(node)) return null
        const value = defaultHandlers.heading(node as never, parent, state, info)
        const ial = writeIal(node.attributes)
        if (ial === '') return value
        // A heading over several lines is written setext: its IAL ends the text, above the underline.
        const setext = /\n(=+|-+)$/.exec(value)
        return setext ? `${value.slice(0, setext.index)} ${ial}${setext[0]}` : `${value} ${ial}`
      })
    },

    list(node: OfType<'list'>, parent: Parent, state: State, info: Info): string {
      return orHtml(node, state, allMarkdown(() => {
        // Markdown has no empty list (`<ul></ul>`): it would be written as nothing.
        if (node.children.length === 0 || !spreadFits(node)) return null
        // An item's own `spread` says whether its blocks are apart; the list's, whether it is loose.
        const children = node.children.map((item) => ({ ...item, spread: node.spread }))
        const value = defaultHandlers.list({ ...node, children } as never, parent, state, info)
        // The scanner sees the closing fence of code in an item but not the opening one after `- `.
        return /^ {0,3}(`{3,}|~{3,})/m.test(value) ? null : value
      }))
    },

    blockquote(node: OfType<'blockquote'>, parent: Parent, state: State, info: Info): string {
      return orHtml(node, state, allMarkdown(() => (node.children.length === 0 ? null : defaultHandlers.blockquote(node as never, parent, state, info))))
    },

    code(node: OfType<'code'>, parent: Parent, state: State, info: Info): string {
      // `{% highlight %}` reads the lines up to `{% endhighlight %}` as the code itself.
      if (afterHighlight(node, parent)) return node.value
      return orHtml(node, state, () => defaultHandlers.code(node as never, parent, state, info))
    }
  }
}

function headingFits(node: OfType<'heading'>): boolean {
  if (!phrasingFits(node.children) && node.children.length > 0) return false
  if (node.children.some((child) => child.type === 'break')) return false
  const last = node.children.at(-1)
  if (last?.type === 'text' && endsLikeIal(last.value)) return false
  if (Object.keys(node.attributes).length === 0) return true
  // The reader takes the spaces before an IAL with it, a written `&#x20;` too.
  if (last?.type === 'text' && /\s$/.test(last.value)) return false
  // An IAL right after a link or image is theirs, not the heading's.
  return canWriteIal(node.attributes) && last?.type !== 'link' && last?.type !== 'image'
}

/** Markdown has one looseness per list: every item with a paragraph is spread, or none is. */
function spreadFits(list: OfType<'list'>): boolean {
  const items = list.children.filter((item) => item.type === 'listItem')
  if (items.length !== list.children.length) return false
  const agree = items.every((item) => item.spread === (list.spread && item.children.some((child) => child.type === 'paragraph')))
  // A task box is written into the item's first paragraph.
  const boxed = items.every((item) => item.checked === null || item.children[0]?.type === 'paragraph')
  // A blank line is what makes a list loose: it needs two items, or two blocks in one.
  const canBeLoose = items.length > 1 || items.some((item) => item.children.length > 1)
  // An empty item cannot interrupt a paragraph: a blank line goes before it, which makes a tight list loose.
  const emptyAfterParagraph = items.some((item) =>
    item.children.some((child, at) => at > 0 && child.type === 'list' && item.children[at - 1].type === 'paragraph' && isEmptyItem(child.children[0]))
  )
  return agree && boxed && (!list.spread || canBeLoose) && (list.spread || !emptyAfterParagraph)
}

function isEmptyItem(node: Node | undefined): boolean {
  return node?.type === 'listItem' && node.children.length === 0
}

export function isHighlight(node: Node | undefined, tag: 'highlight' | 'endhighlight'): boolean {
  return node?.type === 'liquid' && new RegExp(`^\\{%-?\\s*${tag}\\b`).test(node.value)
}

export function afterHighlight(node: Node, parent: Parent): boolean {
  const siblings = (parent?.children ?? []) as unknown as Node[]
  const index = siblings.indexOf(node)
  return index > 0 && isHighlight(siblings[index - 1], 'highlight') && isHighlight(siblings[index + 1], 'endhighlight')
}
