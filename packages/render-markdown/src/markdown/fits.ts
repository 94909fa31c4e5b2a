import { ialSpan } from '@modulemark/dialect'
import type { Node } from '@modulemark/model'
import { canWriteIal, startsLikeIal } from './ial.js'

// What micromark reads before the dialect finds Liquid tags in the text it leaves:
// tags, references, escapes, code, emphasis, strikethrough, links.
const markupInLiquid = /[<&\\`*~\[\]]|(?:^|[^A-Za-z0-9])_|_(?:[^A-Za-z0-9]|$)/

const onlyIal = new RegExp(String.raw`^\s*${ialSpan}\s*$`)

// `[text](a b)`: the dialect makes a link of it wherever it stands in text.
const spacedLink = /(!?)\[([^\]\n]*)\]\(([^()\n]*\s[^()\n]*)\)/

/**
 * Whether phrasing content has a Markdown form that reads back the same; when
 * not, its block is written as HTML.
 *
 * Markdown written here never holds inline HTML: the parser runs a whole
 * Markdown run through an HTML parser as soon as one tag is in it, which
 * merges the text around every hard break of that run. A block that needs a
 * tag (`<sup>`, `<br>` between two breaks, an image without alt) is written as
 * an HTML block instead, which reads back the same on its own.
 */
export function phrasingFits(children: readonly Node[]): boolean {
  if (!children.some(visible)) return false
  const first = children[0]
  // A hard break needs text on both sides.
  const last = children[children.length - 1]
  if (first.type === 'break' || last.type === 'break' || isBreakLine(last, children[children.length - 2])) return false
  // A paragraph of nothing but `{:…}` is an IAL of the block before.
  if (children.length === 1 && first.type === 'text' && onlyIal.test(first.value)) return false
  return inlinesFit(children)
}

function inlinesFit(children: readonly Node[]): boolean {
  return !spacedLinkAcross(children) && children.every((node, index) => inlineFits(node, children[index - 1], children[index + 1]))
}

/** A `[text](a b)` across texts and Liquid tags side by side: one text when the dialect looks for it. */
function spacedLinkAcross(children: readonly Node[]): boolean {
  let run = ''
  for (const node of [...children, undefined]) {
    if (node?.type === 'text' || node?.type === 'liquid') run += node.value
    else if (run !== '') {
      if (spacedLink.test(run)) return true
      run = ''
    }
  }
  return false
}

function visible(node: Node): boolean {
  return node.type !== 'text' || /\S/.test(node.value)
}

function inlineFits(node: Node, previous: Node | undefined, next: Node | undefined): boolean {
  switch (node.type) {
    case 'text':
      // Two texts in a row come only from a Markdown hard break: the line break after it is a text of its own.
      return !spacedLink.test(node.value) && (previous?.type !== 'text' || isBreakLine(previous, undefined))
    case 'break':
      return next !== undefined && isBreakLine(next, node)
    case 'link':
      return canWriteIal(node.attributes) && !ialNext(next) && !node.children.some(hasLink) && inlinesFit(node.children)
    case 'image':
      return node.alt !== null && canWriteIal(node.attributes) && !ialNext(next)
    case 'inlineCode':
      // Code spans turn line breaks into spaces and cannot be empty.
      return node.value !== '' && !/[\r\n]/.test(node.value)
    case 'emphasis':
    case 'strong':
      return node.children.length > 0 && inlinesFit(node.children)
    case 'delete':
      // `~~` against `~~` is a run of four tildes, which strikes nothing through (and opens a code fence at a line start).
      return node.children.length > 0 && ![node.children[0], node.children.at(-1), previous, next].some((each) => each?.type === 'delete') && inlinesFit(node.children)
    case 'liquid':
      // Written as it is, so only with nothing Markdown or HTML would read first (a tag that
      // stood in HTML can hold `<pre>`, `&amp;` or `*x*`); else its block is HTML, where it is text.
      return !markupInLiquid.test(node.value)
    default:
      return false
  }
}

/** The text `"\n"` that follows a Markdown hard break in the model. */
export function isBreakLine(node: Node, previous: Node | undefined): boolean {
  return node.type === 'text' && node.value === '\n' && (previous === undefined || previous.type === 'break')
}

function ialNext(next: Node | undefined): boolean {
  return next?.type === 'text' && startsLikeIal(next.value)
}

function hasLink(node: Node): boolean {
  return node.type === 'link' || ('children' in node && node.children.some(hasLink))
}
