// The footer's licence or attribution: the page's front matter first, then the course's.
import type { ModuleRoot } from '@modulemark/model'

export function licenceLine(model: ModuleRoot, courseLicence: string | null | undefined): string | null {
  const fm = model.frontMatter
  const licence = text(fm.license) ?? text(fm.licence) ?? text(courseLicence)
  const attribution = text(fm.attribution)
  const parts = [licence, attribution].filter((part): part is string => part !== null)
  return parts.length > 0 ? parts.join(' · ') : null
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : null
}
