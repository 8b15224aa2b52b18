export const id = 863;
export const ids = [863];
export const modules = {

/***/ 4675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ registerRevision),
/* harmony export */   VR: () => (/* binding */ groupFacts),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   bR: () => (/* binding */ s3RevisionLocation),
/* harmony export */   fL: () => (/* binding */ readDeploymentGroup)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7507);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5634);
/* harmony import */ var _advice_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8638);




function s3RevisionLocation(r) {
    return {
        revisionType: 'S3',
        s3Location: {
            bucket: r.bucket,
            key: r.key,
            bundleType: r.bundleType,
            eTag: r.etag || undefined,
            version: r.versionId
        }
    };
}
function deploymentError(action, req, target, err) {
    const message = (0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainedMessage */ .OI)(`${action} failed`, (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err), err, {
        step: 'codedeploy',
        action,
        application: req.application,
        deploymentGroup: req.deploymentGroup,
        deploymentConfig: req.deploymentConfig,
        identity: target.identity,
        accountId: target.accountId,
        region: target.region
    });
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(message, { cause: err });
}
function groupFacts(info) {
    return {
        computePlatform: info?.computePlatform,
        lastSuccessfulDeploymentId: info?.lastSuccessfulDeployment?.deploymentId
    };
}
/**
 * The deployment group, read before anything is uploaded so a missing group or an EC2 bundle sent
 * to an ECS group fails first. Undefined when the caller may not read the group.
 */
async function readDeploymentGroup(cd, req, target, log) {
    try {
        const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__/* .GetDeploymentGroupCommand */ .WOp({
            applicationName: req.application,
            deploymentGroupName: req.deploymentGroup
        }));
        return groupFacts(out.deploymentGroupInfo);
    }
    catch (err) {
        if ((0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(err)) {
            log.warning(`Could not read deployment group '${req.deploymentGroup}' (codedeploy:GetDeploymentGroup was denied); its checks are skipped.`);
            return undefined;
        }
        throw deploymentError('codedeploy:GetDeploymentGroup', req, target, err);
    }
}
async function registerRevision(cd, req, revision, target) {
    try {
        await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__/* .RegisterApplicationRevisionCommand */ .Yhn({
            applicationName: req.application,
            description: req.description,
            revision
        }));
    }
    catch (err) {
        throw deploymentError('codedeploy:RegisterApplicationRevision', req, target, err);
    }
}
async function createDeployment(cd, req, revision, target) {
    try {
        const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__/* .CreateDeploymentCommand */ .ttP({
            applicationName: req.application,
            deploymentGroupName: req.deploymentGroup,
            deploymentConfigName: req.deploymentConfig,
            description: req.description,
            revision,
            fileExistsBehavior: req.fileExistsBehavior,
            ignoreApplicationStopFailures: req.ignoreApplicationStopFailures,
            ...overrideFields(req.overrides)
        }));
        if (!out.deploymentId)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt('CreateDeployment returned no deployment ID.');
        return out.deploymentId;
    }
    catch (err) {
        if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt)
            throw err;
        throw deploymentError('codedeploy:CreateDeployment', req, target, err);
    }
}
/** Only the overrides that are set: an absent field leaves the group's own setting. */
function overrideFields(o) {
    return {
        ...(o?.autoRollback ? { autoRollbackConfiguration: o.autoRollback } : {}),
        ...(o?.ignoreAlarms ? { overrideAlarmConfiguration: { enabled: false } } : {}),
        ...(o?.updateOutdatedInstancesOnly ? { updateOutdatedInstancesOnly: true } : {})
    };
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ gitHubClient),
/* harmony export */   a: () => (/* binding */ apiBase)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
/* harmony import */ var _undici_on_demand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9305);


const DEFAULT_API_URL = 'https://api.github.com';
/** `GITHUB_API_URL` of the run without a trailing slash; empty means github.com's. */
function apiBase(apiUrl) {
    return (apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
}
/**
 * A REST client for the run's GitHub. @actions/github reads GITHUB_API_URL once, when it is first
 * imported; the URL of this run is passed explicitly so that GitHub Enterprise Server and test
 * servers are honoured.
 */
async function gitHubClient(token, apiUrl) {
    await (0,_undici_on_demand_js__WEBPACK_IMPORTED_MODULE_1__.loadUndici)();
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: apiBase(apiUrl) });
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ compareCommits)
/* harmony export */ });
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4891);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);


