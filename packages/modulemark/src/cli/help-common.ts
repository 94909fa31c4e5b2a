// Help fragments every page command shares (in a file of their own: the command helps import them, and help.ts imports those).

/** Options of every batch command (see batch/settings.ts). */
export const batchOptionsHelp = `  -j, --jobs N       worker threads (default: the number of cores; 1: in process)
      --cache DIR    cache of built pages (default node_modules/.cache/modulemark)
      --no-cache     neither read nor write the cache
  -q, --quiet        no progress bar, no summary line
      --format FMT   diagnostics format on stderr: text (default) or json
      --strict       exit 1 on warnings too
      --max-warnings N  exit 1 when there are more than N warnings`

/** `--watch` of the commands with one output per page. */
export const watchOptionHelp = `  -w, --watch        with -o: stay, and rebuild what a change touches (Ctrl-C stops)`

/** Where defaults come from. */
export const configHelp = `Defaults for these options (and baseurl, pageSize, rows, answerLines, assets,
iframeHosts) come from modulemark.config.json (or .mjs/.js exporting an object
as default), the nearest one from the current folder upward; flags win.`

/** The renderers' JSON model inputs. */
export const modelsHelp = `A .json input (named, globbed, or JSON on stdin) is a model, from
'modulemark json' or another tool: it is validated first; an invalid one is
reported with the JSON pointer of its first problem ("x.json: not a valid
modulemark model at /children/3/kind: expected string or null, received
number"), makes the run exit 1, and the other inputs are still done. x.json is
written as its page x.md would be. Folders are walked for pages only.`

/** The batch behaviour the page commands share. */
export const batchNote = `A batch (several inputs, a folder or a glob) runs in worker threads, reads
unchanged pages from the cache, draws a progress bar on a terminal, and ends
with a summary line on stderr ("N pages, W warnings, E errors, S s"); the
output is the same for any --jobs.`
