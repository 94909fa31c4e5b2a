// Images from the site's folder as `data:` URIs: a print file carries its pictures and fetches nothing.
import { readFileSync, statSync } from 'node:fs'
import { extname, relative, resolve, sep } from 'node:path'

export type Inlined = { dataUri: string; reason?: undefined } | { dataUri?: undefined; reason: string }

const siteBaseurl = /^\{\{-?\s*site\.baseurl\s*-?\}\}/

const types: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon'
}

/**
 * The image at `url` (as the page wrote it, or with `baseurl` filled in) read
 * from `assets`, or why it could not be. Never reaches the network.
 */
export function inlineImage(url: string, assets: string | null, baseurl: string): Inlined {
  if (url.trim() === '') return { reason: 'has no URL' }
  const path = sitePath(url, baseurl)
  if (path === null) return { reason: 'is not on the site, and print fetches nothing from the network' }
  if (assets === null) return { reason: 'cannot be inlined without an assets folder' }
  const root = resolve(assets)
  const file = resolve(root, path)
  // `../` must not reach out of the folder the caller named.
  if (file !== root && !relative(root, file).split(sep)[0].startsWith('..') && isFile(file)) {
    const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream'
    return { dataUri: `data:${type};base64,${readFileSync(file).toString('base64')}` }
  }
  return { reason: `was not found in the assets folder (looked for ${path})` }
}

/** The path below the site's root that `url` names, or null for another site. */
function sitePath(url: string, baseurl: string): string | null {
  let path = url.trim().replace(siteBaseurl, '')
  if (baseurl !== '' && (path === baseurl || path.startsWith(`${baseurl}/`))) path = path.slice(baseurl.length)
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return null
  path = path.replace(/[?#].*$/, '').replace(/^\/+/, '')
  try {
    path = decodeURIComponent(path)
  } catch {
    // A stray `%` is part of the name then.
  }
  return path === '' ? null : path
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}
