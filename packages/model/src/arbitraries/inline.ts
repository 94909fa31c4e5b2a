import fc from 'fast-check'
import type { Node } from '../nodes/node.js'
import { attributes, line, textValue, url } from './text.js'
import { unplaced } from './position.js'

export interface Sizes {
  maxDepth: number
  maxChildren: number
  text: fc.Arbitrary<string>
}

const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null })

/** Phrasing content: leaves at depth 0, emphasis, strong, delete and links above it. */
export function inlineArbitrary(sizes: Sizes): (depth: number) => fc.Arbitrary<Node> {
  const memo = new Map<number, fc.Arbitrary<Node>>()
  const text = sizes.text.map((value): Node => ({ type: 'text', value, position: unplaced() }))
  const leaves = fc.oneof(
    { weight: 8, arbitrary: text },
    { weight: 1, arbitrary: line.map((value): Node => ({ type: 'inlineCode', value, position: unplaced() })) },
    { weight: 1, arbitrary: fc.constant(null).map((): Node => ({ type: 'break', position: unplaced() })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ url, title: nullable(line), alt: nullable(line), attributes })
        .map((fields): Node => ({ type: 'image', ...fields, position: unplaced() }))
    },
    { weight: 1, arbitrary: fc.constantFrom('{% include x.html %}', "{% post_url 2001-02-06-x %}").map((value): Node => ({ type: 'liquid', value, position: unplaced() })) }
  )
  const at = (depth: number): fc.Arbitrary<Node> => {
    const known = memo.get(depth)
    if (known) return known
    let arbitrary = leaves
    if (depth > 0) {
      const children = fc.array(at(depth - 1), { minLength: 1, maxLength: sizes.maxChildren })
      const wrapper = fc
        .tuple(fc.constantFrom('emphasis', 'strong', 'delete') as fc.Arbitrary<'emphasis' | 'strong' | 'delete'>, children)
        .map(([type, kids]): Node => ({ type, children: kids, position: unplaced() }))
      const link = fc
        .record({ url, title: nullable(line), attributes, children })
        .map((fields): Node => ({ type: 'link', ...fields, position: unplaced() }))
      arbitrary = fc.oneof({ weight: 4, arbitrary: leaves }, { weight: 1, arbitrary: wrapper }, { weight: 1, arbitrary: link })
    }
    memo.set(depth, arbitrary)
    return arbitrary
  }
  return at
}

/** Content of a paragraph or heading: one to a few inline nodes. */
export function phrasing(sizes: Sizes, inline: (depth: number) => fc.Arbitrary<Node>): fc.Arbitrary<Node[]> {
  return fc.array(inline(Math.min(2, sizes.maxDepth)), { minLength: 1, maxLength: sizes.maxChildren })
}

export { textValue }
