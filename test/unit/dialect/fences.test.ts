import { parseModule } from '@modulemark/extract'
import { describe, expect, it } from 'vitest'

describe('fenced code found by the block scanner', () => {
  it('opens on a list-marker line, so its closing fence does not open another', () => {
    const model = parseModule('- ```\n  code\n  ```\n\n<div class="callout info" markdown="1">\nx\n</div>\n')
    expect(model.children.map((node) => node.type)).toEqual(['list', 'callout'])
    const callout = model.children[1]
    expect(callout.type === 'callout' && callout.children.map((node) => node.type)).toEqual(['paragraph'])
  })

  it('hides HTML block starts inside it', () => {
    const model = parseModule('```html\n<div class="callout activity" markdown="1">\n```\n\nAfter.\n')
    expect(model.children.map((node) => node.type)).toEqual(['code', 'paragraph'])
    expect(model.messages).toEqual([])
  })
})
