// One headless Chromium with JavaScript on: load a document, let its vectors try, count what ran.
import { chromiumArgs, chromiumPath } from '@modulemark/pdf'
import { chromium, type Browser, type Page } from 'playwright-core'

/** What happened while a document was open, and what its DOM still holds that could run. */
export interface Outcome {
  /** Ids passed to `window.__canary`, from any frame, in call order. */
  canary: string[]
  /** Main-frame navigations away from the document (requests, so blocked ones count too). */
  navigations: string[]
  /** New windows the document opened. */
  popups: number
  /** Links with a `javascript:`, `vbscript:` or `data:` URL that were clicked to see whether they run. */
  clicked: number
  audit: Audit
}

/** Counts of what could run later or elsewhere, read from the live DOM. */
export interface Audit {
  handlers: number
  scripts: number
  badUrls: number
  srcdoc: number
  foreignFrames: number
  dangerousElements: number
  openerLinks: number
}

// A made-up origin: frames with `srcdoc` or `javascript:` share it, as they would on a real site.
const origin = 'http://modulemark.test'

// Each frame gets the canary before any of its own scripts run; calls reach the test through a binding.
const initScript = `window.__canary = (id) => { window.__canaryHit(String(id)) }`

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true })
}

/** Opens `html` as `http://modulemark.test/<name>.html` in a context of its own; every other request is refused. */
export async function probe(browser: Browser, name: string, html: string): Promise<Outcome> {
  const url = `${origin}/${encodeURIComponent(name)}.html`
  const context = await browser.newContext({ javaScriptEnabled: true })
  const canary: string[] = []
  const navigations: string[] = []
  let popups = 0
  try {
    await context.exposeBinding('__canaryHit', (_source, id: string) => void canary.push(id))
    await context.addInitScript(initScript)
    await context.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort('blockedbyclient')))
    const page = await context.newPage()
    context.on('page', () => void popups++)
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== url) navigations.push(request.url())
    })
    await page.goto(url, { waitUntil: 'load' })
    // Timers, meta refreshes and autofocus get their chance.
    await page.waitForTimeout(400)
    // Read before any click: a link or form that navigates would leave an error page to read.
    const audit = await auditDom(page)
    const clicked = await page.evaluate(clickDangerousLinks)
    await page.waitForTimeout(400)
    return { canary, navigations, popups, clicked, audit }
  } finally {
    await context.close()
  }
}

// Runs in the page: a reader clicking every link whose URL is code (a safe document has none).
function clickDangerousLinks(): number {
  const doc = (globalThis as any).document
  let clicked = 0
  for (const link of doc.querySelectorAll('a[href], area[href]')) {
    if (/^(?:javascript|vbscript|data):$/i.test(link.protocol)) {
      link.click()
      clicked++
    }
  }
  for (const form of doc.querySelectorAll('form')) {
    try {
      form.requestSubmit()
      clicked++
    } catch {
      // A form that cannot be submitted does nothing.
    }
  }
  return clicked
}

async function auditDom(page: Page): Promise<Audit> {
  return page.evaluate(() => {
    const doc = (globalThis as any).document
    const all: any[] = [...doc.querySelectorAll('*')]
    const code = /^\s*(?:javascript|vbscript|data):/i
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'xlink:href', 'background', 'srcdoc']
    const hosts = /(?:^|\.)(?:youtube\.com|youtube-nocookie\.com|vimeo\.com|ted\.com|raindrop\.io)$/
    return {
      handlers: all.reduce((n, el) => n + [...el.attributes].filter((a: any) => /^on/i.test(a.name)).length, 0),
      scripts: doc.querySelectorAll('script').length,
      badUrls: all.filter((el) =>
        urlAttributes.some((name) => {
          const value = el.getAttribute(name)
          // Images may carry their picture inline; an image cannot run it.
          return value !== null && code.test(value) && !(el.localName === 'img' && /^data:image\//i.test(value))
        })
      ).length,
      srcdoc: doc.querySelectorAll('iframe[srcdoc]').length,
      foreignFrames: [...doc.querySelectorAll('iframe')].filter((frame: any) => {
        const src = frame.getAttribute('src')
        if (src === null) return true
        try {
          const parsed = new URL(src)
          return parsed.protocol !== 'https:' || !hosts.test(parsed.hostname)
        } catch {
          return true
        }
      }).length,
      dangerousElements: doc.querySelectorAll('body object, body embed, body base, body form, body meta[http-equiv], body link, body template, body noscript').length,
      openerLinks: [...doc.querySelectorAll('a[target]')].filter((a: any) => !['_self', '_top', '_parent'].includes(a.target) && !(a.relList.contains('noopener') && a.relList.contains('noreferrer'))).length
    }
  })
}
