import { batchOptionsHelp, watchOptionHelp } from '../help-common.js'

const handoutOptionsHelp = `      --to FORMAT    html (default): print-ready HTML; pdf: printed with Chromium
      --rows N       empty rows in each blank table, at least (default 6)
      --answer-lines N  ruled lines under each question (default 2)
      --keep-row-labels  the first column keeps the row labels of the page's
                     example table (such as "Local high schools") as prompts
      --with-example  a filled example table, marked "Example", after each blank one
      --page-size SIZE  letter (default) or a4
      --baseurl URL  what {{ site.baseurl }} stands for in printed link URLs
      --chromium PATH  the Chromium for --to pdf (default: MODULEMARK_CHROMIUM,
                     else /usr/bin/chromium)
      --trust        render the page as written, without sanitizing (only for a
                     site's own pages; see Security in the README)`

const configNote = `Defaults for --page-size, --rows, --answer-lines and --baseurl come from the
nearest modulemark.config.json (pageSize, rows, answerLines, baseurl); flags win.`

const exitCodes = `Exit codes: 0 ok; 1 errors found in a page; 2 usage, an output that cannot
be written, or no Chromium for --to pdf; 3 an input could not be read.`

export const worksheetsHelp = `Usage: modulemark worksheets <inputs...> [-o DIR] [--to html|pdf] [--rows N] [--answer-lines N]
                             [--keep-row-labels] [--with-example] [--page-size letter|a4] [--chromium PATH]
                             [--trust] [--watch] [-j N] [--cache DIR|--no-cache] [-q] [--format text|json]
                             [--strict] [--max-warnings N]

Blank worksheet handouts: for each page, one file with a handout per worksheet
it introduces (revisits and references make none), each on a new page: the
course and module titles, "Worksheet #N: Title", Name / Date / Library lines,
the instructions (links printed with their URL), a blank table per fill-in
table, the questions with ruled answer lines, a writing area when there is no
table, and the page's licence. A page in a course folder
(.../modules/<module>/_posts/x.md) takes the course title and licence from
_data/course.yml and the module title from the module's first page.
  x.md -> x.worksheets.html (or .pdf), the inputs' tree below their common
  base folder mirrored into -o DIR (default: the current folder). A page with
  no worksheet writes nothing and says so on stderr. Files are written
  atomically; an input is never overwritten.

A .json input is a model: validated first (an invalid one is reported with the
JSON pointer of its first problem, exit 1), then made into handouts as its
page would be. A batch runs in worker threads (Chromium prints on one thread),
reads unchanged pages from the cache (its key covers the course and module
titles), and ends with a summary line on stderr.

Options:
  -o, --out DIR      the folder to write into (default: the current folder)
${handoutOptionsHelp}
${watchOptionHelp}
${batchOptionsHelp}
  -h, --help         show this help

${configNote}

${exitCodes}
`

export const workbookHelp = `Usage: modulemark workbook <module-folder> [-o FILE] [--to html|pdf] [--rows N] [--answer-lines N]
                           [--keep-row-labels] [--with-example] [--page-size letter|a4] [--chromium PATH]
                           [--trust] [--watch]

One workbook of a module's worksheets: a cover (the course title and
description from ../../_data/course.yml when present, the module title), a
table of contents, then every worksheet of the module's pages (_posts/*.md and
*.markdown in date order, then by worksheet number), each from a new page,
with page numbers. Pages with "published: false" are left out; a reference to
a worksheet no page introduces is included. Duplicate or missing worksheet
numbers are warnings on stderr; the workbook is still built in page order.
With --watch, a change to a page of the module (or to course.yml) makes the
workbook again, one line with its time; new and deleted pages are picked up.

Options:
  -o, --out FILE     the file to write (default: <module>.workbook.html or .pdf
                     in the current folder)
${handoutOptionsHelp}
  -w, --watch        stay, and make the workbook again when a page changes (Ctrl-C stops)
  -h, --help         show this help

${configNote}

${exitCodes}
`
