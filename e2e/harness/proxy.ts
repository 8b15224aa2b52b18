/**
 * A forward proxy on 127.0.0.1 for the proxy scenario: plain HTTP requests in absolute form
 * (which is how a client asks a proxy for an http:// URL) are forwarded, and CONNECT tunnels are
 * opened, each recorded by the host it was for.
 */
import { createServer, request, type Server } from 'node:http'
import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'

export interface ProxyServer {
  url: string
  /** host:port of every request or tunnel, in order. */
  seen: string[]
  stop(): Promise<void>
}

export async function startProxy(): Promise<ProxyServer> {
  const seen: string[] = []
  const server: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '/')
    seen.push(target.host)
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers: req.headers
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req, socket, head) => {
    seen.push(req.url ?? '')
    const [host, port] = (req.url ?? '').split(':')
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket)
      socket.pipe(upstream)
    })
    upstream.on('error', () => socket.destroy())
    socket.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
