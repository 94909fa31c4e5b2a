// Whole-structure expectations for pages chosen for their irregularities,
// written by hand from reading each page and kramdown's HTML of it (never from
// the parser's output). One file per theme in ./structure/; each case says why
// its page was chosen.
import { parseModule } from '@modulemark/extract'
import { describe, expect, it } from 'vitest'
import { listPages, pageAt, readPage } from './helpers/corpus.js'
import { compareMessages, links, outline, type AnyNode } from './helpers/outline.js'
import { relationships } from './structure/archive-relationships.js'
import { resources } from './structure/archive-resources.js'
import { space } from './structure/archive-space.js'
import { staffing } from './structure/archive-staffing.js'
import { backwardsDesign, combiningPowers } from './structure/callout-kinds.js'
import type { StructureCase } from './structure/case.js'
import { communityAndConnections, readme, threeSpheres, troubleshooting } from './structure/html-oddities.js'
import { capacityTogether, whyConnectedLib } from './structure/smart-quotes-revisits.js'
import { evaluatingConnectedLearning } from './structure/videos-details.js'
import { civicAssets, coreConcepts, mentoringRecap, youthActivity } from './structure/worksheet-labels.js'

const cases: StructureCase[] = [
  staffing,
  space,
  resources,
  relationships,
  evaluatingConnectedLearning,
  backwardsDesign,
  combiningPowers,
  capacityTogether,
  whyConnectedLib,
  mentoringRecap,
  coreConcepts,
  civicAssets,
  youthActivity,
  readme,
  threeSpheres,
  communityAndConnections,
  troubleshooting
]

const pages = listPages()

describe('chosen pages', () => {
  it('are a dozen or more distinct pages, each with the reason it was chosen', () => {
    const paths = cases.map((c) => c.path)
    expect(new Set(paths).size).toBe(paths.length)
    expect(paths.length).toBeGreaterThanOrEqual(12)
    for (const c of cases) expect(c.why.length, c.path).toBeGreaterThan(20)
  })
})

describe.each(cases)('$path', (expected) => {
  const page = pageAt(pages, expected.path)
  let parsed: AnyNode | undefined
  const model = () => (parsed ??= parseModule(readPage(page), { path: page.path }) as AnyNode)

  it('has the hand-written outline', () => {
    const parsed = model()
    expect(parsed.frontMatter).toEqual(expected.frontMatter)
    expect(outline(parsed)).toEqual(expected.outline)
  })

  it('says what it repaired', () => {
    const { all, ...report } = compareMessages(model(), expected.messages)
    expect(report, `messages on the page: ${all.join(', ')}`).toEqual({ missing: [], unexpected: [] })
  })

  if (expected.links) {
    const wanted = expected.links
    it('keeps links and their targets, in order', () => {
      const actual = links(model())
      expect(firstMissing(wanted, actual), `links on the page:\n  ${actual.join('\n  ')}`).toBeNull()
    })
  }

  if (expected.check) {
    const check = expected.check
    it('has the listed cells, classes and embeds', () => check(model()))
  }
})

/** The first wanted link not found after the previous one, or `null`. */
function firstMissing(wanted: string[], actual: string[]): string | null {
  let at = 0
  for (const item of wanted) {
    const index = actual.indexOf(item, at)
    if (index === -1) return item
    at = index + 1
  }
  return null
}
