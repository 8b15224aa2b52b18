export const id = 224;
export const ids = [224];
export const modules = {

/***/ 5224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliver: () => (/* binding */ deliver)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/common/errors.ts
var common_errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/codedeploy/status.ts
var codedeploy_status = __webpack_require__(9546);
// EXTERNAL MODULE: ./src/common/run-token.ts
var run_token = __webpack_require__(5680);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
;// CONCATENATED MODULE: ./src/codedeploy/stop.ts





/**
 * Stops a deployment, asking CodeDeploy to roll back to the last good revision when `rollback`
 * is set. Returns CodeDeploy's answer ("Pending" while instances are still being stopped).
 */
async function stopDeployment(cd, deploymentId, rollback, reason, log) {
    log.info(`Stopping deployment ${deploymentId} (${reason}), ${rollback ? 'with' : 'without'} rollback.`);
    try {
        const out = await cd.send(new dist_cjs/* StopDeploymentCommand */.NzN({ deploymentId, autoRollbackEnabled: rollback }));
        const status = out.status ?? 'Pending';
        const said = out.statusMessage ? `: ${(0,untrusted/* oneLine */.TN)(out.statusMessage)}` : '';
        log.info(`StopDeployment answered ${(0,untrusted/* oneLine */.TN)(status)}${said}.`);
        return status;
    }
    catch (err) {
        throw new common_errors/* DeploymentError */.gt(`Could not stop deployment ${deploymentId} (codedeploy:StopDeployment): ${(0,aws_errors/* errorText */.kc)(err)}. Stop it in the AWS console, and check that the deploying role may call codedeploy:StopDeployment.`, { cause: err });
    }
}
/** True when the deployment is still running (not Succeeded, Failed or Stopped). */
async function isActive(cd, deploymentId) {
    const out = await cd.send(new GetDeploymentCommand({ deploymentId }));
    return !TERMINAL_STATUSES.has(out.deploymentInfo?.status ?? '');
}

// EXTERNAL MODULE: ./src/advice/explain.ts + 4 modules
var explain = __webpack_require__(8638);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(6950);
;// CONCATENATED MODULE: ./src/codedeploy/wait.ts







const IDLE_AFTER_MS = 5 * 60 * 1000;
const MAX_FAILING_MS = 2 * 60 * 1000;
const MAX_IDLE_INTERVAL_MS = 60 * 1000;
/**
 * The poll interval: poll-interval-seconds while anything changes. A deployment that has shown
 * no change for a while (a blue/green deployment waiting for a manual reroute, a long bake) is
 * polled half as often each time, up to four intervals or a minute, and back at full speed as
 * soon as anything changes.
 */
function nextInterval(pollIntervalMs, current, idleMs, idleAfterMs) {
    if (idleMs < idleAfterMs)
        return pollIntervalMs;
    const ceiling = Math.max(pollIntervalMs, Math.min(4 * pollIntervalMs, MAX_IDLE_INTERVAL_MS));
    return Math.min(ceiling, current * 2);
}
const defaultSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Blue/green deployments pause in Ready until traffic is rerouted: say so, and keep waiting. */
function statusNote(info) {
    if (info.status === 'Ready')
        return ' (waiting for traffic to be rerouted)';
    if (info.status === 'Baking')
        return ' (baking before the original instances are terminated)';
    return '';
}
/**
 * The least time between two progress lines, once `shown` lines were printed: every change at
 * first, then one a minute, then one each half hour, so even a deployment of days prints a few
 * hundred lines. A new status, and the end, are always printed.
 */
function progressGapMs(shown) {
    if (shown < 100)
        return 0;
    return shown < 200 ? 60_000 : 30 * 60_000;
}
/** Prints a progress line when it differs from the last one printed, as progressGapMs allows. */
function progressPrinter(log, started, now) {
    let shown = { line: '', status: '', at: started, count: 0 };
    return (line, status, ended) => {
        if (line === shown.line)
            return;
        const due = now() - shown.at >= progressGapMs(shown.count);
        if (!ended && status === shown.status && !due)
            return;
        log.info(`[${(0,format/* formatElapsed */.C7)(now() - started)}] ${line}`);
        shown = { line, status, at: now(), count: shown.count + 1 };
    };
}
/**
 * Polls GetDeployment until the deployment ends or the deadline passes. Only GetDeployment is
 * called while waiting; a progress line is printed when the status or the instance counts change,
 * at most one a poll however large the fleet, and more sparsely as they add up (progressGapMs).
 */
async function waitForDeployment(cd, deploymentId, options) {
    const sleep = options.sleep ?? defaultSleep;
    const now = options.now ?? Date.now;
    const maxErrors = options.maxConsecutiveErrors ?? 5;
    const started = now();
    const deadline = started + options.timeoutMs;
    let lastLine = '';
    const progress = progressPrinter(options.log, started, now);
    let last;
    let errors = 0;
    let failingMs = 0;
    let polls = 0;
    let changedAt = started;
    let interval = options.pollIntervalMs;
    for (;;) {
        polls++;
        const asked = now();
        try {
            const out = await cd.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId }));
            errors = 0;
            failingMs = 0;
            const info = out.deploymentInfo ?? { deploymentId };
            last = info;
            const overview = (0,codedeploy_status/* describeProgress */.vk)(info.deploymentOverview);
            const line = `${(0,untrusted/* oneLine */.TN)(info.status ?? 'Unknown')}${statusNote(info)}${overview ? `: ${overview}` : ''}`;
            if (line !== lastLine) {
                lastLine = line;
                changedAt = now();
            }
            const ended = codedeploy_status/* TERMINAL_STATUSES */.CM.has(info.status ?? '');
            progress(line, info.status ?? '', ended);
            if (ended)
                return { info, timedOut: false, polls };
        }
        catch (err) {
            const transient = (0,aws_errors/* isTransient */.dg)(err);
            errors++;
            failingMs += now() - asked;
            if (!transient ||
                errors > maxErrors ||
                failingMs >= (options.maxFailingMs ?? MAX_FAILING_MS)) {
                // Retries already said all there is to say about a transient fault but how long it lasted.
                const explained = transient
                    ? ` The last ${errors} polls failed, after ${(0,format/* formatElapsed */.C7)(failingMs)} (m:ss) of retries; if CodeDeploy throttles, other callers in the account share its request rate: raise poll-interval-seconds.`
                    : ` ${(0,explain/* formatExplanation */.vZ)((0,explain/* explain */.WE)(err, {
                        step: 'codedeploy',
                        action: 'codedeploy:GetDeployment',
                        deploymentId
                    }))}`;
                const gone = (0,aws_errors/* errorName */.Is)(err) === 'DeploymentDoesNotExistException';
                const running = gone ? '' : ' The deployment may still be running.';
                throw new common_errors/* DeploymentError */.gt(`Could not read the state of deployment ${deploymentId} (codedeploy:GetDeployment): ${(0,aws_errors/* errorText */.kc)(err)}.${running}${explained}`, { cause: err });
            }
            options.log.info(`Reading deployment ${deploymentId} failed (${(0,aws_errors/* errorText */.kc)(err)}); trying again.`);
        }
        const remaining = deadline - now();
        if (remaining <= 0) {
            return { info: last ?? { deploymentId }, timedOut: true, polls };
        }
        interval = nextInterval(options.pollIntervalMs, interval, now() - changedAt, options.idleAfterMs ?? IDLE_AFTER_MS);
        await sleep(Math.min(interval, remaining));
    }
}

