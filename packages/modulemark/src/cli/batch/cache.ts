import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Message } from '@modulemark/model'
import { writeFileAtomic } from '../atomic-write.js'
import { describeSystemError } from '../errors.js'

export interface CachedPage {
  output: Buffer | null
  messages: Message[]
}

const magic = 'MMC1'

/**
 * Outputs and messages of pages already built, by content-hash key. An entry
 * is `MMC1 <key> <sha256 of the rest>\n{"size",…,"messages"}\n<output bytes>`:
 * one hash covers everything after the first line, so a truncated, edited or
 * misplaced entry reads as a miss and is rebuilt.
 */
export class PageCache {
  /** Set after the first failed write: the run goes on without storing more. */
  private writeFailed = false

  constructor(
    readonly dir: string,
    private readonly warn: (message: string) => void
  ) {}

  entryPath(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.mmc`)
  }

  async get(key: string): Promise<CachedPage | null> {
    let data: Buffer
    try {
      data = await readFile(this.entryPath(key))
    } catch {
      return null
    }
    return decodeEntry(key, data)
  }

  async put(key: string, page: CachedPage): Promise<void> {
    if (this.writeFailed) return
    try {
      // No fsync: a torn entry fails its hash and is rebuilt.
      await writeFileAtomic(this.entryPath(key), encodeEntry(key, page), { durable: false, faultPrefix: 'cache-' })
    } catch (error) {
      this.writeFailed = true
      this.warn(`cache not written (${this.dir}): ${describeSystemError(error)}`)
    }
  }
}

export function encodeEntry(key: string, page: CachedPage): Buffer {
  const meta = JSON.stringify({ size: page.output?.byteLength ?? null, messages: page.messages })
  const rest = Buffer.concat([Buffer.from(`${meta}\n`, 'utf8'), page.output ?? Buffer.alloc(0)])
  const hash = createHash('sha256').update(rest).digest('hex')
  return Buffer.concat([Buffer.from(`${magic} ${key} ${hash}\n`, 'utf8'), rest])
}

export function decodeEntry(key: string, data: Buffer): CachedPage | null {
  try {
    const firstEnd = data.indexOf(0x0a)
    const [tag, entryKey, hash] = data.subarray(0, firstEnd).toString('utf8').split(' ')
    if (firstEnd < 0 || tag !== magic || entryKey !== key) return null
    const rest = data.subarray(firstEnd + 1)
    if (createHash('sha256').update(rest).digest('hex') !== hash) return null
    const metaEnd = rest.indexOf(0x0a)
    const meta = JSON.parse(rest.subarray(0, metaEnd).toString('utf8')) as { size: number | null; messages: Message[] }
    const body = rest.subarray(metaEnd + 1)
    if (!Array.isArray(meta.messages)) return null
    if (meta.size === null) return body.byteLength === 0 ? { output: null, messages: meta.messages } : null
    return body.byteLength === meta.size ? { output: body, messages: meta.messages } : null
  } catch {
    return null
  }
}
