// Front matter as authors really type it (FORMAT.md, "Files and the course").
import { describe, expect, it } from 'vitest'
import { childTypes, messagesOf, parseFixture, placesOf, squash, toText } from '../helpers/model.js'

describe('front matter', () => {
  it('is {} with a null title when the page has none', () => {
    const model = parseFixture('front-matter-missing')
    expect(model.frontMatter).toEqual({})
    expect(model.title).toBeNull()
    expect(childTypes(model)).toEqual(['paragraph', 'heading', 'paragraph'])
    expect(model.children[0].position).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1, column: 72, offset: 71 }
    })
    expect(messagesOf(model, 'front-matter-invalid')).toEqual([])
    expect(messagesOf(model, 'front-matter-title')).toEqual([])
  })

  it('is read when nothing follows it', () => {
    const model = parseFixture('front-matter-empty-body')
    expect(model.frontMatter).toEqual({ title: 'Coming Soon', layout: 'module' })
    expect(model.title).toBe('Coming Soon')
    expect(model.children).toEqual([])
    expect(model.messages).toEqual([])
  })

  it('is {} when the fences hold nothing', () => {
    const model = parseFixture('front-matter-empty')
    expect(model.frontMatter).toEqual({})
    expect(model.title).toBeNull()
    expect(childTypes(model)).toEqual(['paragraph'])
    expect(model.children[0].position.start).toEqual({ line: 4, column: 1, offset: 9 })
  })

  it('reads `Title:` as the title, with a message at the key', () => {
    const model = parseFixture('front-matter-title-capital')
    expect(model.title).toBe('Mentors and Guides')
    expect(model.frontMatter).toEqual({ Title: 'Mentors and Guides', tags: ['sectionHead'] })
    expect(placesOf(model, 'front-matter-title')).toEqual(['2:1'])
  })

  it('reads the misspelt `tile:` as the title, with a message at the key', () => {
    const model = parseFixture('front-matter-tile')
    expect(model.title).toBe('Program Goals')
    expect(model.frontMatter).toEqual({ tile: 'Program Goals' })
    expect(placesOf(model, 'front-matter-title')).toEqual(['2:1'])
  })

  it.each(['front-matter-en-dash', 'front-matter-em-dash'])('is not front matter when fenced with %s', (name) => {
    const model = parseFixture(name)
    expect(model.frontMatter).toEqual({})
    expect(model.title).toBeNull()
    // Nothing is dropped: the would-be front matter is prose a reader sees.
    expect(childTypes(model)[0]).toBe('paragraph')
    expect(squash(toText(model.children[0]))).toMatch(/title: (Maker Space|Quiet Hours)/)
  })

  it('falls back to a line-based read of invalid YAML (an unquoted colon), with a message', () => {
    const model = parseFixture('front-matter-invalid-yaml')
    expect(model.frontMatter).toEqual({ title: 'Evaluation: The Basics', layout: 'module' })
    expect(model.title).toBe('Evaluation: The Basics')
    const [message] = messagesOf(model, 'front-matter-invalid')
    expect(message).toMatchObject({ severity: 'warning', line: 2 })
    expect(messagesOf(model, 'front-matter-invalid')).toHaveLength(1)
    expect(childTypes(model)).toEqual(['paragraph'])
  })

  it('trims trailing spaces and counts its lines in positions', () => {
    const model = parseFixture('front-matter-trailing-spaces')
    expect(model.title).toBe('Youth Voice')
    expect(model.frontMatter).toEqual({
      title: 'Youth Voice',
      tags: ['sectionHead'],
      permalink: '/youth-voice/',
      published: true
    })
    expect(model.messages).toEqual([])
    expect(model.children[0].position.start).toEqual({ line: 8, column: 1, offset: 96 })
  })
})
