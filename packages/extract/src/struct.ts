import type { Node, Position, Worksheet } from '@modulemark/model'
import { classesOf, report } from '@modulemark/dialect'
import type { Element } from 'hast'
import { toString } from 'mdast-util-to-string'
import type { Context } from './context.js'
import { convertChildren } from './convert.js'
import { worksheetOf, type WorksheetName } from './worksheet-name.js'

const knownColors = new Set(['color1', 'color2', 'color3', 'color4', 'color5', 'border3'])
const knownKinds = new Set(['activity', 'videos', 'case_study', 'objectives', 'info'])

/** A colorhighlight div becomes a section, a callout div a callout; other divs are not structs. */
export function convertStruct(element: Element, context: Context, position: Position): Node | undefined {
  const classes = classesOf(element)
  if (classes.includes('colorhighlight')) return convertSection(element, classes, context, position)
  if (classes.includes('callout')) return convertCallout(element, classes, context, position)
  return undefined
}

function convertSection(element: Element, classes: string[], context: Context, position: Position): Node {
  const color = classes.find((token) => /^(color|border)\d+$/.test(token)) ?? null
  if (color && !knownColors.has(color)) {
    report(context.file, 'unknown-color', `The colour \`${color}\` is not one of color1–color5 or border3: it was kept as written`, position.start)
  }
  const children = convertChildren(element.children, { ...context, inSection: true }, position)
  return { type: 'section', color, classes, title: titleOf(children), children, position }
}

function convertCallout(element: Element, classes: string[], context: Context, position: Position): Node {
  const kind = calloutKind(classes, context, position)
  const children = convertChildren(element.children, { ...context, callout: kind }, position)
  const first = titleBlock(children)
  const worksheet = first ? worksheetOf(first, (name) => calloutRole(name, kind)) : null
  return { type: 'callout', kind, classes, title: titleOf(children), worksheet, children, position }
}

export function calloutRole(name: WorksheetName, kind: string | null | undefined): Worksheet['role'] {
  if (name.revisit) return 'revisit'
  return kind === 'activity' || kind === null ? 'worksheet' : 'reference'
}

function calloutKind(classes: string[], context: Context, position: Position): string | null {
  const token = classes.find((name) => name !== 'callout')
  if (token === undefined) return null
  if (knownKinds.has(token)) return token
  if (token === 'casestudy' || token === 'case-study') {
    report(context.file, 'callout-kind', `Write \`case_study\`, not \`${token}\`: read as a case study`, position.start)
    return 'case_study'
  }
  report(context.file, 'callout-kind', `The callout kind \`${token}\` is not one of activity, videos, case_study, objectives, info: it was kept as written`, position.start)
  return token
}

/** The first block when it is a heading or an all-bold paragraph. */
export function titleBlock(children: Node[]): Node | null {
  const first = children[0]
  if (first?.type === 'heading') return first
  if (first?.type === 'paragraph') {
    const parts = first.children.filter((node) => node.type !== 'text' || /\S/.test(node.value))
    if (parts.length === 1 && parts[0].type === 'strong') return first
  }
  return null
}

export function titleOf(children: Node[]): string | null {
  const block = titleBlock(children)
  return block ? clean(toString(block)) : null
}

function clean(text: string): string | null {
  const value = text.replace(/\s+/g, ' ').trim()
  return value === '' ? null : value
}
