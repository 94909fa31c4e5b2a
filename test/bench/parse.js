// The whole corpus parsed in process, against a bare unified pipeline over the same pages.
import { parseModule } from '@modulemark/extract'
import rehypeRaw from 'rehype-raw'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { compare } from './measure.js'

const bare = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeStringify).freeze()

export function benchParse(pages) {
  const result = compare(
    () => {
      for (const page of pages) parseModule(page.text)
    },
    () => {
      for (const page of pages) bare.processSync(page.text)
    }
  )
  return { name: 'parse corpus vs bare unified (remark-parse → remark-rehype → rehype-raw → rehype-stringify)', goal: '≤ 1.0', ...result }
}
