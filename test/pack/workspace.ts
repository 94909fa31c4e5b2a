// The workspace packages a published `modulemark` needs, and how to pack them.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

export const exec = promisify(execFile)

interface Manifest {
  name: string
  dependencies?: Record<string, string>
  exports?: Record<string, { types?: string; default?: string }>
  files?: string[]
  bin?: Record<string, string>
}

export const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest

/** `modulemark` and every workspace package it depends on, transitively: name → folder. */
export function workspaceClosure(packagesDir: string, root = 'modulemark'): Map<string, string> {
  const folders = new Map<string, string>([['modulemark', join(packagesDir, 'modulemark')]])
  const folderOf = (name: string) => folders.get(name) ?? join(packagesDir, name.replace(/^@modulemark\//, ''))
  const found = new Map<string, string>()
  const visit = (name: string) => {
    if (found.has(name)) return
    const dir = folderOf(name)
    found.set(name, dir)
    for (const [dep, range] of Object.entries(readManifest(dir).dependencies ?? {})) if (range.startsWith('workspace:')) visit(dep)
  }
  visit(root)
  return found
}

export interface Packed {
  name: string
  tarball: string
  files: string[]
  manifest: Manifest
}

/** `pnpm pack` (which rewrites workspace: and catalog: ranges) into `dest`. */
export async function pack(dir: string, dest: string): Promise<Packed> {
  const { stdout } = await exec('pnpm', ['pack', '--json', '--pack-destination', dest], { cwd: dir })
  const result = JSON.parse(stdout) as { name: string; filename: string; files: { path: string }[] }
  const { stdout: manifest } = await exec('tar', ['-xzOf', result.filename, 'package/package.json'])
  return { name: result.name, tarball: result.filename, files: result.files.map((file) => file.path), manifest: JSON.parse(manifest) as Manifest }
}
