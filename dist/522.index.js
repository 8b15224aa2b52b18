export const id = 522;
export const ids = [522];
export const modules = {

/***/ 9221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M_: () => (/* binding */ createWhenGroupIsFree),
/* harmony export */   az: () => (/* binding */ ACTIVE_STATUSES)
/* harmony export */ });
/* unused harmony exports findActiveDeployments, settleActiveDeployments, outcomeUnknown */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5148);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(665);
/* harmony import */ var _run_token_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6614);
/* harmony import */ var _stop_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1123);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(873);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(910);








/** Statuses of a deployment that has not ended. */
const ACTIVE_STATUSES = [
    'Created',
    'Queued',
    'InProgress',
    'Baking',
    'Ready'
];
/**
 * IDs of the group's deployments that have not ended. Undefined when the caller may not list
 * deployments: CreateDeployment then tells us (DeploymentLimitExceededException) instead.
 */
async function findActiveDeployments(cd, application, deploymentGroup, warn) {
    try {
        return await listDeployments(cd, {
            applicationName: application,
            deploymentGroupName: deploymentGroup,
            includeOnlyStatuses: ACTIVE_STATUSES
        });
    }
    catch (err) {
        if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(err))
            throw err;
        warn(`Could not look for deployments in progress (codedeploy:ListDeployments was denied: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}). Allow it to the deploying role so the on-active-deployment policy can act before CreateDeployment.`);
        return undefined;
    }
}
/** Every deployment ID ListDeployments gives for `filter`, page after page. */
async function listDeployments(cd, filter) {
    const ids = [];
    let nextToken;
    do {
        const page = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_7__/* .ListDeploymentsCommand */ .sr8({ ...filter, nextToken }));
        ids.push(...(page.deployments ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return ids;
}
async function describe(cd, deploymentId) {
    try {
        const { deploymentInfo: d } = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_7__/* .GetDeploymentCommand */ .Tvn({ deploymentId }));
        const created = d?.createTime ? ` at ${d.createTime.toISOString()}` : '';
        // Anyone who may create deployments in the group wrote the description.
        const what = d?.description ? `: "${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(d.description)}"` : '';
        const creator = (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(d?.creator ?? 'unknown');
        return `${deploymentId} (${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(d?.status ?? 'unknown status')}, started by ${creator}${created}${what})`;
    }
    catch {
        return deploymentId;
    }
}
/**
 * Applies the on-active-deployment policy to deployments already running in the group:
 * wait for them to end, stop them, or fail with their ID and link.
 */
async function settleActiveDeployments(cd, active, options) {
    for (const id of active) {
        const link = (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .deploymentUrl */ .PM)(options.region, id);
        if (options.policy === 'fail') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`Deployment group '${options.deploymentGroup}' already has a deployment in progress: ${await describe(cd, id)} ${link}. Wait for it to end, or set on-active-deployment to 'wait' or 'stop'.`);
        }
        if (options.policy === 'stop') {
            await (0,_stop_js__WEBPACK_IMPORTED_MODULE_4__/* .stopDeployment */ .U)(cd, id, options.rollbackOnStop, 'on-active-deployment is stop', options.log);
        }
        else {
            options.log(`Deployment ${await describe(cd, id)} is in progress in '${options.deploymentGroup}': waiting for it to end (${link}).`);
        }
        const result = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_6__/* .waitForDeployment */ .Kw)(cd, id, { ...options.wait, log: options.log });
        if (result.timedOut) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`Deployment ${id} in '${options.deploymentGroup}' was still ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(result.info.status ?? 'running')} after wait-timeout-seconds; no new deployment was created. ${link}`);
        }
        options.log(`Deployment ${id} ended with status ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(result.info.status ?? 'unknown')}.`);
    }
}
const MAX_CREATE_ATTEMPTS = 3;
/**
 * Deployments created before the run started cannot be its own; the margin allows for a clock on
 * the runner that runs ahead of AWS's.
 */
const CLOCK_MARGIN_MS = 5 * 60 * 1000;
/** The first of `ids` whose description carries this run's token. */
async function ownAmong(cd, ids, token) {
    for (const deploymentId of ids) {
        const { deploymentInfo } = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_7__/* .GetDeploymentCommand */ .Tvn({ deploymentId }));
        if ((0,_run_token_js__WEBPACK_IMPORTED_MODULE_3__/* .carriesRunToken */ .iF)(deploymentInfo?.description, token))
            return deploymentId;
    }
    return undefined;
}
/** CreateDeployment failed after it may have created a deployment, and looking for it failed. */
function lookupFailed(failure, err, options) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`${failure.message} The request may still have created a deployment, and looking for it failed (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}): check deployment group '${options.deploymentGroup}' for a deployment whose description ends with ${options.runToken} before running again. Allow codedeploy:ListDeployments and codedeploy:GetDeployment to the deploying role so the action can look by itself.`, { cause: failure.cause });
}
/**
 * Looks for a deployment this run created whose CreateDeployment answer never arrived. Throws
 * when it cannot look: creating again could make a second one.
 */
