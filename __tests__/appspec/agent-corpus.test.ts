import { describe, expect, test } from '@jest/globals'
import { validateAppSpec } from '../../src/appspec/server.js'
import { AppSpecError } from '../../src/common/errors.js'
import { PERMISSION_CASES } from './agent-corpus-permissions.js'
import {
  FILES_CASES,
  HOOK_CASES,
  LOADER_CASES,
  TOP_LEVEL_CASES,
  type AgentCase
} from './agent-corpus.js'

/** Every path is in the bundle, except those holding "missing". */
const has = (path: string) => !path.includes('missing')

/** Our verdict on a case: the refusal, or the warnings of an accepted AppSpec. */
function verdict(appspec: string): { refusal?: string; warnings: string[] } {
  try {
    return { warnings: validateAppSpec(appspec, 'appspec.yml', has).warnings }
  } catch (error) {
    expect(error).toBeInstanceOf(AppSpecError)
    return { refusal: (error as Error).message, warnings: [] }
  }
}

function expectVerdict(c: AgentCase): void {
  const ours = verdict(c.appspec)
  if (c.refusal !== undefined) {
    expect(c.agent).toBe('refuses')
    expect(ours.refusal?.startsWith(c.refusal) ? c.refusal : ours.refusal).toBe(c.refusal)
    expect(ours.refusal).not.toContain('\n')
    return
  }
  // What we accept, the agent accepts too, unless a note says why its refusal cannot be told here.
  expect(c.agent).toBe(c.note === undefined ? 'accepts' : 'refuses')
  expect(ours.refusal).toBeUndefined()
  const expected = c.warnings ?? []
  expect(ours.warnings).toHaveLength(expected.length)
  ours.warnings.forEach((warning, i) => {
    expect(warning.startsWith(expected[i]) ? expected[i] : warning).toBe(expected[i])
    expect(warning).not.toContain('\n')
  })
}

const groups: [string, AgentCase[]][] = [
  ['loading the YAML', LOADER_CASES],
  ['version, os, file_exists_behavior and unknown keys', TOP_LEVEL_CASES],
  ['hooks', HOOK_CASES],
  ['files', FILES_CASES],
  ['permissions', PERMISSION_CASES]
]

describe.each(groups)('the agent corpus: %s', (_, cases) => {
  test.each(cases.map(c => [c.name, c] as const))('%s', (_name, c) => expectVerdict(c))
})
