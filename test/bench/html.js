// The whole corpus parsed and written as web HTML in process, against a bare unified
// pipeline (Markdown in, HTML out) over the same pages: what a site build pays for modulemark.
import { parseModule } from '@modulemark/extract'
import { toHtml } from '@modulemark/render-html'
import rehypeRaw from 'rehype-raw'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { compare } from './measure.js'

const bare = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify).freeze()

export function benchHtml(pages) {
  const result = compare(
    () => {
      for (const page of pages) toHtml(parseModule(page.text, { path: page.path }))
    },
    () => {
      for (const page of pages) bare.processSync(page.text)
    }
  )
  return { name: 'parse + web HTML corpus vs bare unified (remark-parse → remark-rehype → rehype-raw → rehype-stringify)', goal: '≤ 1.2', ...result }
}
