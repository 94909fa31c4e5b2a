// Whitespace and encodings: tabs, whitespace-only lines, raw no-break spaces,
// no final newline (whitespace.md), and CRLF and a BOM, built here byte by byte
// because editors and git normalise them.
import { describe, expect, it } from 'vitest'
import { everyNode, positionProblems } from '../helpers/contract.js'
import { allNodes, childTypes, find, messagesOf, parse, parseFixture, readFixture, toText } from '../helpers/model.js'

describe('tabs, blank-looking lines and no-break spaces', () => {
  it('count a tab as one column', () => {
    const strong = find(parseFixture('whitespace'), 'strong')
    expect(strong.position).toEqual({
      start: { line: 5, column: 12, offset: 40 },
      end: { line: 5, column: 21, offset: 49 }
    })
  })

  it('keep a tab between words as text', () => {
    expect(toText(parseFixture('whitespace').children[0])).toBe('Teens\tneed quiet corners.')
  })

  it('treat lines of spaces or of a tab as blank lines', () => {
    const model = parseFixture('whitespace')
    expect(childTypes(model)).toEqual(['paragraph', 'paragraph', 'callout', 'paragraph'])
    const callout = model.children[2]
    expect(callout).toMatchObject({ kind: 'info', title: 'Booking a room' })
    expect(childTypes(callout).slice(0, 2)).toEqual(['heading', 'paragraph'])
    expect(toText(callout.children[1]).trim()).toBe('Book at the front desk.')
  })

  it('keep raw no-break spaces in text', () => {
    expect(toText(parseFixture('whitespace').children[1])).toBe('Study rooms open at 3\u00a0pm.')
  })

  it('end the last node at the last character when there is no final newline', () => {
    const source = readFixture('whitespace')
    expect(source.endsWith('\n')).toBe(false)
    const model = parseFixture('whitespace')
    const last = model.children[3]
    expect(toText(last)).toBe('Rooms close at 8\u00a0pm.')
    expect(last.position).toEqual({
      start: { line: 18, column: 1, offset: 188 },
      end: { line: 18, column: 21, offset: 208 }
    })
    expect(model.position?.end).toEqual({ line: 18, column: 21, offset: 208 })
  })
})

const lines = [
  '---',
  'title: Crossing Lines',
  '---',
  '',
  '<div class="callout info" markdown="1">',
  '### Line endings',
  'Windows editors write CRLF.',
  '</div>',
  '',
  'The end.',
  ''
]
const crlf = lines.join('\r\n')
const bom = [0xef, 0xbb, 0xbf]
const bytes = (text: string, prefix: number[] = []) => new Uint8Array([...prefix, ...new TextEncoder().encode(text)])

function expectCrossingLines(model: ReturnType<typeof parse>) {
  expect(model.frontMatter).toEqual({ title: 'Crossing Lines' })
  expect(model.title).toBe('Crossing Lines')
  expect(childTypes(model)).toEqual(['callout', 'paragraph'])
  expect(model.children[0]).toMatchObject({ kind: 'info', title: 'Line endings' })
  expect(toText(model.children[1])).toBe('The end.')
  expect(allNodes(model).filter((node) => typeof node.value === 'string' && node.value.includes('\r'))).toEqual([])
  expect(messagesOf(model, 'internal-error')).toEqual([])
}

describe('CRLF line endings', () => {
  it('are line endings, in a string', () => {
    const model = parse(crlf, 'crlf.md')
    expectCrossingLines(model)
    // Offsets count the `\r`s of the original text; columns restart after each `\r\n`.
    expect(model.children[1].position.start).toEqual({ line: 10, column: 1, offset: crlf.indexOf('The end.') })
    expect(model.children[1].position.start.offset).toBe(133)
    expect(everyNode(model).flatMap((node) => positionProblems(node, crlf))).toEqual([])
  })

  it('are line endings, in bytes', () => {
    const model = parse(bytes(crlf), 'crlf.md')
    expectCrossingLines(model)
    expect(model.children[1].position.start).toEqual({ line: 10, column: 1, offset: 133 })
  })
})

describe('code with CRLF or CR line endings', () => {
  it('has LF line endings in its value, as kramdown reads them, whatever block it came from', () => {
    const pages = ['```\r\nfirst\r\nsecond\r\n```\r\n', '<pre>first\r\nsecond\r</pre>\r\n', '{% highlight yaml %}\rfirst\rsecond\r{% endhighlight %}\r', '<table><tr><td><pre>first\rsecond</td></tr>\r</table>\r']
    for (const page of pages) {
      const codes = allNodes(parse(page)).filter((node) => node.type === 'code')
      expect(codes.length, page).toBe(1)
      expect(codes[0].value, page).toMatch(/^first\nsecond/)
      expect(codes[0].value, page).not.toContain('\r')
    }
  })
})

describe('a byte order mark', () => {
  it('does not hide the front matter (CRLF, bytes)', () => {
    const model = parse(bytes(crlf, bom), 'bom.md')
    expectCrossingLines(model)
    expect(model.children[0].position.start).toMatchObject({ line: 5, column: 1 })
    expect(model.children[1].position.start).toMatchObject({ line: 10, column: 1 })
  })

  it('does not hide the front matter (LF, string)', () => {
    const model = parse('\ufeff' + lines.join('\n'), 'bom.md')
    expectCrossingLines(model)
    expect(model.children[1].position.start).toMatchObject({ line: 10, column: 1 })
  })

  it('is not text', () => {
    const model = parse(bytes(lines.slice(4).join('\n'), bom), 'bom.md')
    expect(model.frontMatter).toEqual({})
    expect(childTypes(model)).toEqual(['callout', 'paragraph'])
    expect(allNodes(model).some((node) => typeof node.value === 'string' && node.value.includes('\ufeff'))).toBe(false)
    expect(model.children[0].position.start).toMatchObject({ line: 1, column: 1 })
  })
})

describe('bytes that are not UTF-8 text', () => {
  it('give a `not-utf8` error, not an exception', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]) // "Café\n" in Latin-1
    const model = parse(latin1, 'latin1.md')
    expect(messagesOf(model, 'not-utf8').map((m) => m.severity)).toEqual(['error'])
    expect(messagesOf(model, 'internal-error')).toEqual([])
  })

  it('give a `binary-input` error for a binary file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const model = parse(png, 'logo.md')
    expect(messagesOf(model, 'binary-input').map((m) => m.severity)).toEqual(['error'])
    expect(messagesOf(model, 'internal-error')).toEqual([])
  })
})
