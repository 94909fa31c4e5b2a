// Pathological shapes have a defined outcome: a model, a message where a limit
// applies (README, "Limits"), never a stack overflow or a hang.
import { parseModule } from '@modulemark/extract'
import { validateModule, type ModuleRoot } from '@modulemark/model'
import { describe, expect, it } from 'vitest'
import { checkParse } from '../../fuzz/check.js'

// Each runs in about a second or two; the margin is for a busy machine.
const timeout = 15_000

function parse(input: string | Uint8Array): ModuleRoot {
  const model = parseModule(input)
  expect(validateModule(model).ok).toBe(true)
  expect(model.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
  return model
}

function limits(model: ModuleRoot): string[] {
  return model.messages.filter((message) => message.ruleId === 'limit-exceeded').map((message) => `${message.line}:${message.column} ${message.severity} ${message.reason}`)
}

/** All text values of the tree, iteratively (the tree is deep). */
function textOf(model: ModuleRoot | ModuleRoot["children"][number]): string {
  let out = ''
  const stack: unknown[] = [model]
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; value?: string; children?: unknown[] }
    if (node.type === 'text' && node.value) out += node.value
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return out
}

function depthOf(model: ModuleRoot): number {
  let deepest = 0
  const stack: [unknown, number][] = [[model, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [{ children?: unknown[] }, number]
    deepest = Math.max(deepest, depth)
    for (const child of node.children ?? []) stack.push([child, depth + 1])
  }
  return deepest
}

describe('nesting past the limits', () => {
  it('10,000 nested markdown divs: 100 read as Markdown, the rest as HTML, one message, the text kept', { timeout }, () => {
    const model = parse(`${'<div markdown="1">\n'.repeat(10_000)}the innermost words\n${'</div>\n'.repeat(10_000)}`)
    expect(limits(model)).toEqual(['101:1 error Divs nest more than 100 deep here: the inner ones were read as HTML'])
    expect(textOf(model)).toContain('the innermost words')
    expect(depthOf(model)).toBeLessThanOrEqual(104)
  })

  it('10,000 nested colorhighlight sections', { timeout }, () => {
    const model = parse(`${'<div class="colorhighlight color1" markdown="1">\n'.repeat(10_000)}### Deep\n${'</div>\n'.repeat(10_000)}`)
    expect(limits(model)).toEqual(['101:1 error Divs nest more than 100 deep here: the inner ones were read as HTML'])
    let sections = 0
    for (let node = model.children[0]; node?.type === 'section'; node = node.children[0]) sections++
    expect(sections).toBe(100)
    expect(textOf(model)).toContain('Deep')
  })

  it('10,000 nested divs in an HTML block: cut at depth 100, the text kept', { timeout }, () => {
    const model = parse(`${'<div>'.repeat(10_000)}the innermost words${'</div>'.repeat(10_000)}`)
    expect(limits(model)).toEqual(['1:496 error Elements nest more than 100 deep here: the content of the deepest was kept as plain text'])
    expect(textOf(model)).toContain('the innermost words')
    expect(depthOf(model)).toBeLessThanOrEqual(104)
  })

  it('10,000 nested lists on one line: the line is kept as text', { timeout }, () => {
    const model = parse(`Before\n\n${'- '.repeat(10_000)}item\n\nAfter\n`)
    expect(limits(model)).toEqual(['3:1 error This line opens more than 100 lists or blockquotes: it was kept as plain text'])
    expect(textOf(model)).toContain('- - - item')
    expect(textOf(model)).toContain('After')
  })

  it('10,000 nested blockquotes on one line', { timeout }, () => {
    const model = parse(`${'> '.repeat(10_000)}quoted\n`)
    expect(limits(model)).toHaveLength(1)
    expect(textOf(model)).toContain('quoted')
  })

  it('lists nested 300 deep by indentation: cut at depth 100, every item kept', { timeout }, () => {
    const model = parse(Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item${i}`).join('\n'))
    expect(limits(model)).toHaveLength(1)
    expect(limits(model)[0]).toMatch(/^\d+:\d+ error Elements nest more than 100 deep here/)
    expect(textOf(model)).toContain('item299')
    expect(depthOf(model)).toBeLessThanOrEqual(104)
  })

  it('10,000 nested spans in a paragraph: the tags are kept as text', { timeout }, () => {
    const model = parse(`Words ${'<span>'.repeat(10_000)}inside`)
    expect(limits(model)).toEqual(['1:7 error HTML tags in this paragraph nest more than 100 deep: they were kept as text'])
    expect(textOf(model)).toContain('inside')
  })
})

describe('size', () => {
  it('a 100,000-row table: every row, no limit', { timeout }, () => {
    const model = parse(`<table>\n${'<tr><td>a</td></tr>\n'.repeat(100_000)}</table>\n`)
    expect(model.children).toHaveLength(1)
    expect(model.children[0].type === 'table' && model.children[0].children).toHaveLength(100_000)
    expect(limits(model)).toEqual([])
  })

  it('a 1 MB single line', { timeout }, () => {
    const line = 'word '.repeat(210_000)
    const model = parse(line)
    expect(textOf(model)).toBe(line.trimEnd())
  })

  it('50,000 unclosed <td> in one row', { timeout }, () => {
    const model = parse(`<table><tr>${'<td>x'.repeat(50_000)}</table>`)
    const table = model.children[0]
    expect(table.type === 'table' && table.children[0].type === 'tableRow' && table.children[0].children).toHaveLength(50_000)
  })

  it('100,000 comment openers never closed, in one paragraph inside a callout: text, and the callout closes', { timeout }, () => {
    const text = 'a <!-- b '.repeat(100_000).trimEnd()
    const model = parse(`<div class="callout info" markdown="1">\n\n${text}\n\n</div>\n\nAfter.\n`)
    expect(model.children.map((node) => node.type)).toEqual(['callout', 'paragraph'])
    expect(textOf(model.children[0])).toBe(text)
  })

  it('50,000 unclosed <td> with no table', { timeout }, () => {
    expect(textOf(parse('<td>x'.repeat(50_000)))).toBe('x'.repeat(50_000))
  })
})

describe('bytes that are not a page', () => {
  it('invalid UTF-8: an error, the rest read', () => {
    const model = parse(new Uint8Array([0x68, 0x69, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a, 0x0a, 0x6f, 0x6b]))
    expect(model.messages.map((message) => `${message.ruleId} ${message.severity} ${message.line}:${message.column}`)).toEqual(['not-utf8 error 1:4'])
    expect(textOf(model)).toContain('ok')
  })

  it('a binary file (NUL bytes and every byte value)', { timeout }, () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256)
    const model = parse(bytes)
    expect(model.messages.filter((message) => message.ruleId === 'binary-input').map((message) => message.severity)).toEqual(['error'])
    expect(checkParse({ parseModule, validateModule }, bytes)).toEqual([])
  })
})
