/** IAL bodies, by the offset of their `{` in the text that was masked. */
export type IalBodies = Map<number, string>

/** An IAL as the parser finds it, before anything else: the writer keeps to the same pattern. */
export const ialSpan = String.raw`\{:[^{}\n\r]*\}`
const ial = new RegExp(ialSpan, 'g')

/**
 * Hide IAL bodies from the inline parser: in `_see [x](y){:target="_blank"}_`
 * the `_` of `_blank` would otherwise close the emphasis. kramdown reads IALs
 * first; the masked text keeps its length, so positions stay true.
 */
export function maskIals(text: string): { masked: string; bodies: IalBodies } {
  const bodies: IalBodies = new Map()
  if (!text.includes('{:')) return { masked: text, bodies }
  const masked = text.replace(ial, (match, offset: number) => {
    bodies.set(offset, match)
    return `{:${'x'.repeat(match.length - 3)}}`
  })
  return { masked, bodies }
}
