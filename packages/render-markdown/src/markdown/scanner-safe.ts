// The dialect's scanner reads a page line by line before any Markdown parser
// sees it (packages/dialect/src/scan.ts): a line that starts with a block tag,
// a comment or a Liquid tag ends the Markdown run, and every `<div`/`</div`
// counts when it looks for the end of a section. Markdown written here must
// not contain those where the model has none.
import { scannerBlockTags } from '../tags.js'

const divTag = /<\/?div(?=[\s/>]|$)/i
const lineStart = /^[ \t>]*(?:<!\s*--|\{%|<\/div(?=[\s/>]|$)|<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$))/

/** Whether Markdown written for one block reads back as that block, as far as the scanner goes. */
export function scannerSafe(markdown: string): boolean {
  if (divTag.test(markdown)) return false
  for (const line of markdown.split('\n')) {
    const match = lineStart.exec(line)
    if (match && (match[1] === undefined || scannerBlockTags.has(match[1].toLowerCase()))) return false
  }
  return true
}