async function findOwnDeployment(cd, options, since, failure) {
    try {
        const ids = await listDeployments(cd, {
            applicationName: options.application,
            deploymentGroupName: options.deploymentGroup,
            createTimeRange: { start: new Date(since - CLOCK_MARGIN_MS) }
        });
        return await ownAmong(cd, ids, options.runToken);
    }
    catch (err) {
        throw lookupFailed(failure, err, options);
    }
}
/**
 * Whether CreateDeployment may have been carried out although it failed. Only a refusal is
 * certain: an answer of 4xx (throttling included: AWS refuses before it acts). A server error, a
 * connection lost on the way back, or a 2xx answer that could not be read may each hide a
 * deployment that exists.
 */
function outcomeUnknown(err) {
    const status = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(err.cause);
    if (status === undefined)
        return err.cause === undefined || (0,_wait_js__WEBPACK_IMPORTED_MODULE_6__/* .isTransient */ .dg)(err.cause);
    return status < 400 || status >= 500;
}
/**
 * Applies the on-active-deployment policy, then creates the deployment. Another deployment can
 * start between the check and CreateDeployment; CodeDeploy then answers
 * DeploymentLimitExceededException, and the policy is applied again.
 *
 * One run creates at most one deployment. Once a CreateDeployment has failed in a way that leaves
 * its outcome unknown, the group is searched for a deployment carrying this run's token before
 * anything is created again and before the run gives up; a deployment in progress that carries
 * it is this run's own, never one to wait for or stop; and a search that cannot be made stops
 * the run with an error naming the token.
 */
async function createWhenGroupIsFree(cd, options, create, now = Date.now) {
    const started = now();
    // Once ListDeployments is denied, asking again would only repeat the warning.
    let canList = true;
    // The first failure whose outcome is unknown: from then on, this run's deployment may exist.
    let maybeCreated;
    const settle = async () => {
        if (!canList)
            return { settled: false };
        const active = await findActiveDeployments(cd, options.application, options.deploymentGroup, options.warn);
        canList = active !== undefined;
        if (!active?.length)
            return { settled: false };
        if (maybeCreated) {
            const lost = maybeCreated;
            const own = await ownAmong(cd, active, options.runToken).catch(err => {
                throw lookupFailed(lost, err, options);
            });
            if (own)
                return { own, settled: true };
        }
        await settleActiveDeployments(cd, active, options);
        return { settled: true };
    };
    const adopt = (id) => {
        options.log(`Deployment ${id} carries this run's token ${options.runToken}: CreateDeployment created it, but its answer was lost.`);
        return id;
    };
    await settle();
    for (let attempt = 1;; attempt++) {
        let failure;
        try {
            return await create();
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt))
                throw err;
            failure = err;
        }
        const again = attempt < MAX_CREATE_ATTEMPTS;
        let searched = false;
        if (outcomeUnknown(failure)) {
            maybeCreated ??= failure;
            options.log(`CreateDeployment did not answer (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(failure.cause ?? failure)}); looking for a deployment of this run before asking again.`);
            const own = await findOwnDeployment(cd, options, started, failure);
            if (own)
                return adopt(own);
            if (again)
                continue;
            searched = true;
        }
        else if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(failure.cause) === 'DeploymentLimitExceededException' && again) {
            const settled = await settle();
            if (settled.own)
                return adopt(settled.own);
            if (settled.settled)
                continue;
        }
        if (!maybeCreated)
            throw failure;
        const own = searched ? undefined : await findOwnDeployment(cd, options, started, failure);
        if (own)
            return adopt(own);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`${failure.message} An earlier CreateDeployment of this run got no answer, and no deployment whose description ends with ${options.runToken} was found in '${options.deploymentGroup}': check the group before running again.`, { cause: failure.cause });
    }
}


/***/ }),

/***/ 3728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ checkPlatformMatches)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Deployment group '${deploymentGroup}' of application '${application}' deploys to ` +
        `${PLATFORM_LABELS[groupPlatform]}, but the revision is ${REVISION_KINDS[revisionPlatform]}: ` +
        `check the application and deployment-group inputs, or point revision-path (or appspec-file) ` +
        `at an AppSpec for ${PLATFORM_LABELS[groupPlatform]}.`);
}


/***/ }),

/***/ 5891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CK: () => (/* binding */ bundleKey),
  rR: () => (/* binding */ existingRevision),
  bI: () => (/* binding */ revisionLocation),
  FM: () => (/* binding */ uploadRevision)
});

// UNUSED EXPORTS: describeObject, findBundle, putBundle, s3Error

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws-errors.ts
var aws_errors = __webpack_require__(5148);
// EXTERNAL MODULE: ./src/explain.ts
var explain = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/permissions.ts
var permissions = __webpack_require__(331);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/upload.ts



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

;// CONCATENATED MODULE: ./src/s3.ts






const SHA256_METADATA = 'sha256';
/** Content-addressed: the same bundle always lands at the same key, so re-runs upload nothing. */
function bundleKey(prefix, application, sha256, ext) {
    return `${prefix}${(0,permissions/* safeApplicationName */.XT)(application)}/${sha256}.${ext}`;
}
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
        key: bundleKey(inputs.s3KeyPrefix, inputs.application, bundle.sha256, bundle.bundleType),
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
