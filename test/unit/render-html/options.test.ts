import { describe, expect, it } from 'vitest'
import { fixture, render, seed } from './helpers.js'

describe('toHtml options', () => {
  it('gives the body content only with `fragment`', () => {
    const { html } = render(seed(), { fragment: true })
    expect(html).not.toMatch(/<!doctype|<html|<head|<body|<main|<style/i)
    expect(html.startsWith('<h1>Relationships</h1>\n<p>Partnerships')).toBe(true)
    expect(html.endsWith('</ul>\n')).toBe(true)
  })

  it('removes `{{ site.baseurl }}` by default, keeping URLs site-relative', () => {
    const page = render(fixture('html-blocks'), { fragment: true })
    expect(page.one('img').properties.src).toBe('/img/toolkit-logo.png')
    expect(page.html).not.toContain('{{')
  })

  it('fills in `{{ site.baseurl }}` from `baseurl`, in any attribute', () => {
    for (const baseurl of ['https://example.org/course', 'https://example.org/course/']) {
      const page = render(fixture('section-colors'), { fragment: true, baseurl })
      expect(page.one('img').properties.src).toBe('https://example.org/course/img/nook.png')
    }
    const image = render(fixture('links'), { fragment: true, baseurl: '/c' }).one('img')
    expect(image.properties).toEqual({ src: '/c/img/field-trip.png', alt: 'Teens on a field trip', width: 400 })
  })

  it('leaves Liquid tags out and keeps Liquid in URLs as written', () => {
    const page = render(fixture('liquid'), { fragment: true })
    expect(page.html).not.toMatch(/\{% (?:include|comment|highlight|endhighlight)/)
    expect(page.one('a').properties.href).toBe('{% post_url 2000-01-01-intro %}')
    expect(page.one('pre > code').properties.className).toEqual(['language-yaml'])
  })

  it('keeps page scripts out by default and in with `scripts`', () => {
    expect(render(fixture('html-blocks')).all('script')).toHaveLength(0)
    const kept = render(fixture('html-blocks'), { scripts: true })
    expect(kept.all('script').map((s) => s.properties.src ?? null)).toEqual(['https://example.org/quiz.js', null])
    expect(kept.html).toContain("<script>\n  window.quiz = { module: 'makers' };\n</script>")
  })

  it('takes the language from `lang`, then front matter, else English', () => {
    const model = seed()
    expect(render(model).html).toContain('<html lang="en">')
    expect(render(model, { lang: 'es' }).html).toContain('<html lang="es">')
    expect(render({ ...model, frontMatter: { lang: 'fr' } }).html).toContain('<html lang="fr">')
  })

  it('names a page without a title after its file, with no h1', () => {
    const page = render(fixture('table-kinds'))
    expect(page.one('title').children).toEqual([{ type: 'text', value: 'table-kinds', position: expect.anything() }])
    expect(page.all('h1')).toHaveLength(0)
  })

  it('adds no title h1 to a page that has an h1 of its own', () => {
    const model = seed()
    const own = { ...model, children: [{ type: 'heading', depth: 1, attributes: {}, worksheet: null, children: [{ type: 'text', value: 'Mine', position: model.position }], position: model.position }, ...model.children] } as typeof model
    expect(render(own).all('h1').map((h1) => h1.children)).toEqual([[expect.objectContaining({ value: 'Mine' })]])
  })

  it('leaves the stylesheet out with `stylesheet: false`', () => {
    expect(render(seed(), { stylesheet: false }).all('style')).toHaveLength(0)
  })

  it('is deterministic', () => {
    expect(render(seed()).html).toBe(render(seed()).html)
  })
})
