import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** An HTTP server on a free port of 127.0.0.1, started and stopped by the scenarios. */
export abstract class LoopbackServer {
  private server?: Server
  protected port = 0

  protected abstract handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    this.server = server
    this.port = (server.address() as AddressInfo).port
    return this
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = undefined
    await new Promise<void>(resolve => server.close(() => resolve()))
  }

  protected get origin(): string {
    return `http://127.0.0.1:${this.port}`
  }
}
