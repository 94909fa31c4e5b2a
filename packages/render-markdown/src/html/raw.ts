/**
 * A `<script>` the page never closed ran to the end of its block. Closed here,
 * it reads back as what it holds, and the next write is the same; when what it
 * swallowed holds markup (`</td></table>`), that would end blocks around it on
 * the next reading, so only its start tag is kept.
 */
export function closedRaw(value: string): string {
  const tag = /^<(script|style)\b[^>]*>/i.exec(value)
  if (!tag || new RegExp(`</${tag[1]}\\s*>\\s*$`, 'i').test(value)) return value
  const close = `</${tag[1].toLowerCase()}>`
  return /<[A-Za-z/!]/.test(value.slice(tag[0].length)) ? `${tag[0]}${close}` : `${value}${close}`
}
