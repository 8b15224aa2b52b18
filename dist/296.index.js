export const id = 296;
export const ids = [296];
export const modules = {

/***/ 1296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPreflight: () => (/* binding */ runPreflight)
/* harmony export */ });
/* unused harmony exports defaultPreflightDeps, countChecks, formatCheck, formatChecklist, summaryRows, describeRequirement, bucketRegion, bucketPolicyGrants, preflightSetup, platformCheck */
/* harmony import */ var _codedeploy_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9546);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6257);
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(7507);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1695);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(201);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6963);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5634);
/* harmony import */ var _advice_explain_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4347);
/* harmony import */ var _advice_permissions_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5508);
/* harmony import */ var _s3_keys_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1292);
/* harmony import */ var _common_arn_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(106);
/* harmony import */ var _revision_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9270);
/* harmony import */ var _s3_objects_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1623);
/* harmony import */ var _revision_platform_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(598);
/* harmony import */ var _common_log_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1095);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4891);


















function defaultPreflightDeps(region) {
    return {
        sts: (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .stsFactory */ .z_)(region),
        s3: credentials => (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .s3Client */ .oD)(region, credentials),
        codeDeploy: credentials => (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__/* .codeDeployClient */ .i4)(region, credentials),
        getIdToken: audience => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getIDToken */ .V9(audience)
    };
}
/**
 * `dry-run: true`: checks the whole setup without creating or uploading anything, prints a
 * checklist and writes it to the job summary. True when no check failed.
 */
