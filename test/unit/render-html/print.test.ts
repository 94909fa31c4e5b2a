// Print HTML: one self-contained file made for paper (page box, notes for links, videos as QR codes).
import { describe, expect, it } from 'vitest'
import { fixture, seed, text } from './helpers.js'
import { page, printed } from './print-helpers.js'

describe('toPrintHtml: the page box', () => {
  it('is Letter by default and A4 when asked, with margins', () => {
    expect(printed(seed()).css).toMatch(/@page \{\s*size: letter;\s*margin: 0\.75in;/)
    expect(printed(seed(), { pageSize: 'a4' }).css).toMatch(/@page \{\s*size: A4;/)
    expect(() => printed(seed(), { pageSize: 'legal' as 'a4' })).toThrow(TypeError)
  })

  it('puts the module title and "Page n of m" in the page margins', () => {
    const { css } = printed(seed())
    expect(css).toContain('@top-center { content: "Relationships";')
    expect(css).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);')
    expect(printed(seed(), { moduleTitle: 'Capacity' }).css).toContain('content: "Capacity"')
  })

  it('escapes the title as a CSS string that cannot end the <style> element', () => {
    const { css, all } = printed(page('---\ntitle: A "quoted" </style> \\ title\n---\n\nText.\n'))
    expect(css).toContain('content: "A \\22 quoted\\22  \\3c /style\\3e  \\5c  title"')
    expect(all('p').map(text)).toEqual(['Text.'])
  })

  it('repeats table headers, never splits a row, keeps headings with what follows', () => {
    const { css } = printed(seed())
    expect(css).toContain('thead { display: table-header-group; }')
    expect(css).toContain('tr { break-inside: avoid; }')
    expect(css).toMatch(/h1, h2, h3, h4, h5, h6 \{[^}]*break-after: avoid/)
  })
})

describe('toPrintHtml: self-contained', () => {
  it('has no script, no external resource and a policy that forbids both', () => {
    const { html, all } = printed(fixture('html-blocks'))
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toContain('quiz.js')
    expect(all('[src]').every((el) => String(el.properties.src).startsWith('data:'))).toBe(true)
    expect(all('link, iframe, object, embed, video, audio')).toEqual([])
    expect(all('meta[http-equiv]')[0].properties.content).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:")
  })

  it('opens every <details>, since paper cannot', () => {
    expect(printed(fixture('html-blocks')).all('details').map((d) => d.properties.open)).toEqual([true])
  })

  it('is deterministic', () => {
    expect(printed(fixture('embeds')).html).toBe(printed(fixture('embeds')).html)
    expect(printed(seed()).html).toBe(printed(seed()).html)
  })
})

describe('toPrintHtml: links as numbered endnotes', () => {
  const links = page(
    '---\ntitle: Links\n---\n\nSee [the parks](https://example.org/parks), [the pool](https://example.org/pool) ' +
      'and [the parks again](https://example.org/parks).\n\n[Nothing]( ) and [later](#) and [soon](NEEDS LINK) and ' +
      '[top](#links) and <https://example.org/plain>.\n'
  )

  it('numbers each URL once, in order of first use, after the link text', () => {
    const { all, html } = printed(links)
    expect(all('sup.print-ref').map(text)).toEqual(['1', '2', '1'])
    expect(html).toContain('<a href="https://example.org/parks">the parks</a><sup class="print-ref">1</sup>')
  })

  it('lists the URLs under "Links" at the end', () => {
    const { all } = printed(links)
    const [notes] = all('main > section.print-links')
    expect(text(all('section.print-links h2')[0])).toBe('Links')
    expect(all('section.print-links ol > li').map(text)).toEqual(['https://example.org/parks', 'https://example.org/pool'])
    expect(all('main > *').at(-1)).toBe(notes)
  })

  it('skips empty, placeholder and in-page links, and links that show their URL', () => {
    const { all } = printed(links)
    const anchors = all('main > p a')
    expect(anchors.filter((a) => a.properties.href === undefined).map(text)).toEqual(['Nothing', 'later', 'soon'])
    expect(all('sup.print-ref')).toHaveLength(3)
  })

  it('numbers raw <a> elements too, and writes no "Links" when there are none', () => {
    expect(printed(fixture('links')).all('section.print-links li').map(text)).toEqual(['https://example.org/parks', 'mailto:teens@example.org'])
    expect(printed(page('Just text.\n')).all('section.print-links')).toEqual([])
  })
})

describe('toPrintHtml: what paper needs instead of colour', () => {
  it('labels callouts in words', () => {
    const { all } = printed(fixture('callout-kinds'))
    expect(all('.callout > p.print-label:first-child').map(text)).toEqual(expect.arrayContaining(['Activity', 'Videos', 'Case study', 'Info']))
    // An objectives callout titled "Objectives" needs no label saying it again.
    expect(all('.callout.objectives > p.print-label')).toEqual([])
  })

  it('gives each section colour its own line style', () => {
    const { css } = printed(seed())
    const styles = ['color1', 'color2', 'color3', 'color4', 'color5'].map((c) => new RegExp(`\\.${c} \\{ border-left: ([^;]+);`).exec(css)?.[1])
    expect(new Set(styles.map((s) => s?.replace(/#\w+/, ''))).size).toBe(5)
  })

  it('keeps short sections and callouts whole, not long ones', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><td>Partner ${i}</td><td>Strength ${i}</td></tr>`).join('\n')
    const long = page(`<div class="colorhighlight color1" markdown="1">\n\n## Long\n\n<table class="worksheet">\n<tr><th>Partner</th><th>Strength</th></tr>\n${rows}\n</table>\n\n</div>\n`)
    expect(printed(long).all('.colorhighlight.print-keep')).toEqual([])
    expect(printed(seed()).all('.print-keep')).toHaveLength(4)
  })
})
