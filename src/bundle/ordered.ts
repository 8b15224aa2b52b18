/**
 * Runs `run` on up to `concurrency` jobs ahead of the consumer and yields the results in the
 * jobs' order. Output order never depends on which job finishes first, which keeps archives
 * byte-identical whatever the parallelism. `run` also gets the job's index: index modulo
 * `concurrency` names a buffer slot no other unconsumed job is using.
 */
export async function* ordered<J, R>(
  jobs: Iterable<J>,
  run: (job: J, index: number) => Promise<R>,
  concurrency: number
): AsyncGenerator<R> {
  const source = jobs[Symbol.iterator]()
  const queue: Promise<R>[] = []
  let index = 0
  let exhausted = false
  for (;;) {
    while (!exhausted && queue.length < concurrency) {
      const next = source.next()
      if (next.done) {
        exhausted = true
        break
      }
      const result = run(next.value, index++)
      // A failure is raised when its turn comes; until then it must not count as unhandled.
      result.catch(() => undefined)
      queue.push(result)
    }
    const head = queue.shift()
    if (!head) return
    // The next job starts only after the consumer is done with this result (slot reuse).
    yield await head
  }
}
