export { loadCourse } from './load-course.js'
export { readCourse } from './read-course.js'
export { courseLayout } from './layout.js'
export { CourseError, type CourseErrorCode } from './errors.js'
export { courseModuleSchema, coursePageSchema, courseSchema, courseWorksheetSchema } from './schema.js'
export type {
  Course,
  CourseLayout,
  CourseModule,
  CoursePage,
  CourseWarning,
  CourseWorksheet,
  LayoutModule,
  LayoutPage,
  LoadOptions as LoadCourseOptions,
  ReadOptions as ReadCourseOptions
} from './types.js'
