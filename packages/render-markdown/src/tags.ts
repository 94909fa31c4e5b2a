// Which HTML elements are blocks, by the parser's two lists: what its scanner
// reads as an HTML block at a line start (packages/dialect/src/tags.ts), and
// what it treats as a block among phrasing (packages/extract/src/prose.ts).

export const scannerBlockTags = new Set([
  'address', 'article', 'aside', 'audio', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'iframe', 'main', 'map', 'math',
  'menu', 'nav', 'noscript', 'object', 'ol', 'p', 'pre', 'script', 'section', 'style', 'summary', 'svg', 'table', 'template',
  'textarea', 'ul', 'video'
])

const flowTags = new Set([
  ...scannerBlockTags,
  'li', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr'
])

/** An element that is a block: not phrasing inside a paragraph. */
export function isBlockElement(tagName: string): boolean {
  return flowTags.has(tagName.toLowerCase())
}

/** A tag name an HTML parser can make; others (`t d`, from a damaged page) cannot be written. */
export function isWritableTagName(tagName: string): boolean {
  return /^[A-Za-z][^\s/>"'<=]*$/.test(tagName)
}
