// URLs in sanitized output: no `javascript:`, `vbscript:` or `data:` link, `data:` only for images, new windows without an opener.
import { describe, expect, it } from 'vitest'
import { el, elements, fragment, image, link, t } from './safety-helpers.js'

const hrefs = (urls: string[]) => elements(urls.map((url) => link(url))).map((a) => a.properties.href ?? null)

describe('link URLs', () => {
  it('drops `javascript:`, `vbscript:` and `data:` links however they are written', () => {
    const code = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'livescript:alert(1)'
    ]
    expect(hrefs(code)).toEqual(code.map(() => null))
  })

  it('keeps http(s), mailto, tel and every relative URL', () => {
    const fine = ['https://example.org/a?b#c', 'http://example.org', 'mailto:teen@example.org', 'tel:+15555550100', '/img/x.png', 'page.html', '#partners', '?q=1', '{% post_url 2000-01-01-intro %}', '']
    expect(hrefs(fine)).toEqual(fine)
  })

  it('drops the same URLs from raw HTML attributes', () => {
    const nodes = [el('a', { href: 'javascript:alert(1)' }, [t('a')]), el('area', { href: 'javascript:alert(1)' }), el('a', { href: 'https://example.org', 'xlink:href': 'javascript:alert(1)' }, [t('b')])]
    expect(fragment(nodes)).toBe('<a>a</a><a href="https://example.org">b</a>')
  })
})

describe('image URLs', () => {
  it('keeps `data:` images on <img> only, and only image types', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const nodes = [image(png), image('data:text/html,<script>alert(1)</script>'), image('javascript:alert(1)'), el('iframe', { src: 'data:text/html,<b>x</b>' }), el('video', {}, [el('source', { src: png })])]
    expect(elements(nodes).map((e) => [e.tagName, e.properties.src ?? null])).toEqual([
      ['img', png],
      ['img', null],
      ['img', null],
      ['source', null]
    ])
  })
})

describe('new windows', () => {
  const rel = (attributes: Record<string, string>) => elements([link('https://example.org', attributes)])[0].properties.rel ?? null

  it('gives a `target=_blank` link `rel="noopener noreferrer"`', () => {
    expect(fragment([link('https://example.org', { target: '_blank' })])).toBe('<a href="https://example.org" target="_blank" rel="noopener noreferrer">go</a>')
  })

  it('does the same for any named window, keeps a `rel` already there, and adds nothing for this window', () => {
    expect(rel({ target: 'other' })).toEqual(['noopener', 'noreferrer'])
    expect(rel({ target: '_BLANK', rel: 'nofollow noopener' })).toEqual(['nofollow', 'noopener', 'noreferrer'])
    expect(rel({ target: '_self' })).toBe(null)
    expect(rel({ target: '_top', rel: 'nofollow' })).toEqual(['nofollow'])
    expect(rel({})).toBe(null)
  })
})
