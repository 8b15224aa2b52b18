export const id = 730;
export const ids = [730];
export const modules = {

/***/ 6950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ formatElapsed),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
function formatElapsed(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    const m = Math.floor(s / 60);
    return `${m}:${String(s % 60).padStart(2, '0')}`;
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


/***/ }),

/***/ 5358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ finishOnGitHub),
/* harmony export */   w: () => (/* binding */ recordOnGitHub)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _codedeploy_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9546);
/* harmony import */ var _common_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1095);



/**
 * Records the run as a GitHub deployment when github-environment is set. The GitHub client is
 * loaded only then: most runs never call GitHub's API.
 */
async function recordOnGitHub(inputs, ctx, env) {
    if (!inputs.githubEnvironment)
        return undefined;
    const { startGitHubDeployment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(808)]).then(__webpack_require__.bind(__webpack_require__, 9808));
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
        log: line => (0,_common_log_js__WEBPACK_IMPORTED_MODULE_2__/* .logInfo */ .f)(line)
    });
}
/** Sets the GitHub deployment's final state from the CodeDeploy outcome. */
async function finishOnGitHub(github, outcome) {
    if (!github)
        return;
    const status = outcome?.status;
    const { gitHubDeploymentState } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(808)]).then(__webpack_require__.bind(__webpack_require__, 9808));
    const id = outcome?.deploymentId;
    await github.setStatus(gitHubDeploymentState(status), {
        environmentUrl: id && outcome ? (0,_codedeploy_status_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentUrl */ .PM)(outcome.region, id) : undefined,
        description: `CodeDeploy deployment ${id ?? '(not created)'}: ${status ?? 'error'}`
    });
}


/***/ }),

/***/ 1730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _common_call_stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6295);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1922);
/* harmony import */ var _github_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5358);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8028);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5468);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7994);
/* harmony import */ var _revision_plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9270);
/* harmony import */ var _common_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1095);









/**
 * Runs the whole flow: inputs, revision, credentials, upload, deployment, wait, report. Local
 * work (validation, bundling) comes first, so a bad input or AppSpec fails before any AWS call,
 * and before the AWS SDK (about 100 ms to load) is even loaded.
 */
