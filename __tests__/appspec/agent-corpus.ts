/**
 * AppSpecs with the verdict the CodeDeploy agent gives each (aws/aws-codedeploy-agent, files under
 * lib/instance_agent/plugins/codedeploy/), and ours. The agent's verdicts were found by running
 * its parser (application_specification/*.rb, with Psych 4 on Ruby 3.1) and, for permissions
 * and files, the install instructions it builds from them (installer.rb, install_instruction.rb),
 * unchanged, on each text below. Cases marked "agent test" are examples from its own tests
 * (test/instance_agent/plugins/codedeploy/application_specification_test.rb).
 *
 * Ours follows: what the agent refuses, we refuse (`refusal`); what it accepts, we accept, with
 * `warnings` where it is most likely a mistake. Every path is in the test bundle except those
 * holding "missing". The permissions cases are in agent-corpus-permissions.ts.
 */
export interface AgentCase {
  name: string
  /** The agent's file and rule the verdict comes from. */
  rule: string
  appspec: string
  agent: 'accepts' | 'refuses'
  /** The start of our one-line refusal, line number included. */
  refusal?: string
  /** The start of each warning, in order; none when left out. */
  warnings?: string[]
  /** Why ours is a warning where the agent refuses: its refusal depends on the instance. */
  note?: string
}

export const LINUX = 'version: 0.0\nos: linux\n'
export const WINDOWS = 'version: 0.0\nos: windows\n'
/** Lines 3 to 5: a files entry copying the app directory. */
export const FILES = `${LINUX}files:\n  - source: app\n    destination: /opt/zz-app\n`
/** Line 3 onwards: hooks, with the AfterInstall script on line 5 and its settings after it. */
const hook = (settings: string, event = 'AfterInstall') =>
  `${LINUX}hooks:\n  ${event}:\n    - location: scripts/start.sh\n${settings}`
export const L = (line: number, text: string) => `appspec.yml line ${line}: ${text}`

export const LOADER = 'application_specification.rb: YAML.load (Psych 4, Ruby 3.1 and later)'
const TOP = 'application_specification.rb: ApplicationSpecification#initialize'
const HOOKS = 'application_specification.rb: parse_hooks; script_info.rb'
const RUN = 'command_poller.rb: DEFAULT_HOOK_MAPPING (the events the agent runs)'
const FILES_RULE = 'application_specification.rb: parse_files; file_info.rb; installer.rb'

export const LOADER_CASES: AgentCase[] = [
  {
    name: 'UTF-8 byte-order mark at the start',
    rule: `${LOADER}: keys after version are lost, os is missing`,
    appspec: `\uFEFF${LINUX}`,
    agent: 'refuses',
    refusal: L(1, 'the file starts with a UTF-8 byte-order mark')
  },
  {
    name: 'an alias',
    rule: `${LOADER}: aliases are off (Psych::BadAlias)`,
    appspec: `${LINUX}hooks:\n  AfterInstall: &start\n    - location: scripts/start.sh\n  ApplicationStart: *start\n`,
    agent: 'refuses',
    refusal: L(6, "the alias *start: the agent's YAML loader refuses aliases on Ruby 3.1 and later")
  },
  {
    name: 'a merge key with an alias',
    rule: `${LOADER}: aliases are off (Psych::BadAlias)`,
    appspec: `${LINUX}x-script: &script {location: scripts/start.sh}\nhooks:\n  AfterInstall:\n    - <<: *script\n`,
    agent: 'refuses',
    refusal: L(6, "the merge <<: *script: the agent's YAML loader refuses aliases on Ruby 3.1")
  },
  {
    name: 'a merge key with the mapping written in place',
    rule: `${LOADER}: merge keys are merged`,
    appspec: `${LINUX}hooks:\n  AfterInstall:\n    - <<: {location: scripts/start.sh}\n      timeout: 30\n`,
    agent: 'accepts'
  },
  {
    name: 'a second YAML document',
    rule: `${LOADER}: the first document only`,
    appspec: `${LINUX}---\nversion: 1\n`,
    agent: 'accepts',
    warnings: [L(4, 'a second YAML document starts here: the agent reads only the first')]
  },
  {
    name: 'a key given twice',
    rule: `${LOADER}: a Hash keeps the last value`,
    appspec: `${LINUX}os: windows\nos: linux\n`,
    agent: 'accepts',
    warnings: [
      L(3, 'os is given again (first on line 2): the agent keeps this last value'),
      L(4, 'os is given again (first on line 2)')
    ]
  },
  {
    name: 'a date',
    rule: `${LOADER}: Date is not an allowed class (Psych::DisallowedClass)`,
    appspec: `${LINUX}released: 2024-01-31\n`,
    agent: 'refuses',
    refusal: L(3, '2024-01-31: YAML reads it as a date')
  },
  {
    name: 'an empty file',
    rule: `${TOP}: "the application specification file was empty"`,
    appspec: '# nothing yet\n',
    agent: 'refuses',
    refusal: L(1, 'expected a mapping with version: 0.0, os')
  },
  {
    name: 'invalid YAML',
    rule: `${LOADER}: Psych::SyntaxError`,
    appspec: `${LINUX}hooks: [\n`,
    agent: 'refuses',
    refusal: L(4, 'invalid YAML: ')
  }
]

