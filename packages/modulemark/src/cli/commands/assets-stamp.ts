import { createHash, type Hash } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * A stamp of the files below the assets folder (path, size, modification
 * time), for the cache key of print HTML: its images are inlined from there,
 * so replacing one must rebuild the pages. Stats only: no image is read.
 * Dot-entries and node_modules are not walked, as everywhere else.
 */
export async function assetsStamp(dir: string | null | undefined): Promise<string | null> {
  if (dir === null || dir === undefined) return null
  const hash = createHash('sha256')
  await walk(dir, '', hash)
  return hash.digest('hex')
}

async function walk(dir: string, prefix: string, hash: Hash): Promise<void> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true }).catch(() => [])
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`
    if (entry.isDirectory()) await walk(dir, path, hash)
    else {
      const stats = await stat(join(dir, path)).catch(() => null)
      if (stats?.isFile()) hash.update(`${path}\0${stats.size}\0${stats.mtimeMs}\0`)
    }
  }
}