const ORDERS = ['identical', 'ahead', 'behind', 'diverged'];
const DEFAULT_TIMEOUT_MS = 10_000;
/** Asks GitHub how `head` stands to `base`. Throws, saying what GitHub answered, when it cannot say. */
const compareCommits = async (request) => {
    const [owner, repo] = request.repository.split('/');
    const octokit = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubClient */ .X)(request.token, request.apiUrl);
    const { data } = await octokit.rest.repos
        .compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${request.base}...${request.head}`,
        // Only the counts are read: one commit per page keeps the answer small.
        per_page: 1,
        request: { signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS) }
    })
        .catch((err) => {
        throw failure(err, request);
    });
    if (!ORDERS.includes(data.status)) {
        throw new Error(`GitHub's compare API answered an unknown status`);
    }
    return {
        status: data.status,
        aheadBy: Number(data.ahead_by) || 0,
        behindBy: Number(data.behind_by) || 0
    };
};
/** What GitHub answered, in one line, with what to check. */
function failure(err, request) {
    const e = err;
    const message = (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)((e.message ?? String(err)).split('\n')[0]);
    if (e.response === undefined) {
        return new Error(`could not reach the GitHub API at ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiBase */ .a)(request.apiUrl)} (${message})`);
    }
    const said = `GitHub answered ${e.status} (${message})`;
    if (e.status === 404) {
        return new Error(`${said}: a commit is not in ${request.repository}, or github-token cannot read it`);
    }
    if (e.status === 401 || e.status === 403) {
        return new Error(`${said}: github-token needs contents: read on ${request.repository}`);
    }
    return new Error(said);
}


/***/ }),

/***/ 2732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ checkRevisionOrder),
  K: () => (/* binding */ revisionOrder)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/common/run-token.ts
var run_token = __webpack_require__(5680);
;// CONCATENATED MODULE: ./src/codedeploy/deployed-commit.ts


/**
 * Reads which commit a deployment deployed, from the run token this action ends its description
 * with. Throws when the deployment cannot be read.
 */
async function deployedCommit(cd, deploymentId) {
    const out = await cd.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId }));
    const info = out.deploymentInfo;
    const run = (0,run_token/* readRunToken */.tF)(info?.description);
    if (!run) {
        const why = info?.rollbackInfo?.rollbackTriggeringDeploymentId
            ? "it is CodeDeploy's rollback of another deployment"
            : 'its description ends with no run token of this action';
        return { known: false, deploymentId, why };
    }
    if (!run.commit) {
        return { known: false, deploymentId, why: 'its run token records no commit' };
    }
    return { known: true, deploymentId, repository: run.repository, commit: run.commit };
}

// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/github/compare.ts
var github_compare = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/guard/older-revision.ts