export const TOP_LEVEL_CASES: AgentCase[] = [
  {
    name: 'version 0, a whole number',
    rule: `${TOP}: parse_version, [0.0].include?(version)`,
    appspec: 'version: 0\nos: linux\n',
    agent: 'accepts'
  },
  {
    name: 'version as text (agent test: invalid version)',
    rule: `${TOP}: parse_version, the text "0.0" is not the number 0.0`,
    appspec: "version: '0.0'\nos: linux\n",
    agent: 'refuses',
    refusal: L(1, 'version is "0.0"; expected 0.0, a number')
  },
  {
    name: 'os with a capital (agent test: invalid os)',
    rule: `${TOP}: parse_os`,
    appspec: 'version: 0.0\nos: Linux\n',
    agent: 'refuses',
    refusal: L(2, 'os is "Linux"; expected linux or windows (lower case)')
  },
  {
    name: 'an unknown top-level key',
    rule: `${TOP}: reads its six keys and ignores the rest`,
    appspec: `${LINUX}Hooks:\n  AfterInstall:\n    - location: scripts/start.sh\n`,
    agent: 'accepts',
    warnings: [
      L(3, 'unknown key Hooks at the top level: the agent ignores it; did you mean hooks?')
    ]
  },
  {
    name: 'file_exists_behavior in lower case (agent test: invalid file_exists_behavior)',
    rule: `${TOP}: parse_file_exists_behavior`,
    appspec: `${LINUX}file_exists_behavior: overwrite\n`,
    agent: 'refuses',
    refusal: L(3, 'file_exists_behavior must be one of DISALLOW, OVERWRITE, RETAIN')
  },
  {
    name: 'Windows, minimal',
    rule: `${TOP}: parse_os`,
    appspec: WINDOWS,
    agent: 'accepts'
  }
]