;// CONCATENATED MODULE: ./src/codedeploy/active.ts








/**
 * IDs of the group's deployments that have not ended. Undefined when the caller may not list
 * deployments: CreateDeployment then tells us (DeploymentLimitExceededException) instead.
 */
async function findActiveDeployments(cd, application, deploymentGroup, log) {
    try {
        return await listDeployments(cd, {
            applicationName: application,
            deploymentGroupName: deploymentGroup,
            includeOnlyStatuses: codedeploy_status/* ACTIVE_STATUSES */.az
        });
    }
    catch (err) {
        if (!(0,aws_errors/* isAccessDenied */.w7)(err))
            throw err;
        log.warning(`Could not look for deployments in progress (codedeploy:ListDeployments was denied: ${(0,aws_errors/* errorText */.kc)(err)}). Allow it to the deploying role so the on-active-deployment policy can act before CreateDeployment.`);
        return undefined;
    }
}
/** Every deployment ID ListDeployments gives for `filter`, page after page. */
async function listDeployments(cd, filter) {
    const ids = [];
    let nextToken;
    do {
        const page = await cd.send(new dist_cjs/* ListDeploymentsCommand */.sr8({ ...filter, nextToken }));
        ids.push(...(page.deployments ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return ids;
}
async function describe(cd, deploymentId) {
    try {
        const { deploymentInfo: d } = await cd.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId }));
        const created = d?.createTime ? ` at ${d.createTime.toISOString()}` : '';
        // Anyone who may create deployments in the group wrote the description.
        const what = d?.description ? `: "${(0,untrusted/* oneLine */.TN)(d.description)}"` : '';
        const creator = (0,untrusted/* oneLine */.TN)(d?.creator ?? 'unknown');
        return `${deploymentId} (${(0,untrusted/* oneLine */.TN)(d?.status ?? 'unknown status')}, started by ${creator}${created}${what})`;
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
        const link = (0,codedeploy_status/* deploymentUrl */.PM)(options.region, id);
        if (options.policy === 'fail') {
            throw new common_errors/* DeploymentError */.gt(`Deployment group '${options.deploymentGroup}' already has a deployment in progress: ${await describe(cd, id)} ${link}. Wait for it to end, or set on-active-deployment to 'wait' or 'stop'.`);
        }
        if (options.policy === 'stop' && (await isRollback(cd, id))) {
            // Stopping CodeDeploy's own rollback would leave the instances half rolled back.
            options.log.info(`Deployment ${id} is CodeDeploy's rollback of a stopped deployment: waiting for it to end instead of stopping it (${link}).`);
        }
        else if (options.policy === 'stop') {
            await stopDeployment(cd, id, options.rollbackOnStop, 'on-active-deployment is stop', options.log);
        }
        else {
            options.log.info(`Deployment ${await describe(cd, id)} is in progress in '${options.deploymentGroup}': waiting for it to end (${link}).`);
        }
        const result = await waitForDeployment(cd, id, { ...options.wait, log: options.log });
        if (result.timedOut) {
            throw new common_errors/* DeploymentError */.gt(`Deployment ${id} in '${options.deploymentGroup}' was still ${(0,untrusted/* oneLine */.TN)(result.info.status ?? 'running')} after wait-timeout-seconds; no new deployment was created. ${link}`);
        }
        options.log.info(`Deployment ${id} ended with status ${(0,untrusted/* oneLine */.TN)(result.info.status ?? 'unknown')}.`);
        const rollback = result.info.rollbackInfo?.rollbackDeploymentId;
        if (options.policy === 'stop' && rollback)
            await waitForRollback(cd, id, rollback, options);
    }
}
/** A stopped deployment's rollback holds the group too: the new deployment waits for it. */
async function waitForRollback(cd, stopped, rollback, options) {
    const link = (0,codedeploy_status/* deploymentUrl */.PM)(options.region, rollback);
    options.log.info(`CodeDeploy rolls back ${stopped} with deployment ${rollback}: waiting for it to end (${link}).`);
    const result = await waitForDeployment(cd, rollback, { ...options.wait, log: options.log });
    if (result.timedOut) {
        throw new common_errors/* DeploymentError */.gt(`Rollback ${rollback} in '${options.deploymentGroup}' was still ${(0,untrusted/* oneLine */.TN)(result.info.status ?? 'running')} after wait-timeout-seconds; no new deployment was created. ${link}`);
    }
    options.log.info(`Rollback ${rollback} ended with status ${(0,untrusted/* oneLine */.TN)(result.info.status ?? 'unknown')}.`);
}
/** Whether CodeDeploy created the deployment to roll back another one. */
async function isRollback(cd, deploymentId) {
    try {
        const { deploymentInfo } = await cd.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId }));
        return deploymentInfo?.creator === 'codeDeployRollback';
    }
    catch {
        return false;
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
        const { deploymentInfo } = await cd.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId }));
        if ((0,run_token/* carriesRunToken */.iF)(deploymentInfo?.description, token))
            return deploymentId;
    }
    return undefined;
}
/** CreateDeployment failed after it may have created a deployment, and looking for it failed. */
function lookupFailed(failure, err, options) {
    return new common_errors/* DeploymentError */.gt(`${failure.message} The request may still have created a deployment, and looking for it failed (${(0,aws_errors/* errorText */.kc)(err)}): check deployment group '${options.deploymentGroup}' for a deployment whose description ends with ${options.runToken} before running again. Allow codedeploy:ListDeployments and codedeploy:GetDeployment to the deploying role so the action can look by itself.`, { cause: failure.cause });
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
    const status = (0,aws_errors/* httpStatus */.nG)(err.cause);
    if (status === undefined)
        return err.cause === undefined || (0,aws_errors/* isTransient */.dg)(err.cause);
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
        const active = await findActiveDeployments(cd, options.application, options.deploymentGroup, options.log);
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
        options.log.info(`Deployment ${id} carries this run's token ${options.runToken}: CreateDeployment created it, but its answer was lost.`);
        return id;
    };
    await settle();
    for (let attempt = 1;; attempt++) {
        let failure;
        try {
            return await create();
        }
        catch (err) {
            if (!(err instanceof common_errors/* DeploymentError */.gt))
                throw err;
            failure = err;
        }
        const again = attempt < MAX_CREATE_ATTEMPTS;
        let searched = false;
        if (outcomeUnknown(failure)) {
            maybeCreated ??= failure;
            options.log.info(`CreateDeployment did not answer (${(0,aws_errors/* errorText */.kc)(failure.cause ?? failure)}); looking for a deployment of this run before asking again.`);
            const own = await findOwnDeployment(cd, options, started, failure);
            if (own)
                return adopt(own);
            if (again)
                continue;
            searched = true;
        }
        else if ((0,aws_errors/* errorName */.Is)(failure.cause) === 'DeploymentLimitExceededException' && again) {
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
        throw new common_errors/* DeploymentError */.gt(`${failure.message} An earlier CreateDeployment of this run got no answer, and no deployment whose description ends with ${options.runToken} was found in '${options.deploymentGroup}': check the group before running again.`, { cause: failure.cause });
    }
}

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(3821);
// EXTERNAL MODULE: ./src/aws/credentials/resolve.ts
var resolve = __webpack_require__(4560);
// EXTERNAL MODULE: ./src/codedeploy/deployment.ts
var deployment = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/github/record.ts
var record = __webpack_require__(5358);
// EXTERNAL MODULE: ./src/inputs/allowed-accounts.ts
var allowed_accounts = __webpack_require__(2490);
// EXTERNAL MODULE: ./src/revision/platform.ts
var revision_platform = __webpack_require__(598);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/common/arn.ts
var arn = __webpack_require__(106);
// EXTERNAL MODULE: ./src/revision/plan.ts
var revision_plan = __webpack_require__(9270);
// EXTERNAL MODULE: ./src/s3/objects.ts + 1 modules
var objects = __webpack_require__(1623);
;// CONCATENATED MODULE: ./src/common/state.ts
/**
 * State shared between the main step and the post step (through core.saveState): the post step
 * stops a deployment this run created only when the main step did not see it through.
 */
