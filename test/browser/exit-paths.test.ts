// The browser goes with the process: on SIGINT, SIGTERM and a thrown error.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { ChromiumNotFoundError, toPdf } from '@modulemark/pdf'
import { describe, expect, it } from 'vitest'
import { processesWith } from './helpers/processes.js'

// The child runs the built package (`pnpm test:browser` builds first).
const dist = new URL('../../packages/pdf/dist/index.js', import.meta.url).href
const child = `
  const { createPdfRenderer } = await import(${JSON.stringify(dist)})
  const r = await createPdfRenderer()
  console.log(r.userDataDir)
  setInterval(() => {}, 1000)
`

function openThenSignal(signal: NodeJS.Signals): Promise<{ dir: string; code: number | null; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--input-type=module', '-e', child], { stdio: ['ignore', 'pipe', 'inherit'] })
    let dir = ''
    proc.stdout.on('data', (chunk: Buffer) => {
      dir += chunk.toString()
      if (dir.endsWith('\n')) proc.kill(signal)
    })
    proc.on('error', reject)
    proc.on('exit', (code, sig) => resolve({ dir: dir.trim(), code, signal: sig }))
  })
}

describe('exit paths', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal}: the browser is closed, its profile removed, and the process dies by the signal`, async () => {
      const result = await openThenSignal(signal)
      expect(result.dir).toMatch(/modulemark-chromium-/)
      expect(result.signal).toBe(signal)
      expect(processesWith(result.dir)).toEqual([])
      expect(existsSync(result.dir)).toBe(false)
    })
  }

  it('a failed print closes its browser (toPdf)', async () => {
    const before = processesWith('modulemark-chromium-').length
    await expect(toPdf('<p>x</p>', { timeout: 1 })).rejects.toThrow()
    expect(processesWith('modulemark-chromium-')).toHaveLength(before)
  })
})

describe('Chromium missing', () => {
  it('throws ChromiumNotFoundError with the install hint', async () => {
    const error = await toPdf('<p>x</p>', { chromium: '/nonexistent' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChromiumNotFoundError)
    expect(error).toMatchObject({ code: 'MODULEMARK_CHROMIUM_NOT_FOUND', path: '/nonexistent' })
    const message = (error as Error).message
    expect(message).toContain('/nonexistent')
    expect(message).toContain('apt-get install chromium')
    expect(message).toContain('--chromium PATH')
    expect(message).toContain('MODULEMARK_CHROMIUM')
  })

  it('takes the path from MODULEMARK_CHROMIUM', async () => {
    const saved = process.env.MODULEMARK_CHROMIUM
    process.env.MODULEMARK_CHROMIUM = '/nonexistent/from-env'
    try {
      await expect(toPdf('<p>x</p>')).rejects.toMatchObject({ path: '/nonexistent/from-env' })
    } finally {
      if (saved === undefined) delete process.env.MODULEMARK_CHROMIUM
      else process.env.MODULEMARK_CHROMIUM = saved
    }
  })
})
