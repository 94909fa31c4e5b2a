// Jekyll's post names: `YYYY-MM-DD-slug.md`; the date orders pages inside a module.
const postName = /^(\d{4}-\d{2}-\d{2})-(.+)\.(?:md|markdown)$/i
const pageExtension = /\.(?:md|markdown)$/i

export interface PostName {
  date: string
  slug: string
}

/** The date and slug of a post file name, or `null` when it has no date prefix. */
export function parsePostName(name: string): PostName | null {
  const match = postName.exec(name)
  return match ? { date: match[1], slug: match[2] } : null
}

/** `.md` and `.markdown` are pages; `.md.old` (retired pages) is not. */
export const isPageFile = (name: string): boolean => pageExtension.test(name)
