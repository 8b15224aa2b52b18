export const id = 353;
export const ids = [353];
export const modules = {

/***/ 6712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ stopDeployment)
/* harmony export */ });
/* unused harmony export isActive */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7507);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5634);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4891);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9546);





/**
 * Stops a deployment, asking CodeDeploy to roll back to the last good revision when `rollback`
 * is set. Returns CodeDeploy's answer ("Pending" while instances are still being stopped).
 */
async function stopDeployment(cd, deploymentId, rollback, reason, log) {
    log.info(`Stopping deployment ${deploymentId} (${reason}), ${rollback ? 'with' : 'without'} rollback.`);
    try {
        const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__/* .StopDeploymentCommand */ .NzN({ deploymentId, autoRollbackEnabled: rollback }));
        const status = out.status ?? 'Pending';
        const said = out.statusMessage ? `: ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(out.statusMessage)}` : '';
        log.info(`StopDeployment answered ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(status)}${said}.`);
        return status;
    }
    catch (err) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`Could not stop deployment ${deploymentId} (codedeploy:StopDeployment): ${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}. Stop it in the AWS console, and check that the deploying role may call codedeploy:StopDeployment.`, { cause: err });
    }
}
/** True when the deployment is still running (not Succeeded, Failed or Stopped). */
async function isActive(cd, deploymentId) {
    const out = await cd.send(new GetDeploymentCommand({ deploymentId }));
    return !TERMINAL_STATUSES.has(out.deploymentInfo?.status ?? '');
}


/***/ }),

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ waitForDeployment)
/* harmony export */ });
/* unused harmony exports nextInterval, progressGapMs */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7507);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5634);
/* harmony import */ var _advice_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8638);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9546);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6950);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4891);







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
        log.info(`[${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatElapsed */ .C7)(now() - started)}] ${line}`);
        shown = { line, status, at: now(), count: shown.count + 1 };
    };
}
/** An ended deployment, or with wait-until: ready, one that waits at Ready. */
function endsWait(status, until) {
    return _status_js__WEBPACK_IMPORTED_MODULE_3__/* .TERMINAL_STATUSES */ .CM.has(status ?? '') || (until === 'ready' && status === 'Ready');
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
            const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_6__/* .GetDeploymentCommand */ .Tvn({ deploymentId }));
            errors = 0;
            failingMs = 0;
            const info = out.deploymentInfo ?? { deploymentId };
            last = info;
            const overview = (0,_status_js__WEBPACK_IMPORTED_MODULE_3__/* .describeProgress */ .vk)(info.deploymentOverview);
            const line = `${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(info.status ?? 'Unknown')}${statusNote(info)}${overview ? `: ${overview}` : ''}`;
            if (line !== lastLine) {
                lastLine = line;
                changedAt = now();
            }
            const ended = endsWait(info.status, options.until);
            progress(line, info.status ?? '', ended);
            if (ended)
                return { info, timedOut: false, polls };
        }
        catch (err) {
            const transient = (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransient */ .dg)(err);
            errors++;
            failingMs += now() - asked;
            if (!transient ||
                errors > maxErrors ||
                failingMs >= (options.maxFailingMs ?? MAX_FAILING_MS)) {
                // Retries already said all there is to say about a transient fault but how long it lasted.
                const explained = transient
                    ? ` The last ${errors} polls failed, after ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatElapsed */ .C7)(failingMs)} (m:ss) of retries; if CodeDeploy throttles, other callers in the account share its request rate: raise poll-interval-seconds.`
                    : ` ${(0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .formatExplanation */ .vZ)((0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explain */ .WE)(err, {
                        step: 'codedeploy',
                        action: 'codedeploy:GetDeployment',
                        deploymentId
                    }))}`;
                const gone = (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(err) === 'DeploymentDoesNotExistException';
                const running = gone ? '' : ' The deployment may still be running.';
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`Could not read the state of deployment ${deploymentId} (codedeploy:GetDeployment): ${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}.${running}${explained}`, { cause: err });
            }
            options.log.info(`Reading deployment ${deploymentId} failed (${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}); trying again.`);
        }
        const remaining = deadline - now();
        if (remaining <= 0) {
            return { info: last ?? { deploymentId }, timedOut: true, polls };
        }
        interval = nextInterval(options.pollIntervalMs, interval, now() - changedAt, options.idleAfterMs ?? IDLE_AFTER_MS);
        await sleep(Math.min(interval, remaining));
    }
}


/***/ }),

/***/ 3928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ STATE_STOP_ON_TIMEOUT),
/* harmony export */   WI: () => (/* binding */ STATE_DEPLOYMENT_ID),
/* harmony export */   gB: () => (/* binding */ STATE_SETTLED)
/* harmony export */ });
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


/***/ }),

/***/ 7040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ signIn)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3821);
/* harmony import */ var _aws_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4560);
/* harmony import */ var _common_arn_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(106);
/* harmony import */ var _inputs_allowed_accounts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2490);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5468);






/**
 * Signs in through the whole chain, refuses an account allowed-account-ids leaves out, and
 * starts the outcome (so the outputs and the summary name the account from here on).
 */
