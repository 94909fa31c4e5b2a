import fc from 'fast-check'
import type { Node } from '../nodes/node.js'
import { CALLOUT_KINDS, EMBED_PROVIDERS, SECTION_COLORS, WORKSHEET_LABELS } from '../vocabulary.js'
import type { Worksheet } from '../worksheet.js'
import { inlineArbitrary, phrasing, type Sizes } from './inline.js'
import { unplaced } from './position.js'
import { tableArbitrary } from './table.js'
import { attributes, classToken, line, url } from './text.js'

const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null })
const headingDepth = fc.constantFrom(1, 2, 3, 4, 5, 6) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6>

export const worksheetArbitrary: fc.Arbitrary<Worksheet> = fc.record({
  label: fc.constantFrom(...WORKSHEET_LABELS),
  number: nullable(fc.integer({ min: 1, max: 12 })),
  title: nullable(line),
  url: nullable(fc.constantFrom('https://docs.google.com/document/d/x#heading=h.1', 'https://example.org/ws')),
  target: nullable(fc.constant('_blank')),
  role: fc.constantFrom('worksheet', 'revisit', 'reference') as fc.Arbitrary<Worksheet['role']>
})

const providerUrls = {
  youtube: 'https://www.youtube.com/embed/abc',
  vimeo: 'https://player.vimeo.com/video/1',
  ted: 'https://embed.ted.com/talks/x',
  raindrop: 'https://raindrop.io/x/embed',
  other: 'https://example.org/embed'
} as const

const embed = fc
  .record({ provider: fc.constantFrom(...EMBED_PROVIDERS), title: nullable(line), time: nullable(fc.tuple(fc.nat(59), fc.nat(59))), attributes })
  .map(({ provider, title, time, attributes }): Node => ({
    type: 'embed',
    url: providerUrls[provider],
    provider,
    title,
    duration: time ? `${time[0]}:${String(time[1]).padStart(2, '0')}` : null,
    seconds: time ? time[0] * 60 + time[1] : null,
    attributes,
    position: unplaced()
  }))

/** The heading a worksheet callout starts with: `### [Worksheet #6: Title](url){:target="_blank"}`. */
export function worksheetHeading(worksheet: Worksheet): Node {
  const name = `${worksheet.label}${worksheet.number === null ? '' : ` #${worksheet.number}`}: ${worksheet.title ?? ''}`.trim()
  const text: Node = { type: 'text', value: name, position: unplaced() }
  const link: Node = {
    type: 'link',
    url: worksheet.url ?? '',
    title: null,
    attributes: worksheet.target === null ? {} : { target: worksheet.target },
    children: [text],
    position: unplaced()
  }
  return { type: 'heading', depth: 3, attributes: {}, worksheet: null, children: [link], position: unplaced() }
}

/** Block content: leaves at depth 0; lists, quotes, sections, callouts, details and elements above. */
export function blockArbitrary(sizes: Sizes): (depth: number) => fc.Arbitrary<Node> {
  const inline = inlineArbitrary(sizes)
  const content = phrasing(sizes, inline)
  const memo = new Map<number, fc.Arbitrary<Node>>()
  const paragraph = content.map((children): Node => ({ type: 'paragraph', children, position: unplaced() }))
  const leaves = fc.oneof(
    { weight: 6, arbitrary: paragraph },
    {
      weight: 2,
      arbitrary: fc
        .record({ depth: headingDepth, attributes, worksheet: fc.option(worksheetArbitrary.map((w) => ({ ...w, role: 'reference' as const })), { nil: null, freq: 4 }), children: content })
        .map((fields): Node => ({ type: 'heading', ...fields, position: unplaced() }))
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ lang: nullable(fc.constantFrom('js', 'html', 'ruby')), meta: fc.constant(null), value: fc.string({ maxLength: 40 }) })
        .map((fields): Node => ({ type: 'code', ...fields, position: unplaced() }))
    },
    { weight: 1, arbitrary: fc.constant(null).map((): Node => ({ type: 'thematicBreak', position: unplaced() })) },
    { weight: 1, arbitrary: fc.constantFrom('<script>run()</script>', '<style>p{}</style>').map((value): Node => ({ type: 'html', value, position: unplaced() })) },
    { weight: 1, arbitrary: line.map((value): Node => ({ type: 'comment', value: ` ${value} `, position: unplaced() })) },
    { weight: 1, arbitrary: fc.constant('{% include toc.html %}').map((value): Node => ({ type: 'liquid', value, position: unplaced() })) },
    { weight: 2, arbitrary: embed },
    { weight: 2, arbitrary: tableArbitrary(sizes.maxChildren) }
  )
  const at = (depth: number): fc.Arbitrary<Node> => {
    const known = memo.get(depth)
    if (known) return known
    const arbitrary = depth === 0 ? leaves : containers(depth, at(depth - 1), leaves, sizes)
    memo.set(depth, arbitrary)
    return arbitrary
  }
  return at
}

