/**
 * A deterministic crash for tests: `MODULEMARK_FAULT=<point>:<n>` kills the
 * process with SIGKILL the n-th time it reaches <point>, so "killed mid-write"
 * is tested at a known place rather than by timing luck. Points of an output
 * write: before-temp-write, mid-temp-write, after-temp-write, after-rename;
 * the same with a `cache-` prefix for cache entries.
 */
const spec = parseSpec(process.env.MODULEMARK_FAULT)
let reached = 0

function parseSpec(value: string | undefined): { point: string; n: number } | null {
  const match = /^([a-z-]+):(\d+)$/.exec(value ?? '')
  return match ? { point: match[1], n: Number(match[2]) } : null
}

export function faultPoint(point: string): void {
  if (spec === null || spec.point !== point) return
  if (++reached === spec.n) process.kill(process.pid, 'SIGKILL')
}
