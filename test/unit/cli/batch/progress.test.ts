import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { main } from '../../../../packages/modulemark/src/cli/main.js'
import { tempTree } from '../helpers.js'
import { pages } from './helpers.js'

async function runWithStderr(argv: string[], cwd: string, isTTY: boolean): Promise<string> {
  let stderr = ''
  await main(argv, {
    cwd,
    stdout: { write: () => true },
    stderr: { isTTY, write: (chunk: string) => ((stderr += chunk), true) },
    stdin: Readable.from([])
  })
  return stderr
}

describe('progress on stderr', () => {
  it('a bar with done/total, rate and ETA on a terminal, cleared at the end', async () => {
    const cwd = await tempTree(pages(8))
    const stderr = await runWithStderr(['json', 'src', '-o', 'out', '--jobs', '1'], cwd, true)
    expect(stderr).toMatch(/\r\[#+\.*\] \d\/8 pages {2}\d+\/s {2}ETA /)
    expect(stderr).toMatch(/\r\[#{24}\] 8\/8 pages/)
    expect(stderr).toMatch(/\r\x1b\[K8 pages, 0 warnings, 0 errors, [\d.]+ s\n$/)
  })

  it('none off a terminal, with --quiet, or for a few pages', async () => {
    const cwd = await tempTree(pages(8))
    expect(await runWithStderr(['json', 'src', '-o', 'out'], cwd, false)).toMatch(/^8 pages, 0 warnings, 0 errors, [\d.]+ s\n$/)
    expect(await runWithStderr(['json', 'src', '-o', 'out', '--quiet'], cwd, true)).toBe('')
    const few = await tempTree(pages(3))
    expect(await runWithStderr(['json', 'src', '-o', 'out'], few, true)).toMatch(/^3 pages/)
  })
})
