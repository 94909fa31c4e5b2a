// Inline styles, cut down to layout and colour: no declaration that loads, positions over the page or computes.

// Sizes, spacing, borders, colours and text: what the course's pages set (iframe heights, floats, alignment).
const properties = new Set([
  'text-align', 'vertical-align', 'float', 'clear',
  'width', 'height', 'min-width', 'max-width', 'min-height', 'max-height',
  'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border', 'border-top', 'border-right', 'border-bottom', 'border-left',
  'border-width', 'border-style', 'border-color', 'border-radius', 'border-collapse', 'border-spacing',
  'color', 'background-color', 'font-weight', 'font-style', 'font-size', 'line-height',
  'text-decoration', 'text-indent', 'text-transform', 'white-space', 'list-style-type'
])

// Anything that could escape, quote, comment or nest; functions are checked on their own.
const risky = /[\\"'<>@{}]|\/\*|javascript|expression|behaviou?r|binding/i
// Colours and arithmetic only: `url(`, `image-set(`, `var(`, `attr(` and the rest could fetch or compute.
const functions = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'calc'])

/**
 * The style with only allowed declarations, or `undefined` when none is left.
 * Unchanged (byte for byte) when every declaration is allowed.
 */
export function safeStyle(style: string): string | undefined {
  const declarations = style.split(';').map((part) => part.trim()).filter((part) => part !== '')
  const kept = declarations.filter(allowed)
  if (kept.length === declarations.length && kept.length > 0) return style
  return kept.length > 0 ? kept.join('; ') : undefined
}

function allowed(declaration: string): boolean {
  const colon = declaration.indexOf(':')
  if (colon < 1) return false
  const name = declaration.slice(0, colon).trim().toLowerCase()
  const value = declaration.slice(colon + 1).trim()
  if (!properties.has(name) || value === '' || risky.test(value)) return false
  return [...value.matchAll(/([a-z-]*)\s*\(/gi)].every((call) => functions.has(call[1].toLowerCase()))
}
