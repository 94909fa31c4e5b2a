// Tables: one HTML element whatever its blank lines, repaired cells, cell text,
// fill-in detection (FORMAT.md "worksheet tables", issue 2 "table").
import { describe, expect, it } from 'vitest'
import { childTypes, findAll, linesOf, messagesOf, parse, parseFixture, placesOf, toText, type Node } from '../helpers/model.js'

const rows = (table: Node) => table.children as Node[]
const cells = (table: Node, row: number) => rows(table)[row].children as Node[]
const texts = (table: Node, row: number) => cells(table, row).map((cell) => cell.text)

describe('an unclosed `<th>X<th>` cell', () => {
  it('is repaired to the columns the author meant, dropping the empty header cell', () => {
    const model = parseFixture('table-unclosed-th')
    for (const table of findAll(model, 'table')) {
      expect(table.columns).toEqual(['Program', 'Audience', 'Outcome'])
      expect(cells(table, 0).map((cell) => cell.header)).toEqual([true, true, true])
      expect(table).toMatchObject({ classes: ['worksheet'], fillIn: true })
    }
    const [gotham, sunnydale] = findAll(model, 'table')
    expect(texts(gotham, 1)).toEqual(['Robotics club', '', ''])
    expect(cells(gotham, 1).map((cell) => cell.blank)).toEqual([false, true, true])
    expect(texts(sunnydale, 1)).toEqual(['Poetry slam', 'Ages 13-18', 'Confidence'])
  })

  it('does not nest the following sections inside the first one', () => {
    const model = parseFixture('table-unclosed-th')
    expect(childTypes(model)).toEqual(['paragraph', 'section', 'section', 'paragraph'])
    expect(model.children.slice(1, 3).map((s) => [s.title, childTypes(s)])).toEqual([
      ['Gotham Public Library', ['heading', 'table']],
      ['Sunnydale Public Library', ['heading', 'table']]
    ])
    expect(messagesOf(model, 'stray-div-close')).toEqual([])
  })

  it('is warned about at the `<th>` meant as `</th>` (a tab is one column)', () => {
    expect(placesOf(parseFixture('table-unclosed-th'), 'unclosed-cell')).toEqual(['13:14', '31:17'])
  })
})

describe('blank lines inside a `<table>`', () => {
  it('leave one table, and no indented code', () => {
    const model = parseFixture('table-blank-lines')
    expect(childTypes(model)).toEqual(['section'])
    expect(childTypes(model.children[0])).toEqual(['heading', 'table'])
    expect(findAll(model, 'code')).toEqual([])
    const [table] = findAll(model, 'table')
    expect(table.columns).toEqual(['Audience', 'Need'])
    expect(rows(table)).toHaveLength(3)
    expect(texts(table, 1)).toEqual(['Homeschooled teens', 'Daytime lab hours'])
    expect(texts(table, 2)).toEqual(['Teen parents', 'Child care during programs'])
  })
})

describe('cells', () => {
  const table = () => findAll(parseFixture('table-cells'), 'table')[0]

  it('split their lines at `<br>` and `<br/>`', () => {
    const [cell] = cells(table(), 1)
    expect(cell).toMatchObject({
      header: false,
      colspan: 1,
      rowspan: 1,
      attributes: {},
      text: 'Maker Monday\nCoding Club\nZine Lab',
      lines: ['Maker Monday', 'Coding Club', 'Zine Lab'],
      blank: false
    })
    expect(childTypes(cell)).toEqual(['text', 'break', 'text', 'break', 'text'])
  })

  it('split their lines at paragraphs and list items', () => {
    const [, paragraphs, list] = cells(table(), 1)
    expect(paragraphs.lines).toEqual(['Parks department', 'Teen council'])
    expect(childTypes(paragraphs)).toEqual(['paragraph', 'paragraph'])
    expect(list.lines).toEqual(['Needs a room', 'Needs snacks'])
    expect(list.text).toBe('Needs a room\nNeeds snacks')
    expect(childTypes(list)).toEqual(['list'])
    expect(list.children[0].children).toHaveLength(2)
  })

  it('keep bgcolor and style, and collapse whitespace in a spanning cell', () => {
    const [game, friday] = cells(table(), 2)
    expect(game.attributes).toMatchObject({ bgcolor: '#fffd86', style: 'font-weight: bold;' })
    expect(game.text).toBe('Game Night')
    expect(friday).toMatchObject({ colspan: 2, rowspan: 1, text: 'Every Friday, all year', lines: ['Every Friday, all year'] })
    expect(friday.position.start).toEqual({ line: 14, column: 2, offset: 409 })
  })

  it('are blank with only `&nbsp;`, `-`, `_`, spaces or a raw no-break space', () => {
    const blanks = [...cells(table(), 3), ...cells(table(), 4).slice(1)]
    expect(blanks.map((cell) => [cell.blank, cell.text, cell.lines])).toEqual([
      [true, '', []],
      [true, '', []],
      [true, '', []],
      [true, '', []],
      [true, '', []]
    ])
  })

  it('count rowspan and colspan when checking row widths', () => {
    const model = parseFixture('table-cells')
    expect(cells(table(), 4)[0]).toMatchObject({ rowspan: 2, text: 'Book Club' })
    expect(texts(table(), 5)).toEqual(['Library staff', 'Monthly'])
    expect(messagesOf(model, 'table-row-short')).toEqual([])
    expect(messagesOf(model, 'table-row-wide')).toEqual([])
  })
})

