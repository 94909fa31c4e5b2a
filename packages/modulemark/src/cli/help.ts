import { courseHelp } from './commands/course-help.js'
import { workbookHelp, worksheetsHelp } from './commands/handouts-help.js'
import { pdfHelp, printHelp } from './commands/print-help.js'
import { batchNote, batchOptionsHelp, configHelp, modelsHelp, watchOptionHelp } from './help-common.js'

const inputs = `Inputs are files, folders (walked recursively for .md, .markdown and .md.old
files, skipping node_modules and dot-folders), quoted globs, or - for stdin.`

const exitCodes = `Exit codes: 0 ok; 1 errors found (or warnings, with --strict, or more than
--max-warnings); 2 usage or environment; 3 an input could not be read or is
binary (the others were done).`

export const globalHelp = `Usage: modulemark <command> [options]

Parse kramdown course-module pages into the modulemark JSON model, and render them.

Commands:
  json <inputs...>   the model as JSON (stdout, NDJSON, or mirrored into -o DIR)
  lint <inputs...>   the model's messages as diagnostics
  html <inputs...>   each page as web HTML (stdout for one page, or mirrored into -o DIR)
  md <inputs...>     each page or model.json back as module Markdown
  print <inputs...>  each page as print-ready HTML (one self-contained file a page)
  pdf <inputs...>    each page as a PDF, printed by Chromium
  worksheets <inputs...>  blank worksheet handouts of each page (HTML or PDF)
  workbook <module>  all worksheets of a module folder in one workbook (HTML or PDF)
  course <dir>       a course folder as course.json and page JSON (or NDJSON)
  schema             the JSON Schema of the model

Options:
  -h, --help         show help (also: modulemark <command> --help)
  -v, --version      print the version

${inputs}

${exitCodes}
`

const jsonHelp = `Usage: modulemark json <inputs...> [-o DIR] [--pretty] [--watch] [-j N] [--cache DIR|--no-cache]
                       [-q] [--format text|json] [--strict] [--max-warnings N]

Parse each input into the modulemark JSON model.
  One file (or -) and no -o: its JSON on stdout.
  Several inputs, a folder or a glob, and no -o: NDJSON, one compact model a line.
  With -o DIR: one file each, the inputs' tree below their common base folder
  mirrored into DIR (x.md -> x.json, x.markdown -> x.json, x.md.old -> x.md.old.json).
  Files are written atomically (an output left as it was when its bytes are
  unchanged); an input is never overwritten; nothing goes outside DIR.

The model's "path" is the POSIX path relative to the inputs' common base folder
(for one file, its name); null for stdin. Messages of severity error (and
warnings, with --strict) are printed to stderr; a batch ends with a summary
line there ("N pages, W warnings, E errors, S s"), and on a terminal shows a
progress bar.

Options:
  -o, --out DIR      write one .json file per input into DIR
      --pretty       indent the JSON (not with NDJSON)
${watchOptionHelp}
${batchOptionsHelp}
  -h, --help         show this help

${configHelp}

${inputs}

${exitCodes}
`

const lintHelp = `Usage: modulemark lint <inputs...> [--format text|json] [--strict] [--max-warnings N] [-j N] [--no-cache]

Print the model's messages for each input.
  text (default): "path:line:col severity reason rule-id" a line on stdout, then a
  summary line on stderr (not with --quiet). Paths are relative to the current
  folder; a message without a position is shown at 1:1; stdin is <stdin>.
  json: a JSON array of { path, messages } on stdout, one entry per input.

Options:
${batchOptionsHelp}
  -h, --help         show this help

${configHelp}

${inputs}

${exitCodes}
`

const htmlHelp = `Usage: modulemark html <inputs...> [-o DIR] [--fragment] [--baseurl URL] [--trust] [--watch]
                       [-j N] [--cache DIR|--no-cache] [-q] [--format text|json] [--strict] [--max-warnings N]

Render each input as web HTML, as the course site showed it: a complete page
with the course's stylesheet, sections, callouts, worksheet tables and videos.
The page's own scripts, comments and Liquid tags are left out, and the HTML
is sanitized (an allowlist of elements, attributes, classes, URL schemes and
iframe hosts; more hosts: iframeHosts in the config) unless --trust.
  One file (or -) and no -o: its HTML on stdout.
  With -o DIR: one file each, the inputs' tree below their common base folder
  mirrored into DIR (x.md -> x.html, x.md.old -> x.md.old.html); needed for
  several inputs. Files are written atomically (an output left as it was when
  its bytes are unchanged); an input is never overwritten.

${modelsHelp}

Messages of severity error (and warnings, with --strict) are printed to stderr.
${batchNote}

Options:
  -o, --out DIR      write one .html file per input into DIR
      --fragment     only the body's content: no doctype, head or stylesheet
      --baseurl URL  what {{ site.baseurl }} stands for (default: removed, so
                     /img/x.png stays site-relative)
      --trust        render the page as written: no sanitizing, and its own
                     scripts kept (only for a site's own pages)
${watchOptionHelp}
${batchOptionsHelp}
  -h, --help         show this help

${configHelp}

${inputs}

${exitCodes}
`

const mdHelp = `Usage: modulemark md <model.json|page.md...> [-o DIR] [--watch] [-j N] [--cache DIR|--no-cache]
                     [-q] [--format text|json] [--strict] [--max-warnings N]

Write each input back as module Markdown in the kramdown dialect: front matter,
sections and callouts as <div ... markdown="1">, IALs on links and headings,
HTML tables. Reading the result gives the same model (positions and messages
aside), and writing it again gives the same text.
  A .json input is a model (from 'modulemark json' or another tool): it is
  validated first; an invalid one is reported with the JSON pointer of its
  first problem, and the run exits 1. Any other input is a page, parsed first
  (which repairs what the parser repairs, such as an unclosed <th>).
  One file (or -) and no -o: its Markdown on stdout.
  With -o DIR: one file each, mirrored into DIR (x.md -> x.md, x.json -> x.md);
  an input is never overwritten. Models are globbed too ('out/*.json').
${batchNote}

Options:
  -o, --out DIR      write one .md file per input into DIR
${watchOptionHelp}
${batchOptionsHelp}
  -h, --help         show this help

${configHelp}

${inputs}

${exitCodes}
`

const schemaHelp = `Usage: modulemark schema

Print the JSON Schema of the modulemark model (indented) on stdout.

Options:
  -h, --help         show this help
`

export const commandHelp: Record<string, string> = { json: jsonHelp, lint: lintHelp, html: htmlHelp, md: mdHelp, print: printHelp, pdf: pdfHelp, worksheets: worksheetsHelp, workbook: workbookHelp, course: courseHelp, schema: schemaHelp }
