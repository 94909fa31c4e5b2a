import { execFile, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { cleanPage, repoRoot, tempTree } from './helpers.js'

const bin = join(repoRoot, 'packages/modulemark/bin/modulemark.js')

// `pnpm test` runs `tsc -b` first, so dist exists.
describe('the built bin', () => {
  it('prints the version and exits 0', async () => {
    expect(existsSync(join(repoRoot, 'packages/modulemark/dist/cli/main.js')), 'build first: pnpm exec tsc -b packages/modulemark').toBe(true)
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'packages/modulemark/package.json'), 'utf8')) as { version: string }
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, '--version'], { cwd: repoRoot })
    expect(stdout).toBe(`${version}\n`)
    expect(stderr).toBe('')
  })

  it('sets the exit code', async () => {
    const error = await promisify(execFile)(process.execPath, [bin, '--frobnicate'], { cwd: repoRoot }).catch((e: unknown) => e)
    expect((error as { code?: number }).code).toBe(2)
  })

  it('stops quietly with exit 0 when its reader closes stdout (`| head -1`)', async () => {
    const pages = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`p${String(i).padStart(3, '0')}.md`, cleanPage.repeat(20)]))
    const cwd = await tempTree(pages)
    const child = spawn(process.execPath, [bin, 'json', '.'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  }, 20_000)
})
