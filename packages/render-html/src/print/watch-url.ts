// An embed's player URL is made for a frame; a reader of the printed page needs the page to open.
import type { Embed } from '@modulemark/model'

/** The URL a person opens (YouTube watch page, Vimeo page, TED talk, Raindrop collection), else the embed's own. */
export function watchUrl(node: Pick<Embed, 'url' | 'provider'>, fill: (value: string) => string): string {
  const raw = fill(node.url.trim())
  const absolute = raw.startsWith('//') ? `https:${raw}` : raw
  let url: URL
  try {
    url = new URL(absolute)
  } catch {
    return absolute
  }
  const parts = url.pathname.split('/').filter(Boolean)
  switch (node.provider) {
    case 'youtube': {
      const id = parts[0] === 'embed' ? parts[1] : undefined
      if (!id) return absolute
      const start = url.searchParams.get('start')
      return `https://www.youtube.com/watch?v=${id}${start && /^\d+$/.test(start) ? `&t=${start}s` : ''}`
    }
    case 'vimeo': {
      const id = parts[0] === 'video' ? parts[1] : undefined
      if (!id) return absolute
      // An unlisted video is only reachable with its hash.
      const hash = url.searchParams.get('h')
      return `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`
    }
    case 'ted': {
      const talk = parts.indexOf('talks')
      const slug = parts[parts.length - 1]
      return talk >= 0 && slug && slug !== 'talks' ? `https://www.ted.com/talks/${slug.replace(/\.html$/, '')}` : absolute
    }
    case 'raindrop': {
      const embed = parts.indexOf('embed')
      return embed > 0 ? `https://raindrop.io/${parts.slice(0, embed).join('/')}` : absolute
    }
    default:
      return absolute
  }
}
