/** How model nodes become hast; shared by every HTML renderer of this package. */
export interface HastOptions {
  /**
   * What `{{ site.baseurl }}` stands for in URLs and attributes (default: `''`,
   * so `{{ site.baseurl }}/img/x.png` becomes the site-relative `/img/x.png`).
   * A trailing slash is dropped.
   */
  baseurl?: string | null | undefined
  /**
   * Keep the page's own scripts: `html` nodes (`<script>`, `<style>`) as raw
   * HTML, `on*` attributes and `javascript:` URLs (default: `trust`).
   * `true` implies `trust` unless `trust` is `false`.
   */
  scripts?: boolean | null | undefined
  /**
   * Render the model as written, without sanitizing (default: `scripts`, else
   * `false`). Only for a site's own pages: untrusted content is cut down to
   * the allowlist of `src/safety/schema.ts`.
   */
  trust?: boolean | null | undefined
  /**
   * Hosts whose iframes are kept besides YouTube, Vimeo, TED and raindrop.io
   * (each with its subdomains; https only). Ignored with `trust`.
   */
  iframeHosts?: readonly string[] | null | undefined
}
