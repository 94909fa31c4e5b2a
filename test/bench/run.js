// `pnpm bench`: speed as ratios against a peer run in the same process, and peak memory.
import { benchBatch, formatBatch } from './batch.js'
import { benchCliMemory } from './cli-memory.js'
import { corpusDir, corpusPages } from './corpus.js'
import { benchHtml } from './html.js'
import { benchLinear, formatLinear } from './linear.js'
import { benchParse } from './parse.js'
import { benchPdf } from './pdf.js'
import { benchWorkbookPdf } from './workbook.js'

const pages = corpusPages()
console.log(`corpus: ${pages.length} pages, ${(pages.reduce((n, p) => n + p.text.length, 0) / 1024).toFixed(0)} KiB`)

const parse = benchParse(pages)
console.log(`${parse.name}\n  modulemark ${parse.ours.toFixed(1)} ms, peer ${parse.peer.toFixed(1)} ms, ratio ${parse.ratio.toFixed(2)} (goal ${parse.goal})`)

console.log(formatLinear(benchLinear()).join('\n'))

const html = benchHtml(pages)
console.log(`${html.name}\n  modulemark ${html.ours.toFixed(1)} ms, peer ${html.peer.toFixed(1)} ms, ratio ${html.ratio.toFixed(2)} (goal ${html.goal})`)

const memory = benchCliMemory(corpusDir())
console.log(`${memory.name}\n  ${memory.mib.toFixed(1)} MiB (goal ${memory.goal}), exit code ${memory.exitCode}`)

const pdf = await benchPdf()
if (pdf.skipped) console.log(`${pdf.name}: skipped, ${pdf.skipped}`)
else console.log(`${pdf.name}\n  one browser ${pdf.ours.toFixed(3)} s/page, one per page ${pdf.peer.toFixed(3)} s/page, ratio ${pdf.ratio.toFixed(2)}`)

const workbook = await benchWorkbookPdf(corpusDir())
if (workbook.skipped) console.log(`${workbook.name}: skipped, ${workbook.skipped}`)
else console.log(`${workbook.name}\n  ${workbook.perPage.toFixed(3)} s/page (${workbook.pages} pages in ${workbook.seconds.toFixed(2)} s)`)

console.log(formatBatch(await benchBatch(corpusDir())).join('\n'))
