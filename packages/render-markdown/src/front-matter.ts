import { stringify } from 'yaml'

/** Jekyll front matter from the model's parsed YAML, keys in their order; nothing when there are none. */
export function writeFrontMatter(data: Record<string, unknown>): string {
  if (Object.keys(data).length === 0) return ''
  // No folding: a long title stays on one line, as authors write it.
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`
}
