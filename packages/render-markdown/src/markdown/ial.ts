import type { Attributes } from '@modulemark/model'
import { ialSpan } from '@modulemark/dialect'
import { writableAttributes } from '../html/properties.js'

const startIal = new RegExp(`^${ialSpan}`)

// What the dialect's IAL reader accepts (packages/dialect/src/ial.ts): a name,
// a quoted value without braces or line breaks.
const name = /^[A-Za-z_:][-\w:.]*$/

/** Whether attributes can be written as a kramdown IAL. */
export function canWriteIal(attributes: Attributes): boolean {
  return Object.entries(writableAttributes(attributes)).every(([key, value]) => name.test(key) && !/[{}\n\r]/.test(value) && !(value.includes('"') && value.includes("'")))
}

/** `{:target="_blank"}`; every attribute as a pair, so that the reader keeps their order. */
export function writeIal(attributes: Attributes): string {
  const pairs = Object.entries(writableAttributes(attributes)).map(([key, value]) => `${key}=${value.includes('"') ? `'${value}'` : `"${value}"`}`)
  return pairs.length === 0 ? '' : `{:${pairs.join(' ')}}`
}

/** Text the reader would take for an IAL after a link or image. */
export function startsLikeIal(value: string): boolean {
  return startIal.test(value)
}

/** Text the reader would take for a heading's IAL at its end. */
export function endsLikeIal(value: string): boolean {
  return /\s*\{(:[^{}\n\r]*|#[-\w]+)\}\s*$/.test(value)
}
