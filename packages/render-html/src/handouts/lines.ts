// Ruled lines to write on: under each question, and a writing area that fills the rest of a page.
import type { Element } from 'hast'
import { h } from 'hastscript'

/** `count` ruled answer lines. */
export function answerLines(count: number): Element[] {
  if (count === 0) return []
  return [h('div', { className: ['answer'], ariaHidden: 'true' }, Array.from({ length: count }, () => h('div', { className: ['line'] })))]
}

// A4 holds about 30 lines of 0.35in: enough to fill any page; the stylesheet clips the rest.
const pageOfLines = 32

/** A ruled area that grows to the bottom of the page (a flex item of the handout). */
export const writingArea = (): Element =>
  h('div', { className: ['writing'], ariaLabel: 'Space for your answers' }, Array.from({ length: pageOfLines }, () => h('div', { className: ['line'] })))
