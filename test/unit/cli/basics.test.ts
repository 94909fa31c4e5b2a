import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, run, tempTree } from './helpers.js'

const pkg = JSON.parse(readFileSync(join(repoRoot, 'packages/modulemark/package.json'), 'utf8')) as { version: string }

describe('modulemark (global)', () => {
  it('prints the package version', async () => {
    const cwd = await tempTree()
    for (const flag of ['--version', '-v']) {
      expect(await run([flag], { cwd })).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
    }
  })

  it('prints help globally and for every command', async () => {
    const cwd = await tempTree()
    const global = await run(['--help'], { cwd })
    expect(global.code).toBe(0)
    expect(global.stdout).toMatch(/^Usage: modulemark <command>/)
    for (const command of ['json', 'lint', 'schema']) {
      expect(global.stdout).toContain(`  ${command} `)
      const help = await run([command, '--help'], { cwd })
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^Usage: modulemark ${command}`))
      expect((await run(['help', command], { cwd })).stdout).toBe(help.stdout)
      expect((await run([command, '-h'], { cwd })).stdout).toBe(help.stdout)
    }
  })

  it('prints the JSON Schema', async () => {
    const cwd = await tempTree()
    const result = await run(['schema'], { cwd })
    expect(result.code).toBe(0)
    const schema = JSON.parse(result.stdout) as Record<string, unknown>
    expect(typeof schema.$schema).toBe('string')
    expect(result.stdout).toContain('\n  "') // indented
  })
})

describe('usage errors exit 2 with a one-line hint', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown global flag', ['--frobnicate'], /unknown option '--frobnicate'/],
    ['unknown command', ['render', 'x.md'], /unknown command 'render'/],
    ['unknown command flag', ['json', '--frobnicate', 'x.md'], /unknown option '--frobnicate' for 'json'/],
    ['lint has no -o', ['lint', '-o', 'out', 'x.md'], /unknown option '-o' for 'lint'/],
    ['-o without a value', ['json', 'x.md', '-o'], /-o, --out/],
    ['a bad --format', ['lint', '--format', 'xml', 'x.md'], /--format' must be one of text, json/],
    ['no input', ['lint'], /needs at least one input/],
    ['schema takes no argument', ['schema', 'x'], /unexpected argument 'x'/],
    ['no command', [], /Usage: modulemark/],
    ['prototype names are no commands', ['constructor'], /unknown command 'constructor'/]
  ]
  it.each(cases)('%s', async (_, argv, pattern) => {
    const cwd = await tempTree({ 'x.md': '# X\n' })
    const result = await run(argv, { cwd })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(pattern)
    if (argv.length > 0) {
      const lines = result.stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(2)
      expect(lines[1]).toMatch(/^Run 'modulemark( \w+)? --help' for usage\.$/)
    }
  })

  it('--pretty with NDJSON output', async () => {
    const cwd = await tempTree({ 'a.md': '# A\n', 'b.md': '# B\n' })
    const result = await run(['json', '--pretty', 'a.md', 'b.md'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/--pretty needs one input file or -o DIR/)
  })

  it('stdin with -o', async () => {
    const cwd = await tempTree()
    const result = await run(['json', '-', '-o', 'out'], { cwd, stdin: '# A\n' })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/stdin/)
  })
})
