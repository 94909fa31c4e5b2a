// The browser tests need Chromium and poppler-utils: without them this suite fails, saying how to install them.
import { execFileSync } from 'node:child_process'
import { chromiumPath, ChromiumNotFoundError } from '@modulemark/pdf'
import { accessSync, constants } from 'node:fs'
import { describe, it } from 'vitest'

describe('environment', () => {
  it('has Chromium', () => {
    const path = chromiumPath()
    try {
      accessSync(path, constants.X_OK)
    } catch (error) {
      throw new ChromiumNotFoundError(path, error)
    }
  })

  for (const tool of ['pdftotext', 'pdfinfo', 'pdftoppm']) {
    it(`has ${tool}`, () => {
      try {
        execFileSync(tool, ['-v'], { stdio: 'ignore' })
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} not found: apt-get install poppler-utils`)
      }
    })
  }
})
