// `pnpm pack` smoke test: the packed packages install into an empty project,
// from the pnpm store, and `modulemark` works there, types included.
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exec, pack, workspaceClosure, type Packed } from '../pack/workspace.js'
import { repoRoot } from './cli/helpers.js'

let temp: string
let packed: Packed[]
const project = () => join(temp, 'project')

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'modulemark-pack-'))
  const closure = workspaceClosure(join(repoRoot, 'packages'))
  packed = await Promise.all([...closure.values()].map((dir) => pack(dir, join(temp, 'tarballs'))))
  // The workspace packages are not on a registry: overrides point every one at its tarball.
  const tarballs = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]))
  // A Node consumer has Node's types; the workspace's exact version is in the store.
  const nodeTypes = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version
  const manifest = {
    name: 'smoke',
    private: true,
    type: 'module',
    dependencies: { modulemark: tarballs.modulemark },
    devDependencies: { '@types/node': nodeTypes },
    pnpm: { overrides: tarballs }
  }
  await mkdir(project(), { recursive: true })
  await writeFile(join(project(), 'package.json'), JSON.stringify(manifest, null, 2))
  // Packages come from the store; a frozen install caches no registry metadata,
  // so on a fresh machine the ranges of the packed manifests are resolved there.
  await exec('pnpm', ['install', '--prefer-offline', '--ignore-scripts', '--reporter', 'silent'], { cwd: project() })
}, 60_000)

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true })
})

describe('packed packages', () => {
  it('have no workspace: or catalog: ranges, and ship what their exports and bin name', () => {
    for (const { name, manifest, files } of packed) {
      for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) expect(range, `${name} → ${dep}`).not.toMatch(/^(workspace|catalog):/)
      const targets = Object.values(manifest.exports ?? {}).flatMap((entry) => [entry.types, entry.default])
      expect(targets, name).toContain('./dist/index.js')
      for (const target of [...targets, ...Object.values(manifest.bin ?? {})]) expect(files, `${name}: ${target}`).toContain(target!.replace(/^\.\//, ''))
    }
  })

  it("install from the store into an empty project, where `import { parseModule } from 'modulemark'` works", async () => {
    const script = [
      "import { parseModule, loadCourse } from 'modulemark'",
      "const model = parseModule('---\\ntitle: Packed\\n---\\n\\n# Hi\\n', { path: 'p.md' })",
      'console.log(JSON.stringify([model.type, model.title, typeof loadCourse]))'
    ].join('\n')
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], { cwd: project() })
    expect(JSON.parse(stdout)).toEqual(['module', 'Packed', 'function'])
    const { stdout: version } = await exec(process.execPath, [join(project(), 'node_modules/modulemark/bin/modulemark.js'), '--version'], { cwd: project() })
    expect(version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('type-check a consumer with tsc against the packed declaration files', async () => {
    const source = [
      "import { parseModule, loadCourse, type Course, type ModuleRoot, type WorksheetEntry } from 'modulemark'",
      "const model: ModuleRoot = parseModule('# Hi', { path: 'p.md' })",
      'const worksheets: WorksheetEntry[] = model.worksheets',
      "const course: Course = await loadCourse('.')",
      'export const names: string[] = course.modules.map((module) => module.name)',
      'export const count: number = worksheets.length',
      // Fails as an unused directive if the types resolved to `any`.
      '// @ts-expect-error the model has no such field',
      'export const wrong = model.notAField'
    ].join('\n')
    await writeFile(join(project(), 'index.ts'), `${source}\n`)
    // skipLibCheck: checking all of @types/node takes ~20 s; the consumer's own code is still checked against our types.
    const tsconfig = {
      compilerOptions: { strict: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023'], skipLibCheck: true, types: ['node'] },
      files: ['index.ts']
    }
    await writeFile(join(project(), 'tsconfig.json'), JSON.stringify(tsconfig))
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
    const result = await exec(process.execPath, [tsc, '-p', project()], { cwd: project() }).catch((error: { stdout: string }) => error)
    expect(result.stdout).toBe('')
  }, 30_000)
})
