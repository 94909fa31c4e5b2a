import type { Node } from '@modulemark/model'
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item'
import { toMarkdown, type Info, type Join, type Options as ToMarkdownOptions, type State } from 'mdast-util-to-markdown'
import { writeHtml } from '../html/write.js'
import type { Options } from '../options.js'
import { arrangeFlow } from './arrange-flow.js'
import { blockHandlers } from './handle-blocks.js'
import { afterHighlight, flowHandlers, isHighlight } from './handle-flow.js'
import { phrasingHandlers } from './handle-phrasing.js'
import type { Writer } from './writer.js'

/** Model nodes as a run of Markdown blocks (ending in a line break, or `''` for none). */
export function writeFlow(nodes: readonly Node[], options: Options): string {
  const writer: Writer = {
    html: (list, place = {}) =>
      writeHtml(list, { inline: place.inline ?? false, after: place.after, markdownInside: (element) => `\n\n${writeFlow(element.children, options)}\n` }),
    htmlBlocks: 0
  }
  const settings: ToMarkdownOptions = {
    bullet: options.bullet ?? '-',
    emphasis: options.emphasis ?? '*',
    strong: options.strong ?? '*',
    fences: true,
    rule: '*',
    listItemIndent: 'one',
    resourceLink: true,
    extensions: [gfmStrikethroughToMarkdown(), gfmTaskListItemToMarkdown()],
    join: [irregularListJoin, highlightJoin],
    // A carriage return in text is kept as a reference: written raw, line handling would drop it.
    // A destination written bare that starts with `<` would be read as an unclosed `<…>` one.
    unsafe: [
      { character: '\r', inConstruct: 'phrasing' },
      { character: '<', inConstruct: 'destinationRaw' }
    ],
    handlers: { root, ...flowHandlers(writer), ...blockHandlers(writer), ...phrasingHandlers } as ToMarkdownOptions['handlers']
  }
  return toMarkdown({ type: 'root', children: arrangeFlow(nodes) as never }, settings)
}

// Always blocks: the default reads the whole root as one paragraph when any child is phrasing.
function root(node: { children: Node[] }, _: unknown, state: State, info: Info): string {
  return state.containerFlow(node as never, info)
}

// `{% highlight %}`, its code and `{% endhighlight %}` are one block of adjacent lines.
const highlightJoin: Join = (left, right, parent) => {
  const l = left as unknown as Node
  const r = right as unknown as Node
  if (isHighlight(l, 'highlight') && r.type === 'code' && afterHighlight(r, parent as never)) return 0
  if (l.type === 'code' && isHighlight(r, 'endhighlight') && afterHighlight(l, parent as never)) return 0
  return undefined
}

// The default join reads a list's first child as an item; a model list may hold
// anything (`<ul>` with text straight inside). Such a list is written as HTML, a
// block of its own.
const irregularListJoin: Join = (_, right) => {
  const r = right as unknown as Node
  return r.type === 'list' && r.children.some((child) => child.type !== 'listItem') ? 1 : undefined
}
