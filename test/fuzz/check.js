// What must hold for every input, whatever it is: the parser is passed in, so
// the unit tests check the sources and `pnpm fuzz` the built packages.

const lenient = new TextDecoder('utf-8')

/**
 * Problems with parsing `source` (empty when all is well): it throws, reports
 * `internal-error`, returns a model the schema rejects, a node whose position
 * is outside the text or inconsistent, or differs when parsed again.
 */
export function checkParse({ parseModule, validateModule }, source) {
  let model
  try {
    model = parseModule(source)
  } catch (error) {
    return [{ kind: 'crash', detail: String(error?.stack ?? error) }]
  }
  const problems = []
  for (const message of model.messages) {
    if (message.ruleId === 'internal-error') problems.push({ kind: 'internal-error', detail: message.reason })
  }
  const valid = validateModule(model)
  if (!valid.ok) problems.push({ kind: 'invalid-model', detail: JSON.stringify(valid.issues.slice(0, 3)) })
  const text = typeof source === 'string' ? source : lenient.decode(source)
  const position = positionProblems(model, text)
  if (position) problems.push({ kind: 'position', detail: position })
  if (JSON.stringify(parseModule(source)) !== JSON.stringify(model)) problems.push({ kind: 'nondeterministic', detail: 'a second parse gave other JSON' })
  return problems
}

/** The first node whose offsets fall outside the text, run backwards, or disagree with their line and column. */
function positionProblems(model, text) {
  const starts = lineStarts(text)
  const stack = [model, ...model.worksheets.flatMap((entry) => entry.instructions)]
  while (stack.length > 0) {
    const node = stack.pop()
    const { start, end } = node.position ?? {}
    if (!start || !end) return `${node.type} has no position`
    for (const point of [start, end]) {
      if (!(point.offset >= 0 && point.offset <= text.length)) return `${node.type}: offset ${point.offset} outside [0, ${text.length}]`
      const expected = pointAt(starts, point.offset)
      if (expected.line !== point.line || expected.column !== point.column) {
        return `${node.type}: ${point.line}:${point.column} but offset ${point.offset} is ${expected.line}:${expected.column}`
      }
    }
    if (start.offset > end.offset) return `${node.type} ends (${end.offset}) before it starts (${start.offset})`
    if (node.children) for (const child of node.children) stack.push(child)
  }
  return null
}

// CRLF, CR and LF each end a line, as the model says.
function lineStarts(text) {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++
    if (code === 10 || code === 13) starts.push(i + 1)
  }
  return starts
}

function pointAt(starts, offset) {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid] <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - starts[low] + 1 }
}

/** Writing the page's model as Markdown, reading it and writing again must give the same text. */
export function checkMarkdownTwice({ parseModule, toMarkdown }, source) {
  try {
    const once = toMarkdown(parseModule(source))
    const again = toMarkdown(parseModule(once))
    return again === once ? [] : [{ kind: 'markdown-unstable', detail: JSON.stringify(once).slice(0, 200) }]
  } catch (error) {
    return [{ kind: 'markdown-crash', detail: String(error?.stack ?? error) }]
  }
}
