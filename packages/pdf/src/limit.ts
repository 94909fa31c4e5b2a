// A counting semaphore: at most `max` tasks run at once, the rest wait in order.
export function limit(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0
  const waiting: Array<() => void> = []
  return async (task) => {
    // A finished task hands its slot straight to the next waiter, so no newcomer can slip in between.
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    else running++
    try {
      return await task()
    } finally {
      const wake = waiting.shift()
      if (wake) wake()
      else running--
    }
  }
}
