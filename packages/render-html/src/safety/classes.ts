// The class names module pages and the renderers use: anything else could borrow a site's own UI classes.

/** Classes the course writes in its pages (sections, callouts, tables, videos, code). */
export const pageClasses: Array<string | RegExp> = [
  'colorhighlight',
  'updatedcolor',
  /^color\d+$/,
  /^border\d+$/,
  'callout',
  'activity',
  'videos',
  'case_study',
  'casestudy',
  'objectives',
  'info',
  'worksheet',
  'worksheet-noborder',
  'colorful',
  'example-form',
  'videotime',
  'highlight',
  'highlighter-rouge',
  /^language-[\w+#.-]+$/
]

/** Classes the print and handout renderers add themselves (print-*, the handout's parts). */
export const rendererClasses: Array<string | RegExp> = [
  /^print-[a-z]+(?:-[a-z]+)*$/,
  'handout',
  'instructions',
  'questions',
  'answer',
  'line',
  'writing',
  'licence',
  'fields',
  'field',
  'blank',
  'example',
  'embed',
  'image-alt',
  'cover',
  'course',
  'module',
  'title',
  'kind',
  'description',
  'contents',
  'from'
]
