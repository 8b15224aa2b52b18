export const id = 721;
export const ids = [721];
export const modules = {

/***/ 7721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPreflight: () => (/* binding */ runPreflight)
});

// UNUSED EXPORTS: preflightSetup

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/aws/credentials/source.ts
var credentials_source = __webpack_require__(9683);
// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/advice/explain.ts + 5 modules
var explain = __webpack_require__(5506);
// EXTERNAL MODULE: ./src/s3/keys.ts
var keys = __webpack_require__(1292);
// EXTERNAL MODULE: ./src/common/arn.ts
var arn = __webpack_require__(106);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/advice/permissions.ts + 1 modules
var permissions = __webpack_require__(760);
// EXTERNAL MODULE: ./src/s3/objects.ts + 1 modules
var objects = __webpack_require__(1623);
;// CONCATENATED MODULE: ./src/preflight/bucket-policy.ts

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
    const applies = (s) => list(s.Action).some(a => (0,permissions/* actionMatches */.GE)(a, action)) &&
        list(s.Resource).some(r => (0,permissions/* resourceMatches */.uH)(r, objectArn));
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

// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
;// CONCATENATED MODULE: ./src/preflight/checklist.ts





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
        return this.add(title, (0,aws_errors/* isAccessDenied */.w7)(err) ? 'skipped' : 'failed', evidence);
    }
}
async function attempt(call) {
    try {
        return { ok: await call() };
    }
    catch (err) {
        return { err };
    }
}
function explained(err, ctx) {
    return `${(0,aws_errors/* errorText */.kc)(err)}. ${(0,explain/* formatExplanation */.vZ)((0,explain/* explain */.WE)(err, ctx))}`;
}
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
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
    return checks.map(c => [`${ICONS[c.status]} ${c.status}`, (0,untrusted/* html */.qy)(c.title), (0,untrusted/* html */.qy)(c.evidence)]);
}
/** "Sid: actions on resources", short enough for a checklist line. */
function describeRequirement(req, vars) {
    const on = req.resources.length ? ` on ${req.resources.map(r => (0,permissions/* fill */.GS)(r, vars)).join(', ')}` : '';
    return `statement ${req.sid} (${req.actions.join(', ')}${on})`;
}
async function writePreflightSummary(inputs, checks, setup, vars) {
    const n = countChecks(checks);
    const summary = core/* summary */.z
        .addHeading(`CodeDeploy dry run: ${(0,untrusted/* html */.qy)(inputs.application)} / ${(0,untrusted/* html */.qy)(inputs.deploymentGroup)}`, 2)
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
    for (const kind of Object.keys(permissions/* POLICIES */.PQ)) {
        const doc = (0,permissions/* policyDocument */.yr)(kind, setup, vars);
        if (!doc.Statement.length)
            continue;
        summary.addDetails((0,untrusted/* html */.qy)(permissions/* POLICIES */.PQ[kind].title), `\n\n<pre lang="json"><code>${(0,untrusted/* htmlBlock */.xs)(JSON.stringify(doc, null, 2))}</code></pre>\n\n`);
    }
    await summary.write();
}

;// CONCATENATED MODULE: ./src/preflight/bucket.ts







