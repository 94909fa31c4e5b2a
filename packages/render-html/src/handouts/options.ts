import type { HastOptions } from '../hast/options.js'

/** What every handout shares: page, blank tables, answer lines. */
export interface HandoutOptions extends HastOptions {
  /** Paper size (default: `'letter'`). */
  pageSize?: 'letter' | 'a4' | null | undefined
  /** Empty rows in each blank table, at least (default: 6). */
  rows?: number | null | undefined
  /** Ruled lines under each question (default: 2). */
  answerLines?: number | null | undefined
  /** The first column keeps the row labels of the page's first example table as prompts (default: `false`). */
  keepRowLabels?: boolean | null | undefined
  /** A filled example table, marked "Example", after each blank one (default: `false`). */
  withExample?: boolean | null | undefined
  /** `<html lang>` (default: the page's front matter `lang`, else `'en'`). */
  lang?: string | null | undefined
}

/** Options of `toWorksheets`. */
export interface WorksheetsOptions extends HandoutOptions {
  /** The course title for the header (the CLI reads it from `_data/course.yml`). */
  course?: string | null | undefined
  /** The module title for the header (default: the page's own title). */
  moduleTitle?: string | null | undefined
  /** The course's licence, for the footer when the page's front matter gives none. */
  license?: string | null | undefined
}

/** Options of `toWorkbook`. */
export type WorkbookOptions = HandoutOptions

/** The course a workbook belongs to, as `_data/course.yml` describes it. */
export interface WorkbookCourse {
  title?: string | null | undefined
  description?: string | null | undefined
  license?: string | null | undefined
}

/** The module a workbook is made of. */
export interface WorkbookModule {
  /** Default: the first page's title, else `name`. */
  title?: string | null | undefined
  /** The module folder's name. */
  name?: string | null | undefined
}

/** A problem with the module's worksheets that the workbook was built around. */
export interface WorkbookMessage {
  ruleId: 'workbook-number-duplicate' | 'workbook-number-missing'
  severity: 'warning'
  reason: string
  /** The page's `path`, when it has one. */
  path: string | null
  line: number | null
  column: number | null
}

export interface Workbook {
  /** The print-ready HTML document. */
  html: string
  /** Duplicate and missing worksheet numbers, in page order. */
  messages: WorkbookMessage[]
}

/** Options with their defaults filled in. */
export interface Settings {
  pageSize: 'letter' | 'a4'
  rows: number
  answerLines: number
  keepRowLabels: boolean
  withExample: boolean
  hast: HastOptions
}

export function settings(options: HandoutOptions): Settings {
  return {
    pageSize: options.pageSize === 'a4' ? 'a4' : 'letter',
    rows: count(options.rows, 6, 'rows'),
    answerLines: count(options.answerLines, 2, 'answerLines'),
    keepRowLabels: options.keepRowLabels ?? false,
    withExample: options.withExample ?? false,
    // Handouts are for paper: scripts never, and sanitized unless trusted.
    hast: { baseurl: options.baseurl, scripts: false, trust: options.trust ?? false, iframeHosts: options.iframeHosts }
  }
}

function count(value: number | null | undefined, fallback: number, name: string): number {
  if (value === null || value === undefined) return fallback
  if (!Number.isInteger(value) || value < 0 || value > 200) throw new RangeError(`Expected \`${name}\` to be a whole number from 0 to 200, not \`${value}\``)
  return value
}
