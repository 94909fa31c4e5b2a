import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot, tempTree } from '../helpers.js'
import { pages, readTree } from './helpers.js'

const bin = join(repoRoot, 'packages/modulemark/bin/modulemark.js')
const temp = /(^|\/)\.[^/]+\.\d+\.[0-9a-f]{12}\.tmp$/

function runBin(args: string[], cwd: string, fault?: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const env = { ...process.env, MODULEMARK_FAULT: fault ?? '' }
  const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })))
}

const count = 6
const build = ['json', 'src', '-o', 'out', '--pretty', '--jobs', '1']
let template: string
let oldOutputs: Map<string, Buffer>
let newOutputs: Map<string, Buffer>

// One run makes the old outputs (compact), one the new (--pretty): every output differs.
beforeAll(async () => {
  template = await mkdtemp(join(tmpdir(), 'modulemark-fault-')) // kept for every test, unlike tempTree's
  await mkdir(join(template, 'src'))
  for (const [path, text] of Object.entries(pages(count))) await writeFile(join(template, path), text)
  expect((await runBin(['json', 'src', '-o', 'out', '--no-cache'], template)).code).toBe(0)
  expect((await runBin(['json', 'src', '-o', 'new', '--no-cache', '--pretty'], template)).code).toBe(0)
  oldOutputs = await readTree(join(template, 'out'))
  newOutputs = await readTree(join(template, 'new'))
  expect(oldOutputs.size).toBe(count)
}, 10_000)

afterAll(() => rm(template, { recursive: true, force: true }))

async function fresh(): Promise<string> {
  const cwd = await tempTree()
  await cp(join(template, 'src'), join(cwd, 'src'), { recursive: true })
  await cp(join(template, 'out'), join(cwd, 'out'), { recursive: true })
  return cwd
}

/** Every output is the old or the new version (temp files aside); returns how many are new. */
async function oldOrNew(cwd: string): Promise<number> {
  const outputs = [...(await readTree(join(cwd, 'out')))].filter(([path]) => !temp.test(path))
  expect(outputs.map(([path]) => path)).toEqual([...oldOutputs.keys()])
  let renewed = 0
  for (const [path, bytes] of outputs) {
    const isNew = bytes.equals(newOutputs.get(path)!)
    expect(isNew || bytes.equals(oldOutputs.get(path)!), `${path} is neither old nor new`).toBe(true)
    if (isNew) renewed++
  }
  return renewed
}

describe('killed with SIGKILL mid-batch (MODULEMARK_FAULT)', () => {
  // Writes start in input order and a few overlap, so at the n-th arrival at a
  // point before the rename at most n-1 outputs are new, and at the n-th rename at least n.
  const cases: [string, (renewed: number) => boolean][] = [
    ['before-temp-write:1', (renewed) => renewed === 0],
    ['mid-temp-write:3', (renewed) => renewed <= 2],
    ['after-temp-write:3', (renewed) => renewed <= 2],
    ['after-rename:3', (renewed) => renewed >= 3],
    ['after-rename:6', (renewed) => renewed === 6]
  ]
  for (const [point, expected] of cases) {
    it(`at ${point}: every output old or new, then a rerun completes`, async () => {
      const cwd = await fresh()
      const killed = await runBin([...build, '--no-cache'], cwd, point)
      expect(killed.signal).toBe('SIGKILL')
      const renewed = await oldOrNew(cwd)
      expect(expected(renewed), `${renewed} new outputs`).toBe(true)
      const rerun = await runBin([...build, '--no-cache'], cwd)
      expect(rerun.code, rerun.stderr).toBe(0)
      expect(await readTree(join(cwd, 'out'))).toEqual(newOutputs) // no temp file left either
    }, 10_000)
  }

  it('while writing a cache entry, with workers: outputs old or new, the rerun completes, the cache is sound', async () => {
    const cwd = await fresh()
    const killed = await runBin([...build, '--jobs', '2', '--cache', 'cache'], cwd, 'cache-mid-temp-write:2')
    expect(killed.signal).toBe('SIGKILL')
    await oldOrNew(cwd)
    expect((await runBin([...build, '--jobs', '2', '--cache', 'cache'], cwd)).code).toBe(0)
    expect(await readTree(join(cwd, 'out'))).toEqual(newOutputs)
    // every entry the rerun wrote is sound: a build from the cache alone gives the same bytes
    const again = await runBin(['json', 'src', '-o', 'again', '--pretty', '--jobs', '1', '--cache', 'cache'], cwd)
    expect(again.code).toBe(0)
    expect(await readTree(join(cwd, 'again'))).toEqual(newOutputs)
  }, 10_000)
})
