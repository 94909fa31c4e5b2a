// Model attributes (source names and string values) to hastscript properties.
import type { Attributes } from '@modulemark/model'
import type { State } from './state.js'

/** hastscript maps attribute names (`class`, `frameborder`) to hast properties itself. */
export type Props = Record<string, string | number | boolean | string[] | null | undefined>

// Names an HTML parser reads as one attribute; anything else is dropped, never escaped into markup.
const attributeName = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'background', 'data'])

/** The attributes to render: names checked, `{{ site.baseurl }}` filled in, scripts left out unless asked for. */
export function properties(attributes: Attributes, state: State): Props {
  const out: Props = {}
  for (const [name, value] of Object.entries(attributes)) {
    if (!attributeName.test(name)) continue
    const lower = name.toLowerCase()
    if (!state.scripts && lower.startsWith('on')) continue
    const filled = urlAttributes.has(lower) ? url(value, state) : state.fill(value)
    if (filled !== undefined) out[name] = filled
  }
  return out
}

/** A URL with `{{ site.baseurl }}` filled in; `undefined` for a `javascript:` URL unless scripts are kept. */
export function url(value: string, state: State): string | undefined {
  const filled = state.fill(value)
  // Browsers ignore control characters and spaces around the scheme.
  if (!state.scripts && /^javascript:/i.test(filled.replace(/[\u0000-\u0020]/g, ''))) return undefined
  return filled
}

/** `properties` with the model's class list in place of any `class` attribute. */
export function withClasses(props: Props, classes: string[]): Props {
  const out: Props = {}
  if (classes.length > 0) out.className = classes
  for (const [name, value] of Object.entries(props)) if (name.toLowerCase() !== 'class' || classes.length === 0) out[name] = value
  return out
}