const STATE_DEPLOYMENT_ID = 'deployment-id';
/** Set once the main step no longer owes the deployment anything (ended, stopped, or left by choice). */
const STATE_SETTLED = 'settled';
/**
 * Set when the main step gave up reading a deployment it was told to stop on timeout: the post
 * step stops it, with retries of its own, instead of reading stop-on-cancel.
 */
const STATE_STOP_ON_TIMEOUT = 'stop-on-timeout';

// EXTERNAL MODULE: ./src/guard/older-revision.ts + 1 modules
var older_revision = __webpack_require__(2732);
;// CONCATENATED MODULE: ./src/common/cancel.ts

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

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/groups.ts
var report_groups = __webpack_require__(6900);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/report/diagnostics.ts




/** Bumped when a field changes meaning or goes away, so a reader can tell. */
const FORMAT_VERSION = 1;
/** The diagnostics file's content: the deployment, its causes of failure, and every target. */
function diagnostics(o) {
    return {
        formatVersion: FORMAT_VERSION,
        deploymentId: o.deploymentId,
        application: o.application,
        deploymentGroup: o.deploymentGroup,
        region: o.region,
        accountId: o.targetAccountId,
        status: o.status,
        overview: o.info?.deploymentOverview,
        errorInformation: o.info?.errorInformation,
        failureGroups: (0,report_groups/* groupFailures */.BR)(o.failures),
        targetsLeftOut: o.targetsLeftOut ?? 0,
        // Times as ISO strings: epoch milliseconds are easy to misread as seconds.
        targets: (o.targets ?? []).map(t => ({
            ...t,
            events: t.events.map(({ start, end, ...e }) => ({
                ...e,
                startTime: start === undefined ? undefined : new Date(start).toISOString(),
                endTime: end === undefined ? undefined : new Date(end).toISOString()
            }))
        }))
    };
}
/**
 * Writes the diagnostics of the deployment as JSON under the runner's temporary directory, which
 * the runner empties after the job; a later step can upload it as an artifact. Returns its path.
 */
