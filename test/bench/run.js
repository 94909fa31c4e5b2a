// `pnpm bench`: speed as ratios against a peer run in the same process, and peak memory.
import { benchCliMemory } from './cli-memory.js'
import { corpusDir, corpusPages } from './corpus.js'
import { benchParse } from './parse.js'

const pages = corpusPages()
console.log(`corpus: ${pages.length} pages, ${(pages.reduce((n, p) => n + p.text.length, 0) / 1024).toFixed(0)} KiB`)

const parse = benchParse(pages)
console.log(`${parse.name}\n  modulemark ${parse.ours.toFixed(1)} ms, peer ${parse.peer.toFixed(1)} ms, ratio ${parse.ratio.toFixed(2)} (goal ${parse.goal})`)

const memory = benchCliMemory(corpusDir())
console.log(`${memory.name}\n  ${memory.mib.toFixed(1)} MiB (goal ${memory.goal}), exit code ${memory.exitCode}`)