async function runPreflight(inputs, env, deps = defaultPreflightDeps(inputs.region)) {
    const { checks, setup, vars } = await collectChecks(inputs, env, deps);
    for (const line of formatChecklist(checks))
        (0,_common_log_js__WEBPACK_IMPORTED_MODULE_11__/* .logInfo */ .f)(line);
    for (const check of checks.filter(c => c.status === 'failed')) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(check.evidence, { title: `${check.title} (dry run)` });
    }
    await writePreflightSummary(inputs, checks, setup, vars).catch(err => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not write the job summary: ${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(err)}`));
    return !checks.some(c => c.status === 'failed');
}
// ---- Formatting: pure, so it tests without AWS. ----
const ICONS = { passed: '✅', failed: '❌', skipped: '⏭️' };
function countChecks(checks) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const c of checks)
        counts[c.status]++;
    return counts;
}
function formatCheck(check) {
    return `${ICONS[check.status]} ${check.status.padEnd(7)} ${check.title}: ${check.evidence}`;
}
function formatChecklist(checks) {
    const n = countChecks(checks);
    const verdict = n.failed
        ? `${n.failed} check${n.failed === 1 ? '' : 's'} failed`
        : 'every check that could run passed';
    return [
        'Dry run: nothing is uploaded and no deployment is created.',
        ...checks.map(formatCheck),
        `Dry run: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped: ${verdict}.`
    ];
}
function summaryRows(checks) {
    return checks.map(c => [`${ICONS[c.status]} ${c.status}`, (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_12__/* .html */ .qy)(c.title), (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_12__/* .html */ .qy)(c.evidence)]);
}
/** "Sid: actions on resources", short enough for a checklist line. */
function describeRequirement(req, vars) {
    const on = req.resources.length ? ` on ${req.resources.map(r => (0,_advice_permissions_js__WEBPACK_IMPORTED_MODULE_6__/* .fill */ .GS)(r, vars)).join(', ')}` : '';
    return `statement ${req.sid} (${req.actions.join(', ')}${on})`;
}
/** S3 answers no LocationConstraint for us-east-1, and EU for the oldest eu-west-1 buckets. */
function bucketRegion(locationConstraint) {
    if (!locationConstraint)
        return 'us-east-1';
    return locationConstraint === 'EU' ? 'eu-west-1' : locationConstraint;
}
function list(value) {
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function principals(statement) {
    const p = statement.Principal;
    if (p === '*')
        return ['*'];
    if (p && typeof p === 'object')
        return list(p.AWS);
    return [];
}
/**
 * Does a bucket policy let some principal of `account` call `action` on `objectArn`? The
 * instance profile's role is not known from here, so any principal in that account counts.
 * Conditions are not evaluated: a matching statement with conditions is reported as allowed.
 */
function bucketPolicyGrants(policyText, account, action, objectArn) {
    let statements;
    try {
        const policy = JSON.parse(policyText);
        const raw = policy.Statement;
        statements = (Array.isArray(raw) ? raw : raw ? [raw] : []);
    }
    catch {
        return { verdict: 'missing' };
    }
    const inAccount = (principal) => principal === '*' || principal === account || principal.split(':')[4] === account;
    const applies = (s) => list(s.Action).some(a => (0,_advice_permissions_js__WEBPACK_IMPORTED_MODULE_6__/* .actionMatches */ .GE)(a, action)) &&
        list(s.Resource).some(r => (0,_advice_permissions_js__WEBPACK_IMPORTED_MODULE_6__/* .resourceMatches */ .uH)(r, objectArn));
    let allowed;
    for (const [i, s] of statements.entries()) {
        const principal = principals(s).find(inAccount);
        if (!principal || !applies(s))
            continue;
        const name = typeof s.Sid === 'string' && s.Sid ? s.Sid : `#${i + 1}`;
        if (s.Effect === 'Deny')
            return { verdict: 'denied', statement: name, principal };
        if (s.Effect === 'Allow')
            allowed ??= { verdict: 'allowed', statement: name, principal };
    }
    return allowed ?? { verdict: 'missing' };
}
/** Which statements apply to these inputs. */
function preflightSetup(inputs, facts) {
    return {
        ...facts,
        crossAccount: inputs.roleToAssume !== undefined,
        upload: inputs.uploadCredentials,
        wait: inputs.wait,
        stop: inputs.stopOnCancel || inputs.stopOnTimeout || inputs.onActiveDeployment === 'stop',
        sessionTags: false,
        uploadOnly: inputs.uploadOnly
    };
}
async function writePreflightSummary(inputs, checks, setup, vars) {
    const n = countChecks(checks);
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z
        .addHeading(`CodeDeploy dry run: ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_12__/* .html */ .qy)(inputs.application)} / ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_12__/* .html */ .qy)(inputs.deploymentGroup)}`, 2)
        .addRaw(`<p>${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped. Nothing was uploaded and no deployment was created.</p>`, true)
        .addTable([
        [
            { data: 'Result', header: true },
            { data: 'Check', header: true },
            { data: 'Evidence', header: true }
        ],
        ...summaryRows(checks)
    ]);
    summary.addHeading('Policies this configuration needs', 3);
    for (const kind of Object.keys(_advice_permissions_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICIES */ .PQ)) {
        const doc = (0,_advice_permissions_js__WEBPACK_IMPORTED_MODULE_6__/* .policyDocument */ .yr)(kind, setup, vars);
        if (!doc.Statement.length)
            continue;
        summary.addDetails((0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_12__/* .html */ .qy)(_advice_permissions_js__WEBPACK_IMPORTED_MODULE_6__/* .POLICIES */ .PQ[kind].title), `\n\n<pre lang="json"><code>${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_12__/* .htmlBlock */ .xs)(JSON.stringify(doc, null, 2))}</code></pre>\n\n`);
    }
    await summary.write();
}
// ---- The checks. Each AWS call is read-only. ----
class Checklist {
    checks = [];
    add(title, status, evidence) {
        this.checks.push({ title, status, evidence });
        return status;
    }
    /**
     * A check of a permission the deployment does without (a dry-run or recommended statement):
     * a denial leaves it skipped, with the statement that grants it; any other error fails it.
     */
    optional(title, err, evidence) {
        return this.add(title, (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(err) ? 'skipped' : 'failed', evidence);
    }
}
function explained(err, ctx) {
    return `${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(err)}. ${(0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_5__/* .formatExplanation */ .vZ)((0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_5__/* .explain */ .WE)(err, ctx))}`;
}
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}
async function attempt(call) {
    try {
        return { ok: await call() };
    }
    catch (err) {
        return { err };
    }
}
async function collectChecks(inputs, env, deps) {
    const list = new Checklist();
    const revision = await checkRevision(inputs, env, list);
    const sourceKind = (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .chooseSource */ .LV)(inputs, env);
    const { source, target, subject } = await checkCredentials(inputs, env, deps, sourceKind, list);
    const bucket = revision?.bucket ?? inputs.s3Bucket;
    const vars = {
        partition: (0,_common_arn_js__WEBPACK_IMPORTED_MODULE_7__/* .partitionOf */ .iQ)(inputs.roleToAssume ?? inputs.oidcRoleArn ?? target?.arn),
        region: inputs.region,
        sourceAccount: source?.account,
        targetAccount: target?.account,
        sourceRoleArn: inputs.oidcRoleArn ?? (0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_5__/* .roleArnOf */ .z$)(source?.arn),
        targetRoleArn: inputs.roleToAssume ?? (0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_5__/* .roleArnOf */ .z$)(target?.arn),
        application: inputs.application,
        deploymentGroup: inputs.deploymentGroup,
        bucket,
        revisionKeys: revision?.kind === 'existing' && revision.key
            ? revision.key
            : (0,_s3_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .revisionKeys */ .Cm)(inputs.s3KeyPrefix, inputs.application),
        audience: inputs.audience,
        subject,
        externalId: inputs.roleExternalId
    };
    const uploader = inputs.uploadCredentials === 'source' ? source : target;
    const bucketAccount = inputs.s3BucketOwner !== undefined
        ? inputs.s3BucketOwner === target?.account
            ? 'target'
            : 'source'
        : inputs.uploadCredentials;
    const kind = revision?.kind ?? (inputs.revisionLocation ? 'existing' : 'bundle');
    let kms = false;
    if (kind === 'appspec-content') {
        list.add('Revision bucket', 'skipped', 'not used: an ECS or Lambda AppSpec is sent to CodeDeploy as it is, nothing goes to S3');
    }
    else if (!bucket) {
        list.add('Revision bucket', 'skipped', 'no s3-bucket or revision-location');
    }
    else {
        const facts = await checkBucket(inputs, bucket, uploader, revision, deps, list, {
            targetAccount: target?.account,
            bucketAccount,
            vars
        });
        kms = facts.kms;
        if (facts.kmsKeyArn)
            vars.kmsKeyArn = facts.kmsKeyArn;
    }
    const setup = preflightSetup(inputs, { source: sourceKind, bucketAccount, kms, revision: kind });
    await checkCodeDeploy(inputs, target, revision, deps, list, setup, vars);
    checkGitHubDeployment(inputs, list);
    return { checks: list.checks, setup, vars };
}
async function checkRevision(inputs, env, list) {
    let plan;
    let local;
    try {
        plan = await (0,_revision_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .planRevision */ .XO)(inputs);
        local = await (0,_revision_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .prepareLocalRevision */ .cy)(plan, inputs, env);
    }
    catch (err) {
        list.add('Revision', 'failed', messageOf(err));
        return undefined;
    }
    switch (local.kind) {
        case 'bundle': {
            const { bundle } = local;
            await (0,_revision_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .discard */ .vf)(bundle);
            const hooks = bundle.appSpec.hooks.map(h => h.event).join(', ') || 'none';
            list.add('Bundle and AppSpec', 'passed', `${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}; ${bundle.appSpec.file} is valid (os ${bundle.appSpec.os}, hooks: ${hooks})`);
            return {
                kind: 'bundle',
                platform: 'Server',
                bucket: local.bucket,
                key: (0,_s3_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .bundleKey */ .CK)(inputs.s3KeyPrefix, inputs.application, bundle.sha256, bundle.bundleType),
                bundleType: bundle.bundleType,
                sha256: bundle.sha256
            };
        }
        case 'appspec-content': {
            const { content } = local;
            const platform = content.appSpec.platform;
            const what = content.appSpec.platform === 'ECS'
                ? `task definition ${content.appSpec.taskDefinition}, container ${content.appSpec.containerName}:${content.appSpec.containerPort}`
                : `function ${content.appSpec.functionName}, alias ${content.appSpec.alias}, ${content.appSpec.currentVersion} → ${content.appSpec.targetVersion}`;
            list.add('AppSpec', 'passed', `${platform} AppSpec is valid (${what}); SHA-256 ${content.sha256}`);
            return { kind: 'appspec-content', platform, sha256: content.sha256 };
        }
        case 'existing': {
            const { location } = local;
            list.add('Revision', 'passed', `revision-location ${(0,_s3_objects_js__WEBPACK_IMPORTED_MODULE_9__/* .revisionLocation */ .bI)(location.bucket, location.key, location.versionId)} (${location.bundleType}) is deployed as it is; its object is checked below`);
            return {
                kind: 'existing',
                platform: (0,_revision_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .platformOf */ .tj)(plan),
                bucket: location.bucket,
                key: location.key,
                versionId: location.versionId,
                bundleType: location.bundleType
            };
        }
    }
}
function checkGitHubDeployment(inputs, list) {
    if (!inputs.githubEnvironment)
        return;
    list.add('GitHub deployment', inputs.githubToken ? 'skipped' : 'failed', inputs.githubToken
        ? `not tried: dry-run records no deployment in environment '${inputs.githubEnvironment}'; the token needs deployments: write`
        : `github-environment is '${inputs.githubEnvironment}' but github-token is empty: pass a token with deployments: write`);
}
async function checkCredentials(inputs, env, deps, sourceKind, list) {
    let subject;
    let tokenError;
    let tokenAudience;
    const getIdToken = async (audience) => {
        try {
            const token = await deps.getIdToken(audience);
            const sub = (0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_5__/* .tokenClaims */ .f)(token)?.sub;
            subject = typeof sub === 'string' ? sub : undefined;
            tokenAudience = audience;
            return token;
        }
        catch (err) {
            tokenError = err;
            throw err;
        }
    };
    const resolve = (roleToAssume) => attempt(() => (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCredentials */ .z8)({ ...inputs, roleToAssume }, { sts: deps.sts, getIdToken, env }));
    const identity = (r) => ({
        credentials: r.target,
        arn: r.targetArn,
        account: r.targetAccountId
    });
    const usesOidc = sourceKind === 'oidc-role' || sourceKind === 'oidc-direct';
    const tokenCheck = () => {
        if (!usesOidc) {
            list.add('GitHub OIDC token', 'skipped', `not used: the source credentials come from ${sourceKind === 'environment' ? 'the environment (AWS_ACCESS_KEY_ID)' : "the SDK's default chain"}`);
        }
        else if (tokenAudience !== undefined) {
            list.add('GitHub OIDC token', 'passed', `issued for audience '${tokenAudience}'${subject ? ` with sub '${subject}' (the trust policy's sub condition must match it)` : ''}`);
        }
        else if (tokenError !== undefined) {
            list.add('GitHub OIDC token', 'failed', `${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(tokenError)}; the job needs 'permissions: id-token: write'`);
        }
    };
    if (sourceKind === 'oidc-direct') {
        const title = `Assume role-to-assume ${inputs.roleToAssume} with the GitHub OIDC token`;
        const r = await resolve(inputs.roleToAssume);
        tokenCheck();
        if ('err' in r) {
            list.add(title, 'failed', messageOf(r.err));
            return { subject };
        }
        const target = identity(r.ok);
        list.add(title, 'passed', `signed in as ${target.arn} in account ${target.account}`);
        targetAccountCheck(inputs, target, list);
        return { source: target, target, subject };
    }
    const how = {
        'oidc-role': `oidc-role-arn ${inputs.oidcRoleArn} through the GitHub OIDC token`,
        environment: 'credentials in the environment',
        'default-chain': "the SDK's default credential chain"
    }[sourceKind];
    const title = `Source credentials (${how})`;
    // One sign-in for the whole chain; the source identity is read with the source credentials it
    // used. Only when the chain breaks is the source tried alone, to tell which link broke.
    const chain = await resolve(inputs.roleToAssume);
    const sourceOf = async () => {
        if (!inputs.roleToAssume)
            return 'ok' in chain ? { ok: identity(chain.ok) } : chain;
        if ('ok' in chain)
            return attempt(() => callerIdentity(deps, chain.ok.source));
        if (tokenError !== undefined)
            return chain;
        const alone = await resolve(undefined);
        return 'ok' in alone ? { ok: identity(alone.ok) } : alone;
    };
    const s = await sourceOf();
    tokenCheck();
    if ('err' in s) {
        list.add(title, 'failed', messageOf(s.err));
        if (inputs.roleToAssume) {
            list.add(`Assume role-to-assume ${inputs.roleToAssume}`, 'skipped', 'needs the source credentials');
        }
        return { subject };
    }
    const source = s.ok;
    list.add(title, 'passed', `signed in as ${source.arn} in account ${source.account}`);
    if (!inputs.roleToAssume) {
        list.add('Assume role-to-assume', 'skipped', `role-to-assume is empty: the deployment is made in account ${source.account} with the source credentials`);
        return { source, target: source, subject };
    }
    const assumeTitle = `Assume role-to-assume ${inputs.roleToAssume}`;
    if ('err' in chain) {
        list.add(assumeTitle, 'failed', messageOf(chain.err));
        return { source, subject };
    }
    const target = identity(chain.ok);
    list.add(assumeTitle, 'passed', `${source.arn} assumed it${inputs.roleExternalId ? ' with the external ID' : ''}: signed in as ${target.arn}`);
    targetAccountCheck(inputs, target, list);
    return { source, target, subject };
}
async function callerIdentity(deps, credentials) {
    const me = await deps.sts(credentials).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_14__/* .GetCallerIdentityCommand */ .zI({}));
    return { credentials, arn: me.Arn ?? '', account: me.Account ?? '' };
}
/** resolveCredentials refuses a mismatch; this records the evidence when they agree. */
function targetAccountCheck(inputs, target, list) {
    const expected = (0,_common_arn_js__WEBPACK_IMPORTED_MODULE_7__/* .accountOf */ .XP)(inputs.roleToAssume);
    list.add('Target account', expected === undefined || expected === target.account ? 'passed' : 'failed', `the deployment would be made in account ${target.account}${expected ? `, the account of role-to-assume (${expected})` : ''}`);
}
async function checkBucket(inputs, bucket, uploader, revision, deps, list, where) {
    const key = revision?.key;
    const titles = {
        reach: `Bucket ${bucket}`,
        owner: 'Bucket owner',
        region: 'Bucket region',
        versioning: 'Bucket versioning',
        encryption: 'Bucket encryption',
        object: revision?.kind === 'existing' ? 'Revision object' : 'Bundle object',
        upload: 'Upload permission',
        instances: 'Production instances can read the revision'
    };
    if (!uploader) {
        for (const title of Object.values(titles)) {
            list.add(title, 'skipped', `needs the ${inputs.uploadCredentials} credentials (upload-credentials), which could not be had`);
        }
        return { kms: false };
    }
    const s3 = deps.s3(uploader.credentials);
    const owner = inputs.s3BucketOwner;
    const ctx = (action) => ({
        step: 's3',
        action,
        bucket,
        key,
        identity: uploader.arn,
        upload: inputs.uploadCredentials,
        expectedBucketOwner: owner,
        region: inputs.region
    });
    const facts = { kms: false };
    const head = await attempt(() => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__/* .HeadBucketCommand */ .kuI({ Bucket: bucket, ExpectedBucketOwner: owner })));
    if ('err' in head) {
        // s3:ListBucket is recommended: the upload works without it, so a denial fails nothing.
        list.optional(titles.reach, head.err, `HeadBucket as ${uploader.arn} failed: ${explained(head.err, ctx('s3:ListBucket'))}`);
        list.add(titles.owner, 'skipped', 'the bucket could not be reached');
    }
    else {
        list.add(titles.reach, 'passed', `reachable as ${uploader.arn} (HeadBucket, s3:ListBucket)`);
        list.add(titles.owner, owner ? 'passed' : 'skipped', owner
            ? `owned by account ${owner}: S3 accepted ExpectedBucketOwner ${owner}`
            : 's3-bucket-owner is not set, so nothing checks who owns the bucket; set it to the account that owns it');
    }
    const location = await attempt(() => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__/* .GetBucketLocationCommand */ .r_J({ Bucket: bucket, ExpectedBucketOwner: owner })));
    const headRegion = 'ok' in head ? head.ok.BucketRegion : undefined;
    const region = 'ok' in location ? bucketRegion(location.ok.LocationConstraint) : headRegion;
    if (region === undefined) {
        const why = 'err' in location ? explained(location.err, ctx('s3:GetBucketLocation')) : 'unknown';
        list.add(titles.region, 'skipped', `could not read the bucket's region: ${why}`);
    }
    else if (region === inputs.region) {
        list.add(titles.region, 'passed', `${region}, the region of the deployment`);
    }
    else {
        list.add(titles.region, 'passed', `${region}, while the deployment is in ${inputs.region}: the upload follows S3's redirect, but the instances download the revision across regions; a bucket in ${inputs.region} is faster and avoids cross-region transfer charges`);
    }
    const versioning = await attempt(() => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__/* .GetBucketVersioningCommand */ ._rj({ Bucket: bucket, ExpectedBucketOwner: owner })));
    if ('err' in versioning) {
        list.add(titles.versioning, 'skipped', `could not read it: ${explained(versioning.err, ctx('s3:GetBucketVersioning'))}`);
    }
    else {
        const status = versioning.ok.Status;
        list.add(titles.versioning, 'passed', status === 'Enabled'
            ? 'versioned: each deployment names the exact object version (revision-location gets ?versionId=)'
            : `not versioned (${status ?? 'never enabled'}): deployments name the key and its ETag only`);
    }
    const encryption = await attempt(() => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__/* .GetBucketEncryptionCommand */ .tQT({ Bucket: bucket, ExpectedBucketOwner: owner })));
    if ('err' in encryption) {
        list.add(titles.encryption, 'skipped', `could not read it: ${explained(encryption.err, ctx('s3:GetEncryptionConfiguration'))}`);
    }
    else {
        const rule = encryption.ok.ServerSideEncryptionConfiguration?.Rules?.[0]
            ?.ApplyServerSideEncryptionByDefault;
        const algorithm = rule?.SSEAlgorithm ?? 'none';
        facts.kms = algorithm.startsWith('aws:kms');
        facts.kmsKeyArn = rule?.KMSMasterKeyID;
        list.add(titles.encryption, 'passed', facts.kms
            ? `${algorithm} with key ${rule?.KMSMasterKeyID ?? 'aws/s3 (the AWS managed key, which other accounts cannot use)'}: the uploader needs kms:GenerateDataKey and the instance profile kms:Decrypt on it, and the key policy must allow both (statements UploadWithKey, InstancesDecryptRevisions, UploaderUsesKey, InstancesUseKey)`
            : `${algorithm}: no KMS permissions needed`);
    }
    if (!key) {
        list.add(titles.object, 'skipped', 'the revision could not be prepared');
    }
    else if (revision?.kind === 'existing') {
        await checkExistingObject(s3, bucket, key, revision.versionId, owner, list, titles.object, ctx);
    }
    else {
        const object = await attempt(() => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__/* .HeadObjectCommand */ .l81({ Bucket: bucket, Key: key, ExpectedBucketOwner: owner })));
        if ('ok' in object) {
            const same = object.ok.Metadata?.sha256 === revision?.sha256;
            list.add(titles.object, 'passed', same
                ? `s3://${bucket}/${key} already holds this bundle: the upload would be skipped`
                : `s3://${bucket}/${key} exists with other content: it would be uploaded again`);
        }
        else if ((0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isNotFound */ .c4)(object.err)) {
            list.add(titles.object, 'passed', `s3://${bucket}/${key} is not there yet: the bundle would be uploaded`);
        }
        else {
            list.add(titles.object, 'failed', `HeadObject on s3://${bucket}/${key} failed: ${explained(object.err, ctx('s3:GetObject'))}`);
        }
        const policy = inputs.uploadCredentials === 'source' ? 'source-permissions' : 'target-permissions';
        const upload = (0,_advice_permissions_js__WEBPACK_IMPORTED_MODULE_6__/* .requirementFor */ .P6)('s3:PutObject', policy, 'UploadRevision');
        list.add(titles.upload, 'skipped', `not tried: dry-run uploads nothing. ${uploader.arn} needs ${upload ? describeRequirement(upload, where.vars) : 's3:PutObject'}`);
    }
    await checkInstanceAccess(inputs, bucket, s3, key, where, list, titles.instances, ctx);
    return facts;
}
/** A revision-location object must be there, readable by the uploader, at the given version. */
async function checkExistingObject(s3, bucket, key, versionId, owner, list, title, ctx) {
    const where = (0,_s3_objects_js__WEBPACK_IMPORTED_MODULE_9__/* .revisionLocation */ .bI)(bucket, key, versionId);
    const object = await attempt(() => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__/* .HeadObjectCommand */ .l81({
        Bucket: bucket,
        Key: key,
        VersionId: versionId,
        ExpectedBucketOwner: owner
    })));
    if ('ok' in object) {
        const version = object.ok.VersionId ? `, version ${object.ok.VersionId}` : '';
        list.add(title, 'passed', `${where} exists (${object.ok.ContentLength ?? 0} bytes, ETag ${object.ok.ETag ?? 'none'}${version})`);
    }
    else if ((0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isNotFound */ .c4)(object.err)) {
        list.add(title, 'failed', `${where} does not exist: check revision-location`);
    }
    else {
        const action = versionId ? 's3:GetObjectVersion' : 's3:GetObject';
        list.add(title, 'failed', `HeadObject on ${where} failed: ${explained(object.err, ctx(action))}`);
    }
}
async function checkInstanceAccess(inputs, bucket, s3, key, where, list, title, ctx) {
    const target = where.targetAccount;
    const bucketOwner = inputs.s3BucketOwner ?? (where.bucketAccount === 'source' ? where.vars.sourceAccount : target);
    const bucketArn = `arn:${where.vars.partition ?? 'aws'}:s3:::${bucket}`;
    const own = `the instance profile role in account ${target ?? 'of the deployment'} needs s3:GetObject and s3:GetObjectVersion on ${bucketArn}/${key ?? '*'} in its own policy (statement InstancesReadRevisions), which cannot be seen from here`;
    if (!target || !bucketOwner || bucketOwner === target) {
        list.add(title, 'skipped', own);
        return;
    }
    const objectArn = `${bucketArn}/${key ?? (0,_s3_keys_js__WEBPACK_IMPORTED_MODULE_13__/* .bundleKey */ .CK)(inputs.s3KeyPrefix, inputs.application, 'revision', 'zip')}`;
    const policy = await attempt(() => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_15__/* .GetBucketPolicyCommand */ .mCJ({
        Bucket: bucket,
        ExpectedBucketOwner: inputs.s3BucketOwner
    })));
    if ('err' in policy) {
        if ((0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorName */ .Is)(policy.err) === 'NoSuchBucketPolicy') {
            list.add(title, 'failed', `bucket ${bucket} (account ${bucketOwner}) has no bucket policy, so the instances in account ${target} cannot download the revision: add statement ProductionInstancesRead to it (see the setup guide); ${own}`);
        }
        else {
            const why = (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isAccessDenied */ .w7)(policy.err)
                ? explained(policy.err, ctx('s3:GetBucketPolicy'))
                : (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorText */ .kc)(policy.err);
            list.add(title, 'skipped', `could not read the bucket policy: ${why}`);
        }
        return;
    }
    const verdict = bucketPolicyGrants(policy.ok.Policy ?? '', target, 's3:GetObject', objectArn);
    if (verdict.verdict === 'allowed') {
        list.add(title, 'passed', `the bucket policy (account ${bucketOwner}) allows s3:GetObject on ${objectArn} to ${verdict.principal} (statement ${verdict.statement}); ${own}`);
    }
    else {
        const denied = verdict.verdict === 'denied'
            ? ` (statement ${verdict.statement} denies it to ${verdict.principal})`
            : '';
        list.add(title, 'failed', `the bucket policy of ${bucket} (account ${bucketOwner}) does not let account ${target} read ${objectArn}${denied}: add statement ProductionInstancesRead (see the setup guide)`);
    }
}
async function checkCodeDeploy(inputs, target, revision, deps, list, setup, vars) {
    const app = inputs.application;
    const group = inputs.deploymentGroup;
    const titles = {
        application: `Application ${app}`,
        group: `Deployment group ${group}`,
        platform: 'Compute platform',
        config: 'Deployment configuration',
        revision: 'Revision registration',
        active: 'Deployments in progress',
        follow: 'Follow a deployment (wait)',
        create: 'Register the revision and create the deployment',
        stop: 'Stop a deployment'
    };
    if (!target) {
        for (const title of Object.values(titles)) {
            list.add(title, 'skipped', 'needs the target credentials');
        }
        return;
    }
    const cd = deps.codeDeploy(target.credentials);
    const where = `account ${target.account}, region ${inputs.region}`;
    const ctx = (action, deploymentId) => ({
        step: 'codedeploy',
        action,
        application: app,
        deploymentGroup: group,
        deploymentConfig: inputs.deploymentConfig,
        deploymentId,
        identity: target.arn,
        accountId: target.account,
        region: inputs.region
    });
    const optional = (title, action, err) => list.optional(title, err, explained(err, ctx(action)));
    const application = await attempt(() => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_16__/* .GetApplicationCommand */ .eOh({ applicationName: app })));
    let platform;
    if ('err' in application) {
        optional(titles.application, 'codedeploy:GetApplication', application.err);
    }
    else {
        platform = application.ok.application?.computePlatform;
        list.add(titles.application, 'passed', `exists in ${where} (compute platform ${platform ?? 'unknown'})`);
    }
    const groupResult = await attempt(() => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_16__/* .GetDeploymentGroupCommand */ .WOp({ applicationName: app, deploymentGroupName: group })));
    let info;
    if ('err' in groupResult) {
        optional(titles.group, 'codedeploy:GetDeploymentGroup', groupResult.err);
    }
    else {
        info = groupResult.ok.deploymentGroupInfo;
        platform = info?.computePlatform ?? platform;
        const style = info?.deploymentStyle;
        const kind = style ? `, ${style.deploymentType ?? ''} ${style.deploymentOption ?? ''}` : '';
        list.add(titles.group, 'passed', `exists in ${where}: service role ${info?.serviceRoleArn ?? 'none'}, deployment configuration ${info?.deploymentConfigName ?? 'default'}${kind.trimEnd()}`);
    }
    list.add(titles.platform, ...platformCheck(platform, revision?.platform, app, group));
    if (inputs.uploadOnly) {
        list.add(titles.config, 'skipped', 'upload-only: no deployment is created');
    }
    else {
        await checkConfig(inputs, cd, info, list, titles.config, ctx);
    }
    await checkRegistration(inputs, cd, revision, list, titles.revision, ctx);
    const needs = (sids) => (0,_advice_permissions_js__WEBPACK_IMPORTED_MODULE_6__/* .requirementsFor */ .eK)(setup)
        .filter(r => r.policy === 'target-permissions' && sids.includes(r.sid))
        .map(r => describeRequirement(r, vars))
        .join('; ');
    if (inputs.uploadOnly) {
        for (const title of [titles.active, titles.follow, titles.stop]) {
            list.add(title, 'skipped', 'upload-only: no deployment is created');
        }
        list.add('Register the revision', 'skipped', `not tried: dry-run registers nothing. ${target.arn} needs ${needs(['RegisterRevision'])}`);
        return;
    }
    await checkActive(inputs, cd, list, titles.active, ctx);
    await checkFollow(inputs, cd, list, titles.follow, ctx);
    list.add(titles.create, 'skipped', `not tried: dry-run creates nothing. ${target.arn} needs ${needs(['RegisterRevision', 'CreateDeployment', 'ReadDeploymentConfig'])}`);
    list.add(titles.stop, 'skipped', setup.stop
        ? `not tried: it would stop a deployment. Needed for stop-on-cancel, stop-on-timeout or on-active-deployment: stop: ${needs(['StopDeployment'])}`
        : 'not needed: stop-on-cancel and stop-on-timeout are off and on-active-deployment is not stop');
}
/** Whether the group takes the kind of revision the inputs make. */
function platformCheck(group, revision, application, deploymentGroup) {
    if (!group)
        return ['skipped', 'unknown: neither the application nor the group could be read'];
    if (!revision) {
        return ['passed', `${group}; the revision-location object is not opened, so not compared`];
    }
    try {
        (0,_revision_platform_js__WEBPACK_IMPORTED_MODULE_10__/* .checkPlatformMatches */ .B)(revision, group, application, deploymentGroup);
    }
    catch (err) {
        return ['failed', messageOf(err)];
    }
    return ['passed', `${group}, which takes this revision`];
}
async function checkConfig(inputs, cd, info, list, title, ctx) {
    const name = inputs.deploymentConfig ?? info?.deploymentConfigName;
    if (!name) {
        list.add(title, 'skipped', 'no deployment-config input, and the group could not be read');
        return;
    }
    const from = inputs.deploymentConfig ? 'the deployment-config input' : "the group's";
    const config = await attempt(() => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_16__/* .GetDeploymentConfigCommand */ .z2K({ deploymentConfigName: name })));
    if ('err' in config) {
        const why = explained(config.err, ctx('codedeploy:GetDeploymentConfig'));
        list.add(title, 'failed', `${name} (${from}): ${why}`);
        return;
    }
    const hosts = config.ok.deploymentConfigInfo?.minimumHealthyHosts;
    const value = hosts?.value ?? 0;
    const minimum = hosts?.type === 'FLEET_PERCENT'
        ? `${value}% of the fleet`
        : `${value} host${value === 1 ? '' : 's'}`;
    list.add(title, 'passed', `${name} (${from}) exists${hosts ? `: minimum healthy hosts ${minimum}` : ''}`);
}
/** GetApplicationRevision is read-only and needs the permission RegisterRevision grants. */
async function checkRegistration(inputs, cd, revision, list, title, ctx) {
    if (!revision?.bucket || !revision.key || !revision.bundleType) {
        list.add(title, 'skipped', revision?.kind === 'appspec-content'
            ? 'an AppSpec content revision is registered as it is sent'
            : 'the revision could not be prepared');
        return;
    }
    const location = {
        bucket: revision.bucket,
        key: revision.key,
        bundleType: revision.bundleType,
        version: revision.versionId
    };
    const found = await attempt(() => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_16__/* .GetApplicationRevisionCommand */ .dpB({
        applicationName: inputs.application,
        revision: { revisionType: 'S3', s3Location: location }
    })));
    if ('ok' in found) {
        const at = found.ok.revisionInfo?.registerTime?.toISOString();
        list.add(title, 'passed', `already registered${at ? ` (since ${at})` : ''}`);
    }
    else if ((0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorName */ .Is)(found.err) === 'RevisionDoesNotExistException') {
        list.add(title, 'passed', 'not registered yet: it would be (codedeploy:GetApplicationRevision allowed)');
    }
    else {
        list.add(title, 'failed', explained(found.err, ctx('codedeploy:GetApplicationRevision')));
    }
}
async function checkActive(inputs, cd, list, title, ctx) {
    const active = await attempt(() => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_16__/* .ListDeploymentsCommand */ .sr8({
        applicationName: inputs.application,
        deploymentGroupName: inputs.deploymentGroup,
        includeOnlyStatuses: _codedeploy_status_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTIVE_STATUSES */ .az
    })));
    if ('err' in active) {
        list.optional(title, active.err, explained(active.err, ctx('codedeploy:ListDeployments')));
        return;
    }
    const ids = active.ok.deployments ?? [];
    const action = { wait: 'wait for it to end', stop: 'stop it', fail: 'fail the step' }[inputs.onActiveDeployment];
    list.add(title, 'passed', ids.length
        ? `${ids.join(', ')} in progress: on-active-deployment '${inputs.onActiveDeployment}' would ${action}`
        : 'none');
}
/** Reads the group's latest deployment, if any, to learn whether the wait's calls are allowed. */
async function checkFollow(inputs, cd, list, title, ctx) {
    if (!inputs.wait) {
        list.add(title, 'skipped', 'wait is false');
        return;
    }
    const latest = await attempt(() => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_16__/* .ListDeploymentsCommand */ .sr8({
        applicationName: inputs.application,
        deploymentGroupName: inputs.deploymentGroup
    })));
    if ('err' in latest) {
        // Only this check lists deployments: the wait itself never calls ListDeployments.
        list.optional(title, latest.err, explained(latest.err, ctx('codedeploy:ListDeployments')));
        return;
    }
    const id = latest.ok.deployments?.[0];
    if (!id) {
        list.add(title, 'skipped', 'the group has no deployment yet to read; the wait needs codedeploy:GetDeployment, ListDeploymentTargets and BatchGetDeploymentTargets');
        return;
    }
    const deployment = await attempt(() => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_16__/* .GetDeploymentCommand */ .Tvn({ deploymentId: id })));
    if ('err' in deployment) {
        list.add(title, 'failed', explained(deployment.err, ctx('codedeploy:GetDeployment', id)));
        return;
    }
    const targets = await attempt(() => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_16__/* .ListDeploymentTargetsCommand */ .$9V({ deploymentId: id })));
    if ('err' in targets) {
        const why = explained(targets.err, ctx('codedeploy:ListDeploymentTargets', id));
        list.optional(title, targets.err, why);
        return;
    }
    list.add(title, 'passed', `read deployment ${id} (${deployment.ok.deploymentInfo?.status ?? 'unknown status'}) and its ${targets.ok.targetIds?.length ?? 0} targets (codedeploy:GetDeployment, codedeploy:ListDeploymentTargets)`);
}


