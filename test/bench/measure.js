/** Median wall time of `rounds` runs of `run`, after `warmup` runs. */
export function median(run, { rounds = 10, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) run()
  const times = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return (times[(rounds - 1) >> 1] + times[rounds >> 1]) / 2
}

/** Two contenders timed in alternation, so drift of the machine hits both alike. */
export function compare(ours, peer, options = {}) {
  const rounds = options.rounds ?? 10
  for (let i = 0; i < (options.warmup ?? 3); i++) {
    ours()
    peer()
  }
  const a = []
  const b = []
  for (let i = 0; i < rounds; i++) {
    let start = performance.now()
    ours()
    a.push(performance.now() - start)
    start = performance.now()
    peer()
    b.push(performance.now() - start)
  }
  const mid = (xs) => {
    xs.sort((x, y) => x - y)
    return (xs[(rounds - 1) >> 1] + xs[rounds >> 1]) / 2
  }
  return { ours: mid(a), peer: mid(b), ratio: mid(a) / mid(b) }
}
