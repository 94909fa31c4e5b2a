export interface Options {
  /** The Chromium executable; else env MODULEMARK_CHROMIUM; else /usr/bin/chromium (Debian's). */
  chromium?: string
  /** Pages printed at once by one renderer (default 2: the machines have 2 cores). */
  concurrency?: number
  /** The PDF title (Chromium takes it from the document's `<title>`); default: the HTML's own. */
  title?: string
  /** Told of every request that was blocked (anything but `data:` and `about:`). */
  onBlockedRequest?: (url: string) => void
  /** Milliseconds one page may take to load and print (default 60 000). */
  timeout?: number
}

export interface RenderOptions {
  title?: string
}