/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ checkPlatformMatches)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);

// Apart from the AppSpec parser, so checking a deployment group's platform does not load it.
const PLATFORM_LABELS = {
    Server: 'EC2/On-Premises',
    ECS: 'Amazon ECS',
    Lambda: 'AWS Lambda'
};
const REVISION_KINDS = {
    Server: 'an EC2/On-Premises bundle (its AppSpec has os, files and hooks scripts)',
    ECS: 'an Amazon ECS AppSpec (a resource of Type AWS::ECS::Service)',
    Lambda: 'an AWS Lambda AppSpec (a resource of Type AWS::Lambda::Function)'
};
/**
 * Names both sides of a mix-up (say, an EC2 bundle sent to an ECS application) before anything
 * is uploaded or registered. `groupPlatform` undefined (not known) passes.
 */
function checkPlatformMatches(revisionPlatform, groupPlatform, application, deploymentGroup) {
    if (groupPlatform === undefined || groupPlatform === revisionPlatform)
        return;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Deployment group '${deploymentGroup}' of application '${application}' deploys to ` +
        `${PLATFORM_LABELS[groupPlatform]}, but the revision is ${REVISION_KINDS[revisionPlatform]}: ` +
        `check the application and deployment-group inputs, or point revision-path (or appspec-file) ` +
        `at an AppSpec for ${PLATFORM_LABELS[groupPlatform]}.`);
}


/***/ }),

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ bundleKey),
/* harmony export */   Cm: () => (/* binding */ revisionKeys)
/* harmony export */ });
/* unused harmony export safeApplicationName */
/** The application name as it appears in S3 keys: anything but letters, digits, _ . - is a -. */
function safeApplicationName(application) {
    return application.replace(/[^\w.-]/g, '-');
}
/** The keys this action uploads bundles to, as a resource pattern. */
function revisionKeys(keyPrefix, application) {
    return `${keyPrefix}${safeApplicationName(application)}/*`;
}
/** Content-addressed: the same bundle always lands at the same key, so re-runs upload nothing. */
function bundleKey(prefix, application, sha256, ext) {
    return `${prefix}${safeApplicationName(application)}/${sha256}.${ext}`;
}


/***/ }),

