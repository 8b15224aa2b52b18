export const id = 412;
export const ids = [412];
export const modules = {

/***/ 412:
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
// EXTERNAL MODULE: ./src/advice/explain.ts + 4 modules
var explain = __webpack_require__(8638);
// EXTERNAL MODULE: ./src/s3/keys.ts
var keys = __webpack_require__(1292);
// EXTERNAL MODULE: ./src/common/arn.ts
var arn = __webpack_require__(106);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/advice/explain/download.ts
var download = __webpack_require__(8506);
// EXTERNAL MODULE: ./src/advice/explain/shared.ts
var shared = __webpack_require__(1015);
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
const ICONS = {
    passed: '✅',
    failed: '❌',
    skipped: '⏭️',
    warning: '⚠️'
};
function countChecks(checks) {
    const counts = { passed: 0, failed: 0, skipped: 0, warning: 0 };
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
        `Dry run: ${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped${warnings(n)}: ${verdict}.`
    ];
}
/** ", 2 warnings" when there are any: a run without warnings reads as it always did. */
function warnings(n) {
    return n.warning ? `, ${n.warning} warning${n.warning === 1 ? '' : 's'}` : '';
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
        .addRaw(`<p>${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped${warnings(n)}. Nothing was uploaded and no deployment was created.</p>`, true)
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
    checkRegion(probe, headRegion, titles.region);
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
/**
 * The region HeadBucket answered with (every HeadBucket S3 answers carries it): GetBucketLocation
 * would ask for one more permission and tell nothing more.
 */
function checkRegion({ inputs, list }, region, title) {
    if (region === undefined) {
        list.add(title, 'skipped', "S3's answer to HeadBucket did not give the bucket's region");
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
            list.add(title, 'failed', `bucket ${bucket} (account ${bucketOwner}) has no bucket policy, so the instances in account ${target} cannot s3:GetObject the revision: give it a bucket policy in account ${bucketOwner} with ${instancesRead(where, target)}; ${own}`);
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
        list.add(title, 'failed', `the bucket policy of ${bucket} (account ${bucketOwner}) does not let the instances in account ${target} s3:GetObject ${objectArn}${denied}: add to the bucket policy of ${bucket} in account ${bucketOwner}: ${instancesRead(where, target)}`);
    }
}
/** The guide's ProductionInstancesRead statement, for the instance profile role of `target`. */
function instancesRead(where, target) {
    const instanceRoleArn = (0,download/* instanceRolePlaceholder */.l)(where.vars.partition ?? 'aws', target);
    const needed = (0,shared/* statement */.qZ)('s3:GetObject', 'bucket-policy', { ...where.vars, instanceRoleArn }, {
        sid: 'ProductionInstancesRead'
    });
    return needed ? JSON.stringify(needed) : 'statement ProductionInstancesRead (see the setup guide)';
}

// EXTERNAL MODULE: ./src/codedeploy/status.ts
var codedeploy_status = __webpack_require__(9546);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var client_codedeploy_dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/revision/platform.ts
var platform = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/preflight/codedeploy.ts






/** The checks of the application and group, read as the target. */
async function checkCodeDeploy(inputs, target, revision, deps, list, setup, vars) {
    const titles = codeDeployTitles(inputs);
    if (!target) {
        for (const title of Object.values(titles)) {
            list.add(title, 'skipped', 'needs the target credentials');
        }
        return { deploymentConfig: inputs.deploymentConfig };
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
        return { group: info };
    }
    await checkActive(probe, titles.active);
    await checkFollow(probe, titles.follow);
    reportUntried(probe, setup, titles);
    return { deploymentConfig: inputs.deploymentConfig ?? info?.deploymentConfigName, group: info };
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
            : revision?.kind === 'github'
                ? 'a GitHub revision is registered as it is sent'
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
// EXTERNAL MODULE: ./src/inputs/allowed-accounts.ts
var allowed_accounts = __webpack_require__(2490);
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
/** allowed-account-ids, against the account the credentials really reached. */
function checkAllowedAccount(inputs, target, list) {
    const title = 'Allowed accounts';
    const allowed = inputs.allowedAccountIds;
    if (!allowed.length) {
        list.add(title, 'skipped', 'allowed-account-ids is not set: any account is allowed');
    }
    else if (!target) {
        list.add(title, 'skipped', 'the target identity could not be signed into');
    }
    else {
        try {
            (0,allowed_accounts/* requireAllowedAccount */.T)(allowed, target.account, `The target account (${target.arn})`);
            list.add(title, 'passed', `the target account ${target.account} is in allowed-account-ids`);
        }
        catch (err) {
            list.add(title, 'failed', messageOf(err));
        }
    }
}

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(3821);
// EXTERNAL MODULE: ./src/common/log.ts
var log = __webpack_require__(1095);
// EXTERNAL MODULE: ./src/github/compare.ts
var compare = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/preflight/deps.ts




function defaultPreflightDeps(region, maxAttempts = clients/* DEFAULT_MAX_ATTEMPTS */.Gz) {
    return {
        sts: (0,clients/* stsFactory */.z_)(region, maxAttempts),
        s3: credentials => (0,clients/* s3Client */.oD)(region, credentials, maxAttempts),
        codeDeploy: credentials => (0,clients/* codeDeployClient */.i4)(region, credentials, maxAttempts),
        iam: credentials => (0,clients/* iamClient */.LV)(region, credentials, maxAttempts),
        getIdToken: audience => core/* getIDToken */.V9(audience),
        compare: compare/* compareCommits */.k,
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

// EXTERNAL MODULE: ./src/codedeploy/deployment.ts
var deployment = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/guard/older-revision.ts + 1 modules
var older_revision = __webpack_require__(2732);
;// CONCATENATED MODULE: ./src/preflight/order.ts

const TITLE = 'Commit order (older-revision)';
/**
 * What the deployment's older-revision check would say, without deploying. `group` is what the
 * group check read; undefined when it could not.
 */
async function checkCommitOrder(inputs, env, group, target, deps, list) {
    if (inputs.uploadOnly) {
        list.add(TITLE, 'skipped', 'upload-only: no deployment is created');
        return;
    }
    if (!target) {
        list.add(TITLE, 'skipped', 'needs the target credentials');
        return;
    }
    const cd = deps.codeDeploy(target.credentials);
    const verdict = await (0,older_revision/* revisionOrder */.K)(cd, {
        policy: inputs.olderRevision,
        deploymentGroup: inputs.deploymentGroup,
        group,
        repository: env.GITHUB_REPOSITORY ?? '',
        commit: env.GITHUB_SHA ?? '',
        github: { token: inputs.githubToken, apiUrl: env.GITHUB_API_URL ?? '' }
    }, deps.compare);
    list.add(TITLE, statusOf(verdict, inputs), verdict.message);
}
function statusOf(verdict, inputs) {
    switch (verdict.order) {
        case 'behind':
            return inputs.olderRevision === 'fail' ? 'failed' : 'warning';
        case 'diverged':
            return 'warning';
        case 'same':
        case 'ahead':
            return 'passed';
        default:
            return 'skipped';
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/preflight/role-arn.ts



const SESSION = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([\w+=,.@-]+)\/[^/]+$/;
const USER = /^arn:aws[a-z-]*:iam::(\d{12}):user\/(?:[\x21-\x7e]+\/)?[\w+=,.@-]+$/;
const ROLE = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\x21-\x7e]*\/)?([\w+=,.@-]+)$/;
/** The account and name of a role ARN (its last path segment); undefined for anything else. */
function roleParts(arn) {
    const m = ROLE.exec(arn ?? '');
    return m ? { account: m[1], name: m[2] } : undefined;
}
/**
 * The role or user behind `caller` (an ARN from GetCallerIdentity). An assumed-role session's ARN
 * drops the role's path, so the role is taken from the input that names it (sign-in worked with
 * that exact ARN), else asked of IAM with GetRole.
 */
async function policySource(caller, named, iam) {
    const user = USER.exec(caller);
    if (user)
        return { arn: caller, account: user[1] };
    const session = SESSION.exec(caller);
    if (!session) {
        return {
            unavailable: `${(0,untrusted/* shown */.SP)(caller)} is neither an IAM role session nor an IAM user, and AWS's policy simulator evaluates only those`
        };
    }
    const [, partition, account, name] = session;
    const input = named.find(arn => {
        const parts = roleParts(arn);
        return parts?.account === account && parts.name === name;
    });
    if (input)
        return { arn: input, account };
    return roleFromIam(await iam(), partition, account, name);
}
async function roleFromIam(iam, partition, account, name) {
    try {
        const { Role } = await iam.send(new client_iam_dist_cjs/* GetRoleCommand */.kbp({ RoleName: name }));
        const parts = roleParts(Role?.Arn);
        if (Role?.Arn && parts?.account === account && parts.name === name) {
            return { arn: Role.Arn, account };
        }
        return { unavailable: `iam:GetRole on ${name} answered no ARN of role ${name} in ${account}` };
    }
    catch (err) {
        return {
            arn: `arn:${partition}:iam::${account}:role/${name}`,
            account,
            guessed: (0,aws_errors/* errorText */.kc)(err)
        };
    }
}

;// CONCATENATED MODULE: ./src/preflight/simulation-plan.ts


const KMS_KEY = /^arn:[\w-]+:kms:([\w-]+):\d{12}:key\/[\w-]+$/;
const PLACEHOLDER = /\{\w+\}/;
function planSimulation(input) {
    const requirements = (0,permissions/* requirementsFor */.eK)(input.setup, ['required', 'recommended']);
    const plans = [];
    const add = (who, identity, reqs) => {
        if (!identity || !reqs.length)
            return;
        const same = plans.find(p => p.identity.arn === identity.arn);
        const plan = same ?? { who, identity, checks: [], requests: [], unknown: [] };
        if (!same)
            plans.push(plan);
        if (who === 'target')
            plan.who = 'target';
        for (const req of reqs)
            addRequirement(plan, req, input);
    };
    add('source', input.source, requirements.filter(r => r.policy === 'source-permissions'));
    add('target', input.target, requirements.filter(r => r.policy === 'target-permissions'));
    for (const plan of plans)
        plan.requests = requestsOf(plan.checks, input);
    return plans;
}
function addRequirement(plan, req, input) {
    for (const template of req.resources) {
        const resource = exactResource(template, input);
        if (resource === undefined) {
            if (!plan.unknown.includes(req))
                plan.unknown.push(req);
            continue;
        }
        for (const action of req.actions) {
            if (plan.checks.some(c => c.action === action && c.resource === resource))
                continue;
            plan.checks.push({ action, resource, requirement: req });
        }
    }
}
/** The guide's resource pattern as the one resource this run uses; undefined when not known. */
function exactResource(template, input) {
    const filled = (0,permissions/* fill */.GS)(template, {
        ...input.vars,
        revisionKeys: input.objectKey ?? '{revisionKeys}'
    }).replace(/:deploymentconfig:\*$/, `:deploymentconfig:${input.deploymentConfig ?? '{config}'}`);
    if (PLACEHOLDER.test(filled))
        return undefined;
    if (template === '{kmsKeyArn}' && !KMS_KEY.test(filled))
        return undefined;
    return filled;
}
/** One request per resource: its context keys differ from one resource to the next. */
function requestsOf(checks, input) {
    const requests = [];
    for (const check of checks) {
        const request = requests.find(r => r.resource === check.resource);
        if (request) {
            request.actions.push(check.action);
            continue;
        }
        requests.push({
            resource: check.resource,
            actions: [check.action],
            context: [],
            s3: check.resource.split(':')[2] === 's3'
        });
    }
    for (const request of requests)
        request.context = contextOf(request, input);
    return requests;
}
/**
 * The request context AWS would see, for conditions on it: the external ID the guide's trust
 * policy tests, the service a passed role goes to, and the global keys that policies and guardrails commonly test (HTTPS, the
 * resource's account, the region called).
 */
function contextOf(request, input) {
    const entries = [entry('aws:SecureTransport', 'true', 'boolean')];
    const account = request.s3 ? input.bucketAccount : (0,arn/* accountOf */.XP)(request.resource);
    if (account)
        entries.push(entry('aws:ResourceAccount', account));
    const region = regionCalled(request.resource, input.region);
    if (region)
        entries.push(entry('aws:RequestedRegion', region));
    if (input.externalId && request.actions.includes('sts:AssumeRole')) {
        entries.push(entry('sts:ExternalId', input.externalId));
    }
    // The one role the run passes is a task definition's, to ECS (statement PassTaskRoles).
    if (request.actions.includes('iam:PassRole')) {
        entries.push(entry('iam:PassedToService', 'ecs-tasks.amazonaws.com'));
    }
    return entries;
}
/** S3 follows the bucket to its own region, which is not known here. */
function regionCalled(resource, region) {
    const service = resource.split(':')[2];
    if (service === 'kms')
        return KMS_KEY.exec(resource)?.[1];
    return service === 's3' ? undefined : region;
}
function entry(name, value, type = 'string') {
    return { ContextKeyName: name, ContextKeyValues: [value], ContextKeyType: type };
}

;// CONCATENATED MODULE: ./src/preflight/simulation-verdict.ts




/** The answer for `check` among a request's results; unanswered when AWS gave none. */
function verdictFor(check, results) {
    const result = results.find(r => r.EvalActionName?.toLowerCase() === check.action.toLowerCase() &&
        (r.EvalResourceName === undefined ||
            r.EvalResourceName === '*' ||
            r.EvalResourceName === check.resource));
    if (!result)
        return { decision: 'unanswered', refusers: [], denials: [], missing: [] };
    const specific = result.ResourceSpecificResults?.find(r => r.EvalResourceName === check.resource);
    const decision = specific?.EvalResourceDecision ?? result.EvalDecision ?? 'implicitDeny';
    const matched = specific?.MatchedStatements ?? result.MatchedStatements ?? [];
    const boundary = specific?.PermissionsBoundaryDecisionDetail ?? result.PermissionsBoundaryDecisionDetail;
    return {
        decision,
        refusers: decision === 'allowed'
            ? []
            : refusersOf(decision, matched, specific?.EvalDecisionDetails ?? result.EvalDecisionDetails ?? {}, boundary?.AllowedByPermissionsBoundary === false, result.OrganizationsDecisionDetail?.AllowedByOrganizations === false),
        denials: decision === 'explicitDeny'
            ? matched.map(s => `${(0,untrusted/* shown */.SP)(s.SourcePolicyId ?? '?')} (${(0,untrusted/* shown */.SP)(s.SourcePolicyType ?? '?')})`)
            : [],
        missing: [
            ...new Set([
                ...(result.MissingContextValues ?? []),
                ...(specific?.MissingContextValues ?? [])
            ])
        ].map(untrusted/* shown */.SP)
    };
}
function refusersOf(decision, matched, details, boundary, organizations) {
    const fromResource = (s) => s.SourcePolicyType === 'resource';
    const refusers = new Set();
    if (organizations)
        refusers.add('organizations');
    if (boundary)
        refusers.add('boundary');
    if (decision === 'explicitDeny') {
        for (const s of matched)
            refusers.add(fromResource(s) ? 'resource' : 'identity');
    }
    else {
        // Across accounts both sides must allow. A detail key may name the side that refused; when
        // none does, a matched Allow of the identity's own shows that the other side refused.
        const refusing = Object.entries(details)
            .filter(([key, value]) => value !== 'allowed' && /resource|iam|identity/i.test(key))
            .map(([key]) => (/resource/i.test(key) ? 'resource' : 'identity'));
        for (const side of refusing)
            refusers.add(side);
        if (!refusing.length && !boundary && !organizations) {
            refusers.add(matched.some(s => !fromResource(s)) ? 'resource' : 'identity');
        }
    }
    // A Deny that AWS does not name is still one of the identity's to look for.
    if (!refusers.size)
        refusers.add('identity');
    return [...refusers];
}
/** The check for a verdict other than allowed: its status and its one line of evidence. */
function denialCheck(check, verdict, who) {
    const { action, resource, requirement } = check;
    const head = `AWS's policy simulator`;
    if (verdict.decision === 'unanswered') {
        return ['skipped', `${head} gave no answer for ${action} on ${resource} as ${who.arn}`];
    }
    if (verdict.decision === 'implicitDeny' && verdict.missing.length) {
        return [
            'skipped',
            `${head} could not decide ${action} on ${resource} for ${who.arn}: its policies test ${verdict.missing.join(', ')}, which dry-run cannot supply; the run itself will tell`
        ];
    }
    if (verdict.decision === 'implicitDeny' && unseenResourcePolicy(check, verdict, who)) {
        const fix = resourceFix(check, who);
        return [
            'skipped',
            `${head} finds ${action} on ${resource} allowed by the policies of ${who.arn}, but cannot see ${(0,explain/* describeFix */.D6)({ ...fix, statement: undefined })}, which must allow it too${fix.statement ? ` (statement ${JSON.stringify(fix.statement)})` : ''}; the checks above show whether it does`
        ];
    }
    const why = verdict.refusers.map(r => refusal(r, check, verdict, who)).join('; and ');
    const evidence = `${head} denies ${action} on ${resource} to ${who.arn} (${verdict.decision}): ${why}`;
    if (requirement.level === 'required')
        return ['failed', `${evidence}.`];
    return [
        'skipped',
        `${evidence}. Statement ${requirement.sid} is recommended, not required: ${requirement.why}.`
    ];
}
function refusal(refuser, check, verdict, who) {
    const deny = verdict.decision === 'explicitDeny';
    const denials = verdict.denials.length ? `a Deny among ${verdict.denials.join(', ')}` : 'a Deny';
    switch (refuser) {
        case 'organizations':
            return `a service control policy of the AWS organization denies it in account ${who.account}; the organization's administrator must allow ${check.action} there`;
        case 'boundary':
            return `the permissions boundary of ${who.arn} does not allow it; add ${check.action} on ${check.resource} to that boundary policy in account ${who.account}`;
        case 'identity': {
            const own = {
                policy: who.policy,
                owner: who.arn,
                account: who.account,
                statement: (0,permissions/* renderStatement */.M_)(check.requirement, vars(who), who.setup)
            };
            return deny
                ? `${denials} overrides every Allow; remove or narrow it in the policies of ${who.arn} in account ${who.account}`
                : `no statement of its policies allows it. Add to ${(0,explain/* describeFix */.D6)(own)}`;
        }
        case 'resource':
            return resourceRefusal(check, deny ? denials : undefined, who);
    }
}
/**
 * Only the resource's side refused, and the simulation did not hold that side's policy: across
 * accounts the simulator may count that as a denial it cannot confirm, so it decides nothing.
 */
function unseenResourcePolicy(check, verdict, who) {
    const seen = who.resourcePolicy && check.action.startsWith('s3:');
    return !seen && verdict.refusers.length === 1 && verdict.refusers[0] === 'resource';
}
/** The policy on the resource's side: the bucket policy, the role's trust policy, the key policy. */
function resourceRefusal(check, denials, who) {
    const fix = resourceFix(check, who);
    const where = (0,explain/* describeFix */.D6)({ ...fix, statement: undefined });
    if (denials !== undefined) {
        return `${denials} overrides every Allow; remove or narrow it in ${where}`;
    }
    return fix.statement
        ? `${where} does not allow it to ${who.arn}. Add to ${(0,explain/* describeFix */.D6)(fix)}`
        : `${where} does not allow it to ${who.arn}: allow ${check.action} on ${check.resource} to it there`;
}
function resourceFix(check, who) {
    const service = check.action.split(':')[0];
    const fixIn = (policy, sid, owner, account) => {
        const req = (0,permissions/* requirementFor */.P6)(check.action, policy, sid);
        const statement = req && (0,permissions/* renderStatement */.M_)(req, vars(who), who.setup);
        return { policy, owner, account, statement };
    };
    if (service === 's3') {
        const sid = check.action === 's3:ListBucket' ? 'CrossAccountList' : 'CrossAccountUpload';
        return fixIn('bucket-policy', sid, who.bucket, who.bucketAccount);
    }
    if (service === 'sts') {
        return fixIn('target-trust', 'TrustDevelopmentRole', check.resource, (0,arn/* accountOf */.XP)(check.resource));
    }
    return fixIn('kms-key-policy', 'UploaderUsesKey', check.resource, (0,arn/* accountOf */.XP)(check.resource));
}
/** The guide's values, with this identity as the role that needs the statement. */
function vars(who) {
    return who.policy === 'source-permissions'
        ? { ...who.vars, sourceRoleArn: who.arn }
        : { ...who.vars, targetRoleArn: who.arn };
}

;// CONCATENATED MODULE: ./src/preflight/policy-simulation.ts
/**
 * The sharper half of the dry run: each identity asks AWS's policy simulator
 * (iam:SimulatePrincipalPolicy) about its own role, for every action this run takes with it on
 * the exact resources of this run, including those the probes cannot try (the upload,
 * CreateDeployment, StopDeployment). Without that permission it says so in one line, and the
 * probes, which run in any case, stand in for it.
 */










const PROBES = 'the checks above, which probe with read calls, stand in for it';
async function checkPolicySimulation(ctx, deps, list) {
    const plans = planSimulation({
        setup: ctx.setup,
        vars: ctx.vars,
        source: ctx.identities.source,
        target: ctx.identities.target,
        objectKey: ctx.objectKey,
        deploymentConfig: ctx.deploymentConfig,
        bucketAccount: ctx.bucketAccount,
        region: ctx.inputs.region,
        externalId: ctx.inputs.roleExternalId
    });
    for (const plan of plans)
        await simulateIdentity(plan, ctx, deps, list);
}
async function simulateIdentity(plan, ctx, deps, list) {
    const title = `Policy simulation for ${ctx.inputs.roleToAssume && plan.who === 'target' ? 'role-to-assume' : 'the source credentials'}`;
    let client;
    const iam = () => (client ??= deps.iam(plan.identity.credentials));
    const named = [ctx.inputs.oidcRoleArn, ctx.inputs.roleToAssume];
    const found = await attempt(() => policySource(plan.identity.arn, named, iam));
    if ('err' in found) {
        list.add(title, 'skipped', unavailable(plan, ctx, undefined, found.err));
        return;
    }
    if ('unavailable' in found.ok) {
        list.add(title, 'skipped', `${found.ok.unavailable}; ${PROBES}`);
        return;
    }
    const role = found.ok;
    const bucketPolicy = await readBucketPolicy(plan, role, ctx, deps);
    const answers = await attempt(async () => askAll(await iam(), plan, role, bucketPolicy));
    if ('err' in answers) {
        list.add(title, 'skipped', unavailable(plan, ctx, role, answers.err));
        return;
    }
    const who = {
        arn: role.arn,
        account: role.account,
        policy: plan.who === 'source' ? 'source-permissions' : 'target-permissions',
        setup: ctx.setup,
        vars: ctx.vars,
        bucket: ctx.bucket,
        bucketAccount: ctx.bucketAccount,
        resourcePolicy: answers.ok.withBucketPolicy
    };
    const notes = [
        role.guessed && guessedNote(role),
        bucketPolicy.note,
        answers.ok.note,
        unknownNote(plan)
    ];
    report(plan, who, answers.ok.results, notes, title, list);
}
/** Every request of the plan, each answer page by page. */
async function askAll(iam, plan, role, bucketPolicy) {
    const results = new Map();
    const { text, owner } = bucketPolicy;
    let withBucketPolicy = text !== undefined && owner !== undefined;
    let note;
    for (const request of plan.requests) {
        const policy = request.s3 && withBucketPolicy && text && owner ? { text, owner } : undefined;
        try {
            results.set(request.resource, await simulate(iam, simulationInput(role, request, policy)));
        }
        catch (err) {
            // AWS documents resource policies in the simulation for IAM users only: for a role it may
            // refuse them, and then the role's own policies are still worth evaluating.
            if (policy === undefined || (0,aws_errors/* errorName */.Is)(err) !== 'InvalidInput')
                throw err;
            withBucketPolicy = false;
            note = `AWS's policy simulator would not take the bucket policy (${(0,aws_errors/* errorText */.kc)(err)}), so it evaluated the identity's own policies only`;
            results.set(request.resource, await simulate(iam, simulationInput(role, request)));
        }
    }
    return { results, withBucketPolicy, note };
}
async function simulate(iam, input) {
    const results = [];
    for await (const page of (0,client_iam_dist_cjs/* paginateSimulatePrincipalPolicy */.sA_)({ client: iam }, input)) {
        results.push(...(page.EvaluationResults ?? []));
    }
    return results;
}
function simulationInput(role, request, bucketPolicy) {
    const input = {
        PolicySourceArn: role.arn,
        ActionNames: request.actions,
        ResourceArns: [request.resource],
        ContextEntries: request.context
    };
    if (!bucketPolicy)
        return input;
    return {
        ...input,
        ResourcePolicy: bucketPolicy.text,
        // Resource policies are evaluated for the bucket's account, with this identity as the caller.
        ResourceOwner: `arn:${(0,arn/* partitionOf */.iQ)(role.arn)}:iam::${bucketPolicy.owner}:root`,
        CallerArn: role.arn
    };
}
/**
 * Across accounts, S3 needs the bucket policy to allow the caller too. Only an identity of the
 * bucket's own account may read that policy; the other identity of this run may be one.
 */
async function readBucketPolicy(plan, role, ctx, deps) {
    const { bucket, bucketAccount } = ctx;
    if (!bucket || !bucketAccount || bucketAccount === role.account)
        return {};
    if (!plan.requests.some(r => r.s3))
        return {};
    const not = `the bucket policy of ${bucket} (account ${bucketAccount}) is not part of it`;
    const { source, target } = ctx.identities;
    const reader = [source, target].find(i => i?.account === bucketAccount);
    if (!reader) {
        return { note: `${not}: only an identity of that account may read it, and none of this run is` };
    }
    const read = await attempt(() => deps
        .s3(reader.credentials)
        .send(new dist_cjs/* GetBucketPolicyCommand */.mCJ({ Bucket: bucket, ExpectedBucketOwner: bucketAccount })));
    if ('err' in read)
        return { note: `${not}: reading it as ${reader.arn} failed: ${(0,aws_errors/* errorText */.kc)(read.err)}` };
    if (!read.ok.Policy)
        return { note: `${not}: it is empty` };
    return { text: read.ok.Policy, owner: bucketAccount };
}
/** The line that replaces the simulation when it cannot be had, with the statement that enables it. */
function unavailable(plan, ctx, role, err) {
    const policy = plan.who === 'source' ? 'source-permissions' : 'target-permissions';
    const roleArn = role?.arn ?? (0,explain/* roleArnOf */.z$)(plan.identity.arn) ?? plan.identity.arn;
    const fixFor = (action) => {
        const req = (0,permissions/* requirementFor */.P6)(action, policy);
        const vars = {
            ...ctx.vars,
            [plan.who === 'source' ? 'sourceRoleArn' : 'targetRoleArn']: roleArn
        };
        return (0,explain/* describeFix */.D6)({
            policy,
            owner: roleArn,
            account: (0,arn/* accountOf */.XP)(roleArn),
            statement: req && (0,permissions/* renderStatement */.M_)(req, vars, ctx.setup)
        });
    };
    if (role?.guessed && (0,aws_errors/* errorName */.Is)(err) === 'NoSuchEntity') {
        return `${roleArn} is not the role's full ARN (it has a path), and iam:GetRole, which would tell it, was refused (${role.guessed}). For AWS's policy simulator to check every action this run takes, add to ${fixFor('iam:GetRole')}; until then ${PROBES}`;
    }
    const what = (0,aws_errors/* isAccessDenied */.w7)(err) ? 'was refused' : 'could not be asked';
    return `AWS's policy simulator ${what} (iam:SimulatePrincipalPolicy as ${plan.identity.arn}: ${(0,aws_errors/* errorText */.kc)(err)}). For a check of every action this run takes on its exact resources, add to ${fixFor('iam:SimulatePrincipalPolicy')}; until then ${PROBES}`;
}
function guessedNote(role) {
    return `iam:GetRole was refused (${role.guessed}), so the role was simulated as ${role.arn}, without a path`;
}
function unknownNote(plan) {
    if (!plan.unknown.length)
        return undefined;
    const sids = plan.unknown.map(r => r.sid).join(', ');
    return `not simulated, since their resource is not known before the run: statements ${sids}`;
}
/** One line for what AWS allows, then one check for each action it denies. */
function report(plan, who, results, notes, title, list) {
    const verdicts = plan.checks.map(check => ({
        check,
        verdict: verdictFor(check, results.get(check.resource) ?? [])
    }));
    const allowed = verdicts.filter(v => v.verdict.decision === 'allowed').map(v => v.check);
    const byResource = new Map();
    for (const { action, resource } of allowed) {
        byResource.set(resource, [...(byResource.get(resource) ?? []), action]);
    }
    const granted = [...byResource].map(([resource, actions]) => `${actions.join(', ')} on ${resource}`);
    const also = notes.filter((n) => typeof n === 'string' && n !== '');
    list.add(title, allowed.length ? 'passed' : 'skipped', [
        `AWS's policy simulator allows ${allowed.length} of the ${plan.checks.length} actions this run takes as ${who.arn}${granted.length ? `: ${granted.join('; ')}` : ''}`,
        ...also
    ].join('; '));
    for (const { check, verdict } of verdicts) {
        if (verdict.decision === 'allowed')
            continue;
        list.add(`${title}: ${check.action}`, ...denialCheck(check, verdict, who));
    }
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
        case 'github':
            return checkGitHub(local, list);
    }
}
function checkGitHub(local, list) {
    const { source, appSpec } = local;
    const hooks = appSpec.hooks.map(h => h.event).join(', ') || 'none';
    list.add('GitHub revision and AppSpec', 'passed', `${source.repository} at ${source.commit}, which CodeDeploy fetches through the account's GitHub connection (not checked here); ${appSpec.file} is valid (os ${appSpec.os}, hooks: ${hooks})`);
    for (const warning of appSpec.warnings)
        list.add('AppSpec', 'warning', warning);
    return { kind: 'github', platform: 'Server' };
}
async function checkBundle(inputs, local, list) {
    const { bundle } = local;
    await (0,revision_plan/* discard */.vf)(local);
    const { appSpec } = bundle;
    const hooks = appSpec.hooks.map(h => h.event).join(', ') || 'none';
    const count = appSpec.warnings.length;
    const warned = count ? `, with ${count} warning${count === 1 ? '' : 's'} below` : '';
    list.add('Bundle and AppSpec', 'passed', `${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}; ${appSpec.file} is valid (os ${appSpec.os}, hooks: ${hooks})${warned}`);
    // What the agent accepts but most likely not as meant: one check each, with its line.
    for (const warning of appSpec.warnings)
        list.add('AppSpec', 'warning', warning);
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
    const { content, taskDefinition } = local;
    if (taskDefinition) {
        const containers = (taskDefinition.containerDefinitions ?? [])
            .map(c => (0,untrusted/* shown */.SP)(String(c.name)))
            .join(', ');
        const roles = [taskDefinition.taskRoleArn, taskDefinition.executionRoleArn]
            .filter((role) => typeof role === 'string' && role !== '')
            .map(untrusted/* shown */.SP);
        list.add('Task definition', 'passed', `family ${taskDefinition.family}, containers ${containers}${roles.length ? `, roles ${roles.join(', ')}` : ''}; registered (a new revision) when deploying, its ARN then replaces the AppSpec's TaskDefinition`);
    }
    const platform = content.appSpec.platform;
    const what = content.appSpec.platform === 'ECS'
        ? `task definition ${content.appSpec.taskDefinition}, container ${content.appSpec.containerName}:${content.appSpec.containerPort}`
        : `function ${content.appSpec.functionName}, alias ${content.appSpec.alias}, ${content.appSpec.currentVersion} → ${content.appSpec.targetVersion}`;
    list.add('AppSpec', 'passed', `${platform} AppSpec is valid (${what}); SHA-256 ${content.sha256}`);
    return {
        kind: 'appspec-content',
        platform,
        sha256: content.sha256,
        taskRoleArn: taskDefinition?.taskRoleArn,
        executionRoleArn: taskDefinition?.executionRoleArn
    };
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
async function runPreflight(inputs, env, deps = defaultPreflightDeps(inputs.region, inputs.retryMaxAttempts)) {
    const { checks, setup, vars } = await collectChecks(inputs, env, deps);
    for (const line of formatChecklist(checks))
        deps.log.info(line);
    for (const check of checks.filter(c => c.status === 'failed')) {
        core/* error */.z3(check.evidence, { title: `${check.title} (dry run)` });
    }
    for (const check of checks.filter(c => c.status === 'warning')) {
        core/* warning */.$e(check.evidence, { title: `${check.title} (dry run)` });
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
        sessionTags: inputs.session.tags.length > 0,
        uploadOnly: inputs.uploadOnly,
        ignoreAlarms: inputs.overrides.ignoreAlarms,
        gates: inputs.waitUntil === 'ready',
        taskDefinition: inputs.taskDefinition !== undefined
    };
}
async function collectChecks(inputs, env, deps) {
    const list = new Checklist();
    const revision = await checkRevision(inputs, env, list);
    const sourceKind = (0,credentials_source/* chooseSource */.L)(inputs, env);
    const identities = await checkCredentials(inputs, env, deps, sourceKind, list);
    const { source, target } = identities;
    checkAllowedAccount(inputs, target, list);
    const bucket = revision?.bucket ?? inputs.s3Bucket;
    const vars = policyVars(inputs, revision, bucket, identities);
    const uploader = inputs.uploadCredentials === 'source' ? source : target;
    const bucketAccount = bucketAccountOf(inputs, target);
    const kind = revision?.kind ?? (inputs.revisionLocation ? 'existing' : 'bundle');
    const facts = kind === 'appspec-content' || kind === 'github' || !bucket
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
    const { deploymentConfig, group } = await checkCodeDeploy(inputs, target, revision, deps, list, setup, vars);
    await checkPolicySimulation({
        inputs,
        identities,
        setup,
        vars,
        objectKey: revision?.key,
        deploymentConfig,
        bucket,
        bucketAccount: inputs.s3BucketOwner ?? identities[bucketAccount]?.account
    }, deps, list);
    await checkCommitOrder(inputs, env, target && group && (0,deployment/* groupFacts */.VR)(group), target, deps, list);
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
        externalId: inputs.roleExternalId,
        taskRoleArn: revision?.taskRoleArn,
        executionRoleArn: revision?.executionRoleArn
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
        : kind === 'github'
            ? 'not used: CodeDeploy fetches the commit from GitHub, nothing goes to S3'
            : 'no s3-bucket or revision-location');
    return { kms: false };
}


/***/ })

};
