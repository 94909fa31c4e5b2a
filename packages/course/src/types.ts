import type { ModuleRoot, WorksheetLabel, WorksheetRole } from '@modulemark/model'

/** `course.json`: the course, its modules in order, and each module's pages in order. */
export interface Course {
  type: 'course'
  /** From `_data/course.yml`; `null` when it has none (or there is no course.yml). */
  title: string | null
  description: string | null
  modules: CourseModule[]
}

export interface CourseModule {
  /** The folder name under `modules/`. */
  name: string
  /** The title of the module's first page; `null` when it has no page or that page no title. */
  title: string | null
  pages: CoursePage[]
}

export interface CoursePage {
  /** POSIX, relative to the course folder: `modules/<module>/_posts/<file>`. */
  path: string
  /** The file name without its date prefix and extension. */
  slug: string
  /** `YYYY-MM-DD`, from the file name. */
  date: string
  title: string | null
  /** `false` only when the front matter says `published: false`. */
  published: boolean
  worksheets: CourseWorksheet[]
}

/** A worksheet the page names (see the model's `worksheets` index). */
export interface CourseWorksheet {
  label: WorksheetLabel
  number: number | null
  title: string | null
  url: string | null
  role: WorksheetRole
}

/** Something in the course folder that was left out, and why; never fatal. */
export interface CourseWarning {
  code: 'module-missing' | 'page-not-dated'
  message: string
  /** POSIX, relative to the course folder. */
  path: string
}

/** The course folder as found on disk, before any page is read. */
export interface CourseLayout {
  /** Absolute path of the course folder. */
  dir: string
  title: string | null
  description: string | null
  modules: LayoutModule[]
  warnings: CourseWarning[]
}

export interface LayoutModule {
  name: string
  pages: LayoutPage[]
}

export interface LayoutPage {
  path: string
  slug: string
  date: string
}

export interface ReadOptions {
  /**
   * Parses one page (default: `parseModule`). A build cache or a worker pool
   * can stand in here; `path` is the page's course-relative path.
   */
  parse?: ((source: Uint8Array, path: string) => ModuleRoot | Promise<ModuleRoot>) | null | undefined
  /** A layout already read with `courseLayout(dir)`, so the folders are not walked again. */
  layout?: CourseLayout | null | undefined
  /** Told about each module listed but missing, and each `_posts` file without a date prefix. */
  onWarning?: ((warning: CourseWarning) => void) | null | undefined
}

export interface LoadOptions extends ReadOptions {
  /** Called with each page's model as it is read, in course order: write it, index it, then it is let go. */
  onPage?: ((model: ModuleRoot) => void | Promise<void>) | null | undefined
}