/***/ 1623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rR: () => (/* binding */ existingRevision),
  bI: () => (/* binding */ revisionLocation),
  FM: () => (/* binding */ uploadRevision)
});

// UNUSED EXPORTS: describeObject, findBundle, putBundle, s3Error

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/advice/explain.ts
var explain = __webpack_require__(4347);
// EXTERNAL MODULE: ./src/s3/keys.ts
var keys = __webpack_require__(1292);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/s3/upload.ts



/**
 * Uploads a file in parts read straight from the file into a few buffers, each reused for part
 * after part, so memory is `queueSize × partSize` whatever the file's size.
 *
 * @aws-sdk/lib-storage reads a stream into a new buffer per part and leaves the collector to free
 * them; for a 512 MiB file that peaked at 150 MB RSS (8 MiB × 4) against 104 MB here, and this is
 * also about 40 % faster to a local S3 endpoint, having no copies to make.
 */
/** 8 MiB parts, 4 in flight: as fast as larger parts to S3, with less memory. */
const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 4;
/** S3's limit on the number of parts of one upload. */
const MAX_PARTS = 10_000;
const MIB = 1024 * 1024;
/** The part size for a file: PART_SIZE, or whole MiB large enough to stay within MAX_PARTS. */
function partSizeFor(size, partSize = PART_SIZE) {
    const needed = Math.ceil(size / MAX_PARTS);
    return needed <= partSize ? partSize : Math.ceil(needed / MIB) * MIB;
}
/**
 * PutObject for a file of at most one part, a multipart upload otherwise. Every request asks the
 * SDK for a SHA-256 checksum, which S3 verifies. A failed multipart upload is aborted, so no
 * stored parts are left behind to be billed.
 */