/** S3 answers no LocationConstraint for us-east-1, and EU for the oldest eu-west-1 buckets. */
function bucketRegion(locationConstraint) {
    if (!locationConstraint)
        return 'us-east-1';
    return locationConstraint === 'EU' ? 'eu-west-1' : locationConstraint;
}
async function checkBucket(inputs, bucket, uploader, revision, deps, list, where) {
    const titles = bucketTitles(bucket, revision);
    if (!uploader) {
        for (const title of Object.values(titles)) {
            list.add(title, 'skipped', `needs the ${inputs.uploadCredentials} credentials (upload-credentials), which could not be had`);
        }
        return { kms: false };
    }
    const probe = bucketProbe(inputs, bucket, revision?.key, uploader, deps, list);
    const headRegion = await checkReach(probe, titles);
    await checkRegion(probe, headRegion, titles.region);
    await checkVersioning(probe, titles.versioning);
    const facts = await checkEncryption(probe, titles.encryption);
    await checkObject(probe, revision, where.vars, titles);
    await checkInstanceAccess(probe, where, titles.instances);
    return facts;
}
function bucketTitles(bucket, revision) {
    return {
        reach: `Bucket ${bucket}`,
        owner: 'Bucket owner',
        region: 'Bucket region',
        versioning: 'Bucket versioning',
        encryption: 'Bucket encryption',
        object: revision?.kind === 'existing' ? 'Revision object' : 'Bundle object',
        upload: 'Upload permission',
        instances: 'Production instances can read the revision'
    };
}
function bucketProbe(inputs, bucket, key, uploader, deps, list) {
    const owner = inputs.s3BucketOwner;
    return {
        inputs,
        bucket,
        key,
        owner,
        s3: deps.s3(uploader.credentials),
        uploader,
        list,
        ctx: action => ({
            step: 's3',
            action,
            bucket,
            key,
            identity: uploader.arn,
            upload: inputs.uploadCredentials,
            expectedBucketOwner: owner,
            region: inputs.region
        })
    };
}
/** HeadBucket, which also proves the owner; the region HeadBucket answered, if it did. */
async function checkReach({ s3, bucket, owner, uploader, list, ctx }, titles) {
    const head = await attempt(() => s3.send(new dist_cjs/* HeadBucketCommand */.kuI({ Bucket: bucket, ExpectedBucketOwner: owner })));
    if ('err' in head) {
        // s3:ListBucket is recommended: the upload works without it, so a denial fails nothing.
        list.optional(titles.reach, head.err, `HeadBucket as ${uploader.arn} failed: ${explained(head.err, ctx('s3:ListBucket'))}`);
        list.add(titles.owner, 'skipped', 'the bucket could not be reached');
        return undefined;
    }
    list.add(titles.reach, 'passed', `reachable as ${uploader.arn} (HeadBucket, s3:ListBucket)`);
    list.add(titles.owner, owner ? 'passed' : 'skipped', owner
        ? `owned by account ${owner}: S3 accepted ExpectedBucketOwner ${owner}`
        : 's3-bucket-owner is not set, so nothing checks who owns the bucket; set it to the account that owns it');
    return head.ok.BucketRegion;
}
async function checkRegion({ inputs, s3, bucket, owner, list, ctx }, headRegion, title) {
    const location = await attempt(() => s3.send(new dist_cjs/* GetBucketLocationCommand */.r_J({ Bucket: bucket, ExpectedBucketOwner: owner })));
    const region = 'ok' in location ? bucketRegion(location.ok.LocationConstraint) : headRegion;
    if (region === undefined) {
        const why = 'err' in location ? explained(location.err, ctx('s3:GetBucketLocation')) : 'unknown';
        list.add(title, 'skipped', `could not read the bucket's region: ${why}`);
    }
    else if (region === inputs.region) {
        list.add(title, 'passed', `${region}, the region of the deployment`);
    }
    else {
        list.add(title, 'passed', `${region}, while the deployment is in ${inputs.region}: the upload follows S3's redirect, but the instances download the revision across regions; a bucket in ${inputs.region} is faster and avoids cross-region transfer charges`);
    }
}
async function checkVersioning({ s3, bucket, owner, list, ctx }, title) {
    const versioning = await attempt(() => s3.send(new dist_cjs/* GetBucketVersioningCommand */._rj({ Bucket: bucket, ExpectedBucketOwner: owner })));
    if ('err' in versioning) {
        list.add(title, 'skipped', `could not read it: ${explained(versioning.err, ctx('s3:GetBucketVersioning'))}`);
        return;
    }
    const status = versioning.ok.Status;
    list.add(title, 'passed', status === 'Enabled'
        ? 'versioned: each deployment names the exact object version (revision-location gets ?versionId=)'
        : `not versioned (${status ?? 'never enabled'}): deployments name the key and its ETag only`);
}
async function checkEncryption({ s3, bucket, owner, list, ctx }, title) {
    const encryption = await attempt(() => s3.send(new dist_cjs/* GetBucketEncryptionCommand */.tQT({ Bucket: bucket, ExpectedBucketOwner: owner })));
    if ('err' in encryption) {
        list.add(title, 'skipped', `could not read it: ${explained(encryption.err, ctx('s3:GetEncryptionConfiguration'))}`);
        return { kms: false };
    }
    const rule = encryption.ok.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
    const algorithm = rule?.SSEAlgorithm ?? 'none';
    const kms = algorithm.startsWith('aws:kms');
    list.add(title, 'passed', kms
        ? `${algorithm} with key ${rule?.KMSMasterKeyID ?? 'aws/s3 (the AWS managed key, which other accounts cannot use)'}: the uploader needs kms:GenerateDataKey and the instance profile kms:Decrypt on it, and the key policy must allow both (statements UploadWithKey, InstancesDecryptRevisions, UploaderUsesKey, InstancesUseKey)`
        : `${algorithm}: no KMS permissions needed`);
    return { kms, kmsKeyArn: rule?.KMSMasterKeyID };
}
/** The object the deployment would name: the revision-location, or where the bundle would go. */
async function checkObject(probe, revision, vars, titles) {
    const { key, list } = probe;
    if (!key) {
        list.add(titles.object, 'skipped', 'the revision could not be prepared');
    }
    else if (revision?.kind === 'existing') {
        await checkExistingObject(probe, key, revision.versionId, titles.object);
    }
    else {
        await checkBundleObject(probe, key, revision?.sha256, titles.object);
        uploadCheck(probe, vars, titles.upload);
    }
}
/** A revision-location object must be there, readable by the uploader, at the given version. */
async function checkExistingObject({ s3, bucket, owner, list, ctx }, key, versionId, title) {
    const where = (0,objects/* revisionLocation */.bI)(bucket, key, versionId);
    const object = await attempt(() => s3.send(new dist_cjs/* HeadObjectCommand */.l81({
        Bucket: bucket,
        Key: key,
        VersionId: versionId,
        ExpectedBucketOwner: owner
    })));
    if ('ok' in object) {
        const version = object.ok.VersionId ? `, version ${object.ok.VersionId}` : '';
        list.add(title, 'passed', `${where} exists (${object.ok.ContentLength ?? 0} bytes, ETag ${object.ok.ETag ?? 'none'}${version})`);
    }
    else if ((0,aws_errors/* isNotFound */.c4)(object.err)) {
        list.add(title, 'failed', `${where} does not exist: check revision-location`);
    }
    else {
        const action = versionId ? 's3:GetObjectVersion' : 's3:GetObject';
        list.add(title, 'failed', `HeadObject on ${where} failed: ${explained(object.err, ctx(action))}`);
    }
}
async function checkBundleObject({ s3, bucket, owner, list, ctx }, key, sha256, title) {
    const object = await attempt(() => s3.send(new dist_cjs/* HeadObjectCommand */.l81({ Bucket: bucket, Key: key, ExpectedBucketOwner: owner })));
    if ('ok' in object) {
        const same = object.ok.Metadata?.sha256 === sha256;
        list.add(title, 'passed', same
            ? `s3://${bucket}/${key} already holds this bundle: the upload would be skipped`
            : `s3://${bucket}/${key} exists with other content: it would be uploaded again`);
    }
    else if ((0,aws_errors/* isNotFound */.c4)(object.err)) {
        list.add(title, 'passed', `s3://${bucket}/${key} is not there yet: the bundle would be uploaded`);
    }
    else {
        list.add(title, 'failed', `HeadObject on s3://${bucket}/${key} failed: ${explained(object.err, ctx('s3:GetObject'))}`);
    }
}
function uploadCheck({ inputs, uploader, list }, vars, title) {
    const policy = inputs.uploadCredentials === 'source' ? 'source-permissions' : 'target-permissions';
    const upload = (0,permissions/* requirementFor */.P6)('s3:PutObject', policy, 'UploadRevision');
    list.add(title, 'skipped', `not tried: dry-run uploads nothing. ${uploader.arn} needs ${upload ? describeRequirement(upload, vars) : 's3:PutObject'}`);
}
async function checkInstanceAccess({ inputs, bucket, s3, key, list, ctx }, where, title) {
    const target = where.targetAccount;
    const bucketOwner = inputs.s3BucketOwner ?? (where.bucketAccount === 'source' ? where.vars.sourceAccount : target);
    const bucketArn = `arn:${where.vars.partition ?? 'aws'}:s3:::${bucket}`;
    const own = `the instance profile role in account ${target ?? 'of the deployment'} needs s3:GetObject and s3:GetObjectVersion on ${bucketArn}/${key ?? '*'} in its own policy (statement InstancesReadRevisions), which cannot be seen from here`;
    if (!target || !bucketOwner || bucketOwner === target) {
        list.add(title, 'skipped', own);
        return;
    }
    const objectArn = `${bucketArn}/${key ?? (0,keys/* bundleKey */.CK)(inputs.s3KeyPrefix, inputs.application, 'revision', 'zip')}`;
    const policy = await attempt(() => s3.send(new dist_cjs/* GetBucketPolicyCommand */.mCJ({
        Bucket: bucket,
        ExpectedBucketOwner: inputs.s3BucketOwner
    })));
    if ('err' in policy) {
        if ((0,aws_errors/* errorName */.Is)(policy.err) === 'NoSuchBucketPolicy') {
            list.add(title, 'failed', `bucket ${bucket} (account ${bucketOwner}) has no bucket policy, so the instances in account ${target} cannot download the revision: add statement ProductionInstancesRead to it (see the setup guide); ${own}`);
        }
        else {
            const why = (0,aws_errors/* isAccessDenied */.w7)(policy.err)
                ? explained(policy.err, ctx('s3:GetBucketPolicy'))
                : (0,aws_errors/* errorText */.kc)(policy.err);
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

// EXTERNAL MODULE: ./src/codedeploy/status.ts
var codedeploy_status = __webpack_require__(9546);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var client_codedeploy_dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/revision/platform.ts
var platform = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/preflight/codedeploy.ts






async function checkCodeDeploy(inputs, target, revision, deps, list, setup, vars) {
    const titles = codeDeployTitles(inputs);
    if (!target) {
        for (const title of Object.values(titles)) {
            list.add(title, 'skipped', 'needs the target credentials');
        }
        return;
    }
    const probe = codeDeployProbe(inputs, target, deps, list, setup, vars);
    const applicationPlatform = await checkApplication(probe, titles.application);
    const info = await checkGroup(probe, titles.group);
    const platform = info?.computePlatform ?? applicationPlatform;
    list.add(titles.platform, ...platformCheck(platform, revision?.platform, inputs.application, inputs.deploymentGroup));
    if (inputs.uploadOnly) {
        list.add(titles.config, 'skipped', 'upload-only: no deployment is created');
    }
    else {
        await checkConfig(probe, info, titles.config);
    }
    await checkRegistration(probe, revision, titles.revision);
    if (inputs.uploadOnly) {
        skipDeploymentChecks(probe, titles);
        return;
    }
    await checkActive(probe, titles.active);
    await checkFollow(probe, titles.follow);
    reportUntried(probe, setup, titles);
}
function codeDeployTitles(inputs) {
    return {
        application: `Application ${inputs.application}`,
        group: `Deployment group ${inputs.deploymentGroup}`,
        platform: 'Compute platform',
        config: 'Deployment configuration',
        revision: 'Revision registration',
        active: 'Deployments in progress',
        follow: 'Follow a deployment (wait)',
        create: 'Register the revision and create the deployment',
        stop: 'Stop a deployment'
    };
}
function codeDeployProbe(inputs, target, deps, list, setup, vars) {
    return {
        inputs,
        cd: deps.codeDeploy(target.credentials),
        target,
        list,
        where: `account ${target.account}, region ${inputs.region}`,
        ctx: (action, deploymentId) => ({
            step: 'codedeploy',
            action,
            application: inputs.application,
            deploymentGroup: inputs.deploymentGroup,
            deploymentConfig: inputs.deploymentConfig,
            deploymentId,
            identity: target.arn,
            accountId: target.account,
            region: inputs.region
        }),
        needs: sids => (0,permissions/* requirementsFor */.eK)(setup)
            .filter(r => r.policy === 'target-permissions' && sids.includes(r.sid))
            .map(r => describeRequirement(r, vars))
            .join('; ')
    };
}
/** The application's compute platform, when it could be read. */
async function checkApplication({ inputs, cd, list, where, ctx }, title) {
    const application = await attempt(() => cd.send(new client_codedeploy_dist_cjs/* GetApplicationCommand */.eOh({ applicationName: inputs.application })));
    if ('err' in application) {
        const action = 'codedeploy:GetApplication';
        list.optional(title, application.err, explained(application.err, ctx(action)));
        return undefined;
    }
    const platform = application.ok.application?.computePlatform;
    list.add(title, 'passed', `exists in ${where} (compute platform ${platform ?? 'unknown'})`);
    return platform;
}
async function checkGroup({ inputs, cd, list, where, ctx }, title) {
    const group = await attempt(() => cd.send(new client_codedeploy_dist_cjs/* GetDeploymentGroupCommand */.WOp({
        applicationName: inputs.application,
        deploymentGroupName: inputs.deploymentGroup
    })));
    if ('err' in group) {
        const action = 'codedeploy:GetDeploymentGroup';
        list.optional(title, group.err, explained(group.err, ctx(action)));
        return undefined;
    }
    const info = group.ok.deploymentGroupInfo;
    const style = info?.deploymentStyle;
    const kind = style ? `, ${style.deploymentType ?? ''} ${style.deploymentOption ?? ''}` : '';
    list.add(title, 'passed', `exists in ${where}: service role ${info?.serviceRoleArn ?? 'none'}, deployment configuration ${info?.deploymentConfigName ?? 'default'}${kind.trimEnd()}`);
    return info;
}
/** Whether the group takes the kind of revision the inputs make. */
function platformCheck(group, revision, application, deploymentGroup) {
    if (!group)
        return ['skipped', 'unknown: neither the application nor the group could be read'];
    if (!revision) {
        return ['passed', `${group}; the revision-location object is not opened, so not compared`];
    }
    try {
        (0,platform/* checkPlatformMatches */.B)(revision, group, application, deploymentGroup);
    }
    catch (err) {
        return ['failed', messageOf(err)];
    }
    return ['passed', `${group}, which takes this revision`];
}
async function checkConfig({ inputs, cd, list, ctx }, info, title) {
    const name = inputs.deploymentConfig ?? info?.deploymentConfigName;
    if (!name) {
        list.add(title, 'skipped', 'no deployment-config input, and the group could not be read');
        return;
    }
    const from = inputs.deploymentConfig ? 'the deployment-config input' : "the group's";
    const config = await attempt(() => cd.send(new client_codedeploy_dist_cjs/* GetDeploymentConfigCommand */.z2K({ deploymentConfigName: name })));
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
async function checkRegistration({ inputs, cd, list, ctx }, revision, title) {
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
    const found = await attempt(() => cd.send(new client_codedeploy_dist_cjs/* GetApplicationRevisionCommand */.dpB({
        applicationName: inputs.application,
        revision: { revisionType: 'S3', s3Location: location }
    })));
    if ('ok' in found) {
        const at = found.ok.revisionInfo?.registerTime?.toISOString();
        list.add(title, 'passed', `already registered${at ? ` (since ${at})` : ''}`);
    }
    else if ((0,aws_errors/* errorName */.Is)(found.err) === 'RevisionDoesNotExistException') {
        list.add(title, 'passed', 'not registered yet: it would be (codedeploy:GetApplicationRevision allowed)');
    }
    else {
        list.add(title, 'failed', explained(found.err, ctx('codedeploy:GetApplicationRevision')));
    }
}
function skipDeploymentChecks({ target, list, needs }, titles) {
    for (const title of [titles.active, titles.follow, titles.stop]) {
        list.add(title, 'skipped', 'upload-only: no deployment is created');
    }
    list.add('Register the revision', 'skipped', `not tried: dry-run registers nothing. ${target.arn} needs ${needs(['RegisterRevision'])}`);
}
async function checkActive({ inputs, cd, list, ctx }, title) {
    const active = await attempt(() => cd.send(new client_codedeploy_dist_cjs/* ListDeploymentsCommand */.sr8({
        applicationName: inputs.application,
        deploymentGroupName: inputs.deploymentGroup,
        includeOnlyStatuses: codedeploy_status/* ACTIVE_STATUSES */.az
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
async function checkFollow({ inputs, cd, list, ctx }, title) {
    if (!inputs.wait) {
        list.add(title, 'skipped', 'wait is false');
        return;
    }
    const latest = await attempt(() => cd.send(new client_codedeploy_dist_cjs/* ListDeploymentsCommand */.sr8({
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
    const deployment = await attempt(() => cd.send(new client_codedeploy_dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId: id })));
    if ('err' in deployment) {
        list.add(title, 'failed', explained(deployment.err, ctx('codedeploy:GetDeployment', id)));
        return;
    }
    const targets = await attempt(() => cd.send(new client_codedeploy_dist_cjs/* ListDeploymentTargetsCommand */.$9V({ deploymentId: id })));
    if ('err' in targets) {
        const why = explained(targets.err, ctx('codedeploy:ListDeploymentTargets', id));
        list.optional(title, targets.err, why);
        return;
    }
    list.add(title, 'passed', `read deployment ${id} (${deployment.ok.deploymentInfo?.status ?? 'unknown status'}) and its ${targets.ok.targetIds?.length ?? 0} targets (codedeploy:GetDeployment, codedeploy:ListDeploymentTargets)`);
}
/** What only a real deployment would do, with the statements it needs. */
function reportUntried({ target, list, needs }, setup, titles) {
    list.add(titles.create, 'skipped', `not tried: dry-run creates nothing. ${target.arn} needs ${needs(['RegisterRevision', 'CreateDeployment', 'ReadDeploymentConfig'])}`);
    list.add(titles.stop, 'skipped', setup.stop
        ? `not tried: it would stop a deployment. Needed for stop-on-cancel, stop-on-timeout or on-active-deployment: stop: ${needs(['StopDeployment'])}`
        : 'not needed: stop-on-cancel and stop-on-timeout are off and on-active-deployment is not stop');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/credentials/resolve.ts
var credentials_resolve = __webpack_require__(4560);
;// CONCATENATED MODULE: ./src/preflight/credentials.ts






async function checkCredentials(inputs, env, deps, sourceKind, list) {
    const token = watchToken(deps.getIdToken);
    const resolve = (roleToAssume) => attempt(() => (0,credentials_resolve/* resolveCredentials */.z)({ ...inputs, roleToAssume }, { sts: deps.sts, getIdToken: token.getIdToken, env, log: deps.log }));
    const signIn = { inputs, sourceKind, list, token, sts: deps.sts, resolve };
    const found = sourceKind === 'oidc-direct'
        ? await checkDirectRole(signIn)
        : await checkSourceThenRole(signIn, sourceKind);
    return { ...found, subject: token.subject };
}
function watchToken(getIdToken) {
    const watch = {
        getIdToken: async (audience) => {
            try {
                const token = await getIdToken(audience);
                const sub = (0,explain/* tokenClaims */.f)(token)?.sub;
                watch.subject = typeof sub === 'string' ? sub : undefined;
                watch.audience = audience;
                return token;
            }
            catch (err) {
                watch.error = err;
                throw err;
            }
        }
    };
    return watch;
}
function tokenCheck({ sourceKind, token, list }) {
    if (sourceKind !== 'oidc-role' && sourceKind !== 'oidc-direct') {
        list.add('GitHub OIDC token', 'skipped', `not used: the source credentials come from ${sourceKind === 'environment' ? 'the environment (AWS_ACCESS_KEY_ID)' : "the SDK's default chain"}`);
    }
    else if (token.audience !== undefined) {
        list.add('GitHub OIDC token', 'passed', `issued for audience '${token.audience}'${token.subject ? ` with sub '${token.subject}' (the trust policy's sub condition must match it)` : ''}`);
    }
    else if (token.error !== undefined) {
        list.add('GitHub OIDC token', 'failed', `${(0,aws_errors/* errorText */.kc)(token.error)}; the job needs 'permissions: id-token: write'`);
    }
}
function identity(r) {
    return { credentials: r.target, arn: r.targetArn, account: r.targetAccountId };
}
/** role-to-assume signed into straight with the OIDC token: one identity, both source and target. */
async function checkDirectRole(s) {
    const title = `Assume role-to-assume ${s.inputs.roleToAssume} with the GitHub OIDC token`;
    const r = await s.resolve(s.inputs.roleToAssume);
    tokenCheck(s);
    if ('err' in r) {
        s.list.add(title, 'failed', messageOf(r.err));
        return {};
    }
    const target = identity(r.ok);
    s.list.add(title, 'passed', `signed in as ${target.arn} in account ${target.account}`);
    targetAccountCheck(s.inputs, target, s.list);
    return { source: target, target };
}
function sourceTitle(inputs, sourceKind) {
    const how = {
        'oidc-role': `oidc-role-arn ${inputs.oidcRoleArn} through the GitHub OIDC token`,
        environment: 'credentials in the environment',
        'default-chain': "the SDK's default credential chain"
    }[sourceKind];
    return `Source credentials (${how})`;
}
async function checkSourceThenRole(s, sourceKind) {
    const { inputs, list } = s;
    const title = sourceTitle(inputs, sourceKind);
    // One sign-in for the whole chain; the source identity is read with the source credentials it
    // used. Only when the chain breaks is the source tried alone, to tell which link broke.
    const chain = await s.resolve(inputs.roleToAssume);
    const found = await sourceIdentity(s, chain);
    tokenCheck(s);
    if ('err' in found) {
        list.add(title, 'failed', messageOf(found.err));
        if (inputs.roleToAssume) {
            list.add(`Assume role-to-assume ${inputs.roleToAssume}`, 'skipped', 'needs the source credentials');
        }
        return {};
    }
    const source = found.ok;
    list.add(title, 'passed', `signed in as ${source.arn} in account ${source.account}`);
    if (!inputs.roleToAssume) {
        list.add('Assume role-to-assume', 'skipped', `role-to-assume is empty: the deployment is made in account ${source.account} with the source credentials`);
        return { source, target: source };
    }
    return checkAssumeRole(s, source, chain);
}
async function sourceIdentity(s, chain) {
    if (!s.inputs.roleToAssume)
        return 'ok' in chain ? { ok: identity(chain.ok) } : chain;
    if ('ok' in chain)
        return attempt(() => callerIdentity(s.sts, chain.ok.source));
    if (s.token.error !== undefined)
        return chain;
    const alone = await s.resolve(undefined);
    return 'ok' in alone ? { ok: identity(alone.ok) } : alone;
}
function checkAssumeRole(s, source, chain) {
    const title = `Assume role-to-assume ${s.inputs.roleToAssume}`;
    if ('err' in chain) {
        s.list.add(title, 'failed', messageOf(chain.err));
        return { source };
    }
    const target = identity(chain.ok);
    s.list.add(title, 'passed', `${source.arn} assumed it${s.inputs.roleExternalId ? ' with the external ID' : ''}: signed in as ${target.arn}`);
    targetAccountCheck(s.inputs, target, s.list);
    return { source, target };
}
async function callerIdentity(sts, credentials) {
    const me = await sts(credentials).send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
    return { credentials, arn: me.Arn ?? '', account: me.Account ?? '' };
}
/** resolveCredentials refuses a mismatch; this records the evidence when they agree. */
function targetAccountCheck(inputs, target, list) {
    const expected = (0,arn/* accountOf */.XP)(inputs.roleToAssume);
    list.add('Target account', expected === undefined || expected === target.account ? 'passed' : 'failed', `the deployment would be made in account ${target.account}${expected ? `, the account of role-to-assume (${expected})` : ''}`);
}

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/common/log.ts
var log = __webpack_require__(1095);
;// CONCATENATED MODULE: ./src/preflight/deps.ts



function defaultPreflightDeps(region) {
    return {
        sts: (0,clients/* stsFactory */.z_)(region),
        s3: credentials => (0,clients/* s3Client */.oD)(region, credentials),
        codeDeploy: credentials => (0,clients/* codeDeployClient */.i4)(region, credentials),
        getIdToken: audience => core/* getIDToken */.V9(audience),
        log: log/* stepLog */.t
    };
}

;// CONCATENATED MODULE: ./src/preflight/github.ts
function checkGitHubDeployment(inputs, list) {
    if (!inputs.githubEnvironment)
        return;
    list.add('GitHub deployment', inputs.githubToken ? 'skipped' : 'failed', inputs.githubToken
        ? `not tried: dry-run records no deployment in environment '${inputs.githubEnvironment}'; the token needs deployments: write`
        : `github-environment is '${inputs.githubEnvironment}' but github-token is empty: pass a token with deployments: write`);
}

// EXTERNAL MODULE: ./src/revision/plan.ts
var revision_plan = __webpack_require__(9270);
;// CONCATENATED MODULE: ./src/preflight/revision.ts




/** Prepares the revision as a deployment would, locally only; undefined when that fails. */
async function checkRevision(inputs, env, list) {
    let plan;
    let local;
    try {
        plan = await (0,revision_plan/* planRevision */.XO)(inputs);
        local = await (0,revision_plan/* prepareLocalRevision */.cy)(plan, inputs, env);
    }
    catch (err) {
        list.add('Revision', 'failed', messageOf(err));
        return undefined;
    }
    switch (local.kind) {
        case 'bundle':
            return checkBundle(inputs, local, list);
        case 'appspec-content':
            return checkAppSpecContent(local, list);
        case 'existing':
            return checkExisting(plan, local, list);
    }
}
async function checkBundle(inputs, local, list) {
    const { bundle } = local;
    await (0,revision_plan/* discard */.vf)(bundle);
    const hooks = bundle.appSpec.hooks.map(h => h.event).join(', ') || 'none';
    list.add('Bundle and AppSpec', 'passed', `${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}; ${bundle.appSpec.file} is valid (os ${bundle.appSpec.os}, hooks: ${hooks})`);
    return {
        kind: 'bundle',
        platform: 'Server',
        bucket: local.bucket,
        key: (0,keys/* bundleKey */.CK)(inputs.s3KeyPrefix, inputs.application, bundle.sha256, bundle.bundleType),
        bundleType: bundle.bundleType,
        sha256: bundle.sha256
    };
}
function checkAppSpecContent(local, list) {
    const { content } = local;
    const platform = content.appSpec.platform;
    const what = content.appSpec.platform === 'ECS'
        ? `task definition ${content.appSpec.taskDefinition}, container ${content.appSpec.containerName}:${content.appSpec.containerPort}`
        : `function ${content.appSpec.functionName}, alias ${content.appSpec.alias}, ${content.appSpec.currentVersion} → ${content.appSpec.targetVersion}`;
    list.add('AppSpec', 'passed', `${platform} AppSpec is valid (${what}); SHA-256 ${content.sha256}`);
    return { kind: 'appspec-content', platform, sha256: content.sha256 };
}
function checkExisting(plan, local, list) {
    const { location } = local;
    list.add('Revision', 'passed', `revision-location ${(0,objects/* revisionLocation */.bI)(location.bucket, location.key, location.versionId)} (${location.bundleType}) is deployed as it is; its object is checked below`);
    return {
        kind: 'existing',
        platform: (0,revision_plan/* platformOf */.tj)(plan),
        bucket: location.bucket,
        key: location.key,
        versionId: location.versionId,
        bundleType: location.bundleType
    };
}

;// CONCATENATED MODULE: ./src/preflight/preflight.ts













/**
 * `dry-run: true`: checks the whole setup without creating or uploading anything, prints a
 * checklist and writes it to the job summary. True when no check failed.
 */
async function runPreflight(inputs, env, deps = defaultPreflightDeps(inputs.region)) {
    const { checks, setup, vars } = await collectChecks(inputs, env, deps);
    for (const line of formatChecklist(checks))
        deps.log.info(line);
    for (const check of checks.filter(c => c.status === 'failed')) {
        core/* error */.z3(check.evidence, { title: `${check.title} (dry run)` });
    }
    await writePreflightSummary(inputs, checks, setup, vars).catch(err => deps.log.warning(`Could not write the job summary: ${(0,aws_errors/* errorText */.kc)(err)}`));
    return !checks.some(c => c.status === 'failed');
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
async function collectChecks(inputs, env, deps) {
    const list = new Checklist();
    const revision = await checkRevision(inputs, env, list);
    const sourceKind = (0,credentials_source/* chooseSource */.L)(inputs, env);
    const identities = await checkCredentials(inputs, env, deps, sourceKind, list);
    const { source, target } = identities;
    const bucket = revision?.bucket ?? inputs.s3Bucket;
    const vars = policyVars(inputs, revision, bucket, identities);
    const uploader = inputs.uploadCredentials === 'source' ? source : target;
    const bucketAccount = bucketAccountOf(inputs, target);
    const kind = revision?.kind ?? (inputs.revisionLocation ? 'existing' : 'bundle');
    const facts = kind === 'appspec-content' || !bucket
        ? skipBucket(kind, list)
        : await checkBucket(inputs, bucket, uploader, revision, deps, list, {
            targetAccount: target?.account,
            bucketAccount,
            vars
        });
    if (facts.kmsKeyArn)
        vars.kmsKeyArn = facts.kmsKeyArn;
    const setup = preflightSetup(inputs, {
        source: sourceKind,
        bucketAccount,
        kms: facts.kms,
        revision: kind
    });
    await checkCodeDeploy(inputs, target, revision, deps, list, setup, vars);
    checkGitHubDeployment(inputs, list);
    return { checks: list.checks, setup, vars };
}
/** The values the statements in the evidence and the summary are filled with. */
function policyVars(inputs, revision, bucket, { source, target, subject }) {
    return {
        partition: (0,arn/* partitionOf */.iQ)(inputs.roleToAssume ?? inputs.oidcRoleArn ?? target?.arn),
        region: inputs.region,
        sourceAccount: source?.account,
        targetAccount: target?.account,
        sourceRoleArn: inputs.oidcRoleArn ?? (0,explain/* roleArnOf */.z$)(source?.arn),
        targetRoleArn: inputs.roleToAssume ?? (0,explain/* roleArnOf */.z$)(target?.arn),
        application: inputs.application,
        deploymentGroup: inputs.deploymentGroup,
        bucket,
        revisionKeys: revision?.kind === 'existing' && revision.key
            ? revision.key
            : (0,keys/* revisionKeys */.Cm)(inputs.s3KeyPrefix, inputs.application),
        audience: inputs.audience,
        subject,
        externalId: inputs.roleExternalId
    };
}
function bucketAccountOf(inputs, target) {
    if (inputs.s3BucketOwner === undefined)
        return inputs.uploadCredentials;
    return inputs.s3BucketOwner === target?.account ? 'target' : 'source';
}
/** No bucket to check: an AppSpec that never goes to S3, or no bucket named at all. */
function skipBucket(kind, list) {
    list.add('Revision bucket', 'skipped', kind === 'appspec-content'
        ? 'not used: an ECS or Lambda AppSpec is sent to CodeDeploy as it is, nothing goes to S3'
        : 'no s3-bucket or revision-location');
    return { kms: false };
}


/***/ })

};