async function writeDiagnostics(o, dir = process.env.RUNNER_TEMP || external_node_os_.tmpdir()) {
    const name = `codedeploy-${(o.deploymentId ?? 'deployment').replace(/[^A-Za-z0-9-]/g, '_')}-diagnostics.json`;
    const file = external_node_path_.join(dir, name);
    await (0,promises_.writeFile)(file, `${JSON.stringify(diagnostics(o), null, 1)}\n`);
    return file;
}

// EXTERNAL MODULE: ./src/report/summary.ts + 4 modules
var summary = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/codedeploy/failures.ts
var failures = __webpack_require__(3419);
// EXTERNAL MODULE: ./src/inputs/aws-names.ts
var aws_names = __webpack_require__(4273);
// EXTERNAL MODULE: ./src/s3/keys.ts
var s3_keys = __webpack_require__(1292);
;// CONCATENATED MODULE: ./src/codedeploy/targets.ts




/** BatchGetDeploymentTargets takes at most 25 target IDs. */
const BATCH_SIZE = 25;
/**
 * At most this many targets are read one by one (200 BatchGetDeploymentTargets calls), so a huge
 * fleet costs a bounded number of calls; past it, failed targets are read first.
 */
const MAX_TARGETS = 5000;
function eventReport(e) {
    const d = e.diagnostics;
    return {
        name: e.lifecycleEventName ?? '',
        status: e.status ?? 'Unknown',
        start: e.startTime?.getTime(),
        end: e.endTime?.getTime(),
        ...(d && {
            errorCode: d.errorCode ?? '',
            scriptName: d.scriptName ?? '',
            message: d.message ?? '',
            logTail: d.logTail ?? ''
        })
    };
}
/** Any kind of target: EC2/on-premises, ECS, Lambda or CloudFormation. */
function targetReport(t) {
    const target = t.instanceTarget ?? t.ecsTarget ?? t.lambdaTarget ?? t.cloudFormationTarget;
    if (!target)
        return undefined;
    return {
        targetId: target.targetId ?? 'unknown target',
        status: target.status ?? 'Unknown',
        events: (target.lifecycleEvents ?? []).map(eventReport)
    };
}
/**
 * Reads the targets of a deployment that ended, each with its lifecycle events and their
 * diagnostics: ListDeploymentTargets page by page, then BatchGetDeploymentTargets 25 at a time.
 * Throttled calls are retried by the client's own retry strategy.
 */
