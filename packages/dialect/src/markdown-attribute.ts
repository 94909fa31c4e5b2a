import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import { report } from './rules.js'
import type { ScanContext } from './scan.js'

/** `markdown`, or a name an author typed when they meant it (`mardown`): the writer uses this rule too. */
export function isMarkdownAttributeName(name: string): boolean {
  return name === 'markdown' || distance(name.toLowerCase(), 'markdown') <= 2
}

function misspeltMarkdown(element: Element): string | undefined {
  return Object.keys(element.properties).find((name) => name !== 'markdown' && isMarkdownAttributeName(name))
}

/** A div whose content the author meant as Markdown (`markdown="1"`, or a misspelling of it). */
export function isMarkdownDiv(element: Element): boolean {
  return element.properties.markdown !== undefined || misspeltMarkdown(element) !== undefined
}

/**
 * An element keeps its `markdown` attribute only when its content was read as
 * Markdown: that is what the attribute says to the writer and the next reader.
 */
export function dropMarkdownAttribute(element: Element): void {
  for (const name of Object.keys(element.properties)) if (isMarkdownAttributeName(name)) delete element.properties[name]
}

/** For a tree none of whose elements had their content read as Markdown. */
export function dropMarkdownAttributes(tree: Root | Element): void {
  visit(tree, 'element', dropMarkdownAttribute)
}

/** Struct divs are always read as Markdown; say so when the attribute does not. */
export function checkMarkdownAttribute(element: Element, context: ScanContext, at: number): void {
  const place = context.index.point(at)
  const value = element.properties.markdown
  const misspelt = misspeltMarkdown(element)
  if (value === undefined && misspelt) {
    report(context.file, 'markdown-attribute', `Write \`markdown="1"\`, not \`${misspelt}\`: the content was read as Markdown`, place)
  } else if (value === undefined) {
    report(context.file, 'markdown-attribute', 'Add `markdown="1"` to this div: its content was read as Markdown', place)
  } else if (String(value) !== '1') {
    report(context.file, 'markdown-attribute', `Write \`markdown="1"\`, not \`markdown="${String(value)}"\`: the content was read as Markdown`, place)
  }
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
