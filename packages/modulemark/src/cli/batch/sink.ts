import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from '../atomic-write.js'

/** Where a page's output goes once it has a file: written as it is, or printed to PDF first. */
export interface OutputSink {
  /** Writes one page's output to `target` (atomically); false when the file was left as it was. */
  write(target: string, output: Buffer): Promise<boolean>
  close(): Promise<void>
}

/** Writes the bytes themselves. */
export const fileSink: OutputSink = { write: writeIfChanged, close: async () => {} }

/** Writes `data` atomically unless `target` already holds exactly these bytes (a warm rebuild touches nothing). */
export async function writeIfChanged(target: string, data: Buffer): Promise<boolean> {
  const existing = await readFile(target).catch(() => null)
  if (existing !== null && existing.equals(data)) return false
  await writeFileAtomic(target, data)
  return true
}
