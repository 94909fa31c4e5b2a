// A compact, readable projection of a parsed module, for whole-structure
// assertions written by hand from reading a page.
//
// Block nodes become one line each; parents (section, callout, details,
// blockquote, non-phrasing elements) become `[line, children]`; tables become
// `[line, rows]`. Text is folded (see `fold`) so expectations can be typed in
// ASCII. Lines:
//   section <color> "<title>"                     title `null` when none
//   callout <kind> "<title>" <worksheet>?         classes are not shown (order never matters)
//   h<depth> "<text>" <worksheet>?
//   p "<first three words>"                       also a run of inline nodes at block level
//   list ul|ol <items>
//   table <classes|-> fillIn|static [<columns>] rows=<all rows>, then one line per row:
//     cells joined by ' | '; `#` marks a header cell, `_` a blank one; the first
//     three words of the text, then ` (N lines)` when the cell has several lines
//   embed <provider> <duration> <seconds>
//   details "<summary>"; blockquote; code <lang> lines=N; hr; comment; html; liquid "<value>"
//   <tag.class> for any other element with block content
// A worksheet is `{Label N "title" url=<url|null> target=<t|null> role=<role>}`;
// an entry of the page's `worksheets` index adds `tables: [A|B|C] [D|E]` (or `none`).
// Two readings the contract leaves open are normalised: a paragraph holding an
// iframe is shown as its embed, and a `videotime` div (whose text is the
// embed's duration) is not shown, whether the parser keeps it or not.

/** A model node, loosely typed: tests read the JSON contract, not the parser's types. */
export interface AnyNode {
  type: string
  /** `AnyNode[]` on parents. */
  [key: string]: any
}

export type Outline = string | [string, Outline[]]

export interface PageOutline {
  title: string | null
  children: Outline[]
  worksheets: string[]
}

/** NFKC, typographic quotes/dashes/ellipsis folded to ASCII, whitespace collapsed. */
export function fold(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2012\u2013\u2014\u2015]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The plain text of a node: text, inline code, image alt, liquid, recursively. */
export function plainText(node: AnyNode | AnyNode[]): string {
  if (Array.isArray(node)) return node.map(plainText).join('')
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'liquid':
      return String(node.value ?? '')
    case 'image':
      return node.alt ? ` ${node.alt} ` : ''
    case 'break':
      return ' '
    case 'comment':
    case 'html':
      return ''
    default:
      return node.children ? plainText(node.children) : ''
  }
}

export function outline(model: AnyNode): PageOutline {
  return {
    title: model.title ?? null,
    children: blocks(model.children ?? []),
    worksheets: (model.worksheets ?? []).map(worksheetEntry)
  }
}

/** `{Worksheet 6 "title" url=null target=_blank role=worksheet}`, or `null`. */
export function worksheetLine(ws: AnyNode | null | undefined): string | null {
  if (!ws) return null
  return `{${ws.label} ${ws.number ?? 'null'} ${quote(ws.title)} url=${ws.url ?? 'null'} target=${ws.target ?? 'null'} role=${ws.role}}`
}

function worksheetEntry(entry: AnyNode): string {
  const tables = (entry.tables ?? []) as { columns: string[] }[]
  const list = tables.length ? tables.map((t) => `[${t.columns.map(fold).join('|')}]`).join(' ') : 'none'
  return `${worksheetLine(entry)} tables: ${list}`
}

const phrasingTags = new Set(
  'a abbr b bdi bdo br cite code data del dfn em font i img ins kbd label mark q s samp small span strong sub sup time u var wbr'.split(' ')
)
const inlineTypes = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image'])

function isInline(node: AnyNode): boolean {
  if (inlineTypes.has(node.type)) return true
  return node.type === 'element' && phrasingTags.has(String(node.tagName).toLowerCase())
}

function blocks(nodes: AnyNode[]): Outline[] {
  const out: Outline[] = []
  let run: AnyNode[] = []
  const flush = () => {
    if (run.length && fold(plainText(run)) !== '') out.push(`p ${quote(firstWords(plainText(run)))}`)
    run = []
  }
  for (const node of nodes) {
    if (isInline(node)) {
      run.push(node)
      continue
    }
    flush()
    out.push(...block(node))
  }
  flush()
  return out
}

function block(node: AnyNode): Outline[] {
  const children = node.children ?? []
  switch (node.type) {
    case 'section':
      return [[`section ${node.color ?? 'null'} ${quote(node.title)}`, blocks(children)]]
    case 'callout':
      return [[`callout ${node.kind ?? 'null'} ${quote(node.title)}${suffix(node.worksheet)}`, blocks(children)]]
    case 'heading':
      return [`h${node.depth} ${quote(plainText(node))}${suffix(node.worksheet)}`]
    case 'paragraph':
      if (children.some((c: AnyNode) => c.type === 'embed' || (c.type === 'element' && !isInline(c)))) return blocks(children)
      return [`p ${quote(firstWords(plainText(node)))}`]
    case 'list':
      return [`list ${node.ordered ? 'ol' : 'ul'} ${children.length}`]
    case 'blockquote':
      return [['blockquote', blocks(children)]]
    case 'details':
      return [[`details ${quote(node.summary)}`, blocks(children)]]
    case 'table':
      return [table(node)]
    case 'embed':
      return [`embed ${node.provider} ${node.duration ?? 'null'} ${node.seconds ?? 'null'}`]
    case 'code':
      return [`code ${node.lang ?? 'null'} lines=${String(node.value ?? '').split('\n').length}`]
    case 'thematicBreak':
      return ['hr']
    case 'comment':
      return ['comment']
    case 'html':
      return ['html']
    case 'liquid':
      return [`liquid ${quote(node.value)}`]
    case 'element': {
      const classes = classList(node)
      if (classes.includes('videotime')) return []
      return [[`<${String(node.tagName).toLowerCase()}${classes.map((c) => `.${c}`).join('')}>`, blocks(children)]]
    }
    default:
      return [children.length ? `${node.type} (${children.length} children)` : node.type]
  }
}

