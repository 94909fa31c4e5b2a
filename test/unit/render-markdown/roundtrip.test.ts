// Every team fixture page and the seed: written as Markdown, read back the same.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixtureNames, readFixture } from '../helpers/model.js'
import { roundTrip, withoutPlaces } from './helpers.js'

const seed = readFileSync(new URL('../../../examples/relationships.md', import.meta.url), 'utf8')
const pages: [string, string][] = [...fixtureNames().map((name): [string, string] => [`${name}.md`, readFixture(name)]), ['examples/relationships.md', seed]]

describe('Markdown round trip', () => {
  it('covers every fixture page and the seed', () => {
    expect(pages.length).toBeGreaterThanOrEqual(41)
  })

  describe.each(pages)('%s', (path, source) => {
    it('reads back as the same model, positions and messages aside', () => {
      const { first, second } = roundTrip(source, path)
      expect(withoutPlaces(second)).toEqual(withoutPlaces(first))
    })

    it('writes the same text again', () => {
      const { markdown, again } = roundTrip(source, path)
      expect(again).toBe(markdown)
    })
  })

  it('repairs the seed: its unclosed <th> is closed, and nothing is left to warn about it', () => {
    const { first, markdown, second } = roundTrip(seed, 'examples/relationships.md')
    expect(first.messages.map((message) => message.ruleId)).toContain('unclosed-cell')
    expect(markdown).toContain('<th>Relationship</th>')
    expect(markdown).not.toContain('<th>Relationship<th>')
    expect(second.messages.map((message) => message.ruleId)).not.toContain('unclosed-cell')
  })
})
