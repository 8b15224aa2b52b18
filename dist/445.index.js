export const id = 445;
export const ids = [445];
export const modules = {

/***/ 9546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ TERMINAL_STATUSES),
/* harmony export */   Nh: () => (/* binding */ describeOverview),
/* harmony export */   PM: () => (/* binding */ deploymentUrl),
/* harmony export */   az: () => (/* binding */ ACTIVE_STATUSES)
/* harmony export */ });
/* unused harmony export consoleHost */
function describeOverview(o) {
    if (!o)
        return '';
    const parts = [
        `${o.Succeeded ?? 0} succeeded`,
        `${o.InProgress ?? 0} in progress`,
        `${o.Pending ?? 0} pending`,
        `${o.Failed ?? 0} failed`,
        `${o.Skipped ?? 0} skipped`
    ];
    if (o.Ready)
        parts.push(`${o.Ready} ready`);
    return parts.join(', ');
}
function consoleHost(region) {
    if (region.startsWith('cn-'))
        return `${region}.console.amazonaws.cn`;
    if (region.startsWith('us-gov-'))
        return `${region}.console.amazonaws-us-gov.com`;
    return `${region}.console.aws.amazon.com`;
}
function deploymentUrl(region, deploymentId) {
    return `https://${consoleHost(region)}/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`;
}
const TERMINAL_STATUSES = new Set(['Succeeded', 'Failed', 'Stopped']);
/** Statuses of a deployment that has not ended. */
const ACTIVE_STATUSES = [
    'Created',
    'Queued',
    'InProgress',
    'Baking',
    'Ready'
];


/***/ }),

/***/ 106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ regionPartition),
/* harmony export */   S1: () => (/* binding */ PARTITIONS),
/* harmony export */   XP: () => (/* binding */ accountOf),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   rh: () => (/* binding */ isPartition)
/* harmony export */ });
/** "arn:aws:iam::123456789012:role/x" → "123456789012"; undefined for anything else. */
function accountOf(arn) {
    const account = arn?.split(':')[4];
    return account && /^\d{12}$/.test(account) ? account : undefined;
}
/**
 * Each partition other than aws, and how the names of its regions begin (the regionRegex of the
 * AWS SDK's partitions.json); every other region is in aws.
 */
const PARTITION_REGIONS = [
    ['aws-cn', 'cn-'],
    ['aws-us-gov', 'us-gov-'],
    ['aws-iso', 'us-iso-'],
    ['aws-iso-b', 'us-isob-'],
    ['aws-iso-e', 'eu-isoe-'],
    ['aws-iso-f', 'us-isof-'],
    ['aws-eusc', 'eusc-']
];
const PARTITIONS = ['aws', ...PARTITION_REGIONS.map(([p]) => p)];
function isPartition(name) {
    return PARTITIONS.includes(name);
}
/** "cn-north-1" → "aws-cn". */
function regionPartition(region) {
    return PARTITION_REGIONS.find(([, prefix]) => region.startsWith(prefix))?.[0] ?? 'aws';
}
function partitionOf(arn) {
    const partition = arn?.split(':')[1];
    return partition && isPartition(partition) ? partition : 'aws';
}


/***/ }),

/***/ 6295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ callStats)
/* harmony export */ });
/**
 * Counts of every AWS call the action made, reported at the end of the run. Kept apart from the
 * clients so that reading them does not load the AWS SDK.
 */
const callStats = { calls: 0, retries: 0 };


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   HY: () => (/* binding */ AppSpecError),
/* harmony export */   RJ: () => (/* binding */ DeploymentFailedError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gt: () => (/* binding */ DeploymentError),
/* harmony export */   lE: () => (/* binding */ CredentialsError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   oW: () => (/* binding */ UploadError),
/* harmony export */   rJ: () => (/* binding */ BundleError),
/* harmony export */   wG: () => (/* binding */ PreflightError)
/* harmony export */ });
/**
 * One error type per kind of failure. Every message is written for the person reading the
 * workflow log: what failed, which resource, and what to check.
 */
class ActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** An input is missing, malformed or out of range. Raised before any AWS call. */
class InputError extends ActionError {
}
/** Source credentials could not be found, or a role in the chain could not be assumed. */
class CredentialsError extends ActionError {
}
/** The revision directory could not be bundled (unsafe symlink, unreadable file, ...). */
class BundleError extends ActionError {
}
/** The AppSpec file is missing or invalid. */
class AppSpecError extends ActionError {
}
/** The bundle could not be looked up in or uploaded to S3. */
class UploadError extends ActionError {
}
/** CodeDeploy refused to register the revision or to create the deployment. */
class DeploymentError extends ActionError {
}
/** The deployment ended in a state other than Succeeded. */
class DeploymentFailedError extends ActionError {
}
/** The deployment was still running when the wait timed out. */
class WaitTimeoutError extends ActionError {
}
/** A dry run found a check that failed. */
class PreflightError extends ActionError {
}
/** The job was cancelled while the deployment was in progress. */
class CancelledError extends ActionError {
}


/***/ }),

/***/ 1095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ logInfo)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4891);


/** Writes a log line that can hold untrusted text: the runner reads none of it as a command. */
function logInfo(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeCommands */ .Kw)(text));
}


/***/ }),

/***/ 9353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   M$: () => (/* binding */ isGitName),
/* harmony export */   dE: () => (/* binding */ inGitDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True when `target` is `root` or below it; resolve symlinks of both first where they matter. */
function isInside(root, target) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, target);
    return rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel);
}
/**
 * Whether a file name is `.git` as some file system reads it: case-insensitive ones (macOS,
 * Windows) take `.GIT` for it, and Windows drops trailing dots and spaces. Any of them can be the
 * repository, which holds the checkout's credentials.
 */
function isGitName(name) {
    return name.replace(/[. ]+$/, '').toLowerCase() === '.git';
}
/** Whether a resolved path goes through a `.git` directory. */
function inGitDir(path) {
    return path.split(/[\\/]/).some(isGitName);
}


/***/ }),

/***/ 5680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ withRunToken),
/* harmony export */   X6: () => (/* binding */ runTokenLength),
/* harmony export */   fu: () => (/* binding */ runToken),
/* harmony export */   iF: () => (/* binding */ carriesRunToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const NONCE_BYTES = 6;
/**
 * A token that names one run of the action: repository, run ID, attempt and a random part (two
 * steps of one job may deploy to the same group). The action appends it to the description of the
 * deployment it creates, so that after an answer lost on the way back it can find its own
 * deployment instead of creating a second one, or waiting for itself as for someone else's.
 */
function runToken(ctx, nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(NONCE_BYTES).toString('hex')) {
    const run = [ctx.repository || 'local', ctx.runId || 'local', ctx.runAttempt || '1', nonce];
    return `[gha-run:${run.join(':')}]`;
}
/** How many characters the token of this run takes, with the space before it. */
function runTokenLength(ctx) {
    return runToken(ctx, '0'.repeat(2 * NONCE_BYTES)).length + 1;
}
function withRunToken(description, token) {
    return `${description} ${token}`;
}
function carriesRunToken(description, token) {
    return description !== undefined && description.endsWith(token);
}


/***/ }),

/***/ 4891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ neutralizeCommands),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Tt: () => (/* binding */ holdsHidden),
/* harmony export */   qy: () => (/* binding */ html),
/* harmony export */   xs: () => (/* binding */ htmlBlock)
/* harmony export */ });
/**
 * Text the action does not write itself (deployment descriptions and creators, AWS and GitHub
 * error messages, instance diagnostics, file names, input values) goes to the log and the job
 * summary only through this module.
 *
 * The runner reads a line of a step's output as a workflow command when, after leading
 * whitespace, it starts with `::`, or when it holds `##[` anywhere (the older syntax). The action
 * writes its own commands through @actions/core, which escapes their data; a plain log line that
 * looks like a command can only come from someone else's text.
 */
