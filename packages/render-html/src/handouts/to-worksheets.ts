// Blank handouts of one page: one per worksheet it introduces, each on a new page.
import type { ModuleRoot } from '@modulemark/model'
import { documentTitle } from '../html/document.js'
import { checkModel, language, printDocument } from './document.js'
import { findAnchor } from './find.js'
import { handout } from './handout.js'
import { licenceLine } from './licence.js'
import { worksheetName } from './name.js'
import { settings, type WorksheetsOptions } from './options.js'
import { stylesheet } from './stylesheet.js'

/**
 * Print HTML with a blank handout for each worksheet of role `worksheet` on the
 * page (revisits and references make none). A page without any gives a
 * document with no handout: check `model.worksheets` first.
 */
export function toWorksheets(model: ModuleRoot, options: WorksheetsOptions = {}): string {
  checkModel(model, 'model')
  const resolved = settings(options)
  const entries = model.worksheets.filter((entry) => entry.role === 'worksheet')
  const several = entries.length > 1
  // Several handouts need one h1 above them: an untitled page is named by its file, as on the web page.
  const moduleTitle = text(options.moduleTitle) ?? model.title ?? (several ? documentTitle(model) : null)
  const body = entries.map((entry, index) =>
    handout(model, entry, resolved, {
      course: text(options.course),
      moduleTitle,
      licence: licenceLine(model, options.license),
      // One h1 a file: the worksheet's title alone, else the module title above them all.
      titleDepth: several && moduleTitle ? 2 : 1,
      moduleHeading: several && moduleTitle !== null && index === 0,
      id: `worksheet-${index + 1}`
    })
  )
  // Chromium names the PDF after <title>: the worksheet's name, or the page's for several.
  const title = entries.length === 1 ? worksheetName(entries[0], findAnchor(model, entries[0])) : `Worksheets: ${model.title ?? moduleTitle ?? 'handouts'}`
  return printDocument({ title, lang: language(model, options.lang), css: stylesheet(resolved.pageSize, { pageNumbers: false, label: null }), body })
}

const text = (value: string | null | undefined): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)
