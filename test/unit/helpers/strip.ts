// What a Markdown round trip must keep: the model less where things were
// (`position`, also on worksheet instructions) and what the parser said about them.
export function withoutPlaces(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlaces)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if (key !== 'position' && key !== 'messages') out[key] = withoutPlaces(field)
  }
  return out
}
