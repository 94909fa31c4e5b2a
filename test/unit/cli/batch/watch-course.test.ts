// `--watch` on the commands that gather pages: course (course.json) and workbook.
import { readdirSync, readFileSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliEvent } from '../../../../packages/modulemark/src/cli/io.js'
import { repoRoot, run, tempTree } from '../helpers.js'
import { startWatch } from './helpers.js'

const rebuiltTo = (suffix: string) => (event: CliEvent) => event.type === 'rebuilt' && event.output !== null && event.output.endsWith(suffix)
const page = (title: string) => `---\ntitle: ${title}\n---\n\nText.\n`
const course = {
  '_data/course.yml': 'title: Garden Course\nmodules:\n  - plots\n',
  'modules/plots/_posts/2001-01-01-intro.md': page('Intro'),
  'modules/plots/_posts/2001-02-01-plan.md': page('Plan')
}
type CourseJson = { modules: { title: string | null; pages: { path: string; title: string | null }[] }[] }
const titles = async (path: string) => ((JSON.parse(await readFile(path, 'utf8')) as CourseJson).modules[0].pages.map((entry) => entry.title))

describe('course --watch', () => {
  it('a page edit rebuilds its JSON and course.json; new and deleted pages are picked up', async () => {
    const cwd = await tempTree(course)
    const watch = await startWatch(['course', '.', '-o', 'out', '--watch'], cwd)
    try {
      expect(await titles(join(cwd, 'out/course.json'))).toEqual(['Intro', 'Plan'])

      let pageDone = watch.next(rebuiltTo('2001-02-01-plan.json'))
      let courseDone = watch.next(rebuiltTo('out/course.json'))
      await writeFile(join(cwd, 'modules/plots/_posts/2001-02-01-plan.md'), page('Planning'))
      expect(await pageDone).toMatchObject({ input: 'modules/plots/_posts/2001-02-01-plan.md', errors: 0 })
      await courseDone
      expect(await titles(join(cwd, 'out/course.json'))).toEqual(['Intro', 'Planning'])
      expect(JSON.parse(readFileSync(join(cwd, 'out/modules/plots/_posts/2001-02-01-plan.json'), 'utf8'))).toMatchObject({ title: 'Planning' })
      expect(watch.stderr()).toMatch(/^rebuilt \. → out\/course\.json in \d+ ms$/m)

      courseDone = watch.next(rebuiltTo('out/course.json'))
      await writeFile(join(cwd, 'modules/plots/_posts/2001-03-01-harvest.md'), page('Harvest'))
      await courseDone
      expect(await titles(join(cwd, 'out/course.json'))).toEqual(['Intro', 'Planning', 'Harvest'])

      pageDone = watch.next((event) => event.type === 'removed')
      courseDone = watch.next(rebuiltTo('out/course.json'))
      await rm(join(cwd, 'modules/plots/_posts/2001-01-01-intro.md'))
      expect(await pageDone).toMatchObject({ input: 'modules/plots/_posts/2001-01-01-intro.md', output: 'out/modules/plots/_posts/2001-01-01-intro.json' })
      await courseDone
      expect(await titles(join(cwd, 'out/course.json'))).toEqual(['Planning', 'Harvest'])
      expect(readdirSync(join(cwd, 'out/modules/plots/_posts')).sort()).toEqual(['2001-02-01-plan.json', '2001-03-01-harvest.json'])
    } finally {
      expect(await watch.stop()).toBe(0)
    }
  })

  it('a broken course.yml is reported and the watch goes on', async () => {
    const cwd = await tempTree(course)
    const watch = await startWatch(['course', '.', '-o', 'out', '--watch'], cwd)
    try {
      const failed = watch.next((event) => event.type === 'failed')
      await writeFile(join(cwd, '_data/course.yml'), 'title: [unclosed\n')
      expect(await failed).toMatchObject({ input: '_data/course.yml' })
      // Written right after the failed build: a second save within chokidar's 50 ms throttle is still seen.
      const courseDone = watch.next(rebuiltTo('out/course.json'))
      await writeFile(join(cwd, '_data/course.yml'), 'title: Fixed\n')
      await courseDone
      expect(JSON.parse(await readFile(join(cwd, 'out/course.json'), 'utf8'))).toMatchObject({ title: 'Fixed' })
    } finally {
      await watch.stop()
    }
  })

  it('needs -o DIR', async () => {
    const result = await run(['course', '.', '--watch'], { cwd: await tempTree(course) })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--watch needs -o DIR')
  })
})

describe('workbook --watch', () => {
  const gardening = Object.fromEntries(
    readdirSync(join(repoRoot, 'test/fixtures/modules/gardening/_posts')).map((file) => [
      `modules/gardening/_posts/${file}`,
      readFileSync(join(repoRoot, 'test/fixtures/modules/gardening/_posts', file), 'utf8')
    ])
  )

  it('a page edit makes the workbook again; a new page is picked up', async () => {
    const cwd = await tempTree(gardening)
    const watch = await startWatch(['workbook', 'modules/gardening', '-o', 'book.html', '--watch'], cwd)
    try {
      const before = await readFile(join(cwd, 'book.html'), 'utf8')
      expect(before).toContain('Garden Partners')

      const overview = join(cwd, 'modules/gardening/_posts/2001-01-01-overview.md')
      let done = watch.next(rebuiltTo('book.html'))
      await writeFile(overview, (await readFile(overview, 'utf8')).replace('Garden Partners', 'Garden Allies'))
      expect(await done).toMatchObject({ input: 'modules/gardening/_posts/2001-01-01-overview.md', output: 'book.html' })
      const after = await readFile(join(cwd, 'book.html'), 'utf8')
      expect(after).toContain('Garden Allies')
      expect(after).not.toContain('Garden Partners')
      expect(watch.stderr()).toMatch(/^rebuilt modules\/gardening\/_posts\/2001-01-01-overview\.md → book\.html in \d+ ms$/m)

      done = watch.next(rebuiltTo('book.html'))
      const callout = '<div class="callout activity" markdown="1">\n\n### [Worksheet #9: Compost Log](https://example.org/9)\n\nKeep it.\n\n</div>\n'
      await writeFile(join(cwd, 'modules/gardening/_posts/2004-01-01-compost.md'), `---\ntitle: Compost\n---\n\n${callout}`)
      await done
      expect(await readFile(join(cwd, 'book.html'), 'utf8')).toContain('Worksheet #9: Compost Log')
    } finally {
      expect(await watch.stop()).toBe(0)
    }
  })
})
