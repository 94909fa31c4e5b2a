// Chromium processes of ours, found by the fresh profile folder in their command line.
import { execFileSync } from 'node:child_process'

export function processesWith(text: string): string[] {
  try {
    return execFileSync('pgrep', ['-a', '-f', '--', text], { encoding: 'utf8' }).split('\n').filter(Boolean)
  } catch {
    return [] // pgrep exits 1 when nothing matches
  }
}

/** Browser main processes only: Chromium's helpers carry `--type=`. */
export const browserProcesses = (userDataDir: string) =>
  processesWith(`--user-data-dir=${userDataDir}`).filter((line) => !line.includes('--type='))
