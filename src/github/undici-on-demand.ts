/**
 * Stands in for `undici` in the built action (tsconfig.json `paths` points the bundler here).
 *
 * @actions/core imports @actions/http-client, which imports undici for one class, ProxyAgent,
 * used only to reach GitHub's API through a proxy; @actions/github also uses undici's fetch.
 * Loading undici would cost every step, main and post, part of its start-up (docs/performance.md),
 * though most runs never call GitHub's API. Here it is a chunk of its own, loaded by
 * `loadUndici()`.
 *
 * Tests run the sources against the real undici; this module is only swapped in by the bundler.
 */
import type * as Undici from 'undici/index.js'

let undici: typeof Undici | undefined

/** Loads undici; call it before anything that may construct a ProxyAgent (getOctokit does). */
export async function loadUndici(): Promise<void> {
  undici ??= await import('undici/index.js')
}

function loaded(): typeof Undici {
  if (!undici) {
    throw new Error('undici was used before loadUndici(): call it before creating a GitHub client')
  }
  return undici
}

/** Constructs undici's own ProxyAgent: `new ProxyAgent(...)` returns the real instance. */
export const ProxyAgent = function ProxyAgent(options: Undici.ProxyAgent.Options) {
  return new (loaded().ProxyAgent)(options)
} as unknown as typeof Undici.ProxyAgent

/** undici's fetch, loading undici on first use. */
export const fetch: typeof Undici.fetch = async (input, init) => {
  await loadUndici()
  return loaded().fetch(input, init)
}
