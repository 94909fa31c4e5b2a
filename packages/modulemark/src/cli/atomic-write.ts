import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `data` to `target` so that readers see the old file or the whole new
 * one, never a part: a temp file in the same folder (same file system, so the
 * rename is atomic), flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(target: string, data: string): Promise<void> {
  const dir = dirname(target)
  await mkdir(dir, { recursive: true })
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(temp, 'wx')
    await handle.writeFile(data, 'utf8')
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => {})
    await rm(temp, { force: true }).catch(() => {})
    throw error
  }
}
