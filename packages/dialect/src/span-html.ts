// Span HTML in a Markdown run goes through hast-util-raw, whose tree building
// recurses: measure how deep its tags would nest before handing it over.

const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
// A new one closes the open one (or it is ignored outside its table or list): these never nest on their own.
const selfClosing = new Set(['a', 'p', 'li', 'dt', 'dd', 'rt', 'rp', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'html', 'head', 'body'])

const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(\/?)>/g

/** How deep the elements of some raw HTML nest, as an HTML parser would open and close them (near enough). */
export function spanNesting(html: string): number {
  const open: string[] = []
  const count = new Map<string, number>()
  let max = 0
  for (const [, closing, rawName, slash] of html.matchAll(tag)) {
    const name = rawName.toLowerCase()
    if (voids.has(name) || selfClosing.has(name)) continue
    if (!closing) {
      if (slash) continue
      open.push(name)
      count.set(name, (count.get(name) ?? 0) + 1)
      max = Math.max(max, open.length)
    } else if ((count.get(name) ?? 0) > 0) {
      // An end tag closes everything opened since its start tag; one with no start tag is ignored.
      let popped: string | undefined
      do {
        popped = open.pop()!
        count.set(popped, count.get(popped)! - 1)
      } while (popped !== name)
    }
  }
  return max
}
