import { describe, expect, it } from 'vitest'
import { classes, fixture, render, text, within } from './helpers.js'

describe('embeds.md as web HTML', () => {
  // Google Slides is no default iframe host: the page's own site would add it (`iframeHosts`).
  const page = () => render(fixture('embeds'), { fragment: true, iframeHosts: ['docs.google.com'] })

  it('renders every embed as an iframe with its URL and a title', () => {
    const frames = page().all('iframe')
    expect(frames.map((f) => f.properties.src)).toEqual([
      'https://www.youtube.com/embed/FAKEvid0001',
      'https://player.vimeo.com/video/123456789?h=abc',
      'https://embed.ted.com/talks/lang/en/fake_speaker_making_things',
      'https://raindrop.io/fakeuser/maker-links-1234567/embed/sort=title',
      'https://docs.google.com/presentation/d/1FAKEslides/embed'
    ])
    expect(frames.map((f) => f.properties.title)).toEqual(['Teens build a robot', 'Vimeo video', 'TED talk', 'Raindrop.io collection', 'Embedded content'])
    expect(frames[0].properties.allowFullScreen).toBe(true)
    expect(frames[3].properties.style).toBe('border: 0; width: 100%; height: 600px;')
  })

  it('follows an embed with a duration by one videotime div', () => {
    const html = page().html
    expect(html).toContain('allowfullscreen></iframe>\n<div class="videotime">7:51</div>')
    expect(html).toContain('<div class="videotime">1:02:05</div>')
    expect(page().all('.videotime').map(text)).toEqual(['7:51', '23:34 | An excerpt from a longer talk. See the full video.', '1:02:05'])
  })

  it('keeps a videotime that says more than the duration, without repeating the duration', () => {
    const [callout] = page().all('div.callout.videos')
    const children = within(callout, ':scope > *')
    expect(children.map((el) => el.tagName)).toEqual(['iframe', 'div'])
    expect(classes(children[1])).toEqual(['videotime'])
    expect(within(children[1], 'a')[0].properties.target).toBe('_blank')
  })

})