async function uploadFile(s3, upload, options = {}) {
    const partSize = partSizeFor(upload.size, options.partSize);
    const file = await (0,promises_.open)(upload.filePath, 'r');
    try {
        if (upload.size <= partSize)
            return await putWhole(s3, upload, file);
        return await putInParts(s3, upload, file, partSize, options.queueSize ?? QUEUE_SIZE);
    }
    finally {
        await file.close();
    }
}
async function putWhole(s3, upload, file) {
    const body = await readRange(file, upload, Buffer.allocUnsafe(upload.size), 0);
    const out = await s3.send(new dist_cjs/* PutObjectCommand */.wKZ({
        ...objectParams(upload),
        Body: body,
        ContentLength: upload.size,
        ContentType: upload.contentType,
        Metadata: upload.metadata,
        ChecksumAlgorithm: 'SHA256'
    }));
    return { etag: out.ETag, versionId: out.VersionId };
}
async function putInParts(s3, upload, file, partSize, queueSize) {
    const { UploadId } = await s3.send(new dist_cjs/* CreateMultipartUploadCommand */.nG4({
        ...objectParams(upload),
        ContentType: upload.contentType,
        Metadata: upload.metadata,
        ChecksumAlgorithm: 'SHA256'
    }));
    if (!UploadId)
        throw new Error('CreateMultipartUpload returned no upload ID');
    const count = Math.ceil(upload.size / partSize);
    const parts = new Array(count);
    const stop = new AbortController();
    let next = 0;
    // Each sender owns one buffer; a part is read into it only after the previous part's request
    // has finished, retries included, so no request ever sees its bytes change.
    const sender = async () => {
        const buffer = Buffer.allocUnsafeSlow(partSize);
        while (next < count && !stop.signal.aborted) {
            const index = next++;
            const start = index * partSize;
            const length = Math.min(partSize, upload.size - start);
            const body = await readRange(file, upload, buffer.subarray(0, length), start);
            const out = await s3.send(new dist_cjs/* UploadPartCommand */.iVK({
                ...objectParams(upload),
                UploadId,
                PartNumber: index + 1,
                Body: body,
                ChecksumAlgorithm: 'SHA256'
            }), { abortSignal: stop.signal });
            parts[index] = {
                PartNumber: index + 1,
                ETag: out.ETag,
                ...(out.ChecksumSHA256 && { ChecksumSHA256: out.ChecksumSHA256 })
            };
        }
    };
    try {
        // In the order they happened: the first is the cause, the others mostly the abort it set off.
        const failures = [];
        const senders = Array.from({ length: Math.min(queueSize, count) }, () => sender().catch(error => {
            failures.push(error);
            stop.abort();
        }));
        await Promise.all(senders);
        if (failures.length)
            throw failures[0];
        const out = await s3.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym({
            ...objectParams(upload),
            UploadId,
            MultipartUpload: { Parts: parts }
        }));
        return { etag: out.ETag, versionId: out.VersionId };
    }
    catch (error) {
        throw await abort(s3, upload, UploadId, error);
    }
}
/**
 * The upload failed, and so did aborting it: its parts stay stored (and billed) until a bucket
 * lifecycle rule with AbortIncompleteMultipartUpload removes them. `cause` is the first failure.
 */