// .NET's TrimStart, which the runner applies, also trims NEL (U+0085).
const COMMAND_START = /^([\s\u0085]*)::/;
const OLD_COMMAND = /##\[/g;
/** Every line of `text`, changed just enough that the runner reads none of them as a command. */
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(line => line.replace(COMMAND_START, '$1\\::').replace(OLD_COMMAND, '##\\['))
        .join('\n');
}
/**
 * Control and format characters (line breaks, ANSI escapes, zero-width and bidirectional ones) and
 * line and paragraph separators: each could start a line of its own or disguise what a reader sees.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeHidden(c) {
    return (NAMED[c] ??
        Array.from(c, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
/** True when the text holds a character `oneLine` would escape. */
function holdsHidden(text) {
    return HIDDEN.test(text);
}
/** Untrusted text shown inside one line: every hidden character as an escape. */
function oneLine(text) {
    return text.replace(HIDDEN_ALL, escapeHidden);
}
/**
 * Untrusted text as one value in a message: as it is when plain, else JSON-quoted with every
 * hidden character escaped, so the reader sees where it starts and ends.
 */
function shown(text) {
    return holdsHidden(text) ? JSON.stringify(text).replace(HIDDEN_ALL, escapeHidden) : text;
}
const HTML = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
/**
 * Untrusted text for the job summary, which GitHub renders as Markdown with HTML. Every summary
 * block is HTML, so escaping the markup characters keeps the text text; a blank line would end the
 * HTML block and let the rest be read as Markdown, so line breaks become `<br>`.
 */
function html(text) {
    return escapedLines(text).join('<br>');
}
/** Untrusted text for a `<pre>` block: markup escaped, lines kept, other control characters shown. */
function htmlBlock(text) {
    return escapedLines(text).join('\n');
}
function escapedLines(text) {
    return text.split(/\r\n|\r|\n/).map(line => oneLine(line.replace(/[&<>"']/g, c => HTML[c])));
}


/***/ }),

/***/ 8028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   pO: () => (/* binding */ runContext)
/* harmony export */ });
/* unused harmony exports parseWholeNumber, parseBoolean, validateRoleArn, validateRegion, validateBucketName, validateKeyPrefix, bundleTypeOfKey, parseRevisionLocation, defaultSessionName, MAX_DESCRIPTION, defaultDescription */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1922);
/* harmony import */ var _common_arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(106);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9353);
/* harmony import */ var _common_run_token_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5680);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4891);








