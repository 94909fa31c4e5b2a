import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { chromiumArgs } from './chromium.js'

export interface Launched {
  context: BrowserContext
  userDataDir: string
}

/**
 * One Chromium with a fresh profile, page scripts off, and every request but `data:`/`about:` aborted:
 * printing never runs the page's code nor reaches the network.
 */
export async function launch(executablePath: string, onBlocked?: (url: string) => void): Promise<Launched> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'modulemark-chromium-'))
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: chromiumArgs,
      javaScriptEnabled: false,
      // Our own handlers (signals.ts) close the browser and let the caller's handlers decide.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 60_000
    })
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true })
    throw error
  }
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith('data:') || url.startsWith('about:')) return route.continue()
    onBlocked?.(url)
    return route.abort('blockedbyclient')
  })
  return { context, userDataDir }
}