async function signIn(inputs, env, progress, log) {
    const credentials = await (0,_aws_credentials_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCredentials */ .z)(inputs, {
        sts: (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .stsFactory */ .z_)(inputs.region, inputs.retryMaxAttempts),
        getIdToken: audience => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience),
        env,
        log
    });
    if (credentials.sourceKind === 'oidc-role' && inputs.oidcRoleArn) {
        log.info(`Signed in with GitHub's OIDC token as ${inputs.oidcRoleArn} (account ` +
            `${(0,_common_arn_js__WEBPACK_IMPORTED_MODULE_3__/* .accountOf */ .XP)(inputs.oidcRoleArn)}), then assumed role-to-assume.`);
    }
    (0,_inputs_allowed_accounts_js__WEBPACK_IMPORTED_MODULE_4__/* .requireAllowedAccount */ .T)(inputs.allowedAccountIds, credentials.targetAccountId, `The target account (the credentials resolve to ${credentials.targetArn})`);
    log.info(`Deploying as ${credentials.targetArn} in account ${credentials.targetAccountId}.`);
    const outcome = {
        application: inputs.application,
        deploymentGroup: inputs.deploymentGroup,
        region: inputs.region,
        targetAccountId: credentials.targetAccountId,
        failures: []
    };
    progress.outcome = outcome;
    (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutputs */ .n)(outcome);
    return {
        credentials,
        outcome,
        cd: (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .codeDeployClient */ .i4)(inputs.region, credentials.target, inputs.retryMaxAttempts),
        target: {
            identity: credentials.targetArn,
            accountId: credentials.targetAccountId,
            region: inputs.region
        }
    };
}


/***/ }),

/***/ 277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ superviseDeployment)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
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

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
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

// EXTERNAL MODULE: ./src/codedeploy/status.ts
var codedeploy_status = __webpack_require__(9546);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/report/summary.ts + 4 modules
var summary = __webpack_require__(9692);
// EXTERNAL MODULE: ./src/common/state.ts
var common_state = __webpack_require__(3928);
// EXTERNAL MODULE: ./src/codedeploy/stop.ts
var stop = __webpack_require__(6712);
// EXTERNAL MODULE: ./src/codedeploy/failures.ts
var failures = __webpack_require__(3419);
// EXTERNAL MODULE: ./src/common/arn.ts
var arn = __webpack_require__(106);
// EXTERNAL MODULE: ./src/inputs/aws-names.ts
var aws_names = __webpack_require__(4273);
// EXTERNAL MODULE: ./src/s3/keys.ts
var s3_keys = __webpack_require__(1292);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/advice/explain.ts + 4 modules
var explain = __webpack_require__(8638);
// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
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
            throw new errors/* DeploymentError */.gt(`Could not list the targets of ${deploymentId} (${action}): ${(0,aws_errors/* errorText */.kc)(err)}. ${explained}`, { cause: err });
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

// EXTERNAL MODULE: ./src/codedeploy/wait.ts
var wait = __webpack_require__(5581);
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
        result = await (0,wait/* waitForDeployment */.Kw)(cd, deploymentId, {
            timeoutMs: inputs.waitTimeoutSeconds * 1000,
            pollIntervalMs: inputs.pollIntervalSeconds * 1000,
            until: inputs.waitUntil,
            log
        });
    }
    catch (err) {
        // The wait gave up on reading the deployment, which may well be fine: leave it running,
        // unless it was to be stopped at a timeout; then the post step stops it, a while later.
        core/* saveState */.LZ(inputs.stopOnTimeout ? common_state/* STATE_STOP_ON_TIMEOUT */.Tj : common_state/* STATE_SETTLED */.gB, 'true');
        throw err;
    }
    finally {
        stopWatching();
    }
    outcome.info = result.info;
    outcome.status = result.info.status;
    if (result.timedOut)
        throw await whenTimedOut(s, result.info.status ?? 'running');
    core/* saveState */.LZ(common_state/* STATE_SETTLED */.gB, 'true');
    if (result.info.status === 'Ready') {
        (0,outputs/* setOutputs */.n)(outcome);
        log.info(`Deployment ${deploymentId} is Ready: its replacement runs, and traffic waits to be ` +
            `rerouted. Test it, then run this action with continue-deployment: ${deploymentId} to ` +
            `reroute traffic, or stop-deployment: ${deploymentId} to stop it: ${s.url}`);
        return;
    }
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
            await (0,stop/* stopDeployment */.U)(cd, deploymentId, inputs.rollbackOnStop, reason, log);
            outcome.status = 'Stopped';
        }
        else {
            log.warning(`The job was cancelled; deployment ${deploymentId} keeps running (stop-on-cancel is false): ${url}`);
        }
        // Only now: if the stop failed, the post step tries again.
        core/* saveState */.LZ(common_state/* STATE_SETTLED */.gB, 'true');
    }
    finally {
        const cancelled = new errors/* CancelledError */.cc(`The job was cancelled while deployment ${deploymentId} was in progress.`);
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
        await (0,stop/* stopDeployment */.U)(cd, deploymentId, inputs.rollbackOnStop, reason, log);
        const rollback = inputs.rollbackOnStop ? ' with rollback' : '';
        state = `was ${status} and has been stopped${rollback} (stop-on-timeout)`;
    }
    core/* saveState */.LZ(common_state/* STATE_SETTLED */.gB, 'true');
    (0,outputs/* setOutputs */.n)(outcome);
    const keeps = inputs.stopOnTimeout ? '' : '; it keeps running in CodeDeploy';
    return new errors/* WaitTimeoutError */.Do(`Deployment ${deploymentId} ${state} after ${inputs.waitTimeoutSeconds} s (wait-timeout-seconds)${keeps}: ${url}`);
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
    return new errors/* DeploymentFailedError */.RJ(`Deployment ${deploymentId} ended with status ${result.info.status ?? 'running'}${reasonOf(result.info)} (${url})`);
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


/***/ })

};
