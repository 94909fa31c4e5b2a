import { tagEnd } from '@modulemark/dialect'

/**
 * A `<script>` the page never closed ran to the end of its block. Closed here,
 * it reads back as what it holds, and the next write is the same; when what it
 * swallowed holds markup (`</td></table>`), that would end blocks around it on
 * the next reading, so only its start tag is kept.
 */
export function closedRaw(value: string): string {
  const name = /^<(script|style)(?=[\s/>])/i.exec(value)?.[1]
  // Quote-aware: a `>` in a value (`src="x</table>y.js"`) does not end the tag.
  const tagLength = name ? tagEnd(value, 0) : -1
  if (!name || tagLength < 0 || new RegExp(`</${name}\\s*>\\s*$`, 'i').test(value)) return value
  const close = `</${name.toLowerCase()}>`
  return /<[A-Za-z/!]/.test(value.slice(tagLength)) ? `${value.slice(0, tagLength)}${close}` : `${value}${close}`
}
