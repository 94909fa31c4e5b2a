// Inputs the fuzzer found, each once a hang or a wrong position; kept as tests.
import { parseModule } from '@modulemark/extract'
import { validateModule } from '@modulemark/model'
import { describe, expect, it } from 'vitest'
import { checkParse } from '../../fuzz/check.js'

const parser = { parseModule, validateModule }

describe('found by fuzzing', () => {
  it('a markdown div inside an unclosed table, ending in an unclosed comment, no longer hangs', () => {
    // parse5 ends a comment left open at the end one past the text; the scanner looped there.
    expect(checkParse(parser, '<table><div markdown="1">a <!--x')).toEqual([])
  })

  it('an element left open at the end of span HTML ends where its content does', () => {
    expect(checkParse(parser, '...](<script>')).toEqual([])
    expect(checkParse(parser, '<a href="#">x<a href="#">')).toEqual([])
  })

  it('a lone CR ends a line for Liquid tags and spaced links too', () => {
    expect(checkParse(parser, '<\r{% include x.html %}Relationship')).toEqual([])
    expect(checkParse(parser, 'a\r[x](NEEDS LINK) b')).toEqual([])
  })

  it('an IAL does not span lines ended by CR', () => {
    const source = '### [Worksheet #1: Teens]( ){:target="_blank\r\r"}\rDescribe them.\r'
    expect(checkParse(parser, source)).toEqual([])
  })

  it('BOMs inside a page keep offsets true', () => {
    expect(checkParse(parser, '<p></p>\uFEFFa\n\nb')).toEqual([])
    expect(checkParse(parser, '\uFEFF\uFEFF\uFEFF<div class="callout" markdown="1">\n### In\n* meet [x](y){:target="_blank"}\n</div>\n')).toEqual([])
  })
})

describe('found by the long fuzz run', () => {
  it('a YAML alias used before its anchor is invalid front matter, not a crash', () => {
    expect(checkParse(parser, '---\ntitle: x\nnav: *module\n---\nHi\n')).toEqual([])
    const model = parseModule('---\ntitle: x\nnav: *module\n---\nHi\n')
    expect(model.frontMatter).toEqual({ title: 'x', nav: '*module' })
    expect(model.messages.map((message) => message.ruleId)).toEqual(['front-matter-invalid'])
  })

  it('a CRLF right after a lone `&` is one line break in positions, as everywhere (pnpm fuzz --seed 82784577 --case 189585)', () => {
    const page = '<table>\n<tr><td>&\r\nb</td></tr>\n</table>\n'
    expect(checkParse(parser, page)).toEqual([])
    const table = parseModule(page).children[0]
    expect(table.position.end).toEqual({ line: 4, column: 9, offset: 39 })
  })

  it('a `<!--` on a line of HTML in a section is HTML: the `</div>` it hides does not end the section (pnpm fuzz --seed 82784577 --case 87171)', () => {
    const page = '<div class="colorhighlight color3" markdown="1">\n\n### Star City Library\n\n<table>\n<tr><th>Se<!--ats</th></tr>\n\n</div>--></th>\n</tr>\n</table>\n\n</div>\n'
    expect(parseModule(page).children.map((node) => node.type)).toEqual(['section'])
  })
})
