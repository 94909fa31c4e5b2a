import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseModule } from '@modulemark/extract'
import { toHast } from '@modulemark/render-html'
import { rehypeModulemark, remarkModulemark } from '@modulemark/unified'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import { unified, type Processor } from 'unified'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../cli/helpers.js'

const seed = readFileSync(join(repoRoot, 'examples/relationships.md'), 'utf8')

// Lets `process` run the remark side only (no vfile import needed for the file).
function keepTree(this: Processor) {
  this.compiler = () => ''
}

describe('remarkModulemark', () => {
  it('attaches the model read from the file text, and leaves the mdast alone', async () => {
    let tree: unknown
    const spy = () => (node: unknown) => void (tree = node)
    const file = await unified().use(remarkParse).use(remarkModulemark).use(spy).use(keepTree).process({ path: 'capacity/relationships.md', value: seed })
    expect(file.data.module).toEqual(parseModule(seed, { path: 'capacity/relationships.md' }))
    expect(tree).toEqual(unified().use(remarkParse).parse(seed))
  })

  it('pushes the model messages as VFileMessages with ruleId, source, place and severity', async () => {
    const file = await unified().use(remarkParse).use(remarkModulemark).use(keepTree).process({ path: 'relationships.md', value: seed })
    const model = file.data.module!
    expect(model.messages.length).toBeGreaterThan(0)
    expect(file.messages.map((m) => [m.ruleId, m.source, m.line, m.column, m.fatal, m.file])).toEqual(
      model.messages.map((m) => [m.ruleId, 'modulemark', m.line, m.column, m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined, 'relationships.md'])
    )
    // A range where the model has an end, else a point.
    expect(file.messages.map((m) => m.place)).toEqual(
      model.messages.map((m) => {
        const start = { line: m.line, column: m.column }
        return m.endLine === null ? start : { start, end: { line: m.endLine, column: m.endColumn } }
      })
    )
  })

  it('takes the model path from the options', async () => {
    const file = await unified().use(remarkParse).use(remarkModulemark, { path: 'page.md' }).use(keepTree).process({ path: '/abs/page.md', value: '# Hi\n' })
    expect(file.data.module?.path).toBe('page.md')
  })
})

describe('rehypeModulemark', () => {
  it('replaces the tree with the model as hast, ready for rehype-stringify', async () => {
    const file = await unified().use(remarkParse).use(remarkModulemark).use(rehypeModulemark).use(rehypeStringify).process(seed)
    const expected = unified().use(rehypeStringify).stringify(toHast(parseModule(seed)))
    expect(String(file)).toBe(expected)
    expect(String(file)).toContain('<div class="callout activity">')
  })

  it('reads the page itself when remarkModulemark did not run, and passes render options', async () => {
    const page = '---\ntitle: T\n---\n\n![x]({{ site.baseurl }}/img/a.png)\n'
    const file = await unified().use(remarkParse).use(rehypeModulemark, { baseurl: '/course' }).use(rehypeStringify).process(page)
    expect(file.data.module?.title).toBe('T')
    expect(String(file)).toContain('src="/course/img/a.png"')
  })
})

describe('the README example', () => {
  it('runs as written', async () => {
    const { execFile } = await import('node:child_process')
    const { promisify } = await import('node:util')
    const readme = readFileSync(join(repoRoot, 'packages/unified/README.md'), 'utf8')
    const code = /```js\n([\s\S]*?)```/.exec(readme)![1]
    // `-e` resolves 'modulemark' from the working folder: the repository, as a user's project would.
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], { cwd: repoRoot })
    expect(stdout).toContain('Who is nearby?\n')
    expect(stdout).toContain('finding-partners.md:6:5: The link')
    expect(stdout).toContain('<div class="callout activity">')
  }, 20_000)
})
