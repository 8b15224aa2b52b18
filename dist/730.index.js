export const id = 730;
export const ids = [730];
export const modules = {

/***/ 8737:
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

/***/ 3916:
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

/***/ 640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ finishOnGitHub),
/* harmony export */   w: () => (/* binding */ recordOnGitHub)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(665);


/**
 * Records the run as a GitHub deployment when github-environment is set. The GitHub client is
 * loaded only then: most runs never call GitHub's API.
 */
async function recordOnGitHub(inputs, ctx, env) {
    if (!inputs.githubEnvironment)
        return undefined;
    const { startGitHubDeployment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(386)]).then(__webpack_require__.bind(__webpack_require__, 1386));
    return startGitHubDeployment({
        token: inputs.githubToken,
        environment: inputs.githubEnvironment,
        apiUrl: env.GITHUB_API_URL ?? '',
        repository: ctx.repository,
        ref: ctx.sha,
        runUrl: `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`,
        description: inputs.description,
        payload: {
            application: inputs.application,
            'deployment-group': inputs.deploymentGroup,
            region: inputs.region
        },
        warn: line => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(line),
        log: line => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line)
    });
}
/** Sets the GitHub deployment's final state from the CodeDeploy outcome. */
async function finishOnGitHub(github, outcome) {
    if (!github)
        return;
    const status = outcome?.status;
    const { gitHubDeploymentState } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(386)]).then(__webpack_require__.bind(__webpack_require__, 1386));
    const id = outcome?.deploymentId;
    await github.setStatus(gitHubDeploymentState(status), {
        environmentUrl: id && outcome ? (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentUrl */ .PM)(outcome.region, id) : undefined,
        description: `CodeDeploy deployment ${id ?? '(not created)'}: ${status ?? 'error'}`
    });
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   pO: () => (/* binding */ runContext)
/* harmony export */ });
/* unused harmony exports parseWholeNumber, parseBoolean, validateRoleArn, validateRegion, validateBucketName, validateKeyPrefix, bundleTypeOfKey, parseRevisionLocation, defaultSessionName, defaultDescription */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




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
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const ACCOUNT_ID = /^\d{12}$/;
const CODEDEPLOY_NAME = /^.{1,100}$/;
const MIN_ROLE_DURATION = 900;
const MAX_ROLE_DURATION = 43200;
function bad(input, value, expected) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input '${input}' is '${value}': expected ${expected}.`);
}
function optional(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name) || undefined;
}
function required(name, what) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input '${name}' is required: set it to ${what}.`);
    return value;
}
function parseWholeNumber(name, value, min, max = Number.MAX_SAFE_INTEGER) {
    const expected = max === Number.MAX_SAFE_INTEGER
        ? `a whole number of at least ${min}`
        : `a whole number from ${min} to ${max}`;
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
    if (!ROLE_ARN.test(value)) {
        throw bad(name, value, 'an IAM role ARN such as arn:aws:iam::123456789012:role/deploy');
    }
    return value;
}
function validateRegion(value, source = 'aws-region') {
    if (!REGION.test(value)) {
        const from = source === 'aws-region' ? '' : ` (from ${source})`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input 'aws-region'${from} is '${value}': expected an AWS region such as us-east-1.`);
    }
    return value;
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
    if (value.startsWith('/') || value.includes('//')) {
        throw bad('s3-key-prefix', value, 'a key prefix with no leading or doubled "/"');
    }
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
/** Parses s3://bucket/key[?versionId=...]; the bundle type comes from the key or bundle-type. */
function parseRevisionLocation(value, bundleType) {
    const m = /^s3:\/\/([^/?]+)\/([^?]+)(?:\?versionId=([^&]+))?$/.exec(value);
    if (!m) {
        throw bad('revision-location', value, 's3://bucket/key, optionally followed by ?versionId=...');
    }
    const bucket = validateBucketName(m[1], 'revision-location');
    const key = m[2];
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
function defaultDescription(ctx) {
    if (!ctx.repository)
        return 'Deployed by GitHub Actions';
    const commit = ctx.sha ? ` at ${ctx.sha.slice(0, 12)}` : '';
    const run = ctx.runId ? `: ${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : '';
    return `Deployed by GitHub Actions from ${ctx.repository}${commit}${run}`;
}
function resolveRevisionPath(value, workspace) {
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(workspace, value);
    let isDirectory;
    try {
        isDirectory = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(resolved).isDirectory();
    }
    catch {
        throw bad('revision-path', value, `a directory inside the workspace, but ${resolved} does not exist (did the job check out the repository with actions/checkout?)`);
    }
    if (!isDirectory)
        throw bad('revision-path', value, `a directory, but ${resolved} is a file`);
    return resolved;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("Input 'aws-region' is required: set it, or the AWS_REGION environment variable, to the region of the CodeDeploy application.");
    }
    const region = validateRegion(regionInput, regionSource);
    const roleToAssume = optional('role-to-assume');
    if (roleToAssume)
        validateRoleArn('role-to-assume', roleToAssume);
    const oidcRoleArn = optional('oidc-role-arn');
    if (oidcRoleArn)
        validateRoleArn('oidc-role-arn', oidcRoleArn);
    const roleSessionName = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('role-session-name') || defaultSessionName(ctx);
    if (!SESSION_NAME.test(roleSessionName)) {
        throw bad('role-session-name', roleSessionName, '2 to 64 characters of letters, digits and +=,.@_-');
    }
    const roleExternalId = optional('role-external-id');
    if (roleExternalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(roleExternalId)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("Input 'role-external-id' is malformed: expected 2 to 1224 characters of letters, digits and +=,.@:/_-.");
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("Inputs 'upload-only' and 'revision-location' exclude each other: revision-location deploys an object already in S3, so there is nothing to upload.");
    }
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
        description: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('description') || defaultDescription(ctx),
        revisionPath: revisionLocation
            ? ctx.workspace
            : options.checkRevisionPath === false
                ? node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(ctx.workspace, _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('revision-path') || '.')
                : resolveRevisionPath(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('revision-path') || '.', ctx.workspace),
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
        waitTimeoutSeconds: parseWholeNumber('wait-timeout-seconds', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('wait-timeout-seconds') || '3600', 1),
        pollIntervalSeconds: parseWholeNumber('poll-interval-seconds', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('poll-interval-seconds') || '5', 1),
        stopOnCancel: parseBoolean('stop-on-cancel', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('stop-on-cancel') || 'true'),
        stopOnTimeout: parseBoolean('stop-on-timeout', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('stop-on-timeout') || 'false'),
        rollbackOnStop: parseBoolean('rollback-on-stop', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('rollback-on-stop') || 'true'),
        onActiveDeployment: parseEnum('on-active-deployment', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('on-active-deployment') || 'wait', ['wait', 'stop', 'fail']),
        bundleType: revisionLocation?.bundleType ?? bundleType ?? 'zip',
        revisionLocation,
        uploadOnly,
        appspecFile: optional('appspec-file'),
        githubEnvironment: optional('github-environment'),
        githubToken,
        dryRun: parseBoolean('dry-run', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('dry-run') || 'false')
    };
    return inputs;
}


