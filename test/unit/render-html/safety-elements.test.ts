// The sanitizer's element and attribute rules, on hand-made nodes: what goes, what stays.
import { describe, expect, it } from 'vitest'
import { el, elements, fragment, raw, t } from './safety-helpers.js'

describe('elements', () => {
  it('drops <script> and <style> with their content, and raw HTML even with `scripts` asked for but not trusted', () => {
    const nodes = [el('script', {}, [t('alert(1)')]), el('style', {}, [t('p{}')]), raw('<script>alert(1)</script>'), el('p', {}, [t('kept')])]
    expect(fragment(nodes)).toBe('<p>kept</p>')
    expect(fragment(nodes, { scripts: true, trust: false })).toBe('<p>kept</p>')
  })

  it('drops what loads, posts or redirects: <object>, <embed>, <base>, <form>, <meta http-equiv>, <link>', () => {
    const nodes = [
      el('object', { data: 'https://example.org/x.swf' }, [t('fallback')]),
      el('embed', { src: 'https://example.org/x.swf' }),
      el('base', { href: 'https://evil.example/' }),
      el('form', { action: 'https://evil.example/' }, [el('input', { type: 'text', name: 'q' }), el('button', {}, [t('Send')])]),
      el('meta', { 'http-equiv': 'refresh', content: '0;url=https://evil.example/' }),
      el('link', { rel: 'stylesheet', href: 'https://evil.example/x.css' })
    ]
    const tags = elements(nodes).map((e) => e.tagName)
    for (const tag of ['object', 'embed', 'base', 'form', 'meta', 'link', 'button']) expect(tags).not.toContain(tag)
    // An unknown element leaves its text: the object's fallback is still read.
    expect(fragment(nodes)).toContain('fallback')
  })

  it('drops <template> and <noscript> with their content, and unwraps <math> and <textarea> to text', () => {
    const nodes = [
      el('template', {}, [el('img', { src: 'x', onerror: 'alert(1)' })]),
      el('noscript', {}, [el('p', { title: '</noscript><img src=x onerror=alert(1)>' }, [t('no js')])]),
      el('math', {}, [el('mtext', {}, [el('mglyph', {}, [el('style', {}, [t('<img src=x onerror=alert(1)>')])])])]),
      el('textarea', {}, [t('</textarea><img src=x onerror=alert(1)>')])
    ]
    expect(fragment(nodes)).toBe('&lt;/textarea>&lt;img src=x onerror=alert(1)>')
  })

  it('drops every `on*` handler, whatever its case', () => {
    const nodes = [el('img', { src: 'x.png', onerror: 'a()', ONLOAD: 'b()', OnMouseOver: 'c()' }), el('svg', { onload: 'd()' }), el('details', { ontoggle: 'e()', open: '' })]
    for (const element of elements(nodes)) expect(Object.keys(element.properties).filter((name) => /^on/i.test(name))).toEqual([])
  })

  it('drops `srcdoc`, and an iframe\'s children (a browser reads them as raw text)', () => {
    const frame = el('iframe', { src: 'https://www.youtube.com/embed/x', srcdoc: '<script>alert(1)</script>' }, [el('p', { title: '</iframe><img src=x onerror=alert(1)>' })])
    expect(fragment([frame])).toBe('<iframe src="https://www.youtube.com/embed/x"></iframe>')
  })

  it('keeps SVG as shapes only: no script, no animation, no links out', () => {
    const svg = el('svg', { viewBox: '0 0 2 2', onload: 'a()' }, [
      el('script', {}, [t('alert(1)')]),
      el('animate', { attributeName: 'href', values: 'javascript:alert(1)' }),
      el('use', { href: 'https://evil.example/x.svg#a' }),
      el('foreignObject', {}, [el('img', { src: 'x', onerror: 'b()' })]),
      el('rect', { width: '2', height: '2', fill: '#fff' }),
      el('path', { d: 'M0 0h1v1h-1z', fill: '#000' })
    ])
    // The image (its handler gone) leaves SVG when a browser reads it; only HTML that is allowed anyway.
    expect(fragment([svg])).toBe('<svg viewBox="0 0 2 2"><img src="x"></img><rect width="2" height="2" fill="#fff"></rect><path d="M0 0h1v1h-1z" fill="#000"></path></svg>')
  })
})

describe('attributes', () => {
  it('keeps what tables need: colspan, rowspan, scope, bgcolor, align', () => {
    const table = el('table', { class: 'worksheet', bgcolor: '#eee' }, [
      el('tr', { bgcolor: '#fff' }, [el('th', { bgcolor: '#76beb7', scope: 'col', colspan: '2' }, [t('Partner')]), el('td', { rowspan: '3', align: 'center', valign: 'top' }, [t('x')])])
    ])
    expect(fragment([table])).toBe(
      '<table class="worksheet" bgcolor="#eee"><tr bgcolor="#fff"><th bgcolor="#76beb7" scope="col" colspan="2">Partner</th><td rowspan="3" align="center" valign="top">x</td></tr></table>'
    )
  })

  it('keeps the classes pages and renderers use and drops any other', () => {
    const nodes = [
      el('div', { class: 'colorhighlight color7 border3 updatedcolor' }),
      el('div', { class: 'callout activity videos case_study casestudy objectives info' }),
      el('table', { class: 'worksheet worksheet-noborder colorful modal-backdrop' }),
      el('div', { class: 'videotime print-keep print-video-url handout sr-only btn btn-danger' }),
      el('code', { class: 'language-yaml hljs' })
    ]
    expect(elements(nodes).map((e) => e.properties.className)).toEqual([
      ['colorhighlight', 'color7', 'border3', 'updatedcolor'],
      ['callout', 'activity', 'videos', 'case_study', 'casestudy', 'objectives', 'info'],
      ['worksheet', 'worksheet-noborder', 'colorful'],
      ['videotime', 'print-keep', 'print-video-url', 'handout'],
      ['language-yaml']
    ])
  })

  it('keeps ids and names as written (pages link to them), and drops `data-*`', () => {
    expect(fragment([el('h2', { id: 'partners', 'data-toggle': 'modal' }, [t('Partners')]), el('a', { name: 'top' })])).toBe('<h2 id="partners">Partners</h2><a name="top"></a>')
  })

  it('keeps layout styles and drops any declaration that loads, positions over the page or computes', () => {
    const nodes = [
      el('iframe', { src: 'https://raindrop.io/x/embed', style: 'border: 0; width: 100%; height: 600px;' }),
      el('div', { style: 'position: fixed; top: 0; width: 100%; background: url(https://evil.example/t.png); color: rgb(1, 2, 3)' }),
      el('p', { style: 'background-image: url(javascript:alert(1))' })
    ]
    expect(elements(nodes).map((e) => e.properties.style)).toEqual(['border: 0; width: 100%; height: 600px;', 'width: 100%; color: rgb(1, 2, 3)', undefined])
  })

  it.each([
    ['text-align: center', 'text-align: center'],
    ['width: calc(100% - 2em) !important', 'width: calc(100% - 2em) !important'],
    ['color: red; width: var(--w)', 'color: red'],
    ['width: expression(alert(1))', undefined],
    ['color: re\\64', undefined],
    ['color: red /* x */', undefined],
    ['background: image-set("x.png" 1x)', undefined],
    ['z-index: 9; content: "x"; behavior: url(x.htc)', undefined],
    ['float:none;', 'float:none;']
  ])('style %j gives %j', (style, expected) => {
    expect(elements([el('div', { style })])[0].properties.style).toBe(expected)
  })
})
