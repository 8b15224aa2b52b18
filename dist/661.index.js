export const id = 661;
export const ids = [661];
export const modules = {

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPost: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _common_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3928);


/**
 * The post step runs after the job, even when it was cancelled or the main step was killed. It
 * stops the deployment this run created if the main step did not see it through; it never
 * touches any other deployment.
 */
async function runPost(env = process.env) {
    const deploymentId = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_common_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_DEPLOYMENT_ID */ .WI);
    if (!deploymentId || _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_common_state_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_SETTLED */ .gB) === 'true')
        return;
    // Loaded only now: the usual post step has nothing to do and should not load the AWS SDK.
    const { stopLeftover } = await Promise.all(/* import() */[__webpack_require__.e(95), __webpack_require__.e(107), __webpack_require__.e(445), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 6298));
    await stopLeftover(deploymentId, env);
}


/***/ })

};
