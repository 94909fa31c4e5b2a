// Which Chromium, and the error when there is none: no browser needed.
import { afterEach, describe, expect, it } from 'vitest'
import { ChromiumNotFoundError, chromiumArgs, chromiumPath, createPdfRenderer } from '@modulemark/pdf'

const saved = process.env.MODULEMARK_CHROMIUM
afterEach(() => {
  if (saved === undefined) delete process.env.MODULEMARK_CHROMIUM
  else process.env.MODULEMARK_CHROMIUM = saved
})

describe('chromium', () => {
  it('is the option, else MODULEMARK_CHROMIUM, else Debian’s', () => {
    delete process.env.MODULEMARK_CHROMIUM
    expect(chromiumPath()).toBe('/usr/bin/chromium')
    process.env.MODULEMARK_CHROMIUM = '/opt/chromium'
    expect(chromiumPath()).toBe('/opt/chromium')
    expect(chromiumPath('/x/chrome')).toBe('/x/chrome')
  })

  it('runs with the flags a closed network needs', () => {
    for (const flag of ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']) {
      expect(chromiumArgs).toContain(flag)
    }
  })

  it('missing: ChromiumNotFoundError with the install hint, and no handler left behind', async () => {
    const sigint = process.listenerCount('SIGINT')
    const error = await createPdfRenderer({ chromium: '/nonexistent' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChromiumNotFoundError)
    expect(error).toMatchObject({ name: 'ChromiumNotFoundError', code: 'MODULEMARK_CHROMIUM_NOT_FOUND' })
    expect(String((error as Error).message)).toMatch(/apt-get install chromium.*--chromium PATH.*MODULEMARK_CHROMIUM/s)
    expect(process.listenerCount('SIGINT')).toBe(sigint)
  })
})
