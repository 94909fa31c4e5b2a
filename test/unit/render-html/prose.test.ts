import { describe, expect, it } from 'vitest'
import { fixture, render, text } from './helpers.js'

describe('prose and HTML elements as web HTML', () => {
  it('keeps link IAL attributes and image alt and size', () => {
    const page = render(fixture('ial'), { fragment: true })
    expect(page.all('a').map((a) => [a.properties.href, a.properties.target])).toEqual([
      ['https://example.org/guide', '_blank'],
      ['https://example.org/welcome', '_blank'],
      ['https://example.org/checklist', '_blank']
    ])
    expect(page.one('img').properties).toEqual({ src: '/img/printer.png', alt: 'Teens at a 3D printer', width: 320 })
    expect(page.one('h2').properties.id).toBe('partners')
  })

  it('renders details with their summary, and elements as their tag', () => {
    const page = render(fixture('html-blocks'), { fragment: true })
    expect(text(page.one('details > summary'))).toBe('References')
    expect(page.one('details a').properties.target).toBe('_blank')
    expect(text(page.one('details > p'))).toBe('2: Libraries and Youth, by B. Summers.')
    expect(page.one('center > img').properties.alt).toBe('Toolkit logo')
  })

  it('drops comments', () => {
    const { html } = render(fixture('html-comments'), { fragment: true })
    expect(html).not.toContain('<!--')
  })
})
