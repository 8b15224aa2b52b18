import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appSpecContentRevision, findAppSpecFile } from '../../src/appspec/content.js'
import { AppSpecError, InputError } from '../../src/common/errors.js'
import { errorOf } from '../support/thrown.js'
import { ECS, expectAppSpecError, LAMBDA } from './fixtures.js'

describe('findAppSpecFile', () => {
  let dir: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'appspec-content-'))
  })

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('prefers appspec.yml, then appspec.yaml, then appspec.json', () => {
    writeFileSync(join(dir, 'appspec.json'), '{}')
    expect(findAppSpecFile(dir)).toBe(join(dir, 'appspec.json'))
    writeFileSync(join(dir, 'appspec.yaml'), '')
    expect(findAppSpecFile(dir)).toBe(join(dir, 'appspec.yaml'))
    writeFileSync(join(dir, 'appspec.yml'), '')
    expect(findAppSpecFile(dir)).toBe(join(dir, 'appspec.yml'))
  })

  it('resolves appspec-file relative to the directory', () => {
    mkdirSync(join(dir, 'deploy'))
    writeFileSync(join(dir, 'deploy', 'ecs.yaml'), '')
    expect(findAppSpecFile(dir, 'deploy/ecs.yaml')).toBe(join(dir, 'deploy', 'ecs.yaml'))
  })

  it('takes an absolute appspec-file as it is', () => {
    const other = mkdtempSync(join(tmpdir(), 'appspec-other-'))
    try {
      writeFileSync(join(other, 'lambda.json'), '{}')
      expect(findAppSpecFile(dir, join(other, 'lambda.json'))).toBe(join(other, 'lambda.json'))
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })

  it('names the input when appspec-file does not exist', () => {
    const err = errorOf(() => findAppSpecFile(dir, 'deploy/ecs.yaml'))
    expect(err).toBeInstanceOf(InputError)
    expect(err.message).toBe(
      `Input 'appspec-file' is 'deploy/ecs.yaml': expected an AppSpec file (relative to revision-path or absolute), but ${join(dir, 'deploy/ecs.yaml')} does not exist.`
    )
  })

  it('names the input when appspec-file is a directory', () => {
    mkdirSync(join(dir, 'deploy'))
    const err = errorOf(() => findAppSpecFile(dir, 'deploy'))
    expect(err).toBeInstanceOf(InputError)
    expect(err.message).toContain(`but ${join(dir, 'deploy')} is a directory.`)
  })

  it('says what to do when there is no AppSpec file', () => {
    expectAppSpecError(
      () => findAppSpecFile(dir),
      `No appspec.yml, appspec.yaml, appspec.json in ${dir}: add one, set appspec-file to its path, or check that the job checked out the repository and that revision-path names the right directory.`
    )
  })

  it('points at a file whose name differs only in case', () => {
    writeFileSync(join(dir, 'AppSpec.YAML'), '')
    expectAppSpecError(
      () => findAppSpecFile(dir),
      `No appspec.yml, appspec.yaml, appspec.json in ${dir}, but AppSpec.YAML is there: file names are case-sensitive; rename it, or set appspec-file: AppSpec.YAML.`
    )
  })
})

describe('appSpecContentRevision', () => {
  let dir: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'appspec-content-'))
  })

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('sends the AppSpec itself as an AppSpecContent revision with its SHA-256', async () => {
    const file = join(dir, 'appspec.yaml')
    writeFileSync(file, ECS)
    const sha256 = createHash('sha256').update(Buffer.from(ECS, 'utf8')).digest('hex')

    const result = await appSpecContentRevision(file, 'ECS')

    expect(result.revision).toEqual({
      revisionType: 'AppSpecContent',
      appSpecContent: { content: ECS, sha256 }
    })
    expect(result.sha256).toBe(sha256)
    expect(result.content).toBe(ECS)
    expect(result.appSpec).toMatchObject({ platform: 'ECS', containerName: 'web' })
  })

  it('leaves out a byte order mark, and hashes what is sent', async () => {
    const file = join(dir, 'appspec.json')
    const json = JSON.stringify({
      version: 0.0,
      Resources: [
        {
          fn: {
            Type: 'AWS::Lambda::Function',
            Properties: { Name: 'shop-api', Alias: 'live', CurrentVersion: '3', TargetVersion: '4' }
          }
        }
      ]
    })
    writeFileSync(file, `\uFEFF${json}`)

    const result = await appSpecContentRevision(file, 'Lambda')

    expect(result.content).toBe(json)
    expect(result.sha256).toBe(createHash('sha256').update(json).digest('hex'))
    expect(result.appSpec).toMatchObject({ platform: 'Lambda', functionName: 'shop-api' })
  })

  it('validates for the platform before building the revision', async () => {
    const file = join(dir, 'appspec.yml')
    writeFileSync(file, LAMBDA)

    await expect(appSpecContentRevision(file, 'ECS')).rejects.toThrow(
      new AppSpecError(
        `${file} line 4: resource Type is "AWS::Lambda::Function"; ECS deployments expect AWS::ECS::Service`
      )
    )
  })

  it('reports what is not a file as an AppSpec error', async () => {
    const attempt = appSpecContentRevision(dir, 'ECS')

    await expect(attempt).rejects.toBeInstanceOf(AppSpecError)
    await expect(attempt).rejects.toThrow(
      `${dir} is not a regular file (a directory, FIFO, socket or device); use a file`
    )
  })

  it('refuses an AppSpec larger than the cap, and one in .git, before reading it', async () => {
    const file = join(dir, 'appspec.yaml')
    writeFileSync(file, ECS)
    truncateSync(file, 3 << 20)
    await expect(appSpecContentRevision(file, 'ECS')).rejects.toThrow(
      new AppSpecError(
        `${file} is 3,145,728 bytes; AppSpec files are read up to 1,048,576 bytes (1 MiB), far ` +
          `more than one needs: check that ${file} is the AppSpec file`
      )
    )
    mkdirSync(join(dir, '.git'))
    writeFileSync(join(dir, '.git', 'appspec.yaml'), ECS)
    await expect(appSpecContentRevision(join(dir, '.git', 'appspec.yaml'), 'ECS')).rejects.toThrow(
      'inside a .git directory, which is never read or bundled'
    )
  })
})