async function run(env = process.env) {
    const started = Date.now();
    const ctx = (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .runContext */ .pO)(env);
    const progress = {};
    try {
        const inputs = (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)(ctx);
        if (inputs.dryRun) {
            // Loaded on demand: most runs never need it, and every run pays for parsing what it loads.
            const { runPreflight } = await Promise.all(/* import() */[__webpack_require__.e(95), __webpack_require__.e(107), __webpack_require__.e(296)]).then(__webpack_require__.bind(__webpack_require__, 1296));
            if (!(await runPreflight(inputs, env))) {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreflightError */ .wG('Dry run: some checks failed; see the checklist above.');
            }
            return;
        }
        const plan = await (0,_revision_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planRevision */ .XO)(inputs);
        const local = await (0,_revision_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .prepareLocalRevision */ .cy)(plan, inputs, env);
        if (local.kind === 'bundle') {
            const { bundle } = local;
            (0,_common_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logInfo */ .f)(`Bundled ${inputs.revisionPath}: ${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}.`);
        }
        const { deliver } = await Promise.all(/* import() */[__webpack_require__.e(95), __webpack_require__.e(107), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 9931)).catch(async (err) => {
            if (local.kind === 'bundle')
                await (0,_revision_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .discard */ .vf)(local.bundle);
            throw err;
        });
        await deliver(inputs, ctx, env, plan, local, progress);
    }
    catch (err) {
        (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .setErrorOutputs */ .$)(progress.outcome, err);
        fail(err);
    }
    finally {
        const { outcome } = progress;
        await (0,_github_record_js__WEBPACK_IMPORTED_MODULE_3__/* .finishOnGitHub */ .O)(progress.github, outcome);
        if (_common_call_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .callStats */ .I.calls > 0) {
            (0,_common_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logInfo */ .f)(`AWS calls: ${_common_call_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .callStats */ .I.calls} (${_common_call_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .callStats */ .I.retries} retried after throttling or transient faults).`);
        }
        if (outcome) {
            outcome.durationMs = Date.now() - started;
            await (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .S)(outcome).catch(e => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the job summary: ${e}`));
        }
    }
}
function fail(err) {
    if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(err.message);
    }
    else {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (err instanceof Error && err.stack)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(err.stack);
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ annotateFailures),
/* harmony export */   oh: () => (/* binding */ failureMessage)
/* harmony export */ });
/* unused harmony export failureTitle */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);

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


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ setErrorOutputs),
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _codedeploy_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9546);


/** Outputs are set as soon as they are known, so a later failure still leaves them for gating. */
function setOutputs(o) {
    const counts = o.info?.deploymentOverview;
    const outputs = [
        ['target-account-id', o.targetAccountId],
        ['revision-location', o.revisionLocation],
        ['revision-etag', o.revisionEtag],
        ['revision-sha256', o.revisionSha256],
        ['deployment-id', o.deploymentId],
        ['deployment-url', o.deploymentId && (0,_codedeploy_status_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentUrl */ .PM)(o.region, o.deploymentId)],
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


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _codedeploy_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9546);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6950);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4891);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(856);





const STATUS_ICON = {
    Succeeded: '✅',
    Failed: '❌',
    Stopped: '⏹️'
};
const code = (text) => ({ markup: `<code>${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy)(text)}</code>` });
async function writeSummary(o) {
    const status = o.status ?? 'Not started';
    const rows = [
        ['Application', o.application],
        ['Deployment group', o.deploymentGroup],
        ['Target account', o.targetAccountId],
        ['Region', o.region]
    ];
    if (o.revisionLocation) {
        const note = o.uploaded === false ? ' (already in S3, not uploaded again)' : '';
        rows.push(['Revision', { markup: `${code(o.revisionLocation).markup}${note}` }]);
    }
    if (o.revisionSha256)
        rows.push(['SHA-256', code(o.revisionSha256)]);
    if (o.bundleSize !== undefined)
        rows.push(['Bundle size', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z)(o.bundleSize)]);
    if (o.deploymentId) {
        const url = (0,_codedeploy_status_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentUrl */ .PM)(o.region, o.deploymentId);
        rows.push(['Deployment', { markup: `<a href="${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy)(url)}">${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy)(o.deploymentId)}</a>` }]);
    }
    rows.push(['Status', `${STATUS_ICON[status] ?? '⏳'} ${status}`]);
    if (o.durationMs !== undefined)
        rows.push(['Duration', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatElapsed */ .C)(o.durationMs)]);
    const counts = (0,_codedeploy_status_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOverview */ .Nh)(o.info?.deploymentOverview);
    if (counts)
        rows.push(['Targets', counts]);
    if (o.info?.errorInformation?.message) {
        const { code: errorCode, message = '' } = o.info.errorInformation;
        rows.push(['Error', errorCode ? `${errorCode}: ${message}` : message]);
    }
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
        .addHeading((0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy)(`CodeDeploy: ${o.application} / ${o.deploymentGroup}`), 2)
        .addTable([
        [
            { data: 'Field', header: true },
            { data: 'Value', header: true }
        ],
        ...rows.map(([k, v]) => [(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy)(k), typeof v === 'string' ? (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy)(v) : v.markup])
    ]);
    for (const f of o.failures) {
        summary.addHeading((0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy)(`${f.targetId}: ${f.lifecycleEvent || 'failed'}`), 3);
        summary.addRaw(`<p>${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy)((0,_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .failureMessage */ .oh)(f).split('\n')[0])}</p>`, true);
        if (f.logTail.trim())
            summary.addCodeBlock((0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlBlock */ .xs)(f.logTail.trimEnd()));
    }
    await summary.write();
}


/***/ }),

/***/ 9270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XO: () => (/* binding */ planRevision),
/* harmony export */   cy: () => (/* binding */ prepareLocalRevision),
/* harmony export */   tj: () => (/* binding */ platformOf),
/* harmony export */   vf: () => (/* binding */ discard)
/* harmony export */ });
/* unused harmony exports sourceDateEpoch, bundleRevision */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1922);




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
    const { detectComputePlatform, findAppSpecFile, readAppSpecFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 4337));
    let file;
    try {
        file = findAppSpecFile(inputs.revisionPath, inputs.appspecFile);
    }
    catch (err) {
        // Without appspec-file, the bundle's own check gives the better error (nested directories).
        if (inputs.appspecFile)
            throw err;
    }
    let platform = 'Server';
    if (file) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file);
        // An AppSpec found in revision-path must be part of it; appspec-file is bounded as an input.
        const within = inputs.appspecFile ? undefined : inputs.revisionPath;
        platform = detectComputePlatform(readAppSpecFile(file, name, within), name);
    }
    if (file && platform !== 'Server')
        return { kind: 'appspec-content', file, platform };
    if (inputs.appspecFile) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input 'appspec-file' is for ECS and Lambda deployment groups, but ${inputs.appspecFile} is an EC2/On-Premises AppSpec: leave appspec-file empty and put appspec.yml at the root of revision-path.`);
    }
    if (!inputs.s3Bucket) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("Input 's3-bucket' is required: set it to the S3 bucket that receives the bundle (in either account), or set revision-location to deploy an object already in S3.");
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
            const { appSpecContentRevision } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 4337));
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
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`SOURCE_DATE_EPOCH is '${value}': expected a whole number of seconds since 1970-01-01.`);
    }
    return Number(value);
}
/** Bundles revision-path into a temporary directory; the caller removes it with `discard`. */
async function bundleRevision(inputs, env) {
    const { createBundle } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(298), __webpack_require__.e(934)]).then(__webpack_require__.bind(__webpack_require__, 7934));
    const outDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'codedeploy-bundle-'));
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(outDir, { recursive: true, force: true });
        throw err;
    }
}
async function discard(bundle) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(bundle.path), { recursive: true, force: true });
}


/***/ })

};
