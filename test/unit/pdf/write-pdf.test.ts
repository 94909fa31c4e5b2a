// Atomic writes: the target is whole or absent, no temp file is left.
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writePdf } from '@modulemark/pdf'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('writePdf', () => {
  it('writes the bytes, making the folder, and leaves nothing else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'modulemark-write-'))
    const file = join(dir, 'out', 'a.pdf')
    await writePdf(file, new Uint8Array([37, 80, 68, 70]))
    await writePdf(file, new Uint8Array([37, 80, 68, 70, 45]))
    expect(readFileSync(file, 'latin1')).toBe('%PDF-')
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.pdf'])
  })

  it('fails without a trace when the target cannot be replaced', async () => {
    dir = mkdtempSync(join(tmpdir(), 'modulemark-write-'))
    mkdirSync(join(dir, 'a.pdf')) // a folder where the file should go: rename fails
    await expect(writePdf(join(dir, 'a.pdf'), new Uint8Array([1]))).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['a.pdf'])
  })
})
