// Liquid tags left in the page (FORMAT.md: `{% post_url %}`, `{% include %}`,
// `{% comment %}`, `{% highlight %}`, `{{ site.baseurl }}`).
import { parseModule } from '@modulemark/extract'
import { describe, expect, it } from 'vitest'
import { find, findAll, messagesOf, parseFixture, toText } from '../helpers/model.js'

const values = (name: string) => findAll(parseFixture(name), 'liquid').map((node) => node.value as string)

describe('Liquid', () => {
  it('`{% include %}` on its own line is a liquid node', () => {
    const model = parseFixture('liquid')
    expect(model.children[0]).toMatchObject({ type: 'liquid', value: '{% include module-nav.html module="makers" %}' })
    expect(model.children[0].position.start).toEqual({ line: 1, column: 1, offset: 0 })
  })

  it('`{% post_url %}` in a link stays in its url', () => {
    const link = find(parseFixture('liquid'), 'link')
    expect(link.url).toBe('{% post_url 2000-01-01-intro %}')
    expect(toText(link)).toBe('the introduction')
  })

  it('`{% comment %}…{% endcomment %}` hides its body from the prose', () => {
    const model = parseFixture('liquid')
    expect(values('liquid').some((value) => value.includes('{% comment %}'))).toBe(true)
    expect(values('liquid').some((value) => value.includes('Old paragraph about the 2015 pilot.'))).toBe(true)
    expect(toText(model)).not.toContain('Old paragraph')
  })

  it('`{% highlight %}` tags are liquid nodes around content a reader sees', () => {
    const model = parseFixture('liquid')
    expect(values('liquid')).toContain('{% highlight yaml %}')
    expect(values('liquid')).toContain('{% endhighlight %}')
    expect(toText(model)).toContain('title: Maker Club')
  })

  it('`{{ site.baseurl }}` stays in the image url and is no liquid node', () => {
    expect(find(parseFixture('liquid'), 'image').url).toBe('{{ site.baseurl }}/img/soldering.png')
    expect(values('liquid').some((value) => value.includes('site.baseurl'))).toBe(false)
  })

  it('is reported as info', () => {
    const messages = messagesOf(parseFixture('liquid'), 'liquid')
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.every((m) => m.severity === 'info')).toBe(true)
    expect(messages[0].line).toBe(1)
  })

  it('in text, a tag after a line break or a character reference is placed where it is written', () => {
    const page = 'Fish &amp; chips\nand {% include a.html %} more\n'
    const liquid = findAll(parseModule(page) as never, 'liquid')[0]
    expect(liquid.position).toEqual({ start: { line: 2, column: 5, offset: 21 }, end: { line: 2, column: 25, offset: 41 } })
    expect(page.slice(21, 41)).toBe('{% include a.html %}')
  })

  it('tags fostered out of two table rows, which parse5 makes one text, each keep their own row (pnpm fuzz --seed 547785154 --case 76781)', () => {
    const page = '<table class="worksheet">\r\n<tr><th>Goal</th>{% comment %}</tr>\r\n<tr><th>Goal</th>{% comment %}</tr>\r\n</table>\r\n'
    const starts = findAll(parseModule(page) as never, 'liquid').map((node) => node.position.start)
    expect(starts).toEqual([
      { line: 2, column: 18, offset: 44 },
      { line: 3, column: 18, offset: 81 }
    ])
  })
})
