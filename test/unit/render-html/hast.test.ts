// The shared core on hand-made nodes: whole hast trees, as print and handout renderers will get them.
import type { Node } from '@modulemark/model'
import { toHast, toHtml } from '@modulemark/render-html'
import { describe, expect, it } from 'vitest'
import { seed } from './helpers.js'

const point = { line: 1, column: 1, offset: 0 }
const position = { start: point, end: point }
const t = (value: string) => ({ type: 'text', value, position }) as Node
const el = (tagName: string, attributes: Record<string, string>, children: Node[] = []) =>
  ({ type: 'element', tagName, attributes, children, position }) as Node

describe('toHast', () => {
  it('turns a list of nodes into sibling hast nodes, a line break between blocks', () => {
    const nodes = [
      { type: 'heading', depth: 2, attributes: { id: 'a' }, worksheet: null, children: [t('Hi')], position },
      { type: 'paragraph', children: [t('One '), { type: 'strong', children: [t('two')], position }], position }
    ] as Node[]
    expect(toHast(nodes)).toEqual({
      type: 'root',
      children: [
        { type: 'element', tagName: 'h2', properties: { id: 'a' }, children: [{ type: 'text', value: 'Hi' }] },
        { type: 'text', value: '\n' },
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [{ type: 'text', value: 'One ' }, { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'two' }] }]
        }
      ]
    })
  })

  it('renders one node, and a whole module as its content without a document', () => {
    expect(toHast({ type: 'thematicBreak', position } as Node)).toEqual({
      type: 'root',
      children: [{ type: 'element', tagName: 'hr', properties: {}, children: [] }]
    })
    const tree = toHast(seed())
    expect(tree.children.filter((c) => c.type === 'element').map((c) => (c.type === 'element' ? c.tagName : ''))).toEqual([
      'p',
      'div',
      'div',
      'div',
      'div',
      'p',
      'ul'
    ])
  })

  it('rebuilds section and callout classes a model leaves empty', () => {
    const nodes = [
      { type: 'section', color: 'color2', classes: [], title: null, children: [], position },
      { type: 'callout', kind: 'info', classes: [], title: null, worksheet: null, children: [], position }
    ] as Node[]
    const tree = toHast(nodes)
    expect(tree.children.flatMap((c) => (c.type === 'element' ? [c.properties.className] : []))).toEqual([
      ['colorhighlight', 'color2'],
      ['callout', 'info']
    ])
  })

  it('uses `lines` for a table cell that has no children', () => {
    const cell = { type: 'tableCell', header: false, colspan: 2, rowspan: 1, attributes: {}, text: 'a\nb', lines: ['a', 'b'], blank: false, children: [], position }
    const table = { type: 'table', classes: [], fillIn: false, columns: [], align: ['center'], attributes: {}, children: [{ type: 'tableRow', children: [cell], position }], position } as Node
    const html = toHtml({ type: 'module', schemaVersion: '1.0', path: null, frontMatter: {}, title: null, children: [table], worksheets: [], messages: [], position }, { fragment: true })
    expect(html).toBe('<table>\n<tbody>\n<tr>\n<td colspan="2" style="text-align: center">a<br>b</td>\n</tr>\n</tbody>\n</table>\n')
  })
})

describe('attributes', () => {
  const page = (children: Node[], options = {}) =>
    toHtml({ type: 'module', schemaVersion: '1.0', path: null, frontMatter: {}, title: null, children, worksheets: [], messages: [], position }, { fragment: true, ...options })

  it('fills in `{{ site.baseurl }}` in every attribute', () => {
    const node = el('div', { 'data-src': '{{site.baseurl}}/a.png', style: 'background: url({{ site.baseurl }}/b.png)' })
    // Trusted: `data-*` and a `background: url()` are not in the sanitizer's allowlist.
    expect(page([node], { baseurl: '/course', trust: true })).toBe('<div data-src="/course/a.png" style="background: url(/course/b.png)"></div>\n')
  })

  it('leaves out scripts, `on*` attributes and `javascript:` URLs unless `scripts`', () => {
    const nodes = [
      el('a', { href: ' javascript:alert(1)', onclick: 'x()' }, [t('go')]),
      el('script', {}, [t('alert(1)')]),
      { type: 'html', value: '<style>p{}</style>', position } as Node
    ]
    expect(page(nodes)).toBe('<a>go</a>\n')
    expect(page(nodes, { scripts: true })).toBe('<a href=" javascript:alert(1)" onclick="x()">go</a><script>alert(1)</script><style>p{}</style>\n')
  })

  it('drops names an HTML parser would misread and keeps the content of a bad tag', () => {
    const node = el('my div', { 'a"b': '1', ok: '2' }, [el('span', { 'x y': '1', title: 'fine' }, [t('kept')])])
    expect(page([node])).toBe('<span title="fine">kept</span>\n')
  })
})
