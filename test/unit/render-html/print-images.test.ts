// Images inlined from the site's folder; a missing one prints as its alt text in a box, with a message.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { text } from './helpers.js'
import { page, printed } from './print-helpers.js'

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
const dir = mkdtempSync(join(tmpdir(), 'modulemark-print-assets-'))
mkdirSync(join(dir, 'img'))
writeFileSync(join(dir, 'img', 'field-trip.png'), png)
writeFileSync(join(dir, 'img', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
writeFileSync(join(tmpdir(), 'modulemark-outside.png'), png)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const markdown = [
  '---\ntitle: Pictures\n---\n',
  '![Teens on a field trip]({{ site.baseurl }}/img/field-trip.png)\n',
  '<img src="/img/logo.svg" alt="Logo">\n',
  '![Missing chart](/img/none.png)\n',
  '![Remote](https://example.org/remote.png)\n',
  '![Outside](../modulemark-outside.png)\n'
].join('\n')

describe('toPrintHtml with --assets', () => {
  const result = () => printed(page(markdown), { assets: dir })

  it('inlines the images found as data: URIs', () => {
    const srcs = result().all('img').map((img) => String(img.properties.src))
    expect(srcs).toEqual([`data:image/png;base64,${png.toString('base64')}`, `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`])
    expect(result().all('img').map((img) => img.properties.alt)).toEqual(['Teens on a field trip', 'Logo'])
  })

  it('prints a missing, remote or outside image as its alt text in a box', () => {
    expect(result().all('span.print-missing-image').map(text)).toEqual(['Missing chart', 'Remote', 'Outside'])
    expect(result().css).toMatch(/\.print-missing-image \{[^}]*border: 1pt dashed/)
  })

  it('says why in a message at the image’s line', () => {
    const messages = result().messages
    expect(messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([
      ['print-image-missing', 'warning', 9],
      ['print-image-missing', 'warning', 11],
      ['print-image-missing', 'warning', 13]
    ])
    expect(messages[0].reason).toBe('The image /img/none.png was not found in the assets folder (looked for img/none.png): its alt text is printed instead')
    expect(messages[1].reason).toContain('print fetches nothing from the network')
  })

  it('finds images under a --baseurl too', () => {
    const { all, messages } = printed(page('![Trip]({{ site.baseurl }}/img/field-trip.png)\n'), { assets: dir, baseurl: 'https://example.org/course/' })
    expect(String(all('img')[0].properties.src)).toMatch(/^data:image\/png;base64,/)
    expect(messages).toEqual([])
  })

  it('without an assets folder, prints every image as a box and says so', () => {
    const { all, messages } = printed(page(markdown))
    expect(all('img')).toEqual([])
    expect(all('span.print-missing-image')).toHaveLength(5)
    expect(messages[0].reason).toContain('cannot be inlined without an assets folder')
  })
})