/***/ }),

/***/ 1730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _call_stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8737);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _github_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(640);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8422);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(665);
/* harmony import */ var _revision_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8130);







/**
 * Runs the whole flow: inputs, revision, credentials, upload, deployment, wait, report. Local
 * work (validation, bundling) comes first, so a bad input or AppSpec fails before any AWS call,
 * and before the AWS SDK (about 100 ms to load) is even loaded.
 */
async function run(env = process.env) {
    const started = Date.now();
    const ctx = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .runContext */ .pO)(env);
    const progress = {};
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)(ctx);
        if (inputs.dryRun) {
            // Loaded on demand: most runs never need it, and every run pays for parsing what it loads.
            const { runPreflight } = await Promise.all(/* import() */[__webpack_require__.e(95), __webpack_require__.e(833), __webpack_require__.e(504)]).then(__webpack_require__.bind(__webpack_require__, 4504));
            if (!(await runPreflight(inputs, env))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreflightError */ .wG('Dry run: some checks failed; see the checklist above.');
            }
            return;
        }
        const plan = await (0,_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .planRevision */ .XO)(inputs);
        const local = await (0,_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareLocalRevision */ .cy)(plan, inputs, env);
        if (local.kind === 'bundle') {
            const { bundle } = local;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Bundled ${inputs.revisionPath}: ${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}.`);
        }
        const { deliver } = await Promise.all(/* import() */[__webpack_require__.e(95), __webpack_require__.e(833), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 592)).catch(async (err) => {
            if (local.kind === 'bundle')
                await (0,_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .discard */ .vf)(local.bundle);
            throw err;
        });
        await deliver(inputs, ctx, env, plan, local, progress);
    }
    catch (err) {
        (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .setErrorOutputs */ .$m)(progress.outcome, err);
        fail(err);
    }
    finally {
        const { outcome } = progress;
        await (0,_github_record_js__WEBPACK_IMPORTED_MODULE_3__/* .finishOnGitHub */ .O)(progress.github, outcome);
        if (_call_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .callStats */ .I.calls > 0) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`AWS calls: ${_call_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .callStats */ .I.calls} (${_call_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .callStats */ .I.retries} retried after throttling or transient faults).`);
        }
        if (outcome) {
            outcome.durationMs = Date.now() - started;
            await (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSummary */ .Sy)(outcome).catch(e => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the job summary: ${e}`));
        }
    }
}
function fail(err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(err.message);
    }
    else {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (err instanceof Error && err.stack)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(err.stack);
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ setErrorOutputs),
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   Nh: () => (/* binding */ describeOverview),
/* harmony export */   PM: () => (/* binding */ deploymentUrl),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   o: () => (/* binding */ annotateFailures)
/* harmony export */ });
/* unused harmony exports consoleHost, failureTitle, failureMessage */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);

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
function formatElapsed(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    const m = Math.floor(s / 60);
    return `${m}:${String(s % 60).padStart(2, '0')}`;
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
/** Outputs are set as soon as they are known, so a later failure still leaves them for gating. */
function setOutputs(o) {
    const counts = o.info?.deploymentOverview;
    const outputs = [
        ['target-account-id', o.targetAccountId],
        ['revision-location', o.revisionLocation],
        ['revision-etag', o.revisionEtag],
        ['revision-sha256', o.revisionSha256],
        ['deployment-id', o.deploymentId],
        ['deployment-url', o.deploymentId && deploymentUrl(o.region, o.deploymentId)],
        ['deployment-status', o.status],
        ['instances-succeeded', counts && String(counts.Succeeded ?? 0)],
        ['instances-failed', counts && String(counts.Failed ?? 0)]
    ];
    for (const [name, value] of outputs) {
        if (value !== undefined && value !== '')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    }
}
/**
 * error-code and error-message let a later job branch on why a deploy failed: CodeDeploy's own
 * code when the deployment failed, else the kind of error the action met.
 */
function setErrorOutputs(o, err) {
    const info = o?.info?.errorInformation;
    const code = info?.code ?? (err instanceof Error ? err.name : 'Error');
    const message = info?.message ?? (err instanceof Error ? err.message : String(err));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('error-code', code);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('error-message', message);
}
function failureTitle(deploymentId, f) {
    const event = f.lifecycleEvent ? ` during ${f.lifecycleEvent}` : '';
    return `Deployment ${deploymentId} failed on ${f.targetId}${event}`;
}
function failureMessage(f) {
    const what = [f.scriptName && `Script ${f.scriptName} failed`, f.errorCode && `(${f.errorCode})`]
        .filter(Boolean)
        .join(' ');
    const head = what && f.message ? `${what}: ${f.message}` : what || f.message;
    const tail = f.logTail.trim() ? `\nLog tail:\n${f.logTail.trimEnd()}` : '';
    return `${head || 'The lifecycle event failed'}${tail}`;
}
function annotateFailures(deploymentId, failures) {
    for (const f of failures) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(failureMessage(f), { title: failureTitle(deploymentId, f) });
    }
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}
const STATUS_ICON = {
    Succeeded: '✅',
    Failed: '❌',
    Stopped: '⏹️'
};
async function writeSummary(o) {
    const status = o.status ?? 'Not started';
    const rows = [
        ['Application', escapeHtml(o.application)],
        ['Deployment group', escapeHtml(o.deploymentGroup)],
        ['Target account', o.targetAccountId],
        ['Region', o.region]
    ];
    if (o.revisionLocation) {
        const note = o.uploaded === false ? ' (already in S3, not uploaded again)' : '';
        rows.push(['Revision', `<code>${o.revisionLocation}</code>${note}`]);
    }
    if (o.revisionSha256)
        rows.push(['SHA-256', `<code>${o.revisionSha256}</code>`]);
    if (o.bundleSize !== undefined)
        rows.push(['Bundle size', formatBytes(o.bundleSize)]);
    if (o.deploymentId) {
        rows.push([
            'Deployment',
            `<a href="${deploymentUrl(o.region, o.deploymentId)}">${o.deploymentId}</a>`
        ]);
    }
    rows.push(['Status', `${STATUS_ICON[status] ?? '⏳'} ${status}`]);
    if (o.durationMs !== undefined)
        rows.push(['Duration', formatElapsed(o.durationMs)]);
    const counts = describeOverview(o.info?.deploymentOverview);
    if (counts)
        rows.push(['Targets', counts]);
    if (o.info?.errorInformation?.message) {
        const { code, message = '' } = o.info.errorInformation;
        rows.push(['Error', escapeHtml(code ? `${code}: ${message}` : message)]);
    }
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading(`CodeDeploy: ${o.application} / ${o.deploymentGroup}`, 2)
        .addTable([
        [
            { data: 'Field', header: true },
            { data: 'Value', header: true }
        ],
        ...rows.map(([k, v]) => [k, v])
    ]);
    for (const f of o.failures) {
        summary.addHeading(escapeHtml(`${f.targetId}: ${f.lifecycleEvent || 'failed'}`), 3);
        summary.addRaw(`<p>${escapeHtml(failureMessage(f).split('\n')[0])}</p>`, true);
        if (f.logTail.trim())
            summary.addCodeBlock(escapeHtml(f.logTail.trimEnd()));
    }
    await summary.write();
}
/** Escapes text for the job summary's HTML. */
function escapeHtml(s) {
    return s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}