describe('rows', () => {
  it('that are short or wide are kept as written, with warnings', () => {
    const model = parseFixture('table-rows')
    const [table] = findAll(model, 'table')
    expect(table.columns).toEqual(['Goal', 'Action', 'Date'])
    expect(rows(table).map((row) => row.children.length)).toEqual([3, 2, 4, 3])
    expect(texts(table, 2)).toEqual(['Train mentors', 'Workshop', 'May', 'Room B'])
    expect(linesOf(model, 'table-row-short')).toEqual([7])
    expect(linesOf(model, 'table-row-wide')).toEqual([8])
  })

  it('keep text written outside any cell, with a warning', () => {
    const model = parseFixture('table-rows')
    expect(toText(model)).toContain('Ask the branch manager first.')
    expect(linesOf(model, 'text-outside-cell')).toEqual([9])
  })
})

describe('tables that are not worksheets', () => {
  it('`updatedcolor` has row-header cells but no columns', () => {
    const [table] = findAll(parseFixture('table-kinds'), 'table')
    expect(table).toMatchObject({ classes: ['updatedcolor'], columns: [], fillIn: false })
    expect(rows(table)).toHaveLength(2)
    expect(cells(table, 0).map((cell) => [cell.header, cell.text])).toEqual([
      [true, 'Makers'],
      [false, 'Teens who build things']
    ])
    expect(cells(table, 1)[0].attributes).toMatchObject({ bgcolor: 'lightpink' })
  })

  it('`worksheet-noborder` and `colorful` are never fill-in, even with blank cells', () => {
    const [, noborder, colorful] = findAll(parseFixture('table-kinds'), 'table')
    expect(noborder).toMatchObject({ classes: ['worksheet-noborder'], columns: ['Program', 'Sphere'], fillIn: false })
    expect(colorful).toMatchObject({ classes: ['colorful'], columns: ['Day', 'Program'], fillIn: false })
  })

  it('a pipe table is a table too', () => {
    const [, , , pipe] = findAll(parseFixture('table-kinds'), 'table')
    expect(pipe).toMatchObject({ classes: [], columns: ['Tool', 'Cost'], fillIn: false, align: [null, null] })
    expect(rows(pipe)).toHaveLength(3)
    expect(texts(pipe, 1)).toEqual(['Scratch', 'Free'])
    expect(cells(pipe, 2).map((cell) => cell.blank)).toEqual([false, true])
  })
})

describe('unclassed tables', () => {
  it('are fill-in only inside a section or activity callout, with a header row and a blank body cell', () => {
    const tables = findAll(parseFixture('table-fill-in'), 'table')
    expect(tables.map((table) => [table.columns, table.fillIn])).toEqual([
      [['Room', 'Seats'], false], // at the top level
      [['Room', 'Seats'], true], // in a section, `<thead>` header, `&nbsp;` cell
      [['Room', 'Open'], false], // in a section, nothing blank
      [[], false] // in an activity callout, no header row
    ])
    expect(cells(tables[0], 0).map((cell) => cell.header)).toEqual([true, true])
  })
})

describe('what a table holds outside its cells', () => {
  it('is kept in front of it: a caption as a paragraph, comments between rows as comments', () => {
    const model = parse('<table>\n<caption>Partner list</caption>\n<!-- between -->\n<tr><th>Partner</th></tr>\n<!-- after a row -->\n<tr><td>Youth club</td><!-- in a row --></tr>\n</table>\n')
    expect(childTypes(model)).toEqual(['paragraph', 'comment', 'comment', 'comment', 'table'])
    expect(toText(model.children[0])).toBe('Partner list')
    expect(model.children.slice(1, 4).map((node) => node.value)).toEqual([' between ', ' after a row ', ' in a row '])
    expect(rows(model.children[4]).length).toBe(2)
  })

  it('keeps a script that stands between rows in front of it too', () => {
    const model = parse('<table>\n<tr><th>Partner</th></tr>\n<script>window.x = 1</script>\n<tr><td>Youth club</td></tr>\n</table>\n')
    expect(childTypes(model)).toEqual(['html', 'table'])
    expect(model.children[0].value).toBe('<script>window.x = 1</script>')
  })
})
