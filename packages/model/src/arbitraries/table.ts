import fc from 'fast-check'
import type { Node } from '../nodes/node.js'
import type { TableAlign } from '../vocabulary.js'
import { TABLE_ALIGNS } from '../vocabulary.js'
import { unplaced } from './position.js'
import { attributes, line } from './text.js'

type Cell = Extract<Node, { type: 'tableCell' }>

// Layout and glossary tables are never filled in; the parser follows the same rule.
const neverFillIn = ['worksheet-noborder', 'updatedcolor', 'colorful']

/** A cell whose `lines`, `text`, `blank` and `children` agree, as the parser writes them. */
function cell(header: boolean): fc.Arbitrary<Cell> {
  return fc
    .record({ lines: fc.array(line, { maxLength: 3 }), attributes })
    .map(({ lines, attributes }): Cell => ({
      type: 'tableCell',
      header,
      colspan: 1,
      rowspan: 1,
      attributes,
      text: lines.join('\n'),
      lines,
      blank: lines.length === 0,
      children: lines.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value, position: unplaced() }], position: unplaced() })),
      position: unplaced()
    }))
}

function row(cells: Cell[]): Node {
  return { type: 'tableRow', children: cells, position: unplaced() }
}

/**
 * A table of 1–4 columns: with a header row its texts are `columns` (and `align`
 * has one entry a column); body rows have as many cells as the header.
 */
export function tableArbitrary(maxRows: number): fc.Arbitrary<Node> {
  return fc.integer({ min: 1, max: 4 }).chain((width) =>
    fc
      .record({
        header: fc.option(fc.array(cell(true), { minLength: width, maxLength: width }), { nil: null }),
        body: fc.array(fc.array(cell(false), { minLength: width, maxLength: width }), { maxLength: maxRows }),
        classes: fc.subarray(['worksheet', ...neverFillIn, 'wide']),
        align: fc.array(fc.constantFrom<TableAlign>(null, ...TABLE_ALIGNS), { minLength: width, maxLength: width }),
        attributes
      })
      .map(({ header, body, classes, align, attributes }): Node => {
        const blankCell = body.some((cells) => cells.some((c) => c.blank))
        const fillIn = classes.includes('worksheet') || (header !== null && blankCell && !classes.some((name) => neverFillIn.includes(name)))
        return {
          type: 'table',
          classes,
          fillIn,
          columns: header ? header.map((c) => c.text) : [],
          align: header ? align : [],
          attributes,
          children: [...(header ? [row(header)] : []), ...body.map(row)],
          position: unplaced()
        }
      })
  )
}