/***/ }),

/***/ 8130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XO: () => (/* binding */ planRevision),
/* harmony export */   cy: () => (/* binding */ prepareLocalRevision),
/* harmony export */   tj: () => (/* binding */ platformOf),
/* harmony export */   vf: () => (/* binding */ discard)
/* harmony export */ });
/* unused harmony exports sourceDateEpoch, bundleRevision */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);





/**
 * EC2/On-Premises revisions are bundles uploaded to S3; ECS and Lambda revisions are the AppSpec
 * itself. The AppSpec tells which: Lambda and ECS ones name their resources.
 *
 * The AppSpec parser and the bundler are loaded only here and below, when a revision is made from
 * files: deploying an object already in S3, or failing on a bad input, never pays for them.
 */
async function planRevision(inputs) {
    if (inputs.revisionLocation)
        return { kind: 'existing', location: inputs.revisionLocation };
    const { detectComputePlatform, findAppSpecFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(331)]).then(__webpack_require__.bind(__webpack_require__, 9331));
    let file;
    try {
        file = findAppSpecFile(inputs.revisionPath, inputs.appspecFile);
    }
    catch (err) {
        // Without appspec-file, the bundle's own check gives the better error (nested directories).
        if (inputs.appspecFile)
            throw err;
    }
    const platform = file
        ? detectComputePlatform((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file))
        : 'Server';
    if (file && platform !== 'Server')
        return { kind: 'appspec-content', file, platform };
    if (inputs.appspecFile) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Input 'appspec-file' is for ECS and Lambda deployment groups, but ${inputs.appspecFile} is an EC2/On-Premises AppSpec: leave appspec-file empty and put appspec.yml at the root of revision-path.`);
    }
    if (!inputs.s3Bucket) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz("Input 's3-bucket' is required: set it to the S3 bucket that receives the bundle (in either account), or set revision-location to deploy an object already in S3.");
    }
    return { kind: 'bundle', bucket: inputs.s3Bucket };
}
/** The compute platform the revision is for; undefined for an existing object (not opened). */
function platformOf(plan) {
    if (plan.kind === 'bundle')
        return 'Server';
    return plan.kind === 'appspec-content' ? plan.platform : undefined;
}
async function prepareLocalRevision(plan, inputs, env) {
    switch (plan.kind) {
        case 'bundle':
            return { kind: 'bundle', bundle: await bundleRevision(inputs, env), bucket: plan.bucket };
        case 'appspec-content': {
            const { appSpecContentRevision } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(331)]).then(__webpack_require__.bind(__webpack_require__, 9331));
            return {
                kind: 'appspec-content',
                content: await appSpecContentRevision(plan.file, plan.platform)
            };
        }
        case 'existing':
            return plan;
    }
}
function sourceDateEpoch(env) {
    const value = env.SOURCE_DATE_EPOCH;
    if (value === undefined || value === '')
        return undefined;
    if (!/^\d+$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`SOURCE_DATE_EPOCH is '${value}': expected a whole number of seconds since 1970-01-01.`);
    }
    return Number(value);
}
/** Bundles revision-path into a temporary directory; the caller removes it with `discard`. */
async function bundleRevision(inputs, env) {
    const { createBundle } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(298), __webpack_require__.e(945)]).then(__webpack_require__.bind(__webpack_require__, 9945));
    const outDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'codedeploy-bundle-'));
    try {
        return await createBundle({
            root: inputs.revisionPath,
            exclude: inputs.exclude,
            outDir,
            sourceDateEpoch: sourceDateEpoch(env),
            bundleType: inputs.bundleType
        });
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(outDir, { recursive: true, force: true });
        throw err;
    }
}
async function discard(bundle) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(bundle.path), { recursive: true, force: true });
}


/***/ })

};
