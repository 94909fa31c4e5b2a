// A unified pipeline with modulemark's plugins: remark-parse reads the page as
// Markdown, remarkModulemark adds the modulemark model (file.data.module) and
// its messages, rehypeModulemark turns the model into hast, rehype-stringify
// into HTML. Other remark or rehype plugins can go in between.
//
//   node examples/unified-pipeline.js [course-dir | page.md] [out-dir]
//   (defaults: examples/sample-course, examples/out/unified)
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { courseLayout, rehypeModulemark, remarkModulemark } from 'modulemark'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const here = dirname(fileURLToPath(import.meta.url))
const input = resolve(process.argv[2] ?? join(here, 'sample-course'))
const outDir = resolve(process.argv[3] ?? join(here, 'out', 'unified'))

const processor = unified().use(remarkParse).use(remarkModulemark).use(rehypeModulemark).use(rehypeStringify)

// A course folder: every page in course order; a file: just that page.
const isCourse = (await stat(input)).isDirectory()
const pages = isCourse
  ? (await courseLayout(input)).modules.flatMap((module) => module.pages.map((page) => ({ base: input, path: page.path })))
  : [{ base: dirname(input), path: basename(input) }]

for (const page of pages) {
  const file = await processor.process({ path: page.path, value: await readFile(join(page.base, page.path)) })
  const model = file.data.module
  const target = join(outDir, page.path.replace(/\.(?:md|markdown)$/i, '.html'))
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, String(file))
  console.log(`${page.path}: "${model.title}", ${model.worksheets.length} worksheets, ${file.messages.length} messages`)
  // VFileMessages: the same reporters as any unified pipeline (vfile-reporter) can print them.
  for (const message of file.messages) console.log(`  ${message.line ?? 1}:${message.column ?? 1} ${message.reason} ${message.source}:${message.ruleId}`)
}