function containers(depth: number, inner: fc.Arbitrary<Node>, leaves: fc.Arbitrary<Node>, sizes: Sizes): fc.Arbitrary<Node> {
  const children = fc.array(inner, { minLength: 1, maxLength: sizes.maxChildren })
  const item = fc
    .record({ checked: fc.option(fc.boolean(), { nil: null, freq: 4 }), spread: fc.boolean(), children })
    .map((fields): Node => ({ type: 'listItem', ...fields, position: unplaced() }))
  const list = fc
    .record({ ordered: fc.boolean(), start: fc.integer({ min: 0, max: 20 }), items: fc.array(item, { minLength: 1, maxLength: sizes.maxChildren }) })
    .map(({ ordered, start, items }): Node => ({
      type: 'list',
      ordered,
      start: ordered ? start : null,
      spread: items.some((node) => node.type === 'listItem' && node.spread),
      children: items,
      position: unplaced()
    }))
  const section = fc
    .record({ color: nullable(fc.constantFrom(...SECTION_COLORS, 'color7')), extra: fc.subarray(['wide']), children })
    .map(({ color, extra, children }): Node => ({
      type: 'section',
      color,
      classes: ['colorhighlight', ...(color ? [color] : []), ...extra],
      title: null,
      children,
      position: unplaced()
    }))
  const callout = fc
    .record({ kind: nullable(fc.oneof(fc.constantFrom(...CALLOUT_KINDS), classToken)), worksheet: fc.option(worksheetArbitrary, { nil: null }), children })
    .map(({ kind, worksheet, children }): Node => {
      // A callout names a worksheet through its title heading, as on real pages.
      const named = worksheet && { ...worksheet, role: worksheet.role === 'reference' ? ('worksheet' as const) : worksheet.role }
      return {
        type: 'callout',
        kind: named ? 'activity' : kind,
        classes: ['callout', ...(named ? ['activity'] : kind ? [kind] : [])],
        title: null,
        worksheet: named,
        children: named ? [worksheetHeading(named), ...children] : children,
        position: unplaced()
      }
    })
  const wrapper = (type: 'blockquote') => children.map((kids): Node => ({ type, children: kids, position: unplaced() }))
  const details = fc.record({ summary: nullable(line), children }).map((fields): Node => ({ type: 'details', ...fields, position: unplaced() }))
  const element = fc
    .record({ tagName: fc.constantFrom('div', 'center', 'figure', 'span', 'sup'), attributes, children })
    .map((fields): Node => ({ type: 'element', ...fields, position: unplaced() }))
  return fc.oneof(
    { weight: 6, arbitrary: leaves },
    { weight: 2, arbitrary: list },
    { weight: 1, arbitrary: wrapper('blockquote') },
    { weight: 2, arbitrary: section },
    { weight: 2, arbitrary: callout },
    { weight: 1, arbitrary: details },
    { weight: 1, arbitrary: element }
  )
}
