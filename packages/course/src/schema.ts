import { worksheetLabelSchema, worksheetRoleSchema } from '@modulemark/model'
import { z } from 'zod'
import type { Course, CourseModule, CoursePage, CourseWorksheet } from './types.js'

export const courseWorksheetSchema = z.object({
  label: worksheetLabelSchema,
  number: z.int().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  role: worksheetRoleSchema
})

export const coursePageSchema = z.object({
  path: z.string(),
  slug: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string().nullable(),
  published: z.boolean(),
  worksheets: z.array(courseWorksheetSchema)
})

export const courseModuleSchema = z.object({
  name: z.string(),
  title: z.string().nullable(),
  pages: z.array(coursePageSchema)
})

/** The zod schema of `course.json`. */
export const courseSchema = z.object({
  type: z.literal('course'),
  title: z.string().nullable(),
  description: z.string().nullable(),
  modules: z.array(courseModuleSchema)
})

// Compile-time proof that the interfaces and the schema agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T
export type TypeChecks = [
  Assert<Same<z.infer<typeof courseSchema>, Course>>,
  Assert<Same<z.infer<typeof courseModuleSchema>, CourseModule>>,
  Assert<Same<z.infer<typeof coursePageSchema>, CoursePage>>,
  Assert<Same<z.infer<typeof courseWorksheetSchema>, CourseWorksheet>>
]
