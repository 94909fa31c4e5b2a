import type { Message } from '@modulemark/model'

/** Paper sizes the print stylesheet knows. */
export type PageSize = 'letter' | 'a4'

/** Options of `toPrintHtml` and `toPrintDocument`. Page scripts are never kept in print. */
export interface PrintOptions {
  /** Paper size of the `@page` rule (default: `'letter'`). */
  pageSize?: PageSize | null | undefined
  /**
   * Folder that holds the site's files: `{{ site.baseurl }}/img/x.png`, `/img/x.png`
   * and `img/x.png` are read from `DIR/img/x.png` and inlined as `data:` URIs.
   * Without it no image can be inlined: each prints as its alt text in a box.
   */
  assets?: string | null | undefined
  /** What `{{ site.baseurl }}` stands for in link URLs (default: `''`); a trailing `/` is dropped. */
  baseurl?: string | null | undefined
  /** Language of the page (default: front matter `lang` when it is a string, else `'en'`). */
  lang?: string | null | undefined
  /** The title at the top of every page (default: the page's title, else its file name). */
  moduleTitle?: string | null | undefined
  /** Render the model without sanitizing (default: `false`); scripts are dropped all the same. */
  trust?: boolean | null | undefined
  /** Hosts whose raw `<iframe>`s are kept besides YouTube, Vimeo, TED and raindrop.io, for their URL in print. */
  iframeHosts?: readonly string[] | null | undefined
}

/** The print document and what went wrong while making it (images that could not be inlined). */
export interface PrintDocument {
  html: string
  /** Rule `print-image-missing` (warning), positioned at the image in the page when known. */
  messages: Message[]
}
