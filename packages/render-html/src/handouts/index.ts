export { toWorksheets } from './to-worksheets.js'
export { toWorkbook } from './to-workbook.js'
export type { HandoutOptions, Workbook, WorkbookCourse, WorkbookMessage, WorkbookModule, WorkbookOptions, WorksheetsOptions } from './options.js'
