import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { faultPoint } from './batch/fault.js'

export interface AtomicWriteOptions {
  /** Flush to disk before the rename (default true); cache entries skip it, a torn one is detected on read. */
  durable?: boolean
  /** Prefix of the fault-hook points (`''` for outputs, `'cache-'` for cache entries). */
  faultPrefix?: string
}

/** Temp files are `.<name>.<pid>.<12 hex>.tmp`, so a later run can tell a dead run's leftovers (see stale-temps). */
export const tempPattern = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/

/**
 * Writes `data` to `target` so that readers see the old file or the whole new
 * one, never a part: a temp file in the same folder (same file system, so the
 * rename is atomic), flushed to disk, then renamed over the target.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fault = options.faultPrefix ?? ''
  const dir = dirname(target)
  await mkdir(dir, { recursive: true })
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(temp, 'wx')
    faultPoint(`${fault}before-temp-write`)
    const half = bytes.byteLength >> 1
    await writeAll(handle, bytes, 0, half)
    faultPoint(`${fault}mid-temp-write`)
    await writeAll(handle, bytes, half, bytes.byteLength)
    if (options.durable !== false) await handle.sync()
    await handle.close()
    handle = undefined
    faultPoint(`${fault}after-temp-write`)
    await rename(temp, target)
    faultPoint(`${fault}after-rename`)
  } catch (error) {
    await handle?.close().catch(() => {})
    await rm(temp, { force: true }).catch(() => {})
    throw error
  }
}

/** `write` may take fewer bytes than asked; loop until [start, end) is written. */
async function writeAll(handle: Awaited<ReturnType<typeof open>>, bytes: Uint8Array, start: number, end: number): Promise<void> {
  while (start < end) {
    const { bytesWritten } = await handle.write(bytes, start, end - start, null)
    start += bytesWritten
  }
}
