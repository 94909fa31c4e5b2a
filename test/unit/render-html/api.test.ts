import * as api from '@modulemark/render-html'
import { describe, expect, it } from 'vitest'

describe('@modulemark/render-html public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['toHast', 'toHtml', 'toPrintDocument', 'toPrintHtml', 'toWorkbook', 'toWorksheets'])
  })

  it('is re-exported by modulemark as toHtml', async () => {
    const modulemark = await import('modulemark')
    expect(modulemark.toHtml).toBe(api.toHtml)
    expect(modulemark.toWorksheets).toBe(api.toWorksheets)
    expect(modulemark.toWorkbook).toBe(api.toWorkbook)
  })

  it('refuses what is not a module with a precise sentence', () => {
    expect(() => api.toHtml(undefined as never)).toThrow('Expected a modulemark module (`type: \'module\'`) as `model`, not `undefined`')
    expect(() => api.toHtml({ type: 'root' } as never)).toThrow("not `type: 'root'`")
    expect(() => api.toHast(null as never)).toThrow('Expected a modulemark module, node or list of nodes, not `null`')
  })
})
