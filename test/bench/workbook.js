// PDF: seconds per page for the capacity module's workbook (parse, render, print; the browser already up).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseModule } from '@modulemark/extract'
import { chromiumPath, createPdfRenderer } from '@modulemark/pdf'
import { toWorkbook } from '@modulemark/render-html'

// Skia writes one `/Type /Page` dictionary per page (and `/Type /Pages` for the tree).
const countPages = (pdf) => Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0

/** `skipped` (a note) when there is no Chromium: the bench is not a test. */
export async function benchWorkbookPdf(corpus, { runs = 3 } = {}) {
  const name = 'PDF: the capacity workbook (parse + toWorkbook + print), one browser'
  if (!existsSync(chromiumPath())) return { name, skipped: `no Chromium at ${chromiumPath()}` }
  const posts = join(corpus, 'modules', 'capacity', '_posts')
  const files = readdirSync(posts).filter((file) => /\.(?:md|markdown)$/.test(file)).sort()
  const renderer = await createPdfRenderer()
  try {
    const once = async () => {
      const pages = files.map((file) => parseModule(readFileSync(join(posts, file)), { path: file }))
      return renderer.render(toWorkbook(pages, { module: { name: 'capacity' } }).html)
    }
    const pages = countPages(await once()) // warm: the first page a browser prints pays for its start
    let best = Infinity
    for (let run = 0; run < runs; run++) {
      const start = performance.now()
      await once()
      best = Math.min(best, (performance.now() - start) / 1000)
    }
    return { name, pages, seconds: best, perPage: best / pages }
  } finally {
    await renderer.close()
  }
}
