// The `<div class="videotime">` the course writes after a video: `7:51`, `1:02:05`,
// or a time followed by a note. Shared by the reader and the Markdown writer, which
// must agree on when the div is only a time (and so part of the video before it).

const time = /\b(\d{1,2}(?::\d{2}){1,2})\b/
const onlyTime = /^\s*(\d{1,2}(?::\d{2}){1,2})\s*\|?\s*$/

/** The first time in a videotime div's text, or null. */
export function videotimeDuration(text: string): string | null {
  return time.exec(text)?.[1] ?? null
}

/** Whether a videotime div's text is nothing but a time (an optional trailing `|` allowed). */
export function isOnlyVideotime(text: string): boolean {
  return onlyTime.test(text)
}
