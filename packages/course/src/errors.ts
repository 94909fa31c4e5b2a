export type CourseErrorCode = 'course-not-found' | 'course-config-invalid' | 'page-unreadable'

/** The course folder cannot be read as a course; `code` is stable, the wording is not. */
export class CourseError extends Error {
  override readonly name = 'CourseError'
  constructor(
    readonly code: CourseErrorCode,
    message: string,
    /** The file or folder at fault (absolute). */
    readonly path: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}
