import type { Element, Nodes } from 'hast'
import { toHtml, type Options } from 'hast-util-to-html'

// A value whose later lines hold what the Markdown reader looks at line by
// line (`<div`, `</div>`, a Liquid tag) would be read there as markup of its
// own: the block around it would end elsewhere on the next reading.
function misreadAfterBreak(value: string): boolean {
  const lineFeed = value.indexOf('\n')
  return lineFeed >= 0 && (value.includes('<', lineFeed) || value.includes('{%', lineFeed))
}

/**
 * `toHtml`, except that line feeds in attribute values that could be misread
 * are written as `&#xA;`, which an HTML parser reads back as the same value.
 * hast-util-to-html would write the `&` as `&amp;`, so a character the output
 * does not hold stands for each line feed until the HTML is written.
 */
export function serialize(tree: Nodes, options: Options): string {
  const plain = toHtml(tree, options)
  const values = misreadValues(tree)
  if (values.length === 0) return plain
  const stand = freeCharacter(plain)
  // Only a page holding all 6,400 private-use characters has none free.
  if (stand === null) return plain
  for (const { properties, key, value } of values) properties[key] = value.replace(/\n/g, stand)
  try {
    return toHtml(tree, options).replaceAll(stand, '&#xA;')
  } finally {
    for (const { properties, key, value } of values) properties[key] = value
  }
}

interface Value {
  properties: Element['properties']
  key: string
  value: string
}

function misreadValues(tree: Nodes): Value[] {
  const found: Value[] = []
  const stack: Nodes[] = [tree]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string' && misreadAfterBreak(value)) found.push({ properties: node.properties, key, value })
      }
      if (node.content) stack.push(node.content)
    }
    if ('children' in node) stack.push(...node.children)
  }
  return found
}

/** The first private-use character that does not occur in `text`. */
function freeCharacter(text: string): string | null {
  for (let code = 0xe000; code <= 0xf8ff; code++) {
    const character = String.fromCharCode(code)
    if (!text.includes(character)) return character
  }
  return null
}
