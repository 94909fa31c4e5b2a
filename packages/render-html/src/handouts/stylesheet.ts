// Print CSS for handouts and workbooks: one page per handout when it fits, nothing below 10pt.
import type { Settings } from './options.js'

// Page height minus the top and bottom margins, less a little so rounding never spills a page.
const contentHeight = { letter: 11 - 1.05 - 0.1, a4: 11.69 - 1.05 - 0.1 }

/** The stylesheet; `pageNumbers` adds "Page N" in the bottom margin of every page but the cover. */
export function stylesheet(pageSize: Settings['pageSize'], footer: { pageNumbers: boolean; label: string | null }): string {
  const margins = footer.pageNumbers
    ? `
@page { @bottom-right { content: "Page " counter(page); font: 10pt "Liberation Sans", Arial, sans-serif; color: #333; }${footer.label ? `
  @bottom-left { content: ${cssString(footer.label)}; font: 10pt "Liberation Sans", Arial, sans-serif; color: #333; }` : ''} }
@page :first { @bottom-right { content: none; } @bottom-left { content: none; } }`
    : ''
  return `
@page { size: ${pageSize === 'a4' ? 'A4' : 'Letter'}; margin: 0.5in 0.6in 0.55in; }${margins}
*, *::before, *::after { box-sizing: border-box; }
/* Ruled lines and shaded headers are backgrounds and borders: print them as they are. */
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
/* A long URL that cannot wrap would make Chromium shrink the whole page (and its text) to fit. */
body { margin: 0; font: 11pt/1.35 "Liberation Sans", Arial, "Helvetica Neue", sans-serif; color: #111; background: #fff; overflow-wrap: anywhere; }
a { color: inherit; }
.handout { display: flex; flex-direction: column; min-height: ${contentHeight[pageSize].toFixed(2)}in; break-before: page; }
body > .handout:first-child { break-before: auto; }
.handout > header { margin-bottom: 10pt; padding-bottom: 8pt; border-bottom: 2px solid #3d244e; break-inside: avoid; break-after: avoid; }
.handout .course { margin: 0; font-size: 10pt; letter-spacing: 0.04em; text-transform: uppercase; color: #333; }
.handout .module { margin: 0; font-size: 12pt; font-weight: normal; color: #333; }
.handout .title { margin: 4pt 0 10pt; font-size: 17pt; line-height: 1.2; color: #3d244e; }
.fields { display: flex; gap: 0.3in; }
.field { display: flex; flex: 1; align-items: flex-end; gap: 4pt; font-size: 10pt; }
.field:first-child { flex: 2; }
.field .blank { flex: 1; height: 14pt; border-bottom: 1px solid #111; }
.instructions h2, .instructions h3, .instructions h4, .instructions h5, .instructions h6 { margin: 8pt 0 4pt; font-size: 12pt; break-after: avoid; }
.instructions p, .questions p { margin: 0 0 6pt; }
.instructions ul, .instructions ol, .questions ul, .questions ol { margin: 4pt 0 8pt; padding-left: 18pt; }
.instructions li, .questions li { margin-bottom: 6pt; break-inside: avoid; }
.questions > p { break-after: avoid; }
.answer .line { height: 0.3in; border-bottom: 1px solid #555; }
.embed, .image-alt { font-style: italic; }
details > summary { font-weight: bold; list-style: none; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
/* Long tables go on over pages: the column labels on every page, no row cut in two. */
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { padding: 3pt 5pt; border: 1px solid #222; text-align: left; vertical-align: top; }
table.blank { margin: 8pt 0 12pt; }
table.blank thead th { background: #e6e6e6; }
table.blank tbody th, table.blank tbody td { height: 0.45in; }
table.blank tbody th { font-weight: normal; font-style: italic; color: #333; }
figure.example { margin: 0 0 12pt; }
figure.example figcaption { font-size: 10pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; break-after: avoid; }
figure.example th, figure.example td { border-color: #888; font-size: 10pt; }
/* As many ruled lines as the page has room for: the area takes what is left (size containment:
   its lines do not size it) and hides the rest, so no line is carried over to a new page. */
.writing { flex: 1 1 0; min-height: 0.7in; margin-top: 6pt; contain: size; overflow: hidden; break-inside: avoid; }
.writing .line { height: 0.35in; border-bottom: 1px solid #777; }
footer.licence { margin-top: auto; padding-top: 6pt; border-top: 1px solid #999; font-size: 10pt; color: #333; }
.writing + footer.licence { margin-top: 0; }
.cover { display: flex; flex-direction: column; justify-content: center; min-height: ${(contentHeight[pageSize] * 0.8).toFixed(2)}in; text-align: center; }
.cover .course { margin: 0; font-size: 14pt; text-transform: uppercase; letter-spacing: 0.06em; color: #333; }
.cover .description { margin: 6pt auto 0; max-width: 5in; font-size: 12pt; color: #333; }
.cover h1 { margin: 24pt 0 8pt; font-size: 28pt; color: #3d244e; }
.cover .kind { margin: 0; font-size: 16pt; }
.contents { break-before: page; }
.contents h2 { font-size: 17pt; color: #3d244e; }
.contents ol { padding-left: 0; list-style: none; }
.contents li { margin: 0 0 8pt; }
.contents .from { display: block; font-size: 10pt; color: #333; }
`
}

/** A CSS string literal; `<` escaped so no text can close the `<style>` element. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/</g, '\\3C ').replace(/[\r\n]+/g, ' ')}"`
}
