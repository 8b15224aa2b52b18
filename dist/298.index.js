export const id = 298;
export const ids = [298];
export const modules = {

/***/ 6298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stopLeftover: () => (/* binding */ stopLeftover)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9071);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3029);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5148);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8422);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(665);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2462);
/* harmony import */ var _stop_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1123);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5625);










/** Stops `deploymentId`, which the main step left running (see post.ts), if it still runs. */
async function stopLeftover(deploymentId, env) {
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readInputs */ .Ko)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .runContext */ .pO)(env), { checkRevisionPath: false });
        const url = (0,_report_js__WEBPACK_IMPORTED_MODULE_6__/* .deploymentUrl */ .PM)(inputs.region, deploymentId);
        const afterTimeout = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_state_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_STOP_ON_TIMEOUT */ .Tj) === 'true';
        if (!afterTimeout && !inputs.stopOnCancel) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Deployment ${deploymentId} may still be running (stop-on-cancel is false): ${url}`);
            return;
        }
        const credentials = await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveCredentials */ .z8)(inputs, {
            sts: (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .stsFactory */ .z_)(inputs.region),
            getIdToken: audience => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience),
            env
        });
        const cd = (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .codeDeployClient */ .i4)(inputs.region, credentials.target);
        // When the state cannot be read (sustained throttling), StopDeployment tells: it refuses a
        // deployment that has ended.
        if (!(await (0,_stop_js__WEBPACK_IMPORTED_MODULE_7__/* .isActive */ .$)(cd, deploymentId).catch(() => true))) {
            (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logInfo */ .f)(`Deployment ${deploymentId} has already ended.`);
            return;
        }
        const [why, because] = afterTimeout
            ? [
                'stop-on-timeout, and the main step could not see it end',
                'the main step could not see it end'
            ]
            : ['the main step ended before the deployment did', 'the job ended before it did'];
        try {
            await (0,_stop_js__WEBPACK_IMPORTED_MODULE_7__/* .stopDeployment */ .U)(cd, deploymentId, inputs.rollbackOnStop, why, line => (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logInfo */ .f)(line));
        }
        catch (err) {
            if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorName */ .Is)(err.cause) !== 'DeploymentAlreadyCompletedException')
                throw err;
            (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logInfo */ .f)(`Deployment ${deploymentId} has already ended.`);
            return;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Deployment ${deploymentId} was stopped because ${because}: ${url}`);
    }
    catch (err) {
        const message = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionError */ .lZ ? err.message : String(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`Could not stop deployment ${deploymentId}: ${message}`);
    }
}


/***/ })

};
