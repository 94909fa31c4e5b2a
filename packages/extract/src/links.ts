import type { Position } from '@modulemark/model'
import { report } from '@modulemark/dialect'
import type { Element } from 'hast'
import { toString } from 'hast-util-to-string'
import type { Context } from './context.js'

/** A link target an author left to fill in later. */
export function isPlaceholderUrl(url: string): boolean {
  const trimmed = url.trim()
  return trimmed === '#' || /^needs[\s_-]*link$/i.test(trimmed)
}

/** Say where a link has no target yet: `[text]()` or `[text](#)`. */
export function checkLink(url: string, element: Element, context: Context, position: Position): void {
  const text = toString(element).replace(/\s+/g, ' ').trim()
  if (url.trim() === '') report(context.file, 'empty-link', `The link “${text}” has no target: add its URL`, position.start)
  else if (isPlaceholderUrl(url)) report(context.file, 'placeholder-link', `The link “${text}” points to the placeholder \`${url.trim()}\`: add its URL`, position.start)
}
