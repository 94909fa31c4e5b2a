// The closed (or known) value sets of the model; schemas and types derive from these.

export const CALLOUT_KINDS = ['activity', 'videos', 'case_study', 'objectives', 'info'] as const
/** A known callout kind; `Callout.kind` also keeps any other token raw. */
export type CalloutKind = (typeof CALLOUT_KINDS)[number]

export const SECTION_COLORS = ['color1', 'color2', 'color3', 'color4', 'color5', 'border3'] as const
/** A known section colour; `Section.color` also keeps other `colorN`/`borderN` tokens raw. */
export type SectionColor = (typeof SECTION_COLORS)[number]

export const EMBED_PROVIDERS = ['youtube', 'vimeo', 'ted', 'raindrop', 'other'] as const
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number]

export const WORKSHEET_LABELS = ['Worksheet', 'Activity', 'Learning Activity'] as const
export type WorksheetLabel = (typeof WORKSHEET_LABELS)[number]

export const WORKSHEET_ROLES = ['worksheet', 'revisit', 'reference'] as const
export type WorksheetRole = (typeof WORKSHEET_ROLES)[number]

export const SEVERITIES = ['error', 'warning', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export const TABLE_ALIGNS = ['left', 'right', 'center'] as const
/** A table column's alignment; `null` when none is set. */
export type TableAlign = (typeof TABLE_ALIGNS)[number] | null
