import { sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ExitCode, worse } from '../../../packages/modulemark/src/cli/errors.js'
import { commonBase, globBase, isPageName } from '../../../packages/modulemark/src/cli/inputs.js'
import { write } from '../../../packages/modulemark/src/cli/io.js'
import { Writable } from 'node:stream'
import { outputName, planOutputs } from '../../../packages/modulemark/src/cli/output-paths.js'

const p = (...parts: string[]) => parts.join(sep)

describe('cli helpers', () => {
  it('maps page names to output names', () => {
    expect(outputName('a/x.md')).toBe('a/x.json')
    expect(outputName('x.markdown')).toBe('x.json')
    expect(outputName('x.md.old')).toBe('x.md.old.json')
    expect(outputName('X.MD')).toBe('X.json')
    expect(outputName('notes.txt')).toBe('notes.txt.json')
  })

  it('knows page names', () => {
    expect(['a.md', 'b.markdown', 'c.md.old', 'D.MD'].every(isPageName)).toBe(true)
    expect(['a.mdx', 'b.md.bak', '.md', 'c.old', 'x.json'].some(isPageName)).toBe(false)
  })

  it('finds the common base folder', () => {
    expect(commonBase([p('', 'a', 'b', 'c'), p('', 'a', 'b', 'd', 'e')])).toBe(p('', 'a', 'b'))
    expect(commonBase([p('', 'a', 'bc'), p('', 'a', 'b')])).toBe(p('', 'a'))
    expect(commonBase([p('', 'a'), p('', 'b')])).toBe(sep)
    expect(commonBase([p('', 'a', 'b')])).toBe(p('', 'a', 'b'))
    expect(commonBase([])).toBeNull()
  })

  it('finds the static base of a glob', () => {
    const cwd = p('', 'w')
    expect(globBase('docs/**/*.md', cwd)).toBe(p('', 'w', 'docs'))
    expect(globBase('*.md', cwd)).toBe(cwd)
    expect(globBase('a/b/{x,y}/*.md', cwd)).toBe(p('', 'w', 'a', 'b'))
  })

  it('refuses an output outside the folder', async () => {
    // A model path can only leave the folder when the inputs share no root (Windows drives).
    const source = { kind: 'file' as const, abs: p('', 'in', 'x.md'), display: 'x.md', modelPath: '../escape.md' }
    const plan = await planOutputs([source], p('', 'out'))
    expect(plan.targets.size).toBe(0)
    expect(plan.problems.map((problem) => problem.code)).toEqual(['output-outside-dir'])
  })

  it('ranks exit codes: usage > unreadable > problems > ok', () => {
    expect(worse(ExitCode.problems, ExitCode.unreadable)).toBe(ExitCode.unreadable)
    expect(worse(ExitCode.unreadable, ExitCode.usage)).toBe(ExitCode.usage)
    expect(worse(ExitCode.usage, ExitCode.problems)).toBe(ExitCode.usage)
    expect(worse(ExitCode.ok, ExitCode.problems)).toBe(ExitCode.problems)
  })
})

describe('writing to stdout whose reader went away', () => {
  it('stops with output-closed, without waiting for an event that already came', async () => {
    const stream = new Writable({ highWaterMark: 1, write: (_chunk, _encoding, callback) => setImmediate(callback) })
    stream.on('error', () => {})
    stream.destroy()
    await new Promise((resolve) => setImmediate(resolve)) // its `close` has been emitted
    await expect(write(stream, 'more output')).rejects.toMatchObject({ code: 'output-closed' })
  })

  it('waits for drain on a live stream that is full', async () => {
    const chunks: string[] = []
    const stream = new Writable({ highWaterMark: 1, write: (chunk: Buffer, _encoding, callback) => (chunks.push(chunk.toString()), setImmediate(callback)) })
    await write(stream, 'first')
    await write(stream, 'second')
    expect(chunks).toEqual(['first', 'second'])
  })
})
