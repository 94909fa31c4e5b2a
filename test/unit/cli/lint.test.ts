import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanPage, run, seedPath, tempTree } from './helpers.js'

/** `path:line:col severity reason rule-id` */
const lineShape = /^(.+):(\d+):(\d+) (error|warning|info) (.+) ([a-z0-9]+(?:-[a-z0-9]+)*)$/

async function seedTree(): Promise<string> {
  const cwd = await tempTree({ 'pages/clean.md': cleanPage })
  await copyFile(seedPath, join(cwd, 'pages/relationships.md'))
  return cwd
}

describe('modulemark lint', () => {
  it('text: one line a message on stdout, a summary on stderr; warnings alone exit 0', async () => {
    const cwd = await seedTree()
    const result = await run(['lint', 'pages/relationships.md'], { cwd })
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      const match = lineShape.exec(line)
      expect(match, line).not.toBeNull()
      expect(match![1]).toBe('pages/relationships.md')
    }
    // the seed's unclosed <th> on line 13 (see the "Done means")
    expect(lines).toContainEqual(expect.stringMatching(/^pages\/relationships\.md:13:19 warning .+ unclosed-cell$/))
    expect(result.stderr).toMatch(/^1 file: 0 errors, \d+ warnings?, \d+ info\n$/)
  })

  it('--strict: warnings exit 1', async () => {
    const cwd = await seedTree()
    expect((await run(['lint', '--strict', 'pages/relationships.md'], { cwd })).code).toBe(1)
  })

  it('a clean page: no lines, exit 0 even with --strict', async () => {
    const cwd = await seedTree()
    const result = await run(['lint', '--strict', 'pages/clean.md'], { cwd })
    expect(result).toEqual({ code: 0, stdout: '', stderr: '1 file: 0 errors, 0 warnings, 0 info\n' })
  })

  it('json: an array of { path, messages }, one entry per input', async () => {
    const cwd = await seedTree()
    const result = await run(['lint', '--format', 'json', 'pages'], { cwd })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const reports = JSON.parse(result.stdout) as { path: string; messages: { ruleId: string; severity: string; line: number }[] }[]
    expect(reports.map((report) => report.path)).toEqual(['pages/clean.md', 'pages/relationships.md'])
    expect(reports[0].messages).toEqual([])
    expect(reports[1].messages.map((message) => message.ruleId)).toContain('unclosed-cell')
  })

  it('json: stdin has path null', async () => {
    const result = await run(['lint', '--format', 'json', '-'], { cwd: await tempTree(), stdin: cleanPage })
    expect(JSON.parse(result.stdout)).toEqual([{ path: null, messages: [] }])
  })

  it('an unreadable input: reported, the others linted, exit 3', async () => {
    const cwd = await seedTree()
    const result = await run(['lint', 'missing.md', 'pages/relationships.md'], { cwd })
    expect(result.code).toBe(3)
    expect(result.stdout).toMatch(/^pages\/relationships\.md:/)
    expect(result.stderr).toMatch(/cannot read missing\.md/)
    expect(result.stderr).toMatch(/1 input could not be read/)
  })

  it('a glob that matches nothing is an unreadable input', async () => {
    const result = await run(['lint', 'nothing/**/*.md'], { cwd: await tempTree() })
    expect(result.code).toBe(3)
    expect(result.stderr).toMatch(/no module page matches 'nothing\/\*\*\/\*\.md'/)
  })
})
