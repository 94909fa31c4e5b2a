// PDF: seconds per page for 20 simple pages, one browser for all against one browser per page.
import { existsSync } from 'node:fs'
import { chromiumPath, createPdfRenderer, toPdf } from '@modulemark/pdf'

const page = (n) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Page ${n}</title>
<style>@page { size: Letter; margin: 0.75in } body { font: 12pt/1.4 serif }</style></head>
<body><h1>Page ${n}</h1>${'<p>Course-module text, printed to PDF for the bench.</p>'.repeat(12)}</body></html>`

/** Runs `task` over `items`, `width` at a time (both contenders print two pages at once). */
async function pool(items, width, task) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await task(items[next++])
  }
  await Promise.all(Array.from({ length: width }, worker))
}

async function seconds(run) {
  const start = performance.now()
  await run()
  return (performance.now() - start) / 1000
}

/** `skipped` (a note) when there is no Chromium to print with: the bench is not a test. */
export async function benchPdf({ pages = 20, width = 2 } = {}) {
  if (!existsSync(chromiumPath())) {
    return { name: 'PDF', skipped: `no Chromium at ${chromiumPath()} (apt-get install chromium, or set MODULEMARK_CHROMIUM)` }
  }
  const docs = Array.from({ length: pages }, (_, i) => page(i + 1))
  await toPdf(docs[0]) // warm the disk cache so neither side pays the first start
  const shared = await seconds(async () => {
    const renderer = await createPdfRenderer({ concurrency: width })
    try {
      await Promise.all(docs.map((html) => renderer.render(html)))
    } finally {
      await renderer.close()
    }
  })
  const perPage = await seconds(() => pool(docs, width, (html) => toPdf(html)))
  return {
    name: `PDF: ${pages} simple pages, ${width} at a time, one browser vs one browser per page`,
    ours: shared / pages,
    peer: perPage / pages,
    ratio: shared / perPage
  }
}