const UNCHECKED = 'the order of commits is not checked';
/** Throws OlderRevisionError when the run's commit is behind the deployed one and policy is fail. */
async function checkRevisionOrder(cd, check, log, compare = github_compare/* compareCommits */.k) {
    const verdict = await revisionOrder(cd, check, compare);
    if (verdict.order === 'off')
        return;
    if (verdict.order === 'behind' && check.policy === 'fail') {
        throw new errors/* OlderRevisionError */.S$(`${verdict.message} Nothing was uploaded or deployed.`);
    }
    if (verdict.order === 'behind' || verdict.order === 'diverged' || verdict.denied) {
        log.warning(verdict.message);
    }
    else if (verdict.gitHubFailed) {
        log.notice(verdict.message);
    }
    else {
        log.info(verdict.message);
    }
}
/** How this run's commit stands to the one the group runs, read-only (also for the dry run). */
async function revisionOrder(cd, check, compare = github_compare/* compareCommits */.k) {
    if (check.policy === 'allow')
        return { order: 'off', message: 'older-revision is allow' };
    const deployed = await deployedOnGroup(cd, check);
    if (!deployed.known)
        return deployed.verdict;
    if (deployed.commit === check.commit.toLowerCase()) {
        return {
            order: 'same',
            message: `older-revision: ${older_revision_short(check.commit)} is the commit the group's latest successful ` +
                `deployment ${(0,untrusted/* shown */.SP)(deployed.deploymentId)} deployed; a re-run is not older.`
        };
    }
    if (!check.github.token)
        return unknown('github-token is empty');
    try {
        const comparison = await compare({
            ...check.github,
            repository: check.repository,
            base: deployed.commit,
            head: check.commit
        });
        return judge(comparison, check, deployed);
    }
    catch (err) {
        return {
            order: 'unknown',
            gitHubFailed: true,
            message: `older-revision: GitHub could not compare ${older_revision_short(check.commit)} with ` +
                `${older_revision_short(deployed.commit)}, which ${(0,untrusted/* shown */.SP)(deployed.deploymentId)} deployed ` +
                `(${(0,aws_errors/* errorText */.kc)(err)}); ${UNCHECKED}.`
        };
    }
}
function unknown(why, denied = false) {
    return { order: 'unknown', message: `older-revision: ${why}; ${UNCHECKED}.`, denied };
}
/** The commit of the group's latest successful deployment, or the verdict that says why not. */
async function deployedOnGroup(cd, check) {
    const not = (verdict) => ({ known: false, verdict });
    if (!check.commit)
        return not(unknown('this run has no commit (GITHUB_SHA is empty)'));
    if (!check.group) {
        return not(unknown(`deployment group '${check.deploymentGroup}' could not be read`));
    }
    const id = check.group.lastSuccessfulDeploymentId;
    if (!id) {
        return not(unknown(`deployment group '${check.deploymentGroup}' has no successful deployment yet`));
    }
    let deployed;
    try {
        deployed = await deployedCommit(cd, id);
    }
    catch (err) {
        const denied = (0,aws_errors/* isAccessDenied */.w7)(err);
        const why = `could not read deployment ${(0,untrusted/* shown */.SP)(id)} (${(0,aws_errors/* errorText */.kc)(err)})`;
        const verdict = unknown(why, denied);
        if (denied)
            verdict.message += ' Allow codedeploy:GetDeployment on the group.';
        return not(verdict);
    }
    if (!deployed.known) {
        return not(unknown(`the group's latest successful deployment ${(0,untrusted/* shown */.SP)(id)} was not made by this action (${deployed.why})`));
    }
    if (deployed.repository !== check.repository) {
        return not(unknown(`the group's latest successful deployment ${(0,untrusted/* shown */.SP)(id)} came from repository ` +
            `${deployed.repository}, not ${check.repository}`));
    }
    return deployed;
}
function judge(counts, check, deployed) {
    const order = counts.status;
    const [head, base, id] = [
        older_revision_short(check.commit),
        older_revision_short(deployed.commit),
        (0,untrusted/* shown */.SP)(deployed.deploymentId)
    ];
    if (order === 'behind') {
        return {
            order,
            message: `Commit ${head} is ${count(counts.behindBy)} behind ${base}, which deployment ${id} ` +
                `deployed to '${check.deploymentGroup}': deploying it would roll the group back to older ` +
                `code. To roll back on purpose, set older-revision: allow (or warn, to deploy with a warning).`
        };
    }
    if (order === 'diverged') {
        return {
            order,
            message: `older-revision: ${head} has diverged from ${base}, which deployment ${id} deployed: ` +
                `${count(counts.behindBy)} of it ${counts.behindBy === 1 ? 'is' : 'are'} not in ` +
                `${head}, and deploying removes them from '${check.deploymentGroup}'.`
        };
    }
    return {
        order: 'ahead',
        message: `older-revision: ${head} is ${count(counts.aheadBy)} ahead of ${base}, which ` +
            `deployment ${id} deployed.`
    };
}
function older_revision_short(commit) {
    return commit.slice(0, 12);
}
function count(n) {
    return `${n} commit${n === 1 ? '' : 's'}`;
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
// EXTERNAL MODULE: ./src/advice/explain.ts + 4 modules
var explain = __webpack_require__(8638);
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
 * them: more memory, and copies this code does not make (measured in docs/performance.md).
 */
/**
 * 8 MiB parts, as fast as larger ones to S3; 2 in flight, whose buffers are all the memory an
 * upload adds (the trade-off is measured in docs/performance.md).
 */
const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 2;
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
/** s3://bucket/key[?versionId=...], as parseRevisionLocation (inputs/aws-names.ts) reads it back. */
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
async function findBundle(s3, target, sha256, uploader, log) {
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
            log.info(`HeadObject on s3://${target.bucket}/${target.key} was denied: ${(0,aws_errors/* errorText */.kc)(err)}`);
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
        log.info(`s3://${target.bucket}/${target.key} already holds this bundle (same SHA-256): upload skipped.`);
        return { ...base, ...existing, uploaded: false };
    }
    const started = Date.now();
    const stored = await putBundle(s3, { ...target, filePath: bundle.path, size: bundle.size, sha256: bundle.sha256 }, uploader);
    const seconds = (Date.now() - started) / 1000;
    log.info(`Uploaded s3://${target.bucket}/${target.key} (${bundle.size} bytes in ${seconds.toFixed(1)} s).`);
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
