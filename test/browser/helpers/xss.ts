// The XSS vectors: the team-written page, plus trees only a model written by another tool could hold.
import { readFileSync } from 'node:fs'
import { parseModule } from '@modulemark/extract'
import type { Callout, ModuleRoot, Node } from '@modulemark/model'

export const vectorsPath = new URL('../../fixtures/xss/vectors.md', import.meta.url)

/** The page as the parser reads it. */
export function pageModel(): ModuleRoot {
  return parseModule(readFileSync(vectorsPath, 'utf8'), { path: 'vectors.md' })
}

const call = (id: string) => `window.__canary('${id}')`

/**
 * Vectors in JSON-model form: raw-text elements holding markup, handlers in upper case,
 * a raw `html` node. The parser never builds these, but a model from elsewhere may.
 */
function modelVectors(at: Callout['position']): Node[] {
  const el = (tagName: string, attributes: Record<string, string>, children: Node[] = []) => ({ type: 'element', tagName, attributes, children, position: at }) as Node
  const text = (value: string) => ({ type: 'text', value, position: at }) as Node
  const img = (id: string) => `<img src=x onerror="${call(id)}">`
  return [
    el('noscript', {}, [el('p', { title: `</noscript>${img('model-noscript-title')}` })]),
    el('iframe', { src: 'https://www.youtube.com/embed/FAKEmodel00', title: 'Frame with children' }, [el('p', { title: `</iframe>${img('model-iframe-child')}` }), text(`</iframe>${img('model-iframe-text')}`)]),
    el('style', {}, [text(`</style>${img('model-style-text')}`)]),
    el('svg', {}, [el('style', {}, [text(img('model-svg-style'))])]),
    el('math', {}, [el('mtext', {}, [el('table', {}, [el('mglyph', {}, [el('style', {}, [text(img('model-math-style'))])])])])]),
    el('script', {}, [text(call('model-script-element'))]),
    el('img', { src: 'x', ONERROR: call('model-uppercase-onerror') }),
    el('a', { href: 'https://example.org/opener', target: '_blank', rel: 'opener' }, [text('A link that asks for its opener')]),
    el('iframe', { srcdoc: `<script>parent.${call('model-srcdoc')}</script>`, title: 'srcdoc from a model' }),
    { type: 'html', value: img('model-raw-html'), position: at } as Node,
    text(img('model-text-is-text'))
  ]
}

/** The page with the model-only vectors added to worksheet #5 (so handouts meet them too). */
export function vectorsModel(): ModuleRoot {
  const model = pageModel()
  const entry = model.worksheets.find((each) => each.number === 5)
  const callout = model.children.find((node): node is Callout => node.type === 'callout' && node.worksheet?.number === 5)
  if (!entry || !callout) throw new Error('vectors.md has no worksheet #5 callout')
  const extra = modelVectors(callout.position)
  callout.children.push(...extra)
  entry.instructions.push(...extra)
  return model
}