function runContext(env = process.env) {
    return {
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        repository: env.GITHUB_REPOSITORY ?? '',
        sha: env.GITHUB_SHA ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        env
    };
}
const ROLE_ARN = /^arn:([^:]*):iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^(?:[a-z]{2}|eusc)(?:-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const ACCOUNT_ID = /^\d{12}$/;
const MAX_CODEDEPLOY_NAME = 100;
const CODEDEPLOY_NAME = new RegExp(`^.{1,${MAX_CODEDEPLOY_NAME}}$`);
const MIN_ROLE_DURATION = 900;
const MAX_ROLE_DURATION = 43200;
/** A longer interval only delays the news that the deployment ended. */
const MAX_POLL_INTERVAL = 300;
/**
 * Waiting longer than a job can run is pointless, and the bound keeps every timer below the
 * 2^31-1 ms (24.8 days) past which Node.js fires a timer at once.
 */
const MAX_WAIT_TIMEOUT = 5 * 24 * 3600;
const MAX_WAIT_TIMEOUT_WHY = '5 days, the longest a job can run on a self-hosted runner';
/** S3's "safe characters" for object key names. */
const KEY_PREFIX = /^[A-Za-z0-9!\-_.*'()/]*$/;
/**
 * S3 keys hold at most 1,024 bytes, and bundleKey (s3/keys.ts) appends `<application>/<sha256>.<ext>`
 * to the prefix, which gets its trailing "/" here.
 */
const MAX_KEY_PREFIX = 1024 - (MAX_CODEDEPLOY_NAME + 1 + 64 + 1 + 3) - 1;
/** An input's value in a message: in quotes when plain, else as `shown` escapes it. */
function quoted(value) {
    return (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .holdsHidden */ .Tt)(value) ? (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(value) : `'${value}'`;
}
function bad(input, value, expected) {
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input '${input}' is ${quoted(value)}: expected ${expected}.`);
}
function optional(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined;
}
function required(name, what) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    if (!value)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input '${name}' is required: set it to ${what}.`);
    return value;
}
/** `why` explains the bound to the reader when it is not obvious. */
function parseWholeNumber(name, value, min, max, why) {
    const expected = `a whole number from ${min} to ${max}${why ? ` (${why})` : ''}`;
    if (!/^\d+$/.test(value))
        throw bad(name, value, expected);
    const n = Number(value);
    if (n < min || n > max)
        throw bad(name, value, expected);
    return n;
}
function parseBoolean(name, value) {
    // The same spellings as the YAML 1.2 core schema, which is what core.getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw bad(name, value, 'true or false');
}
function parseEnum(name, value, allowed) {
    const match = allowed.find(a => a.toLowerCase() === value.toLowerCase());
    if (!match)
        throw bad(name, value, `one of ${allowed.join(', ')}`);
    return match;
}
function validateRoleArn(name, value) {
    const partition = ROLE_ARN.exec(value)?.[1];
    if (partition === undefined) {
        throw bad(name, value, 'an IAM role ARN such as arn:aws:iam::123456789012:role/deploy');
    }
    if (!(0,_common_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .isPartition */ .rh)(partition)) {
        throw bad(name, value, `an IAM role ARN whose partition is one of ${_common_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .PARTITIONS */ .S1.join(', ')}`);
    }
    return value;
}
/** Where the region came from, when not from the aws-region input itself. */
function regionFrom(source) {
    return source === 'aws-region' ? '' : ` (from ${source})`;
}
function validateRegion(value, source = 'aws-region') {
    if (!REGION.test(value)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input 'aws-region'${regionFrom(source)} is ${quoted(value)}: expected an AWS region such as us-east-1.`);
    }
    return value;
}
/** A role can only be assumed, and only used, in the partition of its own ARN. */
function checkPartition(name, arn, region, regionSource) {
    const arnPartition = (0,_common_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .partitionOf */ .iQ)(arn);
    const partition = (0,_common_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .regionPartition */ .Rm)(region);
    if (arnPartition === partition)
        return;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input '${name}' is ${quoted(arn)}, in partition ${arnPartition}, but aws-region${regionFrom(regionSource)} ${quoted(region)} is in partition ${partition}: use a role of the region's partition, or the region the role belongs to.`);
}
/** S3 bucket naming rules for general purpose buckets. */
function validateBucketName(value, input = 's3-bucket') {
    const problems = [
        [value.length < 3 || value.length > 63, 'between 3 and 63 characters'],
        [!/^[a-z0-9.-]+$/.test(value), 'only lowercase letters, digits, dots and hyphens'],
        [!/^[a-z0-9].*[a-z0-9]$/.test(value), 'a letter or digit at both ends'],
        [value.includes('..'), 'no two adjacent dots'],
        [/^\d+\.\d+\.\d+\.\d+$/.test(value), 'not an IP address'],
        [value.startsWith('xn--') || value.endsWith('-s3alias'), 'no xn-- prefix or -s3alias suffix']
    ];
    const problem = problems.find(([failed]) => failed);
    if (problem)
        throw bad(input, value, `a valid S3 bucket name (${problem[1]})`);
    return value;
}
function validateKeyPrefix(value) {
    if (value === '')
        return '';
    const problems = [
        [
            !KEY_PREFIX.test(value),
            "of S3's safe characters only (letters, digits and ! - _ . * ' ( ) /)"
        ],
        [value.startsWith('/') || value.includes('//'), 'with no leading or doubled "/"'],
        [value.split('/').some(s => s === '.' || s === '..'), 'with no "." or ".." segment'],
        [value.length > MAX_KEY_PREFIX, `of at most ${MAX_KEY_PREFIX} characters`]
    ];
    const problem = problems.find(([failed]) => failed);
    if (problem)
        throw bad('s3-key-prefix', value, `a key prefix ${problem[1]}`);
    return value.endsWith('/') ? value : `${value}/`;
}
const BUNDLE_TYPES = ['zip', 'tar', 'tgz'];
function bundleTypeOfKey(key) {
    if (/\.zip$/i.test(key))
        return 'zip';
    if (/\.(tgz|tar\.gz)$/i.test(key))
        return 'tgz';
    if (/\.tar$/i.test(key))
        return 'tar';
    return undefined;
}
/**
 * Parses s3://bucket/key[?versionId=...], %-encoded as revisionLocation (s3.ts) prints it; the
 * bundle type comes from the key or bundle-type.
 */
function parseRevisionLocation(value, bundleType) {
    const m = /^s3:\/\/([^/?]+)\/([^?]+)(?:\?versionId=([^&]+))?$/.exec(value);
    if (!m || (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .holdsHidden */ .Tt)(value)) {
        throw bad('revision-location', value, 's3://bucket/key, optionally followed by ?versionId=...');
    }
    const bucket = validateBucketName(m[1], 'revision-location');
    let key;
    try {
        key = decodeURIComponent(m[2]);
    }
    catch {
        throw bad('revision-location', value, 'a key with valid %-encoding: write a % in the key as %25');
    }
    const type = bundleType ?? bundleTypeOfKey(key);
    if (!type) {
        throw bad('revision-location', value, 'a key ending in .zip, .tar, .tgz or .tar.gz, or the bundle-type input set');
    }
    let versionId;
    try {
        versionId = m[3] && decodeURIComponent(m[3]);
    }
    catch {
        throw bad('revision-location', value, 'a versionId with valid %-encoding');
    }
    return { bucket, key, versionId, bundleType: type };
}
/** Session names must be 2-64 characters of [\w+=,.@-]; anything else is replaced. */
function defaultSessionName(ctx) {
    const repo = ctx.repository.split('/').pop() || 'repository';
    const raw = `GitHubActions-${repo}-${ctx.runId || 'local'}-${ctx.runAttempt}`;
    return raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}
/** The most characters CodeDeploy takes in a description. */
const MAX_DESCRIPTION = 512;
/**
 * The description input, or one made from the run; with the run's token appended (see
 * run-token.ts) it must fit in CodeDeploy's limit, so a default too long for that is cut short.
 */
function readDescription(ctx) {
    const room = MAX_DESCRIPTION - (0,_common_run_token_js__WEBPACK_IMPORTED_MODULE_6__/* .runTokenLength */ .X6)(ctx);
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('description');
    if (!value)
        return defaultDescription(ctx).slice(0, room);
    if (value.length > room) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input 'description' is ${value.length} characters long: expected at most ${room}, as CodeDeploy takes ${MAX_DESCRIPTION} and the action appends a token of the run (${MAX_DESCRIPTION - room} characters) that lets it find its own deployment.`);
    }
    return value;
}
function defaultDescription(ctx) {
    if (!ctx.repository)
        return 'Deployed by GitHub Actions';
    const commit = ctx.sha ? ` at ${ctx.sha.slice(0, 12)}` : '';
    const run = ctx.runId ? `: ${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : '';
    return `Deployed by GitHub Actions from ${ctx.repository}${commit}${run}`;
}
function plainPath(input, value) {
    if ((0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .holdsHidden */ .Tt)(value))
        throw bad(input, value, 'a path with no control characters');
    return value;
}
function realOrResolved(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(file);
    }
    catch {
        return node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(file);
    }
}
/**
 * Refuses a path that leads outside the workspace, after symlinks on both sides. A path that
 * does not exist leads nowhere yet: it is compared as written.
 */
function confine(input, value, file, workspace, what) {
    let real;
    let root;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(file);
        root = realOrResolved(workspace);
    }
    catch {
        real = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(file);
        root = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(workspace);
    }
    if ((0,_common_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isInside */ .FK)(root, real))
        return;
    throw bad(input, value, `${what} inside the workspace, but it resolves to ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(real)}, outside the workspace ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(root)}`);
}
function resolveRevisionPath(value, workspace) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(workspace, plainPath('revision-path', value));
    confine('revision-path', value, resolved, workspace, 'a directory');
    const where = (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .shown */ .SP)(resolved);
    let isDirectory;
    try {
        isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(resolved).isDirectory();
    }
    catch {
        throw bad('revision-path', value, `a directory inside the workspace, but ${where} does not exist (did the job check out the repository with actions/checkout?)`);
    }
    if (!isDirectory)
        throw bad('revision-path', value, `a directory, but ${where} is a file`);
    return resolved;
}
/** appspec-file is relative to revision-path; whether it exists is for the AppSpec lookup to say. */
function resolveAppSpecFile(value, revisionPath, workspace) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(revisionPath, plainPath('appspec-file', value));
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        return value;
    confine('appspec-file', value, file, workspace, 'a file');
    return file;
}
/**
 * Reads and validates every input. Throws an InputError naming the first bad input, before any
 * AWS call is made.
 */
