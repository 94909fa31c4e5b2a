import type { Node } from '@modulemark/model'

/**
 * The text a model node holds as the parser's hast-util-to-string reads it back:
 * every value but comments (Liquid tags are text there). Not `plainText` of
 * render-html, which gives what a reader sees.
 */
export function textOf(node: Node | undefined): string {
  if (node === undefined || node.type === 'comment') return ''
  if ('value' in node && typeof node.value === 'string') return node.value
  return 'children' in node ? (node.children as readonly Node[]).map(textOf).join('') : ''
}
