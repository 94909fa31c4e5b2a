import fc from 'fast-check'

// Words with some non-ASCII letters: enough to exercise escaping and widths in
// renderers, while staying text an author could have written.
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Gotham', 'library', 'partners', 'Strengths', 'teens', 'plan', 'Worksheet', 'data', 'a', 'x') },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom('café', 'naïve', 'Ωmega', '日本語', 'emoji🙂', 'ß', 'İstanbul') }
)

/** One line of prose: words joined by single spaces, trimmed, never empty. */
export const line = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '))

/** Text of a text node: usually a line, sometimes any string (spaces, marks, symbols). */
export const textValue = fc.oneof(
  { weight: 5, arbitrary: line },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) }
)

export const url = fc.oneof(
  fc.constantFrom('https://example.org/', 'https://docs.google.com/document/d/x#heading=h.1', '/img/a.png', '#top', ''),
  fc.webUrl()
)

export const attributeValue = fc.oneof(fc.constantFrom('_blank', 'note', ''), line)

/** HTML/IAL attributes: a few known names with any string value. */
export const attributes = fc.dictionary(fc.constantFrom('target', 'id', 'class', 'style', 'rel', 'data-x'), attributeValue, { maxKeys: 3 })

export const classToken = fc.stringMatching(/^[a-z][a-z0-9_-]{0,9}$/)
