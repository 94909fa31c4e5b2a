import type { ModuleRoot, Node, Position, Text, Worksheet } from '@modulemark/model'

// Offsets are not those of a real file; only their shape matters to the model.
let offset = 0
function at(line: number, column = 1, length = 10): Position {
  const start = { line, column, offset }
  offset += length
  return { start, end: { line, column: column + length, offset } }
}

const text = (value: string, line: number): Text => ({ type: 'text', value, position: at(line) })

const worksheet: Worksheet = {
  label: 'Worksheet',
  number: 6,
  title: 'Your relationships capacity',
  url: null,
  target: '_blank',
  role: 'worksheet'
}

/** A fresh, valid model with one node of every modulemark-specific kind. */
export function validModule(): ModuleRoot {
  offset = 0
  const instructions: Node[] = [{ type: 'paragraph', children: [text('Instructions', 12)], position: at(12) }]
  const cell = (value: string, line: number, header: boolean): Node => ({
    type: 'tableCell',
    header,
    colspan: 1,
    rowspan: 1,
    attributes: {},
    text: value,
    lines: value === '' ? [] : [value],
    blank: value === '',
    children: value === '' ? [] : [text(value, line)],
    position: at(line)
  })
  return {
    type: 'module',
    schemaVersion: '1.0',
    path: 'examples/relationships.md',
    frontMatter: { title: 'Relationships', tags: ['a', 'b'], nested: { n: 1 } },
    title: 'Relationships',
    children: [
      {
        type: 'paragraph',
        children: [
          text('See the ', 5),
          {
            type: 'link',
            url: 'https://example.org/partners',
            title: null,
            attributes: { target: '_blank' },
            children: [{ type: 'strong', children: [text('partners', 5)], position: at(5) }],
            position: at(5)
          }
        ],
        position: at(5)
      },
      {
        type: 'section',
        color: 'color1',
        classes: ['colorhighlight', 'color1'],
        title: 'Gotham Public Library',
        children: [
          {
            type: 'heading',
            depth: 2,
            attributes: {},
            worksheet: null,
            children: [text('Gotham Public Library', 9)],
            position: at(9)
          },
          {
            type: 'table',
            classes: ['worksheet'],
            fillIn: true,
            columns: ['Relationship', 'Strengths'],
            align: [null, 'left'],
            attributes: { class: 'worksheet' },
            children: [
              { type: 'tableRow', children: [cell('Relationship', 13, true), cell('Strengths', 14, true)], position: at(12) },
              { type: 'tableRow', children: [cell('Local high schools', 18, false), cell('', 19, false)], position: at(17) }
            ],
            position: at(11)
          },
          { type: 'comment', value: ' old callout ', position: at(22) }
        ],
        position: at(7)
      },
      {
        type: 'callout',
        kind: 'activity',
        classes: ['callout', 'activity'],
        title: 'Worksheet #6: Your relationships capacity',
        worksheet,
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'strong', children: [text('Worksheet #6: Your relationships capacity', 11)], position: at(11) }],
            position: at(11)
          },
          ...instructions
        ],
        position: at(10)
      },
      {
        type: 'embed',
        url: 'https://www.youtube.com/embed/abc',
        provider: 'youtube',
        title: 'Partnerships',
        duration: '7:51',
        seconds: 471,
        attributes: { width: '560', allowfullscreen: '' },
        position: at(30)
      },
      {
        type: 'details',
        summary: 'Transcript',
        children: [{ type: 'paragraph', children: [text('Hello', 33)], position: at(33) }],
        position: at(32)
      },
      { type: 'liquid', value: '{% include video.html %}', position: at(36) },
      {
        type: 'element',
        tagName: 'span',
        attributes: { class: 'videotime' },
        children: [text('7:51', 38)],
        position: at(38)
      },
      { type: 'html', value: '<script>init()</script>', position: at(40) },
      {
        type: 'list',
        ordered: false,
        start: null,
        spread: false,
        children: [
          { type: 'listItem', spread: false, checked: null, children: [text('One', 42)], position: at(42) }
        ],
        position: at(42)
      }
    ],
    worksheets: [{ ...worksheet, instructions, tables: [{ columns: ['Relationship', 'Strengths'] }], position: at(10) }],
    messages: [
      {
        ruleId: 'unclosed-cell',
        severity: 'warning',
        reason: 'Unclosed <th>: did you mean </th>?',
        line: 13,
        column: 19,
        endLine: 13,
        endColumn: 23
      },
      { ruleId: 'empty-link', severity: 'warning', reason: 'Empty link', line: 5, column: 103, endLine: null, endColumn: null }
    ],
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 45, column: 1, offset: 2000 } }
  }
}
