import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { report } from './rules.js'

// Limits that keep hostile or broken pages from overflowing the stack or
// stalling the parser. Each is documented in the README's "Limits" section and
// reported as `limit-exceeded` where it applies.

/** Struct and `markdown="1"` divs nest at most this deep; deeper ones are read as HTML. */
export const maxContainerDepth = 100

/**
 * Elements nest at most this deep in the tree (divs, HTML elements, Markdown
 * lists, blockquotes, emphasis and links alike); an element at this depth keeps
 * the text of what it holds, without its markup.
 */
export const maxTreeDepth = 100

/** A Markdown line opening more lists and blockquotes than this is kept as plain text. */
export const maxLineContainers = 100

const reported = new WeakMap<VFile, Set<string>>()

/** Report a limit once per place: two limits met at one tag are one message. */
export function reportLimit(file: VFile, reason: string, place: Point | undefined): void {
  const key = place ? `${place.line}:${place.column}` : ''
  const seen = reported.get(file) ?? new Set<string>()
  reported.set(file, seen)
  if (seen.has(key)) return
  seen.add(key)
  report(file, 'limit-exceeded', reason, place)
}

export const tooDeep = `Elements nest more than ${maxTreeDepth} deep here: the content of the deepest was kept as plain text`
