import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../../packages/modulemark/src/cli/config/load.js'
import { ConfigError } from '../../../../packages/modulemark/src/cli/errors.js'
import { run, seedPath, tempTree } from '../helpers.js'
import { listTree, pages } from './helpers.js'

describe('modulemark.config.json / .mjs / .js', () => {
  it('gives defaults, found upward from the working folder', async () => {
    const cwd = await tempTree({ ...pages(2, 'site/src'), 'modulemark.config.json': JSON.stringify({ cache: 'cache-here', jobs: 1 }) })
    const result = await run(['json', 'src', '-o', 'out'], { cwd: join(cwd, 'site') })
    expect(result.code).toBe(0)
    // a path in the config is relative to the config file's folder
    expect((await listTree(join(cwd, 'cache-here'))).filter((path) => path.endsWith('.mmc'))).toHaveLength(2)
  })

  it('command-line flags win', async () => {
    const cwd = await tempTree({ ...pages(2), 'modulemark.config.json': JSON.stringify({ cache: false, format: 'json', maxWarnings: 0 }) })
    await writeFile(join(cwd, 'src/seed.md'), await import('node:fs/promises').then((fs) => fs.readFile(seedPath)))
    const fromConfig = await run(['json', 'src', '-o', 'out'], { cwd })
    expect(fromConfig.code).toBe(1) // the seed has warnings: more than maxWarnings 0
    expect(JSON.parse(fromConfig.stderr)).toEqual([]) // format json, no summary line
    await expect(stat(join(cwd, 'node_modules'))).rejects.toThrow() // cache: false

    const flags = await run(['json', 'src', '-o', 'out', '--format', 'text', '--max-warnings', '100', '--cache', 'c'], { cwd })
    expect(flags.code).toBe(0)
    expect(flags.stderr).toMatch(/^3 pages, \d+ warnings, 0 errors/)
    expect((await listTree(join(cwd, 'c'))).length).toBe(3)
  })

  it('an unknown key is an error (exit 2) naming the key and the file', async () => {
    const cwd = await tempTree({ ...pages(1), 'modulemark.config.json': JSON.stringify({ jobs: 2, pagesize: 'a4' }) })
    const result = await run(['json', 'src', '-o', 'out'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/unknown key 'pagesize' in .*modulemark\.config\.json/)
    await expect(stat(join(cwd, 'out'))).rejects.toThrow() // nothing done
  })

  it('a wrong value is an error naming the key', async () => {
    const cwd = await tempTree({ 'modulemark.config.json': JSON.stringify({ jobs: 0 }) })
    await expect(loadConfig(cwd)).rejects.toMatchObject({ code: 'config-invalid', message: expect.stringMatching(/invalid 'jobs'/) as unknown })
  })

  it('.mjs exports the object as default; two config files in one folder are refused', async () => {
    const cwd = await tempTree({ 'modulemark.config.mjs': 'export default { baseurl: "/course", rows: 8 }\n' })
    expect(await loadConfig(cwd)).toEqual({ file: join(cwd, 'modulemark.config.mjs'), values: { baseurl: '/course', rows: 8 } })
    await writeFile(join(cwd, 'modulemark.config.json'), '{}')
    const error = await loadConfig(cwd).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect(error).toMatchObject({ code: 'config-ambiguous' })
  })

  it('a .js config without a default export, or JSON that does not parse, is an error', async () => {
    const cwd = await tempTree({ 'a/modulemark.config.mjs': 'export const rows = 3\n', 'b/modulemark.config.json': '{ rows: 3' })
    await expect(loadConfig(join(cwd, 'a'))).rejects.toMatchObject({ code: 'config-invalid' })
    await expect(loadConfig(join(cwd, 'b'))).rejects.toMatchObject({ code: 'config-unreadable' })
    await mkdir(join(cwd, 'c'))
    expect((await loadConfig(join(cwd, 'c'))).file).toBeNull()
  })
})
