import { readCourse } from '@modulemark/course'
import { validateModule, type ModuleRoot } from '@modulemark/model'
import { describe, expect, it } from 'vitest'
import { page, sampleCourse, tempTree } from './helpers.js'

describe('readCourse', () => {
  it('yields each page model in course order, path relative to the course folder', async () => {
    const models: ModuleRoot[] = []
    for await (const model of readCourse(sampleCourse)) models.push(model)
    expect(models.map((m) => m.path)).toEqual([
      'modules/welcome/_posts/2001-01-01-welcome.md',
      'modules/welcome/_posts/2001-02-01-how-it-works.markdown',
      'modules/welcome/_posts/2001-03-01-draft-notes.md',
      'modules/programs/_posts/2002-01-01-programs.md',
      'modules/programs/_posts/2002-02-01-program-map.md',
      'modules/programs/_posts/2002-03-01-materials.md',
      'modules/partners/_posts/2003-01-01-partners.md',
      'modules/partners/_posts/2003-02-01-finding-partners.md',
      'modules/appendix/_posts/2009-01-01-resources.md'
    ])
    for (const model of models) expect(validateModule(model).ok).toBe(true)
    expect(models[2].frontMatter.published).toBe(false)
  })

  it('reads lazily: a page is read only when the next model is asked for', async () => {
    const dir = await tempTree({ 'modules/a/_posts/2001-01-01-a.md': page('A'), 'modules/a/_posts/2001-02-01-b.md': page('B') })
    const parsed: string[] = []
    const iterator = readCourse(dir, { parse: (_source, path) => (parsed.push(path), { path } as ModuleRoot) })[Symbol.asyncIterator]()
    await iterator.next()
    expect(parsed).toEqual(['modules/a/_posts/2001-01-01-a.md'])
    await iterator.return?.()
  })
})
