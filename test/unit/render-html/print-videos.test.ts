// Videos on paper: no player, but what a reader needs to find the video: title, duration, URL, QR code.
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { fixture, text, within } from './helpers.js'
import { page, printed } from './print-helpers.js'

describe('toPrintHtml on a videos page (embeds.md)', () => {
  const videos = () => printed(fixture('embeds'))

  it('has no iframe: each embed is a block', () => {
    const { html, all } = videos()
    expect(html).not.toMatch(/<iframe/i)
    expect(all('.print-video')).toHaveLength(5)
  })

  it('gives the title (else the provider or site), the duration and the URL to open', () => {
    const blocks = videos().all('.print-video').map((block) => within(block, '.print-video-text > span').map(text))
    expect(blocks).toEqual([
      ['Video', 'Teens build a robot', 'Duration: 7:51', 'https://www.youtube.com/watch?v=FAKEvid0001'],
      ['Video', 'Vimeo video', 'https://vimeo.com/123456789/abc'],
      ['Video', 'TED talk', 'Duration: 1:02:05', 'https://www.ted.com/talks/fake_speaker_making_things'],
      ['Link collection', 'Raindrop.io collection', 'https://raindrop.io/fakeuser/maker-links-1234567'],
      ['Embedded content', 'docs.google.com', 'https://docs.google.com/presentation/d/1FAKEslides/embed']
    ])
  })

  it('keeps a videotime that says more, right after its block (its duration not repeated)', () => {
    const [callout] = videos().all('.callout.videos')
    expect(within(callout, ':scope > *').map((el) => (el.properties.className as string[])[0])).toEqual(['print-label', 'print-video', 'videotime'])
    expect(text(within(callout, '.videotime')[0])).toBe('23:34 | An excerpt from a longer talk. See the full video1.')
  })

  it('has a QR code of the URL as inline SVG, one path of the code’s modules', () => {
    const svgs = videos().all('.print-video > svg.print-qr')
    expect(svgs).toHaveLength(5)
    const first = svgs[0]
    expect(first.properties.ariaLabel).toBe('QR code for https://www.youtube.com/watch?v=FAKEvid0001')
    const d = String(within(first, 'path')[0].properties.d)
    expect(modules(d)).toEqual(encode('https://www.youtube.com/watch?v=FAKEvid0001', { ecc: 'M', border: 0 }).data)
  })

  it('uses a span block when the embed sits in a paragraph', () => {
    const { all } = printed(page('Watch <iframe src="https://www.youtube.com/embed/abc123"></iframe> now.\n'))
    expect(all('p > span.print-video')).toHaveLength(1)
  })
})

/** The SVG path back to the grid of dark modules (4 modules of quiet zone around it). */
function modules(d: string): boolean[][] {
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)].map((m) => m.slice(1).map(Number))
  const size = Math.max(...runs.map(([x, , w]) => x + w)) - 4
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false))
  for (const [x, y, w] of runs) for (let i = 0; i < w; i++) grid[y - 4][x - 4 + i] = true
  return grid
}
