// The one error a caller (the CLI: exit code 2) needs to tell apart: no browser to print with.
export class ChromiumNotFoundError extends Error {
  readonly code = 'MODULEMARK_CHROMIUM_NOT_FOUND'
  readonly path: string

  constructor(path: string, cause?: unknown) {
    super(
      `Chromium was not found at ${path}; PDF output needs it. ` +
        'Install it with `apt-get install chromium` (Debian/Ubuntu), ' +
        'or point at one with `--chromium PATH` or the MODULEMARK_CHROMIUM environment variable.',
      cause === undefined ? undefined : { cause }
    )
    this.name = 'ChromiumNotFoundError'
    this.path = path
  }
}
