// A QR code as inline SVG (one path, no images), so a reader's phone opens what the printed page cannot play.
import type { Element } from 'hast'
import { s } from 'hastscript'
import { encode } from 'uqr'

/** The quiet zone the QR standard asks for around the code, in modules. */
const quiet = 4

/** An SVG QR code of `text`; the same text always gives the same bytes. */
export function qrSvg(text: string, label: string): Element {
  // Level M survives a smudged or creased print; uqr picks the mask deterministically.
  const { size, data } = encode(text, { ecc: 'M', border: 0 })
  const box = size + 2 * quiet
  return s(
    'svg',
    {
      className: ['print-qr'],
      viewBox: `0 0 ${box} ${box}`,
      role: 'img',
      ariaLabel: label,
      shapeRendering: 'crispEdges'
    },
    [s('rect', { width: box, height: box, fill: '#fff' }), s('path', { d: modulesPath(data), fill: '#000' })]
  )
}

/** Each horizontal run of dark modules as one rectangle. */
function modulesPath(data: boolean[][]): string {
  const parts: string[] = []
  data.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < row.length && row[x]) x++
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`)
    }
  })
  return parts.join('')
}
