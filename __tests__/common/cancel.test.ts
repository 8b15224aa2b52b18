import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { onCancel } from '../../src/common/cancel.js'
import { captureStdout } from '../support/actions.js'

/** Lets pending promise callbacks (and the handler's .finally) run. */
const settle = () => new Promise<void>(resolve => setImmediate(resolve))

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve!: () => void
  let reject!: (e: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

let exit: jest.SpiedFunction<typeof process.exit>
let stdout: string[]
let stopWatching: (() => void) | undefined

beforeEach(() => {
  exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
  stdout = captureStdout()
  stopWatching = undefined
})

afterEach(() => {
  stopWatching?.()
  jest.restoreAllMocks()
})

describe('onCancel', () => {
  it('runs the handler once with the signal, then exits with 1 once it is done', async () => {
    const done = deferred()
    const handler = jest.fn((_signal: NodeJS.Signals) => done.promise)
    stopWatching = onCancel(handler)

    process.emit('SIGINT', 'SIGINT')
    await settle()
    expect(handler).toHaveBeenCalledTimes(1)
    expect(handler).toHaveBeenCalledWith('SIGINT')
    expect(exit).not.toHaveBeenCalled()

    done.resolve()
    await settle()
    expect(exit).toHaveBeenCalledTimes(1)
    expect(exit).toHaveBeenCalledWith(1)
  })

  it('ignores a second signal while the handler runs (SIGINT, then SIGTERM)', async () => {
    const done = deferred()
    const handler = jest.fn((_signal: NodeJS.Signals) => done.promise)
    stopWatching = onCancel(handler)

    process.emit('SIGINT', 'SIGINT')
    process.emit('SIGTERM', 'SIGTERM')
    process.emit('SIGINT', 'SIGINT')
    done.resolve()
    await settle()

    expect(handler).toHaveBeenCalledTimes(1)
    expect(handler).toHaveBeenCalledWith('SIGINT')
    expect(exit).toHaveBeenCalledTimes(1)
  })

  it('handles SIGTERM alone', async () => {
    const handler = jest.fn(async (_signal: NodeJS.Signals) => {})
    stopWatching = onCancel(handler)

    process.emit('SIGTERM', 'SIGTERM')
    await settle()

    expect(handler).toHaveBeenCalledWith('SIGTERM')
    expect(exit).toHaveBeenCalledWith(1)
  })

  it('reports a failing handler as an error, and still exits with 1', async () => {
    const done = deferred()
    stopWatching = onCancel(() => done.promise)

    process.emit('SIGINT', 'SIGINT')
    done.reject(new Error('Could not stop deployment d-1'))
    await settle()

    expect(stdout.join('')).toContain('::error::Could not stop deployment d-1')
    expect(exit).toHaveBeenCalledTimes(1)
    expect(exit).toHaveBeenCalledWith(1)
  })

  it('removes its listeners when the returned function is called', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]
    const handler = jest.fn(async (_signal: NodeJS.Signals) => {})
    const remove = onCancel(handler)
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual([
      before[0] + 1,
      before[1] + 1
    ])

    remove()
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before)
    process.emit('SIGINT', 'SIGINT')
    await settle()
    expect(handler).not.toHaveBeenCalled()
    expect(exit).not.toHaveBeenCalled()
  })
})