function readInputs(ctx = runContext(), options = {}) {
    const regionSources = [
        ['aws-region', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('aws-region')],
        ['AWS_REGION', ctx.env.AWS_REGION],
        ['AWS_DEFAULT_REGION', ctx.env.AWS_DEFAULT_REGION]
    ];
    const [regionSource, regionInput] = regionSources.find(([, value]) => value) ?? [];
    if (!regionSource || !regionInput) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("Input 'aws-region' is required: set it, or the AWS_REGION environment variable, to the region of the CodeDeploy application.");
    }
    const region = validateRegion(regionInput, regionSource);
    const roleArn = (name) => {
        const arn = optional(name);
        if (!arn)
            return undefined;
        validateRoleArn(name, arn);
        checkPartition(name, arn, region, regionSource);
        return arn;
    };
    const roleToAssume = roleArn('role-to-assume');
    const oidcRoleArn = roleArn('oidc-role-arn');
    const roleSessionName = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('role-session-name') || defaultSessionName(ctx);
    if (!SESSION_NAME.test(roleSessionName)) {
        throw bad('role-session-name', roleSessionName, '2 to 64 characters of letters, digits and +=,.@_-');
    }
    const roleExternalId = optional('role-external-id');
    if (roleExternalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(roleExternalId)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("Input 'role-external-id' is malformed: expected 2 to 1224 characters of letters, digits and +=,.@:/_-.");
    }
    const application = required('application', 'the name of the CodeDeploy application');
    if (!CODEDEPLOY_NAME.test(application))
        throw bad('application', application, 'at most 100 characters');
    const deploymentGroup = required('deployment-group', 'the name of the CodeDeploy deployment group');
    if (!CODEDEPLOY_NAME.test(deploymentGroup)) {
        throw bad('deployment-group', deploymentGroup, 'at most 100 characters');
    }
    const deploymentConfig = optional('deployment-config');
    if (deploymentConfig && !CODEDEPLOY_NAME.test(deploymentConfig)) {
        throw bad('deployment-config', deploymentConfig, 'at most 100 characters');
    }
    const s3BucketOwner = optional('s3-bucket-owner');
    if (s3BucketOwner && !ACCOUNT_ID.test(s3BucketOwner)) {
        throw bad('s3-bucket-owner', s3BucketOwner, 'a 12-digit AWS account ID');
    }
    const fileExistsBehavior = optional('file-exists-behavior');
    const bundleTypeInput = optional('bundle-type');
    const bundleType = bundleTypeInput
        ? parseEnum('bundle-type', bundleTypeInput, BUNDLE_TYPES)
        : undefined;
    const locationInput = optional('revision-location');
    const revisionLocation = locationInput
        ? parseRevisionLocation(locationInput, bundleType)
        : undefined;
    const uploadOnly = parseBoolean('upload-only', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('upload-only') || 'false');
    const s3Bucket = optional('s3-bucket');
    const githubToken = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token');
    if (githubToken)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(githubToken);
    if (uploadOnly && revisionLocation) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("Inputs 'upload-only' and 'revision-location' exclude each other: revision-location deploys an object already in S3, so there is nothing to upload.");
    }
    const revisionPathInput = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('revision-path') || '.';
    // The post step, and a revision already in S3, read no file: there is nothing to confine.
    const readsFiles = !revisionLocation && options.checkRevisionPath !== false;
    const revisionPath = revisionLocation
        ? ctx.workspace
        : readsFiles
            ? resolveRevisionPath(revisionPathInput, ctx.workspace)
            : node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(ctx.workspace, revisionPathInput);
    const appspecFileInput = optional('appspec-file');
    const appspecFile = appspecFileInput && readsFiles
        ? resolveAppSpecFile(appspecFileInput, revisionPath, ctx.workspace)
        : appspecFileInput;
    const inputs = {
        region,
        roleToAssume,
        roleExternalId,
        roleSessionName,
        roleDurationSeconds: parseWholeNumber('role-duration-seconds', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('role-duration-seconds') || '3600', MIN_ROLE_DURATION, MAX_ROLE_DURATION),
        oidcRoleArn,
        audience: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('audience') || 'sts.amazonaws.com',
        application,
        deploymentGroup,
        deploymentConfig,
        description: readDescription(ctx),
        revisionPath,
        s3Bucket: revisionLocation?.bucket ?? (s3Bucket && validateBucketName(s3Bucket)),
        s3KeyPrefix: validateKeyPrefix(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('s3-key-prefix')),
        s3BucketOwner,
        uploadCredentials: parseEnum('upload-credentials', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('upload-credentials') || 'target', ['target', 'source']),
        exclude: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3('exclude').filter(line => !line.startsWith('#')),
        fileExistsBehavior: fileExistsBehavior
            ? parseEnum('file-exists-behavior', fileExistsBehavior, [
                'DISALLOW',
                'OVERWRITE',
                'RETAIN'
            ])
            : undefined,
        ignoreApplicationStopFailures: parseBoolean('ignore-application-stop-failures', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('ignore-application-stop-failures') || 'false'),
        wait: parseBoolean('wait', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('wait') || 'true'),
        waitTimeoutSeconds: parseWholeNumber('wait-timeout-seconds', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('wait-timeout-seconds') || '3600', 1, MAX_WAIT_TIMEOUT, MAX_WAIT_TIMEOUT_WHY),
        pollIntervalSeconds: parseWholeNumber('poll-interval-seconds', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('poll-interval-seconds') || '5', 1, MAX_POLL_INTERVAL),
        stopOnCancel: parseBoolean('stop-on-cancel', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('stop-on-cancel') || 'true'),
        stopOnTimeout: parseBoolean('stop-on-timeout', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('stop-on-timeout') || 'false'),
        rollbackOnStop: parseBoolean('rollback-on-stop', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('rollback-on-stop') || 'true'),
        onActiveDeployment: parseEnum('on-active-deployment', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('on-active-deployment') || 'wait', ['wait', 'stop', 'fail']),
        bundleType: revisionLocation?.bundleType ?? bundleType ?? 'zip',
        revisionLocation,
        uploadOnly,
        appspecFile,
        githubEnvironment: optional('github-environment'),
        githubToken,
        dryRun: parseBoolean('dry-run', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('dry-run') || 'false')
    };
    return inputs;
}


/***/ })

};
