// Turns a course folder into JSON (course.json and one model per page), web
// pages and one workbook per module, through modulemark's public API only.
//
//   node examples/build-course.js [course-dir] [out-dir] [--pdf]
//   (defaults: examples/sample-course, examples/out/course)
//
// Writes <out>/json/course.json, <out>/json/modules/…/<page>.json,
// <out>/html/index.html, <out>/html/modules/…/<page>.html and
// <out>/workbooks/<module>.html; with --pdf also <out>/workbooks/<module>.pdf
// (needs Chromium: apt-get install chromium).
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPdfRenderer, loadCourse, toHtml, toWorkbook, writePdf } from 'modulemark'

const here = dirname(fileURLToPath(import.meta.url))
const pdf = process.argv.includes('--pdf')
const [courseArg, outArg] = process.argv.slice(2).filter((arg) => arg !== '--pdf')
const courseDir = resolve(courseArg ?? join(here, 'sample-course'))
const outDir = resolve(outArg ?? join(here, 'out', 'course'))

async function save(path, text) {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text)
}

// `modules/x/_posts/y.md` → `modules/x/_posts/y` + the new extension.
const withExtension = (path, extension) => path.replace(/\.(?:md|markdown)$/i, extension)

const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

let warnings = 0
/** Published page models by module name, for the workbooks. */
const published = new Map()
const course = await loadCourse(courseDir, {
  onWarning: (warning) => console.warn(`warning: ${warning.message}`),
  // Each page's model arrives once, in course order, and is let go after this.
  async onPage(model) {
    warnings += model.messages.length
    await save(join(outDir, 'json', withExtension(model.path, '.json')), `${JSON.stringify(model, null, 2)}\n`)
    // Jekyll does not publish `published: false` pages; neither do we.
    if (model.frontMatter.published === false) return
    await save(join(outDir, 'html', withExtension(model.path, '.html')), toHtml(model))
    const module = model.path.split('/')[1]
    published.set(module, [...(published.get(module) ?? []), model])
  }
})
await save(join(outDir, 'json', 'course.json'), `${JSON.stringify(course, null, 2)}\n`)
await save(join(outDir, 'html', 'index.html'), courseIndex(course))

// One workbook per module that has worksheets; PDFs share one browser.
const renderer = pdf ? await createPdfRenderer() : undefined
try {
  for (const module of course.modules) {
    const pages = published.get(module.name) ?? []
    if (!pages.some((page) => page.worksheets.length > 0)) continue
    const workbook = toWorkbook(pages, { course: { title: course.title, description: course.description }, module: { name: module.name, title: module.title } })
    for (const message of workbook.messages) console.warn(`warning: ${message.reason}`)
    await save(join(outDir, 'workbooks', `${module.name}.html`), workbook.html)
    if (renderer) await writePdf(join(outDir, 'workbooks', `${module.name}.pdf`), await renderer.render(workbook.html, { title: module.title ?? module.name }))
  }
} finally {
  await renderer?.close()
}

const pages = course.modules.reduce((sum, module) => sum + module.pages.length, 0)
console.log(`${course.modules.length} modules, ${pages} pages, ${warnings} messages → ${outDir}`)

/** A table of contents: modules in order, their published pages linked. */
function courseIndex(course) {
  const modules = course.modules
    .map((module) => {
      const items = module.pages
        .filter((page) => page.published)
        .map((page) => `<li><a href="${escape(withExtension(page.path, '.html'))}">${escape(page.title ?? page.slug)}</a></li>`)
      return `<section>\n<h2>${escape(module.title ?? module.name)}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`
    })
    .join('\n')
  const title = escape(course.title ?? 'Course')
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<h1>${title}</h1>\n<p>${escape(course.description)}</p>\n${modules}\n</body>\n</html>\n`
}