function table(node: AnyNode): Outline {
  const classes: string[] = node.classes ?? []
  const head = `table ${classes.length ? classes.join('.') : '-'} ${node.fillIn ? 'fillIn' : 'static'} [${(node.columns ?? []).map(fold).join('|')}] rows=${(node.children ?? []).length}`
  const rows = (node.children ?? []).map((row: AnyNode) => (row.children ?? []).map(cellLine).join(' | '))
  return [head, rows]
}

function cellLine(cell: AnyNode): string {
  const lines: string[] = cell.lines ?? []
  let out = (cell.header ? '#' : '') + (cell.blank ? '_' : firstWords(cell.text ?? ''))
  if (lines.length > 1) out += ` (${lines.length} lines)`
  if ((cell.colspan ?? 1) !== 1) out += ` colspan=${cell.colspan}`
  if ((cell.rowspan ?? 1) !== 1) out += ` rowspan=${cell.rowspan}`
  return out
}

function classList(node: AnyNode): string[] {
  const attributes = node.attributes ?? {}
  const value = attributes.class ?? attributes.className ?? ''
  return String(value).split(/\s+/).filter(Boolean)
}

function suffix(ws: AnyNode | null | undefined): string {
  const line = worksheetLine(ws)
  return line ? ` ${line}` : ''
}

function quote(value: unknown): string {
  return value === null || value === undefined ? 'null' : `"${fold(String(value))}"`
}

function firstWords(value: string, count = 3): string {
  return fold(value).split(' ').filter(Boolean).slice(0, count).join(' ')
}

/** Every node of the model in document order (depth first, through `children`). */
export function* walk(node: AnyNode): Generator<AnyNode> {
  yield node
  for (const child of node.children ?? []) yield* walk(child)
}

/** Every table of the page, in document order. */
export function tables(model: AnyNode): AnyNode[] {
  return [...walk(model)].filter((n) => n.type === 'table')
}

/** The facts of one cell: `header`, `text`, `lines`, `blank`. */
export function cellFacts(table: AnyNode, row: number, column: number) {
  const cell = table.children?.[row]?.children?.[column]
  if (!cell) return undefined
  return { header: cell.header, text: cell.text, lines: cell.lines, blank: cell.blank }
}

/** Every link as `text -> url` plus ` target=…` when it has one, in document order. */
export function links(model: AnyNode): string[] {
  return [...walk(model)]
    .filter((n) => n.type === 'link')
    .map((n) => `${fold(plainText(n))} -> ${n.url}${n.attributes?.target ? ` target=${n.attributes.target}` : ''}`)
}

/** Messages as `ruleId line:column`, sorted by place. */
export function messageList(model: AnyNode): string[] {
  return [...(model.messages ?? [])]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)))
    .map((m) => `${m.ruleId} ${m.line ?? '?'}:${m.column ?? '?'}`)
}

/**
 * Compare messages with hand-written expectations: `rule`, `rule LINE` or
 * `rule LINE:COL`, each matching its own message. Reports expectations no
 * message meets and warning/error rules that no expectation names (info
 * messages are checked only where listed).
 */
export function compareMessages(model: AnyNode, expected: string[]) {
  const messages: AnyNode[] = model.messages ?? []
  const used = new Set<number>()
  const parsed = expected.map((entry) => {
    const [ruleId, place] = entry.split(' ')
    const [line, column] = (place ?? '').split(':').map((v) => (v ? Number(v) : undefined))
    return { entry, ruleId, line, column }
  })
  // Most specific expectations first, so `rule` alone does not steal a placed message.
  const order = [...parsed].sort((a, b) => specificity(b) - specificity(a))
  const missing: string[] = []
  for (const want of order) {
    const index = messages.findIndex(
      (m, i) =>
        !used.has(i) &&
        m.ruleId === want.ruleId &&
        (want.line === undefined || m.line === want.line) &&
        (want.column === undefined || m.column === want.column)
    )
    if (index === -1) missing.push(want.entry)
    else used.add(index)
  }
  const named = new Set(parsed.map((p) => p.ruleId))
  const unexpected = [...new Set(messages.filter((m) => m.severity !== 'info' && !named.has(m.ruleId)).map((m) => m.ruleId))].sort()
  return { missing: missing.sort(), unexpected, all: messageList(model) }
}

function specificity(want: { line?: number; column?: number }): number {
  return (want.line === undefined ? 0 : 1) + (want.column === undefined ? 0 : 1)
}
