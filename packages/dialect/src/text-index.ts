import type { Point } from 'unist'

/** Maps offsets in a text to 1-based line/column points (CRLF, CR and LF all end a line; a tab is one column). */
export class TextIndex {
  readonly text: string
  /** Offset where each line starts. */
  readonly lineStarts: number[]

  constructor(text: string) {
    this.text = text
    const starts = [0]
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++
      if (code === 10 || code === 13) starts.push(i + 1)
    }
    this.lineStarts = starts
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.lineStarts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return low
  }

  point(offset: number): Point {
    const line = this.lineOf(offset)
    return { line: line + 1, column: offset - this.lineStarts[line] + 1, offset }
  }

  /** Offset of the end of the line holding `offset`, before its line ending. */
  lineEnd(offset: number): number {
    const line = this.lineOf(offset)
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length
    while (end > this.lineStarts[line] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--
    return Math.max(end, offset)
  }

  /** Offset where the next line starts after the one holding `offset` (or the text's end). */
  nextLine(offset: number): number {
    const line = this.lineOf(offset)
    return line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length
  }
}
