import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/common/errors.js'
import { runContext } from '../../src/inputs/context.js'
import { readBundleFile, readGitHubRevision } from '../../src/inputs/revision-source.js'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { clearEnv, saveEnv, setInputs } from '../support/actions.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const CTX = runContext({
  GITHUB_WORKSPACE: '/work/shop',
  GITHUB_REPOSITORY: 'octo/shop',
  GITHUB_SHA: SHA
})
const AT_ROOT = { revisionPath: '/work/shop', revisionLocation: false, s3Bucket: false }
let restoreEnv: () => void

beforeEach(() => {
  restoreEnv = saveEnv()
  clearEnv('INPUT_')
})

afterEach(() => restoreEnv())

describe('revision-type', () => {
  it('is s3 by default: no GitHub revision', () => {
    expect(readGitHubRevision(CTX, AT_ROOT)).toBeUndefined()
  })

  it('github deploys the workflow’s repository at its commit', () => {
    setInputs({ 'revision-type': 'GitHub' })
    expect(readGitHubRevision(CTX, AT_ROOT)).toEqual({ repository: 'octo/shop', commit: SHA })
  })

  it.each([
    [
      { revisionLocation: true },
      'revision-type is github, so revision-location does not apply: CodeDeploy fetches the commit from GitHub.'
    ],
    [
      { s3Bucket: true },
      'revision-type is github, so s3-bucket does not apply: nothing is uploaded, CodeDeploy fetches the commit from GitHub. Remove s3-bucket.'
    ],
    [
      { revisionPath: '/work/shop/app' },
      "revision-type is github, so CodeDeploy deploys the whole repository and reads appspec.yml at its root: leave revision-path at '.' (the checkout)."
    ]
  ])('refuses %j with one line', (given, message) => {
    setInputs({ 'revision-type': 'github' })
    expect(() => readGitHubRevision(CTX, { ...AT_ROOT, ...given })).toThrow(new InputError(message))
  })

  it('needs the commit of a GitHub Actions job', () => {
    setInputs({ 'revision-type': 'github' })
    const local = runContext({ GITHUB_WORKSPACE: '/work/shop' })
    expect(() => readGitHubRevision(local, AT_ROOT)).toThrow(
      'revision-type is github, but GITHUB_REPOSITORY or GITHUB_SHA is not set: run it in a GitHub Actions job.'
    )
  })

  it('refuses a type it does not know', () => {
    setInputs({ 'revision-type': 'git' })
    expect(() => readGitHubRevision(CTX, AT_ROOT)).toThrow(
      "Input 'revision-type' is 'git': expected one of s3, github."
    )
  })
})

describe('bundle-file', () => {
  let workspace: string

  beforeEach(() => {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'bundle-file-'))
    writeFileSync(path.join(workspace, 'app.zip'), 'PK')
  })

  afterEach(() => rmSync(workspace, { recursive: true, force: true }))

  const read = (given = { revisionLocation: false, gitHub: false, checkFiles: true }) =>
    readBundleFile(runContext({ GITHUB_WORKSPACE: workspace }), given)

  it('is the archive, inside the workspace', () => {
    expect(read()).toBeUndefined()
    setInputs({ 'bundle-file': 'app.zip' })
    expect(read()).toBe(path.join(workspace, 'app.zip'))
  })

  it.each([
    [{ 'bundle-file': 'missing.zip' }, 'does not exist (did an earlier step build it?)'],
    [{ 'bundle-file': '../app.zip' }, 'outside the workspace'],
    [
      { 'bundle-file': 'app.zip', 'bundle-type': 'tgz' },
      "Input 'bundle-file' deploys a pre-built archive as it is; it cannot be combined with 'bundle-type': remove one of them."
    ],
    [{ 'bundle-file': 'app.zip', exclude: 'tests/' }, "it cannot be combined with 'exclude'"]
  ])('refuses %j', (inputs, message) => {
    setInputs(inputs)
    expect(() => read()).toThrow(message)
  })

  it('is not looked at by the post step, which reads no file', () => {
    setInputs({ 'bundle-file': 'removed.zip' })
    expect(read({ revisionLocation: false, gitHub: false, checkFiles: false })).toBe(
      path.join(workspace, 'removed.zip')
    )
  })

  it('goes with no other source of the revision', () => {
    setInputs({ 'bundle-file': 'app.zip' })
    expect(() => read({ revisionLocation: true, gitHub: false, checkFiles: true })).toThrow(
      "it cannot be combined with 'revision-location'"
    )
    expect(() => read({ revisionLocation: false, gitHub: true, checkFiles: true })).toThrow(
      'it cannot be combined with revision-type: github'
    )
  })
})
