// Known XSS vectors through every HTML output, each loaded in one headless Chromium with JavaScript on:
// safe by default (no canary call, no navigation), and the same vectors with `trust` do run (the hook works).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { toHtml, toPrintHtml, toWorkbook, toWorksheets } from '@modulemark/render-html'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run, tempTree } from '../unit/cli/helpers.js'
import { launchBrowser, probe, type Outcome } from './helpers/canary.js'
import { vectorsModel, vectorsPath } from './helpers/xss.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const results = new Map<string, Outcome>()
afterAll(() => {
  // The counts the issue asks for, one line per output.
  const lines = [...results].map(([name, o]) => `${name.padEnd(26)} canary ${String(o.canary.length).padStart(2)}  navigations ${o.navigations.length}  popups ${o.popups}  clicked ${o.clicked}  audit ${JSON.stringify(o.audit)}${o.canary.length > 0 ? `\n${' '.repeat(27)}ran: ${o.canary.join(' ')}` : ''}`)
  console.log(`XSS canary counts\n${lines.join('\n')}`)
})

async function check(name: string, html: string): Promise<Outcome> {
  const outcome = await probe(browser, name, html)
  results.set(name, outcome)
  return outcome
}

const workbook = (trust: boolean) => toWorkbook([vectorsModel()], { course: { title: 'Course' }, module: { name: 'xss' } }, { trust }).html

const safe: Record<string, () => string> = {
  toHtml: () => toHtml(vectorsModel()),
  'toHtml fragment': () => toHtml(vectorsModel(), { fragment: true }),
  'toHtml scripts, untrusted': () => toHtml(vectorsModel(), { scripts: true, trust: false }),
  toPrintHtml: () => toPrintHtml(vectorsModel()),
  toWorksheets: () => toWorksheets(vectorsModel()),
  toWorkbook: () => workbook(false)
}

describe('safe by default', () => {
  it.each(Object.keys(safe))('%s: no vector runs, nothing navigates', async (name) => {
    const outcome = await check(name, safe[name]())
    expect(outcome.canary).toEqual([])
    expect(outcome.navigations).toEqual([])
    expect(outcome.popups).toBe(0)
    expect(outcome.clicked).toBe(0)
    expect(outcome.audit).toEqual({ handlers: 0, scripts: 0, badUrls: 0, srcdoc: 0, foreignFrames: 0, dangerousElements: 0, openerLinks: 0 })
  })

  it('modulemark html, print and worksheets: no vector runs, nothing navigates', async () => {
    const out = await tempTree()
    for (const command of ['html', 'print', 'worksheets']) {
      const result = await run([command, vectorsPath.pathname, '-o', join(out, command)], { cwd: out })
      expect(result.code, result.stderr).toBeLessThanOrEqual(1)
      const [file] = readdirSync(join(out, command), { recursive: true }).map(String).filter((f) => f.endsWith('.html'))
      const outcome = await check(`cli ${command}`, readFileSync(join(out, command, file), 'utf8'))
      expect(outcome.canary).toEqual([])
      expect(outcome.navigations).toEqual([])
      expect(outcome.popups).toBe(0)
      expect(outcome.audit.handlers + outcome.audit.scripts + outcome.audit.badUrls + outcome.audit.srcdoc).toBe(0)
    }
  })
})

describe('positive control: the same vectors with trust', () => {
  it('toHtml with trust runs them: the canary hook works', async () => {
    const outcome = await check('toHtml trust', toHtml(vectorsModel(), { trust: true }))
    expect(outcome.canary.length).toBeGreaterThan(0)
    expect(outcome.audit.handlers).toBeGreaterThan(0)
  })

  it('modulemark html --trust runs them', async () => {
    const out = await tempTree()
    const result = await run(['html', vectorsPath.pathname, '--trust'], { cwd: out })
    const outcome = await check('cli html --trust', result.stdout)
    expect(outcome.canary.length).toBeGreaterThan(0)
  })

  it('print and handouts with trust are not sanitized, yet print still runs nothing (CSP, offline pass)', async () => {
    const print = await check('toPrintHtml trust', toPrintHtml(vectorsModel(), { trust: true }))
    const worksheets = await check('toWorksheets trust', toWorksheets(vectorsModel(), { trust: true }))
    await check('toWorkbook trust', workbook(true))
    expect(print.canary).toEqual([])
    // Trusted handouts keep what the sanitizer would take out (page scripts stay out of print all the same).
    expect(worksheets.audit.srcdoc + worksheets.audit.dangerousElements + worksheets.audit.badUrls).toBeGreaterThan(0)
  })
})
