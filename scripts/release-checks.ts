/**
 * The release's rules, as functions of text: each check takes what git, package.json or the
 * CHANGELOG says and returns the reason to refuse, or undefined. scripts/release.ts gathers those
 * texts and acts on the answers; the tests hold each rule here on its own.
 */

export interface Version {
  major: number
  minor: number
  patch: number
}

/** The tag of each release (`v1.2.3`) and the tag that follows its major version (`v1`). */
export const releaseTag = (v: Version) => `v${v.major}.${v.minor}.${v.patch}`
export const majorTag = (v: Version) => `v${v.major}`
export const versionText = (v: Version) => `${v.major}.${v.minor}.${v.patch}`

const NUMBER = '(0|[1-9]\\d{0,8})'
const VERSION = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}$`)

/**
 * `1.2.3` (or `v1.2.3`) as a version; anything else, a pre-release or build suffix included, is
 * undefined: every release moves the major tag, which a pre-release must not.
 */
export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text.trim().replace(/^v/, ''))
  if (!match) return undefined
  const [major, minor, patch] = match.slice(1).map(Number)
  return { major, minor, patch }
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch
}

export function versionRefusal(argument: string | undefined, current: string): string | undefined {
  if (argument === undefined || argument.trim() === '') {
    return 'Name the version to release: npm run release -- X.Y.Z'
  }
  const next = parseVersion(argument)
  if (!next) {
    return `'${argument}' is not a version: give three numbers, X.Y.Z (no pre-release or build suffix)`
  }
  const now = parseVersion(current)
  if (!now) return `package.json's version '${current}' is not X.Y.Z: fix it by hand first`
  if (compareVersions(next, now) <= 0) {
    return `${versionText(next)} does not come after package.json's version ${versionText(now)}: give a higher version`
  }
  return undefined
}

/** `git rev-parse --verify -q refs/tags/vX.Y.Z` printed a commit: the release exists. */
export function tagRefusal(version: Version, existingCommit: string): string | undefined {
  if (existingCommit.trim() === '') return undefined
  return `The tag ${releaseTag(version)} already exists (${existingCommit.trim().slice(0, 12)}): a released version is never tagged again`
}

export function branchRefusal(branch: string, expected = 'main'): string | undefined {
  if (branch.trim() === expected) return undefined
  const on = branch.trim() === '' ? 'no branch (a detached HEAD)' : `the branch '${branch.trim()}'`
  return `Releases are made from ${expected}, and this is ${on}: git switch ${expected}`
}

/** `git status --porcelain` lists something: the release would not be what was committed. */
export function cleanTreeRefusal(porcelain: string, when = ''): string | undefined {
  const lines = porcelain.split('\n').filter(line => line.trim() !== '')
  if (lines.length === 0) return undefined
  const shown = lines.slice(0, 10).map(line => `  ${line}`)
  if (lines.length > 10) shown.push(`  ... and ${lines.length - 10} more`)
  const what = when === '' ? 'The working tree is not clean' : `The working tree changed ${when}`
  return [`${what}: commit or remove these first.`, ...shown].join('\n')
}

/** `git status --porcelain -- dist` after `npm run bundle` lists something: dist/ was stale. */
export function distRefusal(porcelain: string): string | undefined {
  const lines = porcelain.split('\n').filter(line => line.trim() !== '')
  if (lines.length === 0) return undefined
  return [
    'dist/ is not the bundle of the committed source: npm run bundle changed it.',
    'The fresh bundle is now in dist/: review and commit it, then release again.',
    ...lines.slice(0, 10).map(line => `  ${line}`)
  ].join('\n')
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The body of the CHANGELOG's entry for `version`, under `## [X.Y.Z]` or `## X.Y.Z`, optionally
 * followed by ` - YYYY-MM-DD` (Keep a Changelog); undefined when there is none.
 */
export function changelogEntry(changelog: string, version: Version): string | undefined {
  const v = escape(versionText(version))
  const heading = new RegExp(`^## \\[?${v}\\]?(?:\\s+-\\s+\\S.*)?\\s*$`)
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex(line => heading.test(line))
  if (start < 0) return undefined
  const rest = lines.slice(start + 1)
  const end = rest.findIndex(line => /^## /.test(line))
  return rest
    .slice(0, end < 0 ? undefined : end)
    .filter(line => !/^\[[^\]]+\]:\s/.test(line))
    .join('\n')
    .trim()
}

export function changelogRefusal(
  changelog: string | undefined,
  version: Version
): string | undefined {
  const v = versionText(version)
  if (changelog === undefined) return `There is no CHANGELOG.md: add one with an entry '## [${v}]'`
  const entry = changelogEntry(changelog, version)
  if (entry === undefined) {
    return `CHANGELOG.md has no entry for ${v}: rename '## [Unreleased]' to '## [${v}] - YYYY-MM-DD', add a new empty Unreleased above it, and commit`
  }
  if (entry === '') return `CHANGELOG.md's entry for ${v} is empty: say what changed`
  return undefined
}

/** package.json with `version` set, formatted as npm and prettier write it. */
export function withPackageVersion(packageJson: string, version: Version): string {
  const parsed = JSON.parse(packageJson) as { version?: string }
  parsed.version = versionText(version)
  return `${JSON.stringify(parsed, null, 2)}\n`
}

/** package-lock.json with the root package's `version` set in both places npm records it. */
export function withLockVersion(lockJson: string, version: Version): string {
  const parsed = JSON.parse(lockJson) as {
    version?: string
    packages?: Record<string, { version?: string }>
  }
  parsed.version = versionText(version)
  const root = parsed.packages?.['']
  if (root) root.version = versionText(version)
  return `${JSON.stringify(parsed, null, 2)}\n`
}

/** The git commands that record the release, once every check has passed. */
export function releaseCommands(version: Version, files: readonly string[]): string[][] {
  const tag = releaseTag(version)
  return [
    ['git', 'commit', '--quiet', '-m', `Release ${versionText(version)}`, '--', ...files],
    // The release's own tag is annotated: who made it and when, and what git describe names.
    ['git', 'tag', '--annotate', '-m', `${tag}`, tag],
    // The major tag is a lightweight pointer that moves with every compatible release.
    ['git', 'tag', '--force', majorTag(version)]
  ]
}

/** A command as a shell line, each argument quoted where a shell would split or read it. */
export function shellLine(args: readonly string[]): string {
  return args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')
}

/** What the maintainer runs next: nothing leaves this machine until they do. */
export function nextSteps(version: Version, notesFile: string, remote = 'origin'): string[] {
  const tag = releaseTag(version)
  return [
    `git push ${remote} main refs/tags/${tag}`,
    `git push --force ${remote} refs/tags/${majorTag(version)}`,
    `gh release create ${tag} --verify-tag --title ${tag} --notes-file ${notesFile}`
  ]
}
