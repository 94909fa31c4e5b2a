// Corpus pages where kramdown shows words the author did not mean as text.
/**
 * Pages allowed below 100%, each with why kramdown's words are rightly absent
 * from the model (e.g. kramdown prints a stray `</div>` as text) and the share
 * the page must still reach. Paths are relative to `course-in-a-box/`.
 * Shared by the model's and the web HTML's nothing-lost tests.
 */
export const ALLOWLIST: Record<string, { reason: string; min: number }> = {
  'modules/capacity/_archive/2001-02-04-space.md.old': {
    reason: 'kramdown prints the stray `</div>` on line 100 as text; modulemark reports it (stray-div-close) and drops the tag',
    min: 0.997
  }
}
