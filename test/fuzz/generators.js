// fast-check generators of hostile and broken input, shared by the bounded
// property tests (test/unit/robustness) and the long run (`pnpm fuzz`).
import fc from 'fast-check'

/** Markup that breaks pages when it appears in the wrong place. */
export const hostileTokens = [
  '<div markdown="1">', '<div class="colorhighlight color1" markdown="1">', '<div class="callout activity" markdown="1">',
  '<div class="videotime">7:51</div>', '</div>', '<table>', '</table>', '<tr>', '<th>', '</th>', '<td>', '</td>', '<br>',
  '<!--', '-->', '<! --', '<details><summary>x</summary>', '<iframe src="https://www.youtube.com/embed/x"></iframe>',
  '<script>', '</script>', '<pre>', '<p>', '<ul><li>', '<a href="#">', '</a>', '<img src="{{ site.baseurl }}/x.png">',
  '{:', '{:target="_blank"}', '{: .note}', '{:target=“_blank”}', '{{', '}}', '{% include x.html %}', '{% comment %}', '{%', '%}',
  '\0', '\r\n', '\r', '\n', '\n\n', '\uFEFF', '\t', '\u00A0', '\u2028', '\uD800', '&nbsp;', '&#0;', '&#x110000;',
  '```', '~~~', '    ', '|', '| --- |', '---', '...', '- ', '* ', '1. ', '> ', '#', '###', '**', '_', '[', ']', '](', ')',
  '![x](', '(NEEDS LINK)', '### [Worksheet #6: Plan]( ){:target="_blank"}', 'Worksheet #', 'title: a: b', '<', '>', '"', "'", '=', '\\'
]

const words = ['Gotham', 'library', 'x', ' ', 'Sunnydale', 'Relationship', 'é', '日本', '🙂']

/** Strings made of hostile markup and words: where parsers break. */
export const tokenSoup = fc.array(fc.constantFrom(...hostileTokens, ...words), { maxLength: 80 }).map((parts) => parts.join(''))

/** Any text: grapheme clusters, and any code points (lone surrogates and controls included). */
export const anyString = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }))

/** Any bytes: invalid UTF-8, NUL bytes, binary files. */
export const anyBytes = fc.uint8Array({ maxLength: 600 })

const lineOps = ['delete', 'duplicate', 'swap']

/** One edit of a page; indices are taken modulo what the page has when it is applied. */
export const mutation = fc.oneof(
  fc.record({ op: fc.constantFrom(...lineOps), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('dropClose'), a: fc.nat() }),
  fc.record({ op: fc.constant('insert'), a: fc.nat(), token: fc.constantFrom(...hostileTokens) }),
  fc.record({ op: fc.constantFrom('crlf', 'bom', 'tabs', 'cr', 'nul') })
)

/** Apply edits in order: delete, duplicate or swap lines; drop a closing tag; insert a token; CRLF, a BOM, tabs. */
export function mutate(text, mutations) {
  for (const m of mutations) text = applyOne(text, m)
  return text
}

function applyOne(text, m) {
  const lines = text.split('\n')
  const i = m.a % lines.length
  switch (m.op) {
    case 'delete':
      lines.splice(i, 1)
      return lines.join('\n')
    case 'duplicate':
      lines.splice(i, 0, lines[i])
      return lines.join('\n')
    case 'swap': {
      const j = m.b % lines.length
      ;[lines[i], lines[j]] = [lines[j], lines[i]]
      return lines.join('\n')
    }
    case 'dropClose': {
      const closes = [...text.matchAll(/<\/[A-Za-z][A-Za-z0-9]*\s*>/g)]
      if (closes.length === 0) return text
      const c = closes[m.a % closes.length]
      return text.slice(0, c.index) + text.slice(c.index + c[0].length)
    }
    case 'insert': {
      const at = m.a % (text.length + 1)
      return text.slice(0, at) + m.token + text.slice(at)
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n')
    case 'cr':
      return text.replace(/\r?\n/g, '\r')
    case 'bom':
      return `\uFEFF${text}`
    case 'tabs':
      return text.replace(/^( {2,4})/gm, '\t')
    case 'nul':
      return text.replace(/ /, '\0')
    default:
      return text
  }
}

/** A team page or the seed, with one to six edits. */
export function mutatedPage(pages) {
  return fc
    .record({ page: fc.nat(pages.length - 1), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) })
    .map(({ page, mutations }) => ({ name: pages[page].name, mutations, text: mutate(pages[page].text, mutations) }))
}
