import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { run, tempTree } from './helpers.js'

// A stand-in parser, so each severity (and a parser crash) can be asked for by
// the page text: a line `!error`, `!warning` or `!info` adds a message there;
// `!throw` makes the parser throw.
vi.mock('@modulemark/extract', () => ({
  parseModule(source: string | Uint8Array, options: { path?: string | null } = {}) {
    const text = typeof source === 'string' ? source : Buffer.from(source).toString('utf8')
    if (text.includes('!throw')) throw new Error('boom')
    const messages = text.split('\n').flatMap((line, index) => {
      const severity = /^!(error|warning|info)$/.exec(line)?.[1]
      if (!severity) return []
      const reason = `a ${severity}\nover two lines`
      return [{ ruleId: `test-${severity}`, severity, reason, line: index + 1, column: 1, endLine: index + 1, endColumn: line.length + 1 }]
    })
    return { type: 'module', schemaVersion: '1.0', path: options.path ?? null, frontMatter: {}, title: null, children: [], worksheets: [], messages }
  }
}))

const pages = {
  'ok.md': 'fine\n',
  'info.md': 'x\n!info\n',
  'warn.md': '!warning\n',
  'err.md': 'x\nx\n!error\n',
  'crash.md': '!throw\n'
}

describe('exit codes and diagnostics', () => {
  it('lint: infos and warnings exit 0; --strict makes warnings exit 1', async () => {
    const cwd = await tempTree(pages)
    expect((await run(['lint', 'info.md', 'warn.md'], { cwd })).code).toBe(0)
    expect((await run(['lint', '--strict', 'info.md'], { cwd })).code).toBe(0)
    expect((await run(['lint', '--strict', 'warn.md'], { cwd })).code).toBe(1)
  })

  it('lint: errors exit 1; reasons are kept on one line', async () => {
    const cwd = await tempTree(pages)
    const result = await run(['lint', 'ok.md', 'err.md'], { cwd })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('err.md:3:1 error a error over two lines test-error\n')
    expect(result.stderr).toBe('2 files: 1 error, 0 warnings, 0 info\n')
  })

  it('a parser crash becomes an internal-error message, not a stop', async () => {
    const cwd = await tempTree(pages)
    const result = await run(['lint', 'crash.md', 'warn.md'], { cwd })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^crash\.md:1:1 error internal error while parsing: boom internal-error\nwarn\.md:1:1 warning/)
  })

  it('json: error diagnostics go to stderr, the JSON to stdout, exit 1', async () => {
    const cwd = await tempTree(pages)
    const result = await run(['json', 'err.md'], { cwd })
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).path).toBe('err.md')
    expect(result.stderr).toBe('err.md:3:1 error a error over two lines test-error\n')
  })

  it('json: warnings stay quiet unless --strict', async () => {
    const cwd = await tempTree(pages)
    expect(await run(['json', 'warn.md'], { cwd })).toMatchObject({ code: 0, stderr: '' })
    const strict = await run(['json', '--strict', 'warn.md'], { cwd })
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/^warn\.md:1:1 warning /)
  })

  it('json --format json: diagnostics on stderr as a JSON array', async () => {
    const cwd = await tempTree(pages)
    const result = await run(['json', '--format', 'json', 'ok.md', 'err.md', 'warn.md'], { cwd })
    expect(result.code).toBe(1)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3)
    const diagnostics = JSON.parse(result.stderr) as { path: string; messages: { ruleId: string }[] }[]
    expect(diagnostics.map((entry) => [entry.path, entry.messages.map((message) => message.ruleId)])).toEqual([['err.md', ['test-error']]])
  })

  it('json -o: a crashed page writes nothing, the others are written', async () => {
    const cwd = await tempTree(pages)
    const result = await run(['json', 'crash.md', 'ok.md', '-o', 'out'], { cwd })
    expect(result.code).toBe(1)
    expect(await readdir(join(cwd, 'out'))).toEqual(['ok.json'])
  })

  it('the worst code wins: unreadable (3) over errors (1)', async () => {
    const cwd = await tempTree(pages)
    expect((await run(['lint', 'err.md', 'missing.md'], { cwd })).code).toBe(3)
  })
})