async function collectTargets(cd, deploymentId, 
/** Where the deployment is, so an error can name the exact policy statement to add. */
where = {}) {
    const read = reader(deploymentId, where);
    let ids = await listTargetIds(cd, deploymentId, read);
    const all = ids.length;
    if (all > MAX_TARGETS) {
        const failed = await listTargetIds(cd, deploymentId, read, ['Failed']);
        const isFailed = new Set(failed);
        ids = [...failed, ...ids.filter(id => !isFailed.has(id))].slice(0, MAX_TARGETS);
    }
    const targets = [];
    for (let i = 0; i < ids.length; i += BATCH_SIZE) {
        const batch = await read('codedeploy:BatchGetDeploymentTargets', () => cd.send(new dist_cjs/* BatchGetDeploymentTargetsCommand */.Bsg({
            deploymentId,
            targetIds: ids.slice(i, i + BATCH_SIZE)
        })));
        for (const t of batch.deploymentTargets ?? []) {
            const report = targetReport(t);
            if (report)
                targets.push(report);
        }
    }
    return { targets, leftOut: all - ids.length };
}
function reader(deploymentId, where) {
    return async (action, call) => {
        try {
            return await call();
        }
        catch (err) {
            const explained = (0,explain/* formatExplanation */.vZ)((0,explain/* explain */.WE)(err, { ...where, step: 'codedeploy', action, deploymentId }));
            throw new common_errors/* DeploymentError */.gt(`Could not list the targets of ${deploymentId} (${action}): ${(0,aws_errors/* errorText */.kc)(err)}. ${explained}`, { cause: err });
        }
    };
}
async function listTargetIds(cd, deploymentId, read, status) {
    const ids = [];
    let nextToken;
    do {
        const page = await read('codedeploy:ListDeploymentTargets', () => cd.send(new dist_cjs/* ListDeploymentTargetsCommand */.$9V({
            deploymentId,
            nextToken,
            ...(status && { targetFilters: { TargetStatus: status } })
        })));
        ids.push(...(page.targetIds ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return ids;
}

;// CONCATENATED MODULE: ./src/supervise.ts

















/**
 * Sees a deployment through: waits for it, stops it if the job is cancelled (stop-on-cancel) or
 * the wait times out (stop-on-timeout), reads every target once it ended (the diagnostics file),
 * and on failure annotates each cause of failure. Throws when
 * the deployment did not succeed. Marks the deployment settled, so the post step leaves it alone.
 */
async function superviseDeployment(cd, deploymentId, inputs, outcome, { log, onCancelled = async () => { } }) {
    const s = {
        cd,
        deploymentId,
        inputs,
        outcome,
        log,
        url: (0,codedeploy_status/* deploymentUrl */.PM)(inputs.region, deploymentId)
    };
    const stopWatching = onCancel(signal => whenCancelled(s, signal, onCancelled));
    let result;
    try {
        result = await waitForDeployment(cd, deploymentId, {
            timeoutMs: inputs.waitTimeoutSeconds * 1000,
            pollIntervalMs: inputs.pollIntervalSeconds * 1000,
            log
        });
    }
    catch (err) {
        // The wait gave up on reading the deployment, which may well be fine: leave it running,
        // unless it was to be stopped at a timeout; then the post step stops it, a while later.
        core/* saveState */.LZ(inputs.stopOnTimeout ? STATE_STOP_ON_TIMEOUT : STATE_SETTLED, 'true');
        throw err;
    }
    finally {
        stopWatching();
    }
    outcome.info = result.info;
    outcome.status = result.info.status;
    if (result.timedOut)
        throw await whenTimedOut(s, result.info.status ?? 'running');
    core/* saveState */.LZ(STATE_SETTLED, 'true');
    await readTargets(s, result.info.status === 'Succeeded');
    (0,outputs/* setOutputs */.n)(outcome);
    if (result.info.status !== 'Succeeded')
        throw whenFailed(s, result);
    log.info(`Deployment ${deploymentId} succeeded.`);
}
/** Stops the deployment under stop-on-cancel, then reports the cancelled run. */
async function whenCancelled({ cd, deploymentId, inputs, outcome, log, url }, signal, onCancelled) {
    try {
        if (inputs.stopOnCancel) {
            const reason = `the job was cancelled (${signal})`;
            await stopDeployment(cd, deploymentId, inputs.rollbackOnStop, reason, log);
            outcome.status = 'Stopped';
        }
        else {
            log.warning(`The job was cancelled; deployment ${deploymentId} keeps running (stop-on-cancel is false): ${url}`);
        }
        // Only now: if the stop failed, the post step tries again.
        core/* saveState */.LZ(STATE_SETTLED, 'true');
    }
    finally {
        const cancelled = new common_errors/* CancelledError */.cc(`The job was cancelled while deployment ${deploymentId} was in progress.`);
        (0,outputs/* setOutputs */.n)(outcome);
        (0,outputs/* setErrorOutputs */.$)(outcome, cancelled);
        core/* setFailed */.C1(cancelled.message);
        await onCancelled();
        await (0,summary/* writeSummary */.Sy)(outcome);
    }
}
/** Stops the deployment under stop-on-timeout; the error that says where it was left. */
async function whenTimedOut({ cd, deploymentId, inputs, outcome, log, url }, status) {
    let state = `is still ${status}`;
    if (inputs.stopOnTimeout) {
        const reason = 'wait-timeout-seconds passed';
        await stopDeployment(cd, deploymentId, inputs.rollbackOnStop, reason, log);
        const rollback = inputs.rollbackOnStop ? ' with rollback' : '';
        state = `was ${status} and has been stopped${rollback} (stop-on-timeout)`;
    }
    core/* saveState */.LZ(STATE_SETTLED, 'true');
    (0,outputs/* setOutputs */.n)(outcome);
    const keeps = inputs.stopOnTimeout ? '' : '; it keeps running in CodeDeploy';
    return new common_errors/* WaitTimeoutError */.Do(`Deployment ${deploymentId} ${state} after ${inputs.waitTimeoutSeconds} s (wait-timeout-seconds)${keeps}: ${url}`);
}
/**
 * Reads every target with its lifecycle events, and writes them to the diagnostics file. A
 * deployment whose targets cannot be read is still reported, by its status alone; after a
 * success that is no reason for a warning on every run.
 */
async function readTargets(s, succeeded) {
    const { cd, deploymentId, outcome, log } = s;
    try {
        const { targets, leftOut } = await collectTargets(cd, deploymentId, {
            application: outcome.application,
            deploymentGroup: outcome.deploymentGroup,
            accountId: outcome.targetAccountId,
            region: outcome.region
        });
        outcome.targets = targets;
        outcome.targetsLeftOut = leftOut;
        outcome.failures = (0,failures/* failuresOf */.d)(targets, downloadContext(outcome, s.inputs));
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (succeeded)
            log.info(message);
        else
            log.warning(message);
    }
    try {
        outcome.diagnosticsFile = await writeDiagnostics(outcome);
    }
    catch (err) {
        log.warning(`Could not write the diagnostics file: ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** Annotates each cause of failure; the error that says how the deployment ended. */
function whenFailed({ deploymentId, outcome, log, url }, result) {
    const groups = (0,report_groups/* groupFailures */.BR)(outcome.failures);
    if (groups.length) {
        const instances = outcome.failures.length;
        log.info(`${instances} failed target${instances === 1 ? '' : 's'}, ${groups.length} cause${groups.length === 1 ? '' : 's'}; every target's events and diagnostics: ${outcome.diagnosticsFile ?? 'not written'}`);
    }
    (0,annotations/* annotateGroups */.jd)(deploymentId, groups);
    return new common_errors/* DeploymentFailedError */.RJ(`Deployment ${deploymentId} ended with status ${result.info.status ?? 'running'}${reasonOf(result.info)} (${url})`);
}
function reasonOf(info) {
    const error = info.errorInformation;
    return error?.message ? `: ${error.code ? `${error.code}: ` : ''}${error.message}` : '';
}
/** The revision's bucket and keys, from the location it was registered at; none for other kinds. */
function downloadContext(outcome, inputs) {
    if (!outcome.revisionLocation?.startsWith('s3://'))
        return undefined;
    let revision;
    try {
        revision = (0,aws_names/* parseRevisionLocation */.Uq)(outcome.revisionLocation);
    }
    catch {
        return undefined;
    }
    // A bundle this action uploaded: the fix must cover every bundle of the application, not one.
    const uploaded = (0,s3_keys/* revisionKeys */.Cm)(inputs.s3KeyPrefix ?? '', outcome.application);
    const keys = revision.key.startsWith(uploaded.slice(0, -1)) ? uploaded : revision.key;
    return {
        partition: (0,arn/* regionPartition */.Rm)(outcome.region),
        bucket: revision.bucket,
        keys,
        targetAccount: outcome.targetAccountId,
        bucketAccount: inputs.s3BucketOwner
    };
}

;// CONCATENATED MODULE: ./src/deliver.ts

















/**
 * The part of the run that talks to AWS: credentials, upload, deployment, wait. This module holds
 * everything that loads the AWS SDK, so it is imported only once the local work has passed.
 */
async function deliver(inputs, ctx, env, plan, local, progress, log) {
    const stored = await signInAndStore(inputs, ctx, env, plan, local, progress, log);
    const { cd, outcome } = stored;
    await (0,deployment/* registerRevision */.RE)(cd, inputs, stored.location, stored.target);
    if (inputs.uploadOnly) {
        log.info(`Registered the revision with application '${inputs.application}'; no deployment created (upload-only).`);
        return;
    }
    const deploymentId = await createRunDeployment(stored, inputs, ctx, log);
    core/* saveState */.LZ(STATE_DEPLOYMENT_ID, deploymentId);
    // After the group is free: a wait for another deployment must not leave an entry in progress.
    const github = await (0,record/* recordOnGitHub */.w)(inputs, ctx, env, log);
    progress.github = github;
    outcome.deploymentId = deploymentId;
    outcome.status = 'Created';
    (0,outputs/* setOutputs */.n)(outcome);
    log.info(`Created deployment ${deploymentId}: ${(0,codedeploy_status/* deploymentUrl */.PM)(inputs.region, deploymentId)}`);
    if (!inputs.wait) {
        core/* saveState */.LZ(STATE_SETTLED, 'true');
        return;
    }
    await superviseDeployment(cd, deploymentId, inputs, outcome, {
        log,
        onCancelled: () => (0,record/* finishOnGitHub */.O)(github, outcome)
    });
}
/**
 * Signs in to the target account, checks the deployment group, and stores the revision where
 * CodeDeploy reads it. The local bundle is gone afterwards, whatever happened.
 */
async function signInAndStore(inputs, ctx, env, plan, local, progress, log) {
    try {
        const credentials = await (0,resolve/* resolveCredentials */.z)(inputs, {
            sts: (0,clients/* stsFactory */.z_)(inputs.region, inputs.retryMaxAttempts),
            getIdToken: audience => core/* getIDToken */.V9(audience),
            env,
            log
        });
        if (credentials.sourceKind === 'oidc-role' && inputs.oidcRoleArn) {
            log.info(`Signed in with GitHub's OIDC token as ${inputs.oidcRoleArn} (account ` +
                `${(0,arn/* accountOf */.XP)(inputs.oidcRoleArn)}), then assumed role-to-assume.`);
        }
        (0,allowed_accounts/* requireAllowedAccount */.T)(inputs.allowedAccountIds, credentials.targetAccountId, `The target account (the credentials resolve to ${credentials.targetArn})`);
        log.info(`Deploying as ${credentials.targetArn} in account ${credentials.targetAccountId}.`);
        const outcome = {
            application: inputs.application,
            deploymentGroup: inputs.deploymentGroup,
            region: inputs.region,
            targetAccountId: credentials.targetAccountId,
            failures: []
        };
        progress.outcome = outcome;
        (0,outputs/* setOutputs */.n)(outcome);
        const cd = (0,clients/* codeDeployClient */.i4)(inputs.region, credentials.target, inputs.retryMaxAttempts);
        const cdOnce = (0,clients/* codeDeployOnceClient */.xI)(inputs.region, credentials.target, inputs.retryMaxAttempts);
        const target = deployTarget(inputs, credentials);
        await checkGroup(cd, inputs, ctx, (0,revision_plan/* platformOf */.tj)(plan), target, log);
        const location = await storeRevision(inputs, local, credentials, outcome, log);
        (0,outputs/* setOutputs */.n)(outcome);
        return { cd, cdOnce, target, location, outcome };
    }
    finally {
        if (local.kind === 'bundle')
            await (0,revision_plan/* discard */.vf)(local.bundle);
    }
}
/** Creates the deployment once the group is free of others, marked with this run's token. */
function createRunDeployment({ cd, cdOnce, target, location }, inputs, ctx, log) {
    const token = (0,run_token/* runToken */.fu)(ctx);
    const request = { ...inputs, description: (0,run_token/* withRunToken */.$E)(inputs.description, token) };
    return createWhenGroupIsFree(cd, {
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
        log
    }, () => (0,deployment/* createDeployment */.Yy)(cdOnce, request, location, target));
}
function deployTarget(inputs, credentials) {
    return {
        identity: credentials.targetArn,
        accountId: credentials.targetAccountId,
        region: inputs.region
    };
}
/**
 * Fails before anything is uploaded when the group is missing, is for another platform, or runs
 * a newer commit than this run's (older-revision).
 */
async function checkGroup(cd, inputs, ctx, platform, target, log) {
    const group = await (0,deployment/* readDeploymentGroup */.fL)(cd, inputs, target, log);
    if (platform) {
        (0,revision_platform/* checkPlatformMatches */.B)(platform, group?.computePlatform, inputs.application, inputs.deploymentGroup);
    }
    if (inputs.uploadOnly)
        return;
    await (0,older_revision/* checkRevisionOrder */.o)(cd, {
        policy: inputs.olderRevision,
        deploymentGroup: inputs.deploymentGroup,
        group,
        repository: ctx.repository,
        commit: ctx.sha,
        github: { token: inputs.githubToken, apiUrl: ctx.env.GITHUB_API_URL ?? '' }
    }, log);
}
/**
 * Uploads the bundle, or pins the existing revision-location object, and returns the location
 * to deploy. An ECS or Lambda AppSpec is the revision itself: nothing goes to S3.
 */
async function storeRevision(inputs, local, credentials, outcome, log) {
    if (local.kind === 'appspec-content') {
        outcome.revisionSha256 = local.content.sha256;
        return local.content.revision;
    }
    const withSource = inputs.uploadCredentials === 'source';
    const uploader = withSource
        ? { identity: inputs.oidcRoleArn ?? 'the source credentials' }
        : { identity: credentials.targetArn, account: credentials.targetAccountId };
    const s3 = (0,clients/* s3Client */.oD)(inputs.region, withSource ? credentials.source : credentials.target, inputs.retryMaxAttempts);
    let revision;
    if (local.kind === 'bundle') {
        revision = await (0,objects/* uploadRevision */.FM)(s3, local.bucket, inputs, local.bundle, uploader, log);
    }
    else {
        revision = await (0,objects/* existingRevision */.rR)(s3, local.location, inputs.s3BucketOwner, uploader);
        const version = revision.versionId ? `, version ${revision.versionId}` : '';
        log.info(`Deploying s3://${revision.bucket}/${revision.key} as it is (ETag ${revision.etag}${version}).`);
    }
    outcome.revisionLocation = (0,objects/* revisionLocation */.bI)(revision.bucket, revision.key, revision.versionId);
    outcome.revisionEtag = revision.etag;
    outcome.revisionSha256 = revision.sha256;
    outcome.bundleSize = revision.size;
    outcome.uploaded = revision.uploaded;
    return (0,deployment/* s3RevisionLocation */.bR)(revision);
}


/***/ })

};
