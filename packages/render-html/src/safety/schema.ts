// The allowlist: GitHub's sanitizing (hast-util-sanitize's default) plus what module pages need.
import { defaultSchema, type Schema } from 'hast-util-sanitize'
import { pageClasses, rendererClasses } from './classes.js'

type Definitions = NonNullable<Schema['attributes']>[string]

const aria = ['role', 'ariaHidden', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy']
const cell = ['bgColor', 'colSpan', 'rowSpan', 'scope', 'headers', 'abbr', 'align', 'vAlign', 'width', 'height']

// A class list of the default schema for one tag would shadow ours (`a`, `li`, `ol`, …): drop those.
const withoutClasses = (definitions: Definitions): Definitions =>
  definitions.filter((definition) => (typeof definition === 'string' ? definition : definition[0]) !== 'className')

const inherited = Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [tag, withoutClasses(list)]))

export const schema: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    // What the course's pages and kramdown write besides GitHub's set.
    ...['center', 'u', 'mark', 'small', 'big', 'font', 'abbr', 'cite', 'dfn', 'time', 'wbr', 'bdi', 'bdo', 'address'],
    ...['figure', 'figcaption', 'caption', 'colgroup', 'col', 'header', 'footer', 'nav', 'article', 'aside', 'hgroup'],
    // Embeds; their hosts and scheme are checked after (frames.ts).
    'iframe',
    // The print renderer's QR codes: a path on a rectangle, nothing that loads or runs.
    'svg',
    'rect',
    'path'
  ],
  attributes: {
    ...inherited,
    '*': [...(inherited['*'] ?? []), ['className', ...pageClasses, ...rendererClasses], 'style', ...aria],
    a: [...(inherited.a ?? []), 'target', 'rel'],
    img: [...(inherited.img ?? []), 'loading'],
    iframe: ['src', 'frameBorder', 'allow', 'allowFullScreen', 'webkitallowfullscreen', 'mozallowfullscreen', 'scrolling', 'loading', 'referrerPolicy', 'sandbox'],
    ol: [...(inherited.ol ?? []), 'reversed', 'type'],
    table: [...(inherited.table ?? []), 'bgColor'],
    tr: ['bgColor'],
    td: cell,
    th: cell,
    col: ['span', 'width'],
    colgroup: ['span', 'width'],
    font: ['color', 'size'],
    svg: ['viewBox', 'shapeRendering', 'fill'],
    rect: ['x', 'y', 'fill'],
    path: ['d', 'fill']
  },
  ancestors: { ...defaultSchema.ancestors, rect: ['svg'], path: ['svg'] },
  // `data:` is let through here for images only; frames.ts drops it everywhere else.
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https', 'data']
  },
  // Pages link to their own ids (`#partners`, `#worksheet-6`): ids stay as written, not `user-content-` prefixed.
  clobber: [],
  // Content meant for no reader of the page goes with its element; other unknown elements leave their content.
  strip: ['script', 'style', 'template', 'noscript', 'title'],
  allowComments: false,
  allowDoctypes: false
}
