/**
 * The agent corpus (agent-corpus.ts) for the permissions section: application_specification.rb
 * (parse_permissions), linux_permission_info.rb, mode_info.rb, acl_info.rb, ace_info.rb,
 * context_info.rb, range_info.rb, and install_instruction.rb, which applies them at Install.
 */
import { FILES, L, LOADER, WINDOWS, type AgentCase } from './agent-corpus.js'

/** Line 6 onwards: a permissions entry for /opt/zz-app (line 7), then its settings. */
const permission = (settings: string) =>
  `${FILES}permissions:\n  - object: /opt/zz-app\n${settings}`

const PERMISSIONS = 'application_specification.rb: parse_permissions'

export const PERMISSION_CASES: AgentCase[] = [
  {
    name: 'a permission without object (agent test: permission without object set)',
    rule: `${PERMISSIONS}: "has no object value"`,
    appspec: `${FILES}permissions:\n  - pattern: test\n`,
    agent: 'refuses',
    refusal: L(7, 'permissions entry without object')
  },
  {
    name: 'Windows: any permissions entry',
    rule: `${PERMISSIONS}: "specifiles file permissions, but the deployment is targeting one or more Windows Server instances"`,
    appspec: `${WINDOWS}permissions:\n  - object: c:\\app\n`,
    agent: 'refuses',
    refusal: L(4, 'permissions apply to Linux instances only')
  },
  {
    name: 'Windows: an empty permissions list',
    rule: `${PERMISSIONS}: nothing to refuse`,
    appspec: `${WINDOWS}permissions: []\n`,
    agent: 'accepts'
  },
  {
    name: 'except as text, not a list',
    rule: `${PERMISSIONS}: parse_simple_glob_list calls each`,
    appspec: permission("    except: '*.tmp'\n"),
    agent: 'refuses',
    refusal: L(8, 'except is text; the agent expects a list of patterns')
  },
  {
    name: 'pattern as a list',
    rule: 'linux_permission_info.rb: matches_simple_glob calls pattern.chars at Install',
    appspec: permission("    pattern: ['*.sh']\n"),
    agent: 'refuses',
    refusal: L(8, 'pattern is a list; the agent matches names against text')
  },
  {
    name: 'type as text, not a list',
    rule: `${PERMISSIONS}: parse_type_list calls each`,
    appspec: permission('    type: file\n'),
    agent: 'refuses',
    refusal: L(8, 'type is text; the agent expects a list: type: [file], [directory] or both')
  },
  {
    name: 'a type other than file or directory',
    rule: `${PERMISSIONS}: parse_type_list, "an object type not supported for permissions"`,
    appspec: permission('    type: [link]\n'),
    agent: 'refuses',
    refusal: L(8, 'type "link" is not one the agent sets permissions on')
  },
  {
    name: 'an owner given as a user ID',
    rule: 'install_instruction.rb: ChangeOwnerCommand, Etc.getpwnam(1000) raises TypeError at Install',
    appspec: permission('    owner: 1000\n'),
    agent: 'refuses',
    refusal: L(8, 'owner is the number 1000; the agent looks the user up by name')
  },
  {
    name: 'an empty group',
    rule: "install_instruction.rb: ChangeOwnerCommand, Etc.getgrnam('') raises ArgumentError at Install",
    appspec: permission("    group: ''\n"),
    agent: 'refuses',
    refusal: L(8, 'group is empty; the agent fails at Install looking up a group with no name')
  },
  {
    name: 'a mode of five digits (agent test)',
    rule: 'mode_info.rb: at most four characters',
    appspec: permission('    mode: 12345\n'),
    agent: 'refuses',
    refusal: L(8, 'mode 12345 is 5 characters long; the agent expects one to four octal digits')
  },
  {
    name: 'a mode with a letter (agent test)',
    rule: 'mode_info.rb: octal digits only',
    appspec: permission('    mode: 12a\n'),
    agent: 'refuses',
    refusal: L(8, 'mode 12a holds a, not an octal digit')
  },
  {
    name: 'an unquoted 0755',
    rule: `${LOADER} reads 0755 as 493; mode_info.rb refuses the 9`,
    appspec: permission('    mode: 0755\n'),
    agent: 'refuses',
    refusal: L(
      8,
      'YAML reads 0755 as the number 493 (a leading 0 makes it octal), and mode 493 holds 9, not an octal digit; the agent expects one to four octal digits, such as "0644" or 755; quote it: mode: "0755"'
    )
  },
  {
    name: 'an unquoted 0644',
    rule: `${LOADER} reads 0644 as 420, which mode_info.rb takes`,
    appspec: permission('    mode: 0644\n'),
    agent: 'accepts',
    warnings: [
      L(
        8,
        'YAML reads 0644 as the number 420 (a leading 0 makes it octal), and the agent sets mode 420; quote it: mode: "0644"'
      )
    ]
  },
  {
    name: 'a mode written 0o755',
    rule: `${LOADER} keeps 0o755 as text; mode_info.rb: at most four characters`,
    appspec: permission('    mode: 0o755\n'),
    agent: 'refuses',
    refusal: L(8, 'mode 0o755 is 5 characters long; the agent expects one to four octal digits')
  },
  {
    name: 'a quoted "0755"',
    rule: 'mode_info.rb',
    appspec: permission('    mode: "0755"\n'),
    agent: 'accepts'
  },
  {
    name: 'a mode of two digits (agent test: filled in with zeros)',
    rule: 'mode_info.rb: padded to three digits',
    appspec: permission('    mode: 12\n'),
    agent: 'accepts'
  },
  {
    name: 'acls of two and three parts (agent test)',
    rule: 'acl_info.rb, ace_info.rb',
    appspec: permission(
      "    type: [directory]\n    acls:\n      - 'd:bob:rwx'\n      - 'default::rw'\n      - 'm::7'\n      - 'g:dev:7'\n      - 'user:bob:7'\n      - 'u:other:7'\n      - 'bob:0'\n      - 'mask:'\n"
    ),
    agent: 'accepts'
  },
  {
    name: 'a default acl on an entry that applies to files',
    rule: 'linux_permission_info.rb: validate_file_acl raises for a default entry on a file, at Install',
    appspec: permission("    acls:\n      - 'd:u:bob:rwx'\n"),
    agent: 'refuses',
    note: 'the agent refuses once the entry matches a file it copies, which depends on the bundle',
    warnings: [L(9, 'acls has a default (d:) entry and type includes file')]
  },
  {
    name: 'an acl of one part (agent test: too few parts)',
    rule: 'ace_info.rb: two to four parts',
    appspec: permission("    acls:\n      - '7'\n"),
    agent: 'refuses',
    refusal: L(9, 'acls entry 7 has 1 parts')
  },
  {
    name: 'an acl of five parts (agent test: too many parts)',
    rule: 'ace_info.rb: two to four parts',
    appspec: permission("    acls:\n      - 'd:u:bob:7:rwx'\n"),
    agent: 'refuses',
    refusal: L(9, 'acls entry d:u:bob:7:rwx has 5 parts')
  },
  {
    name: 'a mask with a name (agent test)',
    rule: 'ace_info.rb: mask and other take no name',
    appspec: permission("    acls:\n      - 'mask:name:rwx'\n"),
    agent: 'refuses',
    refusal: L(9, 'acls entry mask:name:rwx gives a name to mask')
  },
  {
    name: 'an acl with a bad permission character (agent test)',
    rule: 'ace_info.rb: r, w, x and - only',
    appspec: permission("    acls:\n      - 'user:bob:rwxd'\n"),
    agent: 'refuses',
    refusal: L(9, 'acls entry user:bob:rwxd has the permission character d')
  },
  {
    name: 'a base acl entry (no name)',
    rule: 'ace_info.rb: "Use mode to set the base acl entry"',
    appspec: permission("    acls:\n      - 'u::rw'\n"),
    agent: 'refuses',
    refusal: L(9, 'acls entry u::rw has no name: the base entries come from mode')
  },
  {
    name: 'a context without type (agent test)',
    rule: 'context_info.rb: "an invalid context type"',
    appspec: permission('    context:\n      name: name\n      range: s0\n'),
    agent: 'refuses',
    refusal: L(9, 'context without type')
  },
  {
    name: 'a range going down (agent test: invalid sensitivity range)',
    rule: 'range_info.rb',
    appspec: permission('    context:\n      type: type\n      range: s3-s2:c0\n'),
    agent: 'refuses',
    refusal: L(10, 'context range s3-s2:c0 has its high sensitivity below its low one')
  },
  {
    name: 'a category above 1023 (agent test)',
    rule: 'range_info.rb: "invalid category"',
    appspec: permission('    context:\n      type: type\n      range: s0:c1024\n'),
    agent: 'refuses',
    refusal: L(
      10,
      'context range s0:c1024 has a category that is not c followed by digits up to c1023'
    )
  },
  {
    name: 'a category named twice (agent test: duplicate categories)',
    rule: 'range_info.rb: "duplicate categories"',
    appspec: permission('    context:\n      type: type\n      range: s0:c0.c2,c1\n'),
    agent: 'refuses',
    refusal: L(10, 'context range s0:c0.c2,c1 names a category twice')
  },
  {
    name: 'a full context (agent test: valid permission object, less its default acl)',
    rule: 'context_info.rb, range_info.rb',
    appspec: permission(
      "    pattern: 'prefix*'\n    except: ['*ReadMe', '*.tmp']\n    type: ['file']\n    owner: 'bob'\n    group: 'dev'\n    mode: 6763\n    acls:\n      - 'u:henry:7'\n    context:\n      name: 'user_u'\n      type: 'unconfined_t'\n      range: 's3-s5:c0.c7,c13'\n"
    ),
    agent: 'accepts'
  },
  {
    name: 'a context without range',
    rule: 'install_instruction.rb: the install instructions read context.range.get_range, nil without a range',
    appspec: permission('    context:\n      type: httpd_sys_content_t\n'),
    agent: 'refuses',
    refusal: L(9, 'context without range: the agent fails at Install')
  },
  {
    name: 'a context with user, as AWS documents it',
    rule: 'context_info.rb reads the SELinux user from name',
    appspec: permission(
      '    context:\n      user: system_u\n      type: httpd_sys_content_t\n      range: s0\n'
    ),
    agent: 'accepts',
    warnings: [
      L(
        9,
        'unknown key user in context: the agent ignores it; the agent reads the SELinux user from name'
      )
    ]
  },
  {
    name: 'two entries for the same object',
    rule: 'install_instruction.rb: set_permissions, "specified more than once", at Install',
    appspec: permission('    mode: "0755"\n  - object: /opt/zz-app/\n    mode: "0644"\n'),
    agent: 'refuses',
    note: 'the agent refuses once both entries match something it copies under the object',
    warnings: [L(9, 'object /opt/zz-app/ already has permissions on line 7')]
  },
  {
    name: 'a misspelt permission key',
    rule: `${PERMISSIONS}: reads its nine keys only`,
    appspec: permission('    owners: webapp\n'),
    agent: 'accepts',
    warnings: [
      L(8, 'unknown key owners in a permissions entry: the agent ignores it; did you mean owner?')
    ]
  }
]
