import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { ChromiumNotFoundError } from './errors.js'

export const defaultChromium = '/usr/bin/chromium'

// The network is closed: these keep Chromium from trying connections that are refused.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export function chromiumPath(option?: string): string {
  return option || process.env.MODULEMARK_CHROMIUM || defaultChromium
}

/** The executable to launch, checked up front so a missing one gives the install hint, not a stack. */
export async function findChromium(option?: string): Promise<string> {
  const path = chromiumPath(option)
  try {
    await access(path, constants.X_OK)
  } catch (error) {
    throw new ChromiumNotFoundError(path, error)
  }
  return path
}
