export const id = 592;
export const ids = [592];
export const modules = {

/***/ 592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliver: () => (/* binding */ deliver)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/active.ts
var active = __webpack_require__(9221);
// EXTERNAL MODULE: ./src/clients.ts
var clients = __webpack_require__(9071);
// EXTERNAL MODULE: ./src/credentials.ts
var src_credentials = __webpack_require__(3029);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws-errors.ts
var aws_errors = __webpack_require__(5148);
// EXTERNAL MODULE: ./src/explain.ts
var explain = __webpack_require__(4216);
;// CONCATENATED MODULE: ./src/deploy.ts




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
    const message = (0,explain/* explainedMessage */.OI)(`${action} failed`, (0,aws_errors/* errorText */.kc)(err), err, {
        step: 'codedeploy',
        action,
        application: req.application,
        deploymentGroup: req.deploymentGroup,
        deploymentConfig: req.deploymentConfig,
        identity: target.identity,
        accountId: target.accountId,
        region: target.region
    });
    return new errors/* DeploymentError */.gt(message, { cause: err });
}
/**
 * The deployment group's compute platform, read before anything is uploaded so a missing group or
 * an EC2 bundle sent to an ECS group fails first. Undefined when the caller may not read the group.
 */
async function groupComputePlatform(cd, req, target, warn) {
    try {
        const out = await cd.send(new dist_cjs/* GetDeploymentGroupCommand */.WOp({
            applicationName: req.application,
            deploymentGroupName: req.deploymentGroup
        }));
        return out.deploymentGroupInfo?.computePlatform;
    }
    catch (err) {
        if ((0,aws_errors/* isAccessDenied */.w7)(err)) {
            warn(`Could not read deployment group '${req.deploymentGroup}' (codedeploy:GetDeploymentGroup was denied); its checks are skipped.`);
            return undefined;
        }
        throw deploymentError('codedeploy:GetDeploymentGroup', req, target, err);
    }
}
async function registerRevision(cd, req, revision, target) {
    try {
        await cd.send(new dist_cjs/* RegisterApplicationRevisionCommand */.Yhn({
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
        const out = await cd.send(new dist_cjs/* CreateDeploymentCommand */.ttP({
            applicationName: req.application,
            deploymentGroupName: req.deploymentGroup,
            deploymentConfigName: req.deploymentConfig,
            description: req.description,
            revision,
            fileExistsBehavior: req.fileExistsBehavior,
            ignoreApplicationStopFailures: req.ignoreApplicationStopFailures
        }));
        if (!out.deploymentId)
            throw new errors/* DeploymentError */.gt('CreateDeployment returned no deployment ID.');
        return out.deploymentId;
    }
    catch (err) {
        if (err instanceof errors/* DeploymentError */.gt)
            throw err;
        throw deploymentError('codedeploy:CreateDeployment', req, target, err);
    }
}

// EXTERNAL MODULE: ./src/github-record.ts
var github_record = __webpack_require__(640);
// EXTERNAL MODULE: ./src/platform.ts
var src_platform = __webpack_require__(3728);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
// EXTERNAL MODULE: ./src/revision.ts
var revision = __webpack_require__(8130);
// EXTERNAL MODULE: ./src/s3.ts + 1 modules
var src_s3 = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/run-token.ts
var run_token = __webpack_require__(6614);
// EXTERNAL MODULE: ./src/state.ts
var src_state = __webpack_require__(2462);
;// CONCATENATED MODULE: ./src/cancel.ts

/**
 * When a job is cancelled the runner sends SIGINT, then SIGTERM a few seconds later, then kills
 * the process. The handler gets one chance to act; later signals are ignored while it runs, and
 * the process exits when it is done.
 */
function onCancel(handler) {
    let handling = false;
    const listener = (signal) => {
        if (handling)
            return;
        handling = true;
        handler(signal)
            .catch(err => core/* error */.z3(err instanceof Error ? err.message : String(err)))
            .finally(() => process.exit(1));
    };
    process.on('SIGINT', listener);
    process.on('SIGTERM', listener);
    return () => {
        process.off('SIGINT', listener);
        process.off('SIGTERM', listener);
    };
}

// EXTERNAL MODULE: ./src/stop.ts
var stop = __webpack_require__(1123);
// EXTERNAL MODULE: ./src/wait.ts
var wait = __webpack_require__(910);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/supervise.ts








const log = (line) => (0,src_log/* logInfo */.f)(line);
/**
 * Sees a deployment through: waits for it, stops it if the job is cancelled (stop-on-cancel) or
 * the wait times out (stop-on-timeout), and on failure annotates each failed target. Throws when
 * the deployment did not succeed. Marks the deployment settled, so the post step leaves it alone.
 */
async function superviseDeployment(cd, deploymentId, inputs, outcome, 
/** Runs when the job is cancelled, before the process exits. */
onCancelled = async () => { }) {
    const url = (0,report/* deploymentUrl */.PM)(inputs.region, deploymentId);
    const stopWatching = onCancel(async (signal) => {
        try {
            if (inputs.stopOnCancel) {
                const reason = `the job was cancelled (${signal})`;
                await (0,stop/* stopDeployment */.U)(cd, deploymentId, inputs.rollbackOnStop, reason, log);
                outcome.status = 'Stopped';
            }
            else {
                core/* warning */.$e(`The job was cancelled; deployment ${deploymentId} keeps running (stop-on-cancel is false): ${url}`);
            }
            // Only now: if the stop failed, the post step tries again.
            core/* saveState */.LZ(src_state/* STATE_SETTLED */.gB, 'true');
        }
        finally {
            const cancelled = new errors/* CancelledError */.cc(`The job was cancelled while deployment ${deploymentId} was in progress.`);
            (0,report/* setOutputs */.n0)(outcome);
            (0,report/* setErrorOutputs */.$m)(outcome, cancelled);
            core/* setFailed */.C1(cancelled.message);
            await onCancelled();
            await (0,report/* writeSummary */.Sy)(outcome);
        }
    });
    let result;
    try {
        result = await (0,wait/* waitForDeployment */.Kw)(cd, deploymentId, {
            timeoutMs: inputs.waitTimeoutSeconds * 1000,
            pollIntervalMs: inputs.pollIntervalSeconds * 1000,
            log
        });
    }
    catch (err) {
        // The wait gave up on reading the deployment, which may well be fine: leave it running,
        // unless it was to be stopped at a timeout; then the post step stops it, a while later.
        core/* saveState */.LZ(inputs.stopOnTimeout ? src_state/* STATE_STOP_ON_TIMEOUT */.Tj : src_state/* STATE_SETTLED */.gB, 'true');
        throw err;
    }
    finally {
        stopWatching();
    }
    outcome.info = result.info;
    outcome.status = result.info.status;
    const status = result.info.status ?? 'running';
    if (result.timedOut) {
        let state = `is still ${status}`;
        if (inputs.stopOnTimeout) {
            await (0,stop/* stopDeployment */.U)(cd, deploymentId, inputs.rollbackOnStop, 'wait-timeout-seconds passed', log);
            const rollback = inputs.rollbackOnStop ? ' with rollback' : '';
            state = `was ${status} and has been stopped${rollback} (stop-on-timeout)`;
        }
        core/* saveState */.LZ(src_state/* STATE_SETTLED */.gB, 'true');
        (0,report/* setOutputs */.n0)(outcome);
        const keeps = inputs.stopOnTimeout ? '' : '; it keeps running in CodeDeploy';
        throw new errors/* WaitTimeoutError */.Do(`Deployment ${deploymentId} ${state} after ${inputs.waitTimeoutSeconds} s (wait-timeout-seconds)${keeps}: ${url}`);
    }
    core/* saveState */.LZ(src_state/* STATE_SETTLED */.gB, 'true');
    (0,report/* setOutputs */.n0)(outcome);
    if (status !== 'Succeeded') {
        outcome.failures = await (0,wait/* collectFailures */.Cx)(cd, deploymentId, {
            application: outcome.application,
            deploymentGroup: outcome.deploymentGroup,
            accountId: outcome.targetAccountId,
            region: outcome.region
        }).catch(err => {
            core/* warning */.$e(err instanceof Error ? err.message : String(err));
            return [];
        });
        (0,report/* annotateFailures */.o)(deploymentId, outcome.failures);
        const info = result.info.errorInformation;
        const reason = info?.message ? `: ${info.code ? `${info.code}: ` : ''}${info.message}` : '';
        throw new errors/* DeploymentFailedError */.RJ(`Deployment ${deploymentId} ended with status ${status}${reason} (${url})`);
    }
    (0,src_log/* logInfo */.f)(`Deployment ${deploymentId} succeeded.`);
}

;// CONCATENATED MODULE: ./src/deliver.ts














/**
 * The part of the run that talks to AWS: credentials, upload, deployment, wait. This module holds
 * everything that loads the AWS SDK, so it is imported only once the local work has passed.
 */
async function deliver(inputs, ctx, env, plan, local, progress) {
    let target;
    let cd;
    let cdOnce;
    let location;
    let outcome;
    try {
        const credentials = await (0,src_credentials/* resolveCredentials */.z8)(inputs, {
            sts: (0,clients/* stsFactory */.z_)(inputs.region),
            getIdToken: audience => core/* getIDToken */.V9(audience),
            env
        });
        (0,src_log/* logInfo */.f)(`Deploying as ${credentials.targetArn} in account ${credentials.targetAccountId}.`);
        outcome = {
            application: inputs.application,
            deploymentGroup: inputs.deploymentGroup,
            region: inputs.region,
            targetAccountId: credentials.targetAccountId,
            failures: []
        };
        progress.outcome = outcome;
        (0,report/* setOutputs */.n0)(outcome);
        cd = (0,clients/* codeDeployClient */.i4)(inputs.region, credentials.target);
        cdOnce = (0,clients/* codeDeployOnceClient */.xI)(inputs.region, credentials.target);
        target = deployTarget(inputs, credentials);
        await checkGroup(cd, inputs, (0,revision/* platformOf */.tj)(plan), target);
        location = await storeRevision(inputs, local, credentials, outcome);
        (0,report/* setOutputs */.n0)(outcome);
    }
    finally {
        if (local.kind === 'bundle')
            await (0,revision/* discard */.vf)(local.bundle);
    }
    await registerRevision(cd, inputs, location, target);
    if (inputs.uploadOnly) {
        (0,src_log/* logInfo */.f)(`Registered the revision with application '${inputs.application}'; no deployment created (upload-only).`);
        return;
    }
    const token = (0,run_token/* runToken */.fu)(ctx);
    const request = { ...inputs, description: (0,run_token/* withRunToken */.$E)(inputs.description, token) };
    const deploymentId = await (0,active/* createWhenGroupIsFree */.M_)(cd, {
        application: inputs.application,
        deploymentGroup: inputs.deploymentGroup,
        region: inputs.region,
        policy: inputs.onActiveDeployment,
        rollbackOnStop: inputs.rollbackOnStop,
        wait: {
            timeoutMs: inputs.waitTimeoutSeconds * 1000,
            pollIntervalMs: inputs.pollIntervalSeconds * 1000
        },
        runToken: token,
        log: line => (0,src_log/* logInfo */.f)(line),
        warn: line => core/* warning */.$e(line)
    }, () => createDeployment(cdOnce, request, location, target));
    core/* saveState */.LZ(src_state/* STATE_DEPLOYMENT_ID */.WI, deploymentId);
    // After the group is free: a wait for another deployment must not leave an entry in progress.
    const github = await (0,github_record/* recordOnGitHub */.w)(inputs, ctx, env);
    progress.github = github;
    outcome.deploymentId = deploymentId;
    outcome.status = 'Created';
    (0,report/* setOutputs */.n0)(outcome);
    (0,src_log/* logInfo */.f)(`Created deployment ${deploymentId}: ${(0,report/* deploymentUrl */.PM)(inputs.region, deploymentId)}`);
    if (!inputs.wait) {
        core/* saveState */.LZ(src_state/* STATE_SETTLED */.gB, 'true');
        return;
    }
    const current = outcome;
    await superviseDeployment(cd, deploymentId, inputs, current, () => (0,github_record/* finishOnGitHub */.O)(github, current));
}
function deployTarget(inputs, credentials) {
    return {
        identity: credentials.targetArn,
        accountId: credentials.targetAccountId,
        region: inputs.region
    };
}
/** Fails before anything is uploaded when the group is missing or is for another platform. */
async function checkGroup(cd, inputs, platform, target) {
    const groupPlatform = await groupComputePlatform(cd, inputs, target, w => core/* warning */.$e(w));
    if (platform) {
        (0,src_platform/* checkPlatformMatches */.B)(platform, groupPlatform, inputs.application, inputs.deploymentGroup);
    }
}
/**
 * Uploads the bundle, or pins the existing revision-location object, and returns the location
 * to deploy. An ECS or Lambda AppSpec is the revision itself: nothing goes to S3.
 */
async function storeRevision(inputs, local, credentials, outcome) {
    if (local.kind === 'appspec-content') {
        outcome.revisionSha256 = local.content.sha256;
        return local.content.revision;
    }
    const withSource = inputs.uploadCredentials === 'source';
    const uploader = withSource
        ? { identity: inputs.oidcRoleArn ?? 'the source credentials' }
        : { identity: credentials.targetArn, account: credentials.targetAccountId };
    const s3 = (0,clients/* s3Client */.oD)(inputs.region, withSource ? credentials.source : credentials.target);
    const log = (line) => (0,src_log/* logInfo */.f)(line);
    let revision;
    if (local.kind === 'bundle') {
        revision = await (0,src_s3/* uploadRevision */.FM)(s3, local.bucket, inputs, local.bundle, uploader, log);
    }
    else {
        revision = await (0,src_s3/* existingRevision */.rR)(s3, local.location, inputs.s3BucketOwner, uploader);
        const version = revision.versionId ? `, version ${revision.versionId}` : '';
        log(`Deploying s3://${revision.bucket}/${revision.key} as it is (ETag ${revision.etag}${version}).`);
    }
    outcome.revisionLocation = (0,src_s3/* revisionLocation */.bI)(revision.bucket, revision.key, revision.versionId);
    outcome.revisionEtag = revision.etag;
    outcome.revisionSha256 = revision.sha256;
    outcome.bundleSize = revision.size;
    outcome.uploaded = revision.uploaded;
    return s3RevisionLocation(revision);
}


/***/ })

};
