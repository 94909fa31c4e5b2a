// Hand-written print HTML for the PDF tests, until the print renderer exists.
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
export const esc = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c])

export interface Doc {
  title?: string
  css?: string
  head?: string
  body: string
}

/** A complete document: Letter with 0.75 in margins unless `css` says otherwise. */
export function printDocument({ title, css = '', head = '', body }: Doc): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    title === undefined ? '' : `<title>${esc(title)}</title>`,
    `<style>@page { size: Letter; margin: 0.75in } body { font: 12pt/1.4 serif } ${css}</style>`,
    head,
    `</head><body>${body}</body></html>`
  ].join('\n')
}

export const tableColumns = ['Relationship', 'Strengths', 'Weaknesses']

/** Row n's cell texts: a first cell of five lines (tall enough that Chromium would split it), then two. */
export function rowTexts(n: number): string[] {
  return [`Row ${n} start`, `Row ${n} note 1`, `Row ${n} note 2`, `Row ${n} note 3`, `Row ${n} end`, `Strength ${n}`, `Weakness ${n}`]
}

/** A fill-in table of `rows` rows that repeats its header and never splits a row. */
export function fillInTable(rows: number): string {
  const head = tableColumns.map((c) => `<th scope="col">${c}</th>`).join('')
  const body = Array.from({ length: rows }, (_, i) => {
    const texts = rowTexts(i + 1)
    const [strength, weakness] = texts.slice(-2)
    return `<tr><td>${texts.slice(0, -2).join('<br>')}</td><td>${strength}</td><td>${weakness}</td></tr>`
  }).join('\n')
  return printDocument({
    title: 'Fill-in table',
    css: [
      'table { width: 100%; border-collapse: collapse }',
      'thead { display: table-header-group }',
      'tr { break-inside: avoid }',
      'th, td { border: 1px solid #333; padding: 4pt; height: 0.45in; vertical-align: top }'
    ].join('\n'),
    body: `<h1>Fill-in table</h1><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
  })
}
