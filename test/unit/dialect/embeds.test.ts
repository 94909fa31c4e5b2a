// Iframes as embeds, with the `videotime` that follows them (FORMAT.md "callouts").
import { describe, expect, it } from 'vitest'
import { find, findAll, messagesOf, parse, parseFixture, placesOf, squash, toText } from '../helpers/model.js'

describe('embeds', () => {
  it('name their provider, in source order', () => {
    const embeds = findAll(parseFixture('embeds'), 'embed')
    expect(embeds.map((e) => [e.provider, e.url])).toEqual([
      ['youtube', 'https://www.youtube.com/embed/FAKEvid0001'],
      ['vimeo', 'https://player.vimeo.com/video/123456789?h=abc'],
      ['ted', 'https://embed.ted.com/talks/lang/en/fake_speaker_making_things'],
      ['raindrop', 'https://raindrop.io/fakeuser/maker-links-1234567/embed/sort=title'],
      ['other', 'https://docs.google.com/presentation/d/1FAKEslides/embed']
    ])
  })

  it('take their duration from the videotime that follows, in its variants', () => {
    const embeds = findAll(parseFixture('embeds'), 'embed')
    expect(embeds.map((e) => [e.duration, e.seconds])).toEqual([
      ['7:51', 471], // <div class="videotime">7:51</div>
      ['23:34', 1414], // <div class="videotime">23:34 | <i>…</i></div>
      ['1:02:05', 3725], // <div class="videotime" markdown="1">1:02:05 …</div>
      [null, null],
      [null, null]
    ])
  })

  it('take their title from the iframe, else null', () => {
    const embeds = findAll(parseFixture('embeds'), 'embed')
    expect(embeds.map((e) => e.title)).toEqual(['Teens build a robot', null, null, null, null])
    expect(embeds[3].attributes).toMatchObject({ style: 'border: 0; width: 100%; height: 600px;' })
  })

  it('at the top level stay at the top level; in a videos callout, in the callout', () => {
    const model = parseFixture('embeds')
    const [top, vimeo, ted, raindrop, other] = findAll(model, 'embed')
    expect(model.children).toContain(top)
    expect(model.children).toContain(raindrop)
    expect(model.children).toContain(other)
    const [excerpt, making] = findAll(model, 'callout')
    expect(findAll(excerpt, 'embed')).toEqual([vimeo])
    expect(findAll(making, 'embed')).toEqual([ted])
    expect(excerpt).toMatchObject({ kind: 'videos', title: null })
    expect(making).toMatchObject({ kind: 'videos', title: 'Making at the library' })
    expect(top.position.start).toEqual({ line: 5, column: 1, offset: 36 })
  })

  it('keep the words after the duration, and their link', () => {
    const excerpt = findAll(parseFixture('embeds'), 'callout')[0]
    expect(squash(toText(excerpt))).toContain('An excerpt from a longer talk. See the full video.')
    expect(find(excerpt, 'link')).toMatchObject({ url: 'https://vimeo.com/123456789', attributes: { target: '_blank' } })
  })

  it('do not warn about the markdown attribute of a videotime div', () => {
    const model = parseFixture('embeds')
    expect(messagesOf(model, 'markdown-attribute')).toEqual([])
    expect(model.messages.filter((m) => m.severity !== 'info')).toEqual([])
  })

  it('say so when an iframe holds text, which the embed does not keep', () => {
    const model = parse('# Video\n\n<iframe src="https://www.youtube.com/embed/x">Cannot show it: <a href="https://youtu.be/x">watch here</a></iframe>\n')
    expect(find(model, 'embed')).toMatchObject({ provider: 'youtube', url: 'https://www.youtube.com/embed/x' })
    expect(placesOf(model, 'iframe-content')).toEqual(['3:1'])
    expect(messagesOf(model, 'iframe-content')[0].reason).toContain('Cannot show it: <a href="https://youtu.be/x">watch here</a>')
    expect(messagesOf(parse('<iframe src="https://www.youtube.com/embed/x">\n  </iframe>\n'), 'iframe-content')).toEqual([])
  })
})
