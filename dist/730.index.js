export const id = 730;
export const ids = [730];
export const modules = {

/***/ 640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ finishOnGitHub),
/* harmony export */   w: () => (/* binding */ recordOnGitHub)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(665);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5625);



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
        log: line => (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .logInfo */ .f)(line)
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
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5625);








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
            const { runPreflight } = await Promise.all(/* import() */[__webpack_require__.e(95), __webpack_require__.e(833), __webpack_require__.e(522), __webpack_require__.e(504)]).then(__webpack_require__.bind(__webpack_require__, 4504));
            if (!(await runPreflight(inputs, env))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PreflightError */ .wG('Dry run: some checks failed; see the checklist above.');
            }
            return;
        }
        const plan = await (0,_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .planRevision */ .XO)(inputs);
        const local = await (0,_revision_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareLocalRevision */ .cy)(plan, inputs, env);
        if (local.kind === 'bundle') {
            const { bundle } = local;
            (0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .logInfo */ .f)(`Bundled ${inputs.revisionPath}: ${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}.`);
        }
        const { deliver } = await Promise.all(/* import() */[__webpack_require__.e(95), __webpack_require__.e(833), __webpack_require__.e(522), __webpack_require__.e(592)]).then(__webpack_require__.bind(__webpack_require__, 592)).catch(async (err) => {
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
            (0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .logInfo */ .f)(`AWS calls: ${_call_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .callStats */ .I.calls} (${_call_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .callStats */ .I.retries} retried after throttling or transient faults).`);
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

/***/ 8130:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




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
    const { detectComputePlatform, findAppSpecFile, readAppSpecFile } = await Promise.all(/* import() */[__webpack_require__.e(36), __webpack_require__.e(724), __webpack_require__.e(331)]).then(__webpack_require__.bind(__webpack_require__, 9331));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input 'appspec-file' is for ECS and Lambda deployment groups, but ${inputs.appspecFile} is an EC2/On-Premises AppSpec: leave appspec-file empty and put appspec.yml at the root of revision-path.`);
    }
    if (!inputs.s3Bucket) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("Input 's3-bucket' is required: set it to the S3 bucket that receives the bundle (in either account), or set revision-location to deploy an object already in S3.");
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
            const { appSpecContentRevision } = await Promise.all(/* import() */[__webpack_require__.e(36), __webpack_require__.e(724), __webpack_require__.e(331)]).then(__webpack_require__.bind(__webpack_require__, 9331));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`SOURCE_DATE_EPOCH is '${value}': expected a whole number of seconds since 1970-01-01.`);
    }
    return Number(value);
}
/** Bundles revision-path into a temporary directory; the caller removes it with `discard`. */
async function bundleRevision(inputs, env) {
    const { createBundle } = await Promise.all(/* import() */[__webpack_require__.e(36), __webpack_require__.e(724), __webpack_require__.e(982)]).then(__webpack_require__.bind(__webpack_require__, 4982));
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
