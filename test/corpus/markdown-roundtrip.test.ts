// Every real page, written back as module Markdown: the same model when read
// again (positions and messages aside), and the same text when written again.
import { parseModule } from '@modulemark/extract'
import { toMarkdown } from '@modulemark/render-markdown'
import { describe, expect, it } from 'vitest'
import { withoutPlaces } from '../unit/helpers/strip.js'
import { listPages, readPage } from './helpers/corpus.js'

const pages = listPages()

describe('Markdown round trip of the corpus', () => {
  it('covers the whole corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(100)
  })

  describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
    it('reads back as the same model and writes the same text again', () => {
      const first = parseModule(readPage(page), { path })
      const markdown = toMarkdown(first)
      const second = parseModule(markdown, { path })
      expect(withoutPlaces(second)).toEqual(withoutPlaces(first))
      expect(toMarkdown(second)).toBe(markdown)
    })
  })
})
