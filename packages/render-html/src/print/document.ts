// The shell of every print file: one self-contained document that may load nothing and run nothing.
import type { ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { lines, wrapped } from '../hast/whitespace.js'

export interface PrintShell {
  lang: string
  /** The `<title>` (Chromium also names the PDF after it). */
  title: string
  /** The whole stylesheet, `@page` rule included. */
  css: string
  /** What goes in `<body>`. */
  body: ElementContent[]
}

// Even opened in a browser, the file fetches nothing and runs nothing: only inline styles and data: images.
const policy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:"

/** A complete print document as hast, ready for `hast-util-to-html`. */
export function printDocument(shell: PrintShell): Root {
  const head = [
    [h('meta', { charset: 'utf-8' })],
    [h('meta', { httpEquiv: 'Content-Security-Policy', content: policy })],
    [h('title', shell.title)],
    [h('style', shell.css)]
  ]
  const html = h('html', { lang: shell.lang }, wrapped(lines([[h('head', wrapped(lines(head)))], [h('body', wrapped(shell.body))]])))
  return { type: 'root', children: [{ type: 'doctype' }, { type: 'text', value: '\n' }, html, { type: 'text', value: '\n' }] }
}
