import * as api from '@modulemark/render-markdown'
import type { Options } from '@modulemark/render-markdown'
import { describe, expect, it } from 'vitest'
import { parse } from '../helpers/model.js'

describe('@modulemark/render-markdown public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['toMarkdown'])
  })

  it('is re-exported by modulemark as toMarkdown', async () => {
    const modulemark = await import('modulemark')
    expect(modulemark.toMarkdown).toBe(api.toMarkdown)
  })

  it('refuses what is not a module with a precise sentence', () => {
    expect(() => api.toMarkdown(undefined as never)).toThrow("Expected a modulemark module (`type: 'module'`) as `model`, not `undefined`")
    expect(() => api.toMarkdown({ type: 'root' } as never)).toThrow("not `type: 'root'`")
  })

  it('takes typed options: front matter, bullet, emphasis and strong markers', () => {
    const model = parse('---\ntitle: Lists\n---\n\n- *one* and **two**\n- three\n') as never
    const options: Options = { frontMatter: false, bullet: '*', emphasis: '_', strong: '_' }
    expect(api.toMarkdown(model, options)).toBe('* _one_ and __two__\n* three\n')
    expect(api.toMarkdown(model)).toBe('---\ntitle: Lists\n---\n\n- *one* and **two**\n- three\n')
  })

  it('writes nothing for an empty page', () => {
    expect(api.toMarkdown(parse('') as never)).toBe('')
  })
})
