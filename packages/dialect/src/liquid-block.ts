import type { Block, Found, ScanContext } from './scan.js'
import { report } from './rules.js'

const liquidBlocks: Record<string, string> = { comment: 'endcomment', highlight: 'endhighlight', raw: 'endraw' }

const liquidLine = /^\{%-?\s*(\w+)([^%]*)-?%\}/

/** Whether a Liquid tag on a line of its own is read as a block (the writer asks: else it is text). */
export function startsLiquidBlock(tag: string): boolean {
  return liquidLine.test(tag.slice(0, 200))
}

/** A Liquid tag on a line of its own, or a `{% comment %}`/`{% highlight %}`/`{% raw %}` block. */
export function readLiquid(context: ScanContext, at: number, end: number): Found | undefined {
  const { text, index, file } = context
  const open = liquidLine.exec(text.slice(at, Math.min(end, at + 200)))
  if (!open) return undefined
  const name = open[1]
  const closer = liquidBlocks[name]
  const openEnd = at + open[0].length
  let stop = -1
  let closeStart = -1
  if (closer) {
    const match = new RegExp(`\\{%-?\\s*${closer}\\s*-?%\\}`).exec(text.slice(openEnd, end))
    if (match) {
      closeStart = openEnd + match.index
      stop = closeStart + match[0].length
    }
  } else {
    const close = text.indexOf('%}', at)
    if (close >= 0 && close < end) stop = close + 2
  }
  if (stop < 0 || /\S/.test(text.slice(stop, Math.min(index.lineEnd(stop), end)))) return undefined
  report(file, 'liquid', `The Liquid tag \`{% ${name} %}\` is kept as it is: modulemark does not run Liquid`, index.point(at))
  // Code in `{% highlight %}` and text in `{% raw %}` are what a reader sees; only their tags are Liquid.
  if (name === 'highlight' || name === 'raw') {
    const inner = Math.min(index.nextLine(openEnd), closeStart)
    const content: Block = name === 'highlight'
      ? { kind: 'code', start: inner, end: closeStart, lang: open[2].trim().split(/\s+/)[0] || null }
      : { kind: 'markdown', start: inner, end: closeStart }
    return { blocks: [{ kind: 'liquid', start: at, end: openEnd }, content, { kind: 'liquid', start: closeStart, end: stop }], end: stop }
  }
  return { blocks: [{ kind: 'liquid', start: at, end: stop }], end: stop }
}
