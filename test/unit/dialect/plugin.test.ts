import { kramdownParse } from '@modulemark/dialect'
import rehypeStringify from 'rehype-stringify'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'

describe('kramdownParse (unified parser plugin)', () => {
  it('reads Markdown inside struct divs and IALs into hast that rehype-stringify writes', () => {
    const page = '---\ntitle: Plugin page\n---\n<div class="callout activity" markdown="1">\n### [Worksheet #2: Goals](https://example.org/w){:target="_blank"}\nWrite *three* goals.\n</div>\n'
    const file = unified().use(kramdownParse).use(rehypeStringify).processSync(page)
    expect(String(file)).toBe(
      '<div class="callout activity" markdown="1"><h3><a href="https://example.org/w" target="_blank">Worksheet #2: Goals</a></h3>\n<p>Write <em>three</em> goals.</p></div>'
    )
    expect(file.data.title).toBe('Plugin page')
    expect(file.data.frontMatter).toEqual({ title: 'Plugin page' })
  })

  it('puts repairs on the processed file as messages with rule ids', () => {
    const file = unified().use(kramdownParse).use(rehypeStringify).processSync('<div class="colorhighlight color1" markdown="1">\n## Open\n')
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['unclosed-div', 1, 1]])
  })
})
