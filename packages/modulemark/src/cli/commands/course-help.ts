export const courseHelp = `Usage: modulemark course <course-dir> [-o DIR [--watch]] [--ndjson] [--pretty] [--strict]

Read a whole course folder: _data/course.yml (title, description, module order)
and modules/<module>/_posts/YYYY-MM-DD-<slug>.{md,markdown}.
  No -o: course.json on stdout.
  With -o DIR: DIR/course.json and one JSON per page, mirroring the course tree
  (modules/x/_posts/y.md -> DIR/modules/x/_posts/y.json), each written atomically.
  --ndjson: one page model a line on stdout instead, in course order.
  With -o DIR --watch: stay; a change to a page rewrites its JSON and
  course.json (one line each, with its time); new and deleted pages are
  picked up; a course.yml that cannot be read is reported and the watch goes on.

course.json: { type: "course", title, description, modules: [{ name, title,
pages: [{ path, slug, date, title, published, worksheets }] }] }. Modules come
in course.yml order, then the others alphabetically; pages by their date
prefix; a module's title is its first page's. Pages with published: false are
listed with "published": false. _archive folders and undated files are not pages.
Messages of severity error (and warnings, with --strict) are printed to stderr.

Options:
  -o, --out DIR      write course.json and the page JSON files into DIR
      --ndjson       stream the page models to stdout, one a line
      --pretty       indent the JSON (not with --ndjson)
      --strict       exit 1 on warnings too
  -w, --watch        with -o: stay, and rebuild what a change touches (Ctrl-C stops)
  -h, --help         show this help

Exit codes: 0 ok; 1 errors found (or warnings, with --strict); 2 usage or an
unwritable output; 3 the course folder, its course.yml or a page could not be read.
`
