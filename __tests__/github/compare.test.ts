import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { compareCommits } from '../../src/github/compare.js'

let server: Server | undefined

async function close(): Promise<void> {
  const open = server
  server = undefined
  if (open) await new Promise(resolve => open.close(resolve))
}

afterEach(close)

/** A GitHub API on 127.0.0.1 that answers every request with `body` and records the request. */
async function gitHub(status: number, body: unknown, seen: string[]): Promise<string> {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization}`)
    res.writeHead(status, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(body))
  })
  await new Promise<void>(resolve => server?.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
}

const REQUEST = { token: 'ghs_token', repository: 'octo/shop', base: 'aaa', head: 'bbb' }

describe('compareCommits', () => {
  it("asks the run's API for base...head and reads the status and counts", async () => {
    const seen: string[] = []
    const apiUrl = await gitHub(200, { status: 'behind', ahead_by: 0, behind_by: 4 }, seen)
    expect(await compareCommits({ ...REQUEST, apiUrl })).toEqual({
      status: 'behind',
      aheadBy: 0,
      behindBy: 4
    })
    expect(seen).toEqual(['GET /repos/octo/shop/compare/aaa...bbb?per_page=1 token ghs_token'])
  })

  it('says when GitHub cannot be reached', async () => {
    await expect(
      compareCommits({ ...REQUEST, apiUrl: 'http://127.0.0.1:9', timeoutMs: 2000 })
    ).rejects.toThrow(/^could not reach the GitHub API at http:\/\/127\.0\.0\.1:9 \(/)
  })

  it('throws on a status it does not know, and on an error answer', async () => {
    const apiUrl = await gitHub(200, { status: 'sideways', ahead_by: 0, behind_by: 0 }, [])
    await expect(compareCommits({ ...REQUEST, apiUrl })).rejects.toThrow(
      "GitHub's compare API answered an unknown status"
    )
    await close()
    const missing = await gitHub(404, { message: 'Not Found' }, [])
    await expect(compareCommits({ ...REQUEST, apiUrl: missing })).rejects.toThrow(
      'GitHub answered 404 (Not Found): a commit is not in octo/shop, or github-token cannot read it'
    )
  })
})
