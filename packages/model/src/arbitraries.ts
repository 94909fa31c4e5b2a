/**
 * fast-check arbitraries of valid modulemark models, for property tests of
 * renderers and tools that read the model (as pandoc ships its generators).
 *
 *   import { moduleArbitrary } from '@modulemark/model/arbitraries'
 *   fc.assert(fc.property(moduleArbitrary(), (model) => …))
 */
import fc from 'fast-check'
import { blockArbitrary, worksheetArbitrary, worksheetHeading } from './arbitraries/blocks.js'
import { finish } from './arbitraries/finish.js'
import { inlineArbitrary, type Sizes } from './arbitraries/inline.js'
import { unplaced } from './arbitraries/position.js'
import { line, textValue } from './arbitraries/text.js'
import { RULE_SEVERITY, type Message } from './message.js'
import type { Node } from './nodes/node.js'
import type { ModuleRoot } from './root.js'
import { SCHEMA_VERSION } from './version.js'

export interface ModuleArbitraryOptions {
  /** How deep containers (lists, quotes, sections, callouts, details, elements) nest; default 3. */
  maxDepth?: number
  /** Most children of one parent (and rows of a table); default 4. */
  maxChildren?: number
  /** Values of text nodes; default: short lines of words with some non-ASCII, now and then any graphemes. */
  text?: fc.Arbitrary<string>
}

function sizesOf(options: ModuleArbitraryOptions): Sizes {
  return { maxDepth: options.maxDepth ?? 3, maxChildren: options.maxChildren ?? 4, text: options.text ?? textValue }
}

const ruleIds = Object.keys(RULE_SEVERITY) as (keyof typeof RULE_SEVERITY)[]
const lineNumber = fc.option(fc.integer({ min: 1, max: 500 }), { nil: null, freq: 6 })

export const messageArbitrary: fc.Arbitrary<Message> = fc
  .record({ ruleId: fc.constantFrom(...ruleIds), reason: line, line: lineNumber, column: lineNumber, endLine: lineNumber, endColumn: lineNumber })
  .map((fields) => ({ ...fields, severity: RULE_SEVERITY[fields.ruleId] }))

const frontMatterValue = fc.oneof(line, fc.integer(), fc.boolean(), fc.constant(null), fc.array(line, { maxLength: 3 }))
const frontMatter = fc.dictionary(fc.constantFrom('title', 'tags', 'permalink', 'published', 'layout', 'excerpt'), frontMatterValue, { maxKeys: 4 })

/** Block nodes (with their subtrees) as the parser writes them; positions are placeholders until a model is finished. */
export function blockNodeArbitrary(options: ModuleArbitraryOptions = {}): fc.Arbitrary<Node> {
  const sizes = sizesOf(options)
  return blockArbitrary(sizes)(sizes.maxDepth)
}

/** Inline (phrasing) nodes; positions are placeholders. */
export function inlineNodeArbitrary(options: ModuleArbitraryOptions = {}): fc.Arbitrary<Node> {
  const sizes = sizesOf(options)
  return inlineArbitrary(sizes)(Math.min(2, sizes.maxDepth))
}

/**
 * A valid model (`validateModule` accepts it): sections, callouts (some naming
 * a worksheet through their title heading), tables with consistent columns and
 * cells, embeds, details, lists, links with attributes, the worksheet index
 * derived from the tree as the parser derives it, and positions in document order.
 */
export function moduleArbitrary(options: ModuleArbitraryOptions = {}): fc.Arbitrary<ModuleRoot> {
  const sizes = sizesOf(options)
  const blocks = blockArbitrary(sizes)(sizes.maxDepth)
  return fc
    .record({
      path: fc.option(fc.constantFrom('examples/relationships.md', 'modules/a/_posts/2001-02-06-x.md', 'x.md.old'), { nil: null }),
      frontMatter,
      children: fc.array(blocks, { maxLength: sizes.maxChildren * 2 }),
      messages: fc.array(messageArbitrary, { maxLength: 4 })
    })
    .map(({ path, frontMatter, children, messages }) => {
      const title = typeof frontMatter.title === 'string' && frontMatter.title.trim() !== '' ? frontMatter.title.trim() : null
      const root: ModuleRoot = {
        type: 'module',
        schemaVersion: SCHEMA_VERSION,
        path,
        frontMatter,
        title,
        children,
        worksheets: [],
        messages,
        position: unplaced()
      }
      // Generated values may be shared between runs while shrinking: finish a copy.
      return finish(structuredClone(root))
    })
}

export { worksheetArbitrary, worksheetHeading }
