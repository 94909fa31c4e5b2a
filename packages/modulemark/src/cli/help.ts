import { courseHelp } from './commands/course-help.js'

const inputs = `Inputs are files, folders (walked recursively for .md, .markdown and .md.old
files, skipping node_modules and dot-folders), quoted globs, or - for stdin.`

const exitCodes = `Exit codes: 0 ok; 1 errors found (or warnings, with --strict);
2 usage or environment; 3 an input could not be read (the others were done).`

export const globalHelp = `Usage: modulemark <command> [options]

Parse kramdown course-module pages into the modulemark JSON model, and render them.

Commands:
  json <inputs...>   the model as JSON (stdout, NDJSON, or mirrored into -o DIR)
  lint <inputs...>   the model's messages as diagnostics
  html <inputs...>   each page as web HTML (stdout for one page, or mirrored into -o DIR)
  course <dir>       a course folder as course.json and page JSON (or NDJSON)
  schema             the JSON Schema of the model

Options:
  -h, --help         show help (also: modulemark <command> --help)
  -v, --version      print the version

${inputs}

${exitCodes}
`

const jsonHelp = `Usage: modulemark json <inputs...> [-o DIR] [--pretty] [--format text|json] [--strict]

Parse each input into the modulemark JSON model.
  One file (or -) and no -o: its JSON on stdout.
  Several inputs, a folder or a glob, and no -o: NDJSON, one compact model a line.
  With -o DIR: one file each, the inputs' tree below their common base folder
  mirrored into DIR (x.md -> x.json, x.markdown -> x.json, x.md.old -> x.md.old.json).
  Files are written atomically; an input is never overwritten.

The model's "path" is the POSIX path relative to the inputs' common base folder
(for one file, its name); null for stdin. Messages of severity error (and
warnings, with --strict) are printed to stderr.

Options:
  -o, --out DIR      write one .json file per input into DIR
      --pretty       indent the JSON (not with NDJSON)
      --format FMT   diagnostics format on stderr: text (default) or json
      --strict       exit 1 on warnings too
  -h, --help         show this help

${inputs}

${exitCodes}
`

const lintHelp = `Usage: modulemark lint <inputs...> [--format text|json] [--strict]

Print the model's messages for each input.
  text (default): "path:line:col severity reason rule-id" a line on stdout, then a
  summary line on stderr. Paths are relative to the current folder; a message
  without a position is shown at 1:1; stdin is <stdin>.
  json: a JSON array of { path, messages } on stdout, one entry per input.

Options:
      --format FMT   text (default) or json
      --strict       exit 1 on warnings too
  -h, --help         show this help

${inputs}

${exitCodes}
`

const htmlHelp = `Usage: modulemark html <inputs...> [-o DIR] [--fragment] [--baseurl URL]

Render each input as web HTML, as the course site showed it: a complete page
with the course's stylesheet, sections, callouts, worksheet tables and videos.
The page's own scripts, comments and Liquid tags are left out.
  One file (or -) and no -o: its HTML on stdout.
  With -o DIR: one file each, the inputs' tree below their common base folder
  mirrored into DIR (x.md -> x.html, x.md.old -> x.md.old.html); needed for
  several inputs. Files are written atomically; an input is never overwritten.

Messages of severity error are printed to stderr.

Options:
  -o, --out DIR      write one .html file per input into DIR
      --fragment     only the body's content: no doctype, head or stylesheet
      --baseurl URL  what {{ site.baseurl }} stands for (default: removed, so
                     /img/x.png stays site-relative)
  -h, --help         show this help

${inputs}

${exitCodes}
`

const schemaHelp = `Usage: modulemark schema

Print the JSON Schema of the modulemark model (indented) on stdout.

Options:
  -h, --help         show this help
`

export const commandHelp: Record<string, string> = { json: jsonHelp, lint: lintHelp, html: htmlHelp, course: courseHelp, schema: schemaHelp }
