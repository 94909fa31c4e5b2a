// Iframes: https only, from YouTube, Vimeo, TED, raindrop.io or a host the user adds; any other becomes a link.
import { describe, expect, it } from 'vitest'
import { el, elements, embed, fragment } from './safety-helpers.js'

const frames = (urls: string[], iframeHosts?: string[]) => elements(urls.map((url) => embed(url)), { iframeHosts }).map((e) => [e.tagName, e.properties.src ?? e.properties.href])

describe('iframes', () => {
  it('keeps the course\'s video and collection sites, with their subdomains', () => {
    const kept = [
      'https://www.youtube.com/embed/FAKE',
      'https://youtube.com/embed/FAKE',
      'https://www.youtube-nocookie.com/embed/FAKE',
      'https://player.vimeo.com/video/1',
      'https://embed.ted.com/talks/x',
      'https://raindrop.io/u/c/embed'
    ]
    expect(frames(kept)).toEqual(kept.map((url) => ['iframe', url]))
  })

  it('turns any other host, or a URL that is not https, into a link to what it showed', () => {
    expect(frames(['https://evil.example/x', 'http://www.youtube.com/embed/FAKE', 'https://evilyoutube.com/x', 'https://www.youtube.com.evil.example/x', '//www.youtube.com/embed/FAKE', '/embed/local'])).toEqual([
      ['a', 'https://evil.example/x'],
      ['a', 'http://www.youtube.com/embed/FAKE'],
      ['a', 'https://evilyoutube.com/x'],
      ['a', 'https://www.youtube.com.evil.example/x'],
      ['a', '//www.youtube.com/embed/FAKE'],
      ['a', '/embed/local']
    ])
    expect(fragment([embed('https://evil.example/x', { title: 'Slides' })])).toBe('<a href="https://evil.example/x">Slides: https://evil.example/x</a>')
  })

  it('drops a frame with no URL to link to, or one that is code', () => {
    expect(elements([embed('javascript:alert(1)'), embed('data:text/html,x'), el('iframe', { srcdoc: '<b>x</b>' })])).toEqual([])
  })

  it('keeps hosts the user adds (`iframeHosts`), written bare or as a URL, with their subdomains', () => {
    const urls = ['https://connectedlib.ischool.uw.edu/h5p/1', 'https://docs.google.com/presentation/d/1/embed', 'https://evil.example/x']
    expect(frames(urls, ['Connectedlib.ischool.uw.edu', 'https://docs.google.com/'])).toEqual([
      ['iframe', urls[0]],
      ['iframe', urls[1]],
      ['a', urls[2]]
    ])
    expect(frames(['https://sub.example.org/x'], ['*.example.org'])).toEqual([['iframe', 'https://sub.example.org/x']])
  })

  it('keeps the attributes a player needs', () => {
    const frame = embed('https://www.youtube.com/embed/FAKE', { frameborder: '0', allow: 'autoplay; encrypted-media', allowfullscreen: '', width: '560', height: '315', loading: 'lazy' })
    expect(fragment([frame])).toBe('<iframe src="https://www.youtube.com/embed/FAKE" title="Embedded content" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen width="560" height="315" loading="lazy"></iframe>')
  })
})
