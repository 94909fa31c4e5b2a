/** How `toMarkdown` writes a page; every choice reads back to the same model. */
export interface Options {
  /** Write the front matter (default `true`); without it the page has no title. */
  frontMatter?: boolean
  /** Marker of bullet list items (default `'-'`). */
  bullet?: '-' | '*' | '+'
  /** Marker of emphasis (default `'*'`). */
  emphasis?: '*' | '_'
  /** Marker of strong emphasis (default `'*'`). */
  strong?: '*' | '_'
}
