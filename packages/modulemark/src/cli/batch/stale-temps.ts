import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { tempPattern } from '../atomic-write.js'

/**
 * Removes temp files that a killed run left in these folders: ours by name,
 * and only those whose process is gone (a live run may be mid-write).
 */
export async function removeStaleTemps(dirs: Iterable<string>): Promise<void> {
  for (const dir of new Set(dirs)) {
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names) {
      const pid = tempPattern.exec(name)?.[2]
      if (pid !== undefined && !isAlive(Number(pid))) await rm(join(dir, name), { force: true }).catch(() => {})
    }
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // alive, someone else's
  }
}