class IncompleteUploadError extends Error {
    uploadId;
    constructor(uploadId, abortError, cause) {
        super(`aborting multipart upload ${uploadId} failed: ${(0,aws_errors/* errorText */.kc)(abortError)}`, { cause });
        this.uploadId = uploadId;
        this.name = 'IncompleteUploadError';
    }
}
async function abort(s3, upload, uploadId, error) {
    try {
        await s3.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ ...objectParams(upload), UploadId: uploadId }));
        return error;
    }
    catch (abortError) {
        return new IncompleteUploadError(uploadId, abortError, error);
    }
}
function objectParams(upload) {
    return {
        Bucket: upload.bucket,
        Key: upload.key,
        ExpectedBucketOwner: upload.expectedBucketOwner
    };
}
/** Fills `into` from `start`; a file shorter than expected changed after it was bundled. */
async function readRange(file, upload, into, start) {
    let got = 0;
    while (got < into.length) {
        const { bytesRead } = await file.read(into, got, into.length - got, start + got);
        if (bytesRead === 0) {
            throw new Error(`${upload.filePath} is shorter than the ${upload.size} bytes it had when it was bundled`);
        }
        got += bytesRead;
    }
    return into;
}

;// CONCATENATED MODULE: ./src/s3/objects.ts






const SHA256_METADATA = 'sha256';
/** What would end the key early (? #), read as an escape (%), or break or hide part of a line. */
const KEY_ESCAPES = /[%?#\s\p{Cc}\p{Cf}\p{Z}]/gu;
/** s3://bucket/key[?versionId=...], as parseRevisionLocation (inputs.ts) reads it back. */
function revisionLocation(bucket, key, versionId) {
    const base = `s3://${bucket}/${key.replace(KEY_ESCAPES, c => encodeURIComponent(c))}`;
    return versionId ? `${base}?versionId=${encodeURIComponent(versionId)}` : base;
}
function unquote(etag) {
    return (etag ?? '').replace(/^"|"$/g, '');
}
function s3Error(action, target, uploader, err) {
    const message = (0,explain/* explainedMessage */.OI)(`${action} on s3://${target.bucket}/${target.key} failed`, (0,aws_errors/* errorText */.kc)(err), err, {
        step: 's3',
        action,
        bucket: target.bucket,
        key: target.key,
        identity: uploader.identity,
        upload: uploader.account ? 'target' : 'source',
        expectedBucketOwner: target.expectedBucketOwner
    });
    return new errors/* UploadError */.oW(message, { cause: err });
}
/**
 * Looks for a bundle already at its content-addressed key. A 403 is not fatal: without
 * s3:ListBucket, S3 answers 403 for a missing object, and the upload may still be allowed.
 */
async function findBundle(s3, target, sha256, uploader, debug = () => { }) {
    try {
        const head = await s3.send(new dist_cjs/* HeadObjectCommand */.l81({
            Bucket: target.bucket,
            Key: target.key,
            ExpectedBucketOwner: target.expectedBucketOwner
        }));
        if (head.Metadata?.[SHA256_METADATA] !== sha256)
            return undefined;
        return { etag: unquote(head.ETag), versionId: head.VersionId };
    }
    catch (err) {
        if ((0,aws_errors/* isNotFound */.c4)(err))
            return undefined;
        if ((0,aws_errors/* isAccessDenied */.w7)(err)) {
            debug(`HeadObject on s3://${target.bucket}/${target.key} was denied: ${(0,aws_errors/* errorText */.kc)(err)}`);
            return undefined;
        }
        throw s3Error('s3:GetObject', target, uploader, err);
    }
}
/**
 * Looks up an object to deploy as it is, pinning its ETag and version so CodeDeploy deploys
 * exactly these bytes even if the key is overwritten later.
 */
async function describeObject(s3, target, uploader) {
    try {
        const head = await s3.send(new dist_cjs/* HeadObjectCommand */.l81({
            Bucket: target.bucket,
            Key: target.key,
            VersionId: target.versionId,
            ExpectedBucketOwner: target.expectedBucketOwner
        }));
        return {
            etag: unquote(head.ETag),
            versionId: head.VersionId ?? target.versionId,
            size: head.ContentLength ?? 0,
            sha256: head.Metadata?.[SHA256_METADATA]
        };
    }
    catch (err) {
        if ((0,aws_errors/* isNotFound */.c4)(err)) {
            const version = target.versionId ? ` version ${target.versionId} of` : '';
            throw new errors/* UploadError */.oW(`revision-location:${version} s3://${target.bucket}/${target.key} does not exist. Check the bucket, the key and the version, and that the object was uploaded by an earlier job.`, { cause: err });
        }
        // HeadObject on a given version needs s3:GetObjectVersion, not s3:GetObject.
        const action = target.versionId ? 's3:GetObjectVersion' : 's3:GetObject';
        throw s3Error(action, target, uploader, err);
    }
}
/** Uploads the bundle with its SHA-256 in the metadata, so a re-run can find it and skip. */
async function putBundle(s3, params, uploader) {
    try {
        const out = await uploadFile(s3, {
            bucket: params.bucket,
            key: params.key,
            filePath: params.filePath,
            size: params.size,
            contentType: 'application/octet-stream',
            metadata: { [SHA256_METADATA]: params.sha256 },
            expectedBucketOwner: params.expectedBucketOwner
        });
        return { etag: unquote(out.etag), versionId: out.versionId };
    }
    catch (err) {
        if (!(err instanceof IncompleteUploadError))
            throw s3Error('s3:PutObject', params, uploader, err);
        const error = s3Error('s3:PutObject', params, uploader, err.cause);
        throw new errors/* UploadError */.oW(`${error.message} Its parts could not be removed (${err.message}); a lifecycle rule with AbortIncompleteMultipartUpload on the bucket cleans them up.`, { cause: err });
    }
}
/** Uploads the bundle to its content-addressed key, unless the same bytes are already there. */
async function uploadRevision(s3, bucket, inputs, bundle, uploader, log) {
    const target = {
        bucket,
        key: (0,keys/* bundleKey */.CK)(inputs.s3KeyPrefix, inputs.application, bundle.sha256, bundle.bundleType),
        expectedBucketOwner: inputs.s3BucketOwner
    };
    const base = {
        ...target,
        bundleType: bundle.bundleType,
        sha256: bundle.sha256,
        size: bundle.size
    };
    const existing = await findBundle(s3, target, bundle.sha256, uploader, log);
    if (existing) {
        log(`s3://${target.bucket}/${target.key} already holds this bundle (same SHA-256): upload skipped.`);
        return { ...base, ...existing, uploaded: false };
    }
    const started = Date.now();
    const stored = await putBundle(s3, { ...target, filePath: bundle.path, size: bundle.size, sha256: bundle.sha256 }, uploader);
    const seconds = (Date.now() - started) / 1000;
    log(`Uploaded s3://${target.bucket}/${target.key} (${bundle.size} bytes in ${seconds.toFixed(1)} s).`);
    return { ...base, ...stored, uploaded: true };
}
/** The revision-location object, looked up (not downloaded) to pin its ETag and version. */
async function existingRevision(s3, location, expectedBucketOwner, uploader) {
    const object = await describeObject(s3, { ...location, expectedBucketOwner }, uploader);
    return {
        bucket: location.bucket,
        key: location.key,
        bundleType: location.bundleType,
        etag: object.etag,
        versionId: object.versionId,
        sha256: object.sha256 ?? '',
        size: object.size,
        uploaded: false
    };
}


/***/ })

};