export const HOOK_CASES: AgentCase[] = [
  {
    name: 'a hook outside the lifecycle events (agent test: single complete hook)',
    rule: `${HOOKS} takes any name; ${RUN} never runs it`,
    appspec: `${LINUX}hooks:\n  test_hook:\n    - location: test_location_1\n      runas: foo\n      timeout: 30\n`,
    agent: 'accepts',
    warnings: [L(4, 'unknown lifecycle event test_hook: the agent never runs scripts under it')]
  },
  {
    name: 'a lower-case lifecycle event',
    rule: `${HOOKS}; ${RUN}: names are case-sensitive`,
    appspec: hook('', 'afterinstall'),
    agent: 'accepts',
    warnings: [
      L(
        4,
        'unknown lifecycle event afterinstall: the agent never runs scripts under it; did you mean AfterInstall?'
      )
    ]
  },
  {
    name: 'Install as a hook',
    rule: `${HOOKS}; ${RUN}: Install is the agent's own step`,
    appspec: hook('', 'Install'),
    agent: 'accepts',
    warnings: [L(4, 'Install is run by the agent itself: scripts under it never run')]
  },
  {
    name: 'an empty hook (agent test: empty hook)',
    rule: `${HOOKS}: "Ignore empty hooks"`,
    appspec: `${LINUX}hooks:\n  BeforeInstall:\n  AfterInstall:\n    - location: scripts/start.sh\n`,
    agent: 'accepts',
    warnings: [L(4, 'BeforeInstall has no scripts: the agent skips it')]
  },
  {
    name: 'hooks as a list',
    rule: `${HOOKS}: each_pair on hooks`,
    appspec: `${LINUX}hooks:\n  - AfterInstall\n`,
    agent: 'refuses',
    refusal: L(4, 'hooks must map lifecycle events to lists of scripts')
  },
  {
    name: 'an event given one script as text',
    rule: `${HOOKS}: each on the scripts, has_key? on each`,
    appspec: `${LINUX}hooks:\n  AfterInstall: scripts/start.sh\n`,
    agent: 'refuses',
    refusal: L(4, 'AfterInstall must be a list of scripts (- location: <path>)')
  },
  {
    name: 'a script without location (agent test: missing location data)',
    rule: `${HOOKS}: "a script with no location value"`,
    appspec: `${LINUX}hooks:\n  AfterInstall:\n    - timeout: 30\n`,
    agent: 'refuses',
    refusal: L(5, 'AfterInstall script without location')
  },
  {
    name: 'a location of spaces',
    rule: `${HOOKS}: location.to_s.strip must not be empty`,
    appspec: `${LINUX}hooks:\n  AfterInstall:\n    - location: "   "\n`,
    agent: 'refuses',
    refusal: L(5, 'AfterInstall script location is empty; expected a path')
  },
  {
    name: 'a timeout with a unit',
    rule: `${HOOKS}: timeout.to_i reads "30s" as 30`,
    appspec: hook('      timeout: 30s\n'),
    agent: 'accepts',
    warnings: [
      L(
        6,
        'AfterInstall timeout 30s is 30 seconds to the agent, which reads text up to its first non-digit'
      )
    ]
  },
  {
    name: 'a timeout over an hour',
    rule: `${HOOKS}: any timeout above 0 (AWS's reference caps it at 3600)`,
    appspec: hook('      timeout: 5400\n'),
    agent: 'accepts',
    warnings: [L(6, 'AfterInstall timeout 5400 is over 3600 seconds')]
  },
  {
    name: 'a fractional timeout above 1',
    rule: `${HOOKS}: timeout.to_i drops the fraction`,
    appspec: hook('      timeout: 1.5\n'),
    agent: 'accepts',
    warnings: [L(6, 'AfterInstall timeout 1.5 is 1 second to the agent, which drops the fraction')]
  },
  {
    name: 'a timeout of half a second',
    rule: `${HOOKS}: 0.5.to_i is 0, and a timeout of 0 or less is refused`,
    appspec: hook('      timeout: 0.5\n'),
    agent: 'refuses',
    refusal: L(
      6,
      'AfterInstall timeout 0.5 is 0 seconds to the agent, which drops the fraction: the agent refuses 0 or less'
    )
  },
  {
    name: 'an empty timeout',
    rule: `${HOOKS}: no timeout is 3600`,
    appspec: hook('      timeout:\n'),
    agent: 'accepts'
  },
  {
    name: 'a timeout that is a word (agent test: non numerical timeout data)',
    rule: `${HOOKS}: "foo".to_i is 0`,
    appspec: hook('      timeout: foo\n'),
    agent: 'refuses',
    refusal: L(
      6,
      'AfterInstall timeout foo is 0 seconds to the agent, which reads text up to its first non-digit: the agent refuses 0 or less'
    )
  },
  {
    name: 'a timeout that is a boolean',
    rule: `${HOOKS}: true has no to_i`,
    appspec: hook('      timeout: yes\n'),
    agent: 'refuses',
    refusal: L(
      6,
      'AfterInstall timeout is the boolean yes, which the agent cannot read as a number'
    )
  },
  {
    name: 'a misspelt script key',
    rule: `${HOOKS}: reads location, runas, sudo and timeout only`,
    appspec: hook('      timout: 30\n'),
    agent: 'accepts',
    warnings: [
      L(
        6,
        'unknown key timout in a script of AfterInstall: the agent ignores it; did you mean timeout?'
      )
    ]
  },
  {
    name: 'Windows: a script with backslashes',
    rule: HOOKS,
    appspec: `${WINDOWS}hooks:\n  AfterInstall:\n    - location: .\\scripts\\start.ps1\n      timeout: 900\n`,
    agent: 'accepts'
  },
  {
    name: 'Windows: a timeout of 0',
    rule: `${HOOKS}: a timeout of 0 or less is refused`,
    appspec: `${WINDOWS}hooks:\n  ApplicationStart:\n    - location: scripts\\start.ps1\n      timeout: 0\n`,
    agent: 'refuses',
    refusal: L(6, 'ApplicationStart timeout 0: the agent refuses 0 or less')
  },
  {
    name: 'Windows: a misspelt lifecycle event',
    rule: RUN,
    appspec: `${WINDOWS}hooks:\n  AfterInstal:\n    - location: scripts\\start.ps1\n`,
    agent: 'accepts',
    warnings: [
      L(
        4,
        'unknown lifecycle event AfterInstal: the agent never runs scripts under it; did you mean AfterInstall?'
      )
    ]
  },
  {
    name: 'a script the bundle lacks',
    rule: 'hook_executor.rb: "Script does not exist at specified location" when the event runs',
    appspec: `${LINUX}hooks:\n  AfterInstall:\n    - location: scripts/missing.sh\n`,
    agent: 'refuses',
    refusal: L(5, 'AfterInstall script scripts/missing.sh is not in the bundle')
  }
]

