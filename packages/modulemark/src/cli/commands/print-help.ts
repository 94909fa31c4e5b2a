import { batchNote, batchOptionsHelp, modelsHelp, watchOptionHelp } from '../help-common.js'

const inputs = `Inputs are files, folders (walked recursively for .md, .markdown and .md.old
files, skipping node_modules and dot-folders) or quoted globs.`

const printOptionsHelp = `      --page-size SIZE  letter (default) or a4
      --assets DIR   the site's folder: {{ site.baseurl }}/img/x.png, /img/x.png
                     and img/x.png are read from DIR/img/x.png and inlined; an
                     image not found prints as its alt text in a box, with a
                     warning on stderr
      --baseurl URL  what {{ site.baseurl }} stands for in link URLs
      --trust        render the page as written, without sanitizing (only for a
                     site's own pages; see Security in the README)`

export const printHelp = `Usage: modulemark print <inputs...> [-o DIR] [--page-size letter|a4] [--assets DIR] [--baseurl URL]
                        [--trust] [--watch] [-j N] [--cache DIR|--no-cache] [-q] [--format text|json]
                        [--strict] [--max-warnings N]

Render each input as print-ready HTML: one self-contained file per page, with
inline CSS and images, that fetches and runs nothing. Printed from Chromium it
has the page size and margins, the page's title and "Page n of m" in the page
margins, table headers on every page, link URLs as numbered notes under
"Links", and each video as its title, duration, URL and a QR code.
  One file (or -) and no -o: its HTML on stdout.
  With -o DIR: one file each, the inputs' tree below their common base folder
  mirrored into DIR (x.md -> x.html); needed for several inputs. Files are
  written atomically; an input is never overwritten.

${modelsHelp}

${batchNote}
The cache key covers the files of --assets (names, sizes, times): a replaced
image rebuilds its pages.

Options:
  -o, --out DIR      write one .html file per input into DIR
${printOptionsHelp}
${watchOptionHelp}
${batchOptionsHelp}
  -h, --help         show this help

${inputs} - reads stdin.

Exit codes: 0 ok (missing images only warn); 1 errors found in a page;
2 usage or environment; 3 an input could not be read (the others were done).
`

export const pdfHelp = `Usage: modulemark pdf <inputs...> [-o DIR] [--page-size letter|a4] [--assets DIR] [--baseurl URL] [--chromium PATH]
                      [--trust] [-j N] [--cache DIR|--no-cache] [-q] [--format text|json] [--strict] [--max-warnings N]

Print each input to PDF: its print HTML (see 'modulemark print --help') laid
out by Chromium, one browser for the whole run, page scripts off and no
request leaving the machine. x.md -> x.pdf, the inputs' tree below their
common base folder mirrored into DIR (default: the current folder). Each PDF
is written whole or not at all; an input is never overwritten. A progress bar
is drawn on stderr when it is a terminal. The print HTML is made in worker
threads (--jobs) and cached as for 'print'; the browser prints on one thread.
A .json input is a validated model, as for 'print'.

Options:
  -o, --out DIR      write the .pdf files into DIR (default: .)
${printOptionsHelp}
      --chromium PATH  the Chromium to use (default: $MODULEMARK_CHROMIUM, else
                     /usr/bin/chromium; install it with apt-get install chromium)
${batchOptionsHelp}
  -h, --help         show this help

${inputs}

Exit codes: 0 ok (missing images only warn); 1 errors found in a page;
2 usage or environment (no Chromium, an output not written); 3 an input could
not be read (the others were done).
`
