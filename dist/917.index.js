export const id = 917;
export const ids = [917];
export const modules = {

/***/ 6712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isActive),
/* harmony export */   U: () => (/* binding */ stopDeployment)
/* harmony export */ });
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
    log(`Stopping deployment ${deploymentId} (${reason}), ${rollback ? 'with' : 'without'} rollback.`);
    try {
        const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__/* .StopDeploymentCommand */ .NzN({ deploymentId, autoRollbackEnabled: rollback }));
        const status = out.status ?? 'Pending';
        const said = out.statusMessage ? `: ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(out.statusMessage)}` : '';
        log(`StopDeployment answered ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(status)}${said}.`);
        return status;
    }
    catch (err) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`Could not stop deployment ${deploymentId} (codedeploy:StopDeployment): ${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}. Stop it in the AWS console, and check that the deploying role may call codedeploy:StopDeployment.`, { cause: err });
    }
}
/** True when the deployment is still running (not Succeeded, Failed or Stopped). */
async function isActive(cd, deploymentId) {
    const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__/* .GetDeploymentCommand */ .Tvn({ deploymentId }));
    return !_status_js__WEBPACK_IMPORTED_MODULE_3__/* .TERMINAL_STATUSES */ .CM.has(out.deploymentInfo?.status ?? '');
}


/***/ }),

/***/ 6298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stopLeftover: () => (/* binding */ stopLeftover)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(201);
/* harmony import */ var _aws_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6963);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5634);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1922);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8028);
/* harmony import */ var _codedeploy_status_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9546);
/* harmony import */ var _common_state_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3928);
/* harmony import */ var _codedeploy_stop_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6712);
/* harmony import */ var _common_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1095);










/** Stops `deploymentId`, which the main step left running (see post.ts), if it still runs. */
async function stopLeftover(deploymentId, env) {
    try {
        const inputs = (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputs */ .Ko)((0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .runContext */ .pO)(env), { checkRevisionPath: false });
        const url = (0,_codedeploy_status_js__WEBPACK_IMPORTED_MODULE_6__/* .deploymentUrl */ .PM)(inputs.region, deploymentId);
        const afterTimeout = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_common_state_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_STOP_ON_TIMEOUT */ .Tj) === 'true';
        if (!afterTimeout && !inputs.stopOnCancel) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Deployment ${deploymentId} may still be running (stop-on-cancel is false): ${url}`);
            return;
        }
        const credentials = await (0,_aws_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCredentials */ .z8)(inputs, {
            sts: (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .stsFactory */ .z_)(inputs.region),
            getIdToken: audience => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience),
            env
        });
        const cd = (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .codeDeployClient */ .i4)(inputs.region, credentials.target);
        // When the state cannot be read (sustained throttling), StopDeployment tells: it refuses a
        // deployment that has ended.
        if (!(await (0,_codedeploy_stop_js__WEBPACK_IMPORTED_MODULE_7__/* .isActive */ .$)(cd, deploymentId).catch(() => true))) {
            (0,_common_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logInfo */ .f)(`Deployment ${deploymentId} has already ended.`);
            return;
        }
        const [why, because] = afterTimeout
            ? [
                'stop-on-timeout, and the main step could not see it end',
                'the main step could not see it end'
            ]
            : ['the main step ended before the deployment did', 'the job ended before it did'];
        try {
            await (0,_codedeploy_stop_js__WEBPACK_IMPORTED_MODULE_7__/* .stopDeployment */ .U)(cd, deploymentId, inputs.rollbackOnStop, why, line => (0,_common_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logInfo */ .f)(line));
        }
        catch (err) {
            if ((0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorName */ .Is)(err.cause) !== 'DeploymentAlreadyCompletedException')
                throw err;
            (0,_common_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logInfo */ .f)(`Deployment ${deploymentId} has already ended.`);
            return;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Deployment ${deploymentId} was stopped because ${because}: ${url}`);
    }
    catch (err) {
        const message = err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ ? err.message : String(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Could not stop deployment ${deploymentId}: ${message}`);
    }
}


/***/ })

};
