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
   * HTML, `on*` attributes and `javascript:` URLs (default: `false`).
   */
  scripts?: boolean | null | undefined
}
