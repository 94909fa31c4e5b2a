// Print CSS for Chromium: paper, running title and page numbers, breaks, and a look that survives greyscale.
import type { PageSize } from './options.js'

const sizes: Record<PageSize, string> = { letter: 'letter', a4: 'A4' }

/**
 * The `@page` rule: size, margins, the title at the top of every page and
 * "Page n of m" at the bottom (margin boxes, which Chromium prints since 131).
 */
export function pageRule(pageSize: PageSize, runningTitle: string): string {
  const box = 'font: 9pt/1.2 "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #333;'
  return `@page {
  size: ${sizes[pageSize]};
  margin: 0.75in;
  @top-center { content: ${cssString(runningTitle)}; ${box} }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); ${box} }
}`
}

/** A CSS string literal; `<` is escaped too, since the stylesheet sits in a `<style>` element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`
}

/** Type, tables and breaks that every printed output shares (handouts may build on it). */
export const basePrintCss = `
html { font: 11pt/1.45 "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #000; background: #fff; }
body { margin: 0; }
h1 { font-size: 20pt; margin: 0 0 12pt; }
h2 { font-size: 15pt; }
h3 { font-size: 13pt; }
h4, h5, h6 { font-size: 11pt; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 14pt 0 6pt; break-after: avoid; break-inside: avoid; }
p, li { orphans: 3; widows: 3; }
p { margin: 0 0 8pt; }
a { color: inherit; }
img, svg { max-width: 100%; break-inside: avoid; }
pre { white-space: pre-wrap; font-size: 9.5pt; }
table { width: 100%; border-collapse: collapse; margin: 6pt 0 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.75pt solid #555; padding: 4pt 6pt; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
table.worksheet td, table.print-fill-in td { height: 0.4in; }
`

/** The course's look for paper: each section colour also has its own line style, each callout a word. */
export const modulePrintCss = `
.colorhighlight { margin: 14pt 0; padding: 1pt 0 1pt 16.5pt; border-left: 1.5pt solid #999; }
.colorhighlight > :first-child, .callout > :first-child, .callout > .print-label + * { margin-top: 2pt; }
.colorhighlight.color1 { border-left: 6pt solid #3f8f88; padding-left: 12pt; }
.colorhighlight.color2 { border-left: 6pt double #c45c7a; padding-left: 12pt; }
.colorhighlight.color3 { border-left: 6pt dashed #a88a1c; padding-left: 12pt; }
.colorhighlight.color4 { border-left: 6pt dotted #2f6fb3; padding-left: 12pt; }
.colorhighlight.color5 { border-left: 6pt ridge #7a5aa0; padding-left: 12pt; }
.colorhighlight.border3 { border: 2pt dashed #a88a1c; border-left-width: 6pt; padding: 1pt 10pt 1pt 12pt; }
.callout { margin: 12pt 0; padding: 6pt 10pt; border: 1pt solid #555; }
.callout.activity { background: #fffbd6; border-left: 5pt solid #8a7a00; }
.callout.videos { border: 1.5pt dashed #444; }
.callout.case_study, .callout.casestudy { background: #f3f3fc; border: 1pt dotted #444; }
.callout.objectives { background: #e8f1fc; border: 2pt solid #2f5f94; }
.callout.info { border: 2pt solid #3d244e; }
.print-keep { break-inside: avoid; }
.print-label { display: block; margin: 0 0 4pt; font-size: 8.5pt; font-weight: bold; letter-spacing: 0.06em; text-transform: uppercase; }
.print-video { display: flex; gap: 12pt; align-items: flex-start; margin: 8pt 0; padding: 6pt; border: 1pt solid #555; break-inside: avoid; }
.print-qr { flex: none; width: 1in; height: 1in; }
.print-video-text { display: block; min-width: 0; }
.print-video-text > span { display: block; }
.print-video-title { font-weight: bold; }
.print-video-url { overflow-wrap: anywhere; }
.print-video + .videotime { margin: -6pt 0 8pt; padding: 2pt 6pt; border: 1pt solid #555; border-top: 0; }
.print-missing-image { display: inline-block; padding: 4pt 8pt; border: 1pt dashed #555; font-style: italic; }
sup.print-ref { font-size: 7.5pt; line-height: 0; margin-left: 1pt; }
.print-links { margin-top: 18pt; border-top: 1pt solid #555; font-size: 9.5pt; }
.print-links li { overflow-wrap: anywhere; }
details > summary { font-weight: bold; list-style: none; }
`
