import type { VFile } from 'vfile'
import { report } from './rules.js'

const decoder = new TextDecoder('utf-8', { fatal: true })
const lenient = new TextDecoder('utf-8')

/** Turn input bytes into text, reporting binary or non-UTF-8 input instead of throwing. */
export function decode(input: string | Uint8Array, file: VFile): string {
  if (typeof input === 'string') return checkText(input, file)
  if (input.includes(0)) {
    report(file, 'binary-input', 'This file holds NUL bytes: it looks binary, not a Markdown page; its text was read as far as possible')
    return lenient.decode(input).replace(/\0/g, '\uFFFD')
  }
  try {
    return decoder.decode(input)
  } catch {
    const text = lenient.decode(input)
    const bad = text.indexOf('\uFFFD')
    report(file, 'not-utf8', 'This file is not valid UTF-8: save it as UTF-8; unreadable bytes were replaced with �', bad >= 0 ? pointOf(text, bad) : undefined)
    return text
  }
}

function checkText(text: string, file: VFile): string {
  if (!text.includes('\0')) return text
  report(file, 'binary-input', 'This text holds NUL characters: each was replaced with �', pointOf(text, text.indexOf('\0')))
  // Same length keeps every position true to the original.
  return text.replace(/\0/g, '\uFFFD')
}

function pointOf(text: string, offset: number) {
  const before = text.slice(0, offset)
  const line = before.split(/\r\n|\r|\n/).length
  const column = offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  return { line, column, offset }
}
