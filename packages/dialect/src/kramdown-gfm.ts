import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { combineExtensions } from 'micromark-util-combine-extensions'
import type { Processor } from 'unified'

// HTML blocks are found by the scanner with kramdown's rules; what is left in a
// Markdown run is span HTML (`<img>`, `<a>`, `<br>`), which kramdown keeps in the
// paragraph. CommonMark would start an HTML block at such a line and swallow the
// Markdown after it, so that construct is off.
const spanHtmlOnly = { disable: { null: ['htmlFlow'] } }

// Combined once: micromark would otherwise combine them again on every parse.
const syntax = combineExtensions([gfmTable(), gfmStrikethrough(), gfmTaskListItem(), gfmFootnote(), spanHtmlOnly])
const fromMarkdown = [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmFootnoteFromMarkdown()]

/**
 * Markdown as kramdown's GFM input reads it: pipe tables, strikethrough, task
 * lists and footnotes, the extensions remark-gfm bundles, but not autolink
 * literals (kramdown links a bare URL only inside `<…>`); HTML only as spans.
 */
export function remarkKramdownGfm(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(syntax)
  ;(data.fromMarkdownExtensions ??= []).push(fromMarkdown)
}