export const FILES_CASES: AgentCase[] = [
  {
    name: 'a files entry without destination (agent test: file map is missing a destination)',
    rule: `${FILES_RULE}: "specifies only a source file"`,
    appspec: `${LINUX}files:\n  - source: app\n`,
    agent: 'refuses',
    refusal: L(4, 'files entry without destination')
  },
  {
    name: 'an empty destination',
    rule: `${FILES_RULE}: nil is refused, empty text is not`,
    appspec: `${LINUX}files:\n  - source: app/index.js\n    destination: ''\n`,
    agent: 'accepts',
    warnings: [L(5, 'destination is empty: the agent copies a file source to /')]
  },
  {
    name: 'an empty source: the whole bundle',
    rule: `${FILES_RULE}: File.join(archive, '') is the bundle's root`,
    appspec: `${LINUX}files:\n  - source: ''\n    destination: /opt/zz-app\n`,
    agent: 'accepts'
  },
  {
    name: 'a source YAML reads as a number',
    rule: `${FILES_RULE}: File.join fails on an Integer at Install`,
    appspec: `${LINUX}files:\n  - source: 1\n    destination: /opt/zz-app\n`,
    agent: 'refuses',
    refusal: L(4, 'source is the number 1; the agent needs a path as text')
  },
  {
    name: 'files as a mapping',
    rule: `${FILES_RULE}: each on a Hash yields pairs, which have no ['source']`,
    appspec: `${LINUX}files:\n  source: app\n  destination: /opt/zz-app\n`,
    agent: 'refuses',
    refusal: L(4, 'files must be a list of entries with source and destination')
  },
  {
    name: 'a relative destination',
    rule: `${FILES_RULE}: File.expand_path against the agent's own directory`,
    appspec: `${LINUX}files:\n  - source: app\n    destination: opt/zz-app\n`,
    agent: 'accepts',
    warnings: [L(5, 'destination opt/zz-app is not an absolute path')]
  }
]
