import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The smallest S3-compatible endpoint the uploader needs: PutObject and multipart uploads, bytes
 * counted and discarded. A real store (or an emulator) would measure itself, not the uploader.
 * Listens on 127.0.0.1 only.
 */
export interface Sink {
  endpoint: string
  /** Body bytes received since start. */
  received(): number
  close(): Promise<void>
}

export async function startSink(): Promise<Sink> {
  let bytes = 0
  let uploads = 0
  const server: Server = createServer((req, res) => {
    req.on('data', (chunk: Buffer) => (bytes += chunk.length))
    req.on('end', () => respond(req, res, () => `upload-${++uploads}`))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    received: () => bytes,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function respond(req: IncomingMessage, res: ServerResponse, newUploadId: () => string): void {
  const url = new URL(req.url ?? '/', 'http://sink')
  const [, bucket, ...rest] = url.pathname.split('/')
  const key = decodeURIComponent(rest.join('/'))
  const etag = `"${Date.now().toString(16)}"`
  if (req.method === 'POST' && url.searchParams.has('uploads')) {
    return xml(res, 'InitiateMultipartUploadResult', {
      Bucket: bucket,
      Key: key,
      UploadId: newUploadId()
    })
  }
  if (req.method === 'POST' && url.searchParams.has('uploadId')) {
    return xml(res, 'CompleteMultipartUploadResult', { Bucket: bucket, Key: key, ETag: etag })
  }
  if (req.method === 'PUT') {
    res.writeHead(200, { ETag: etag, 'Content-Length': 0 }).end()
    return
  }
  if (req.method === 'DELETE') {
    res.writeHead(204).end()
    return
  }
  res.writeHead(404, { 'Content-Length': 0 }).end()
}

function xml(res: ServerResponse, root: string, fields: Record<string, string>): void {
  const inner = Object.entries(fields)
    .map(([k, v]) => `<${k}>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${k}>`)
    .join('')
  const body = `<?xml version="1.0" encoding="UTF-8"?><${root}>${inner}</${root}>`
  res.writeHead(200, {
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(body)
  })
  res.end(body)
}
