export const id = 163;
export const ids = [163];
export const modules = {

/***/ 8163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decideGate: () => (/* binding */ decideGate)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
;// CONCATENATED MODULE: ./src/codedeploy/gate.ts




/**
 * The deployment, once it is known to belong to the application and group of the inputs and to
 * wait at Ready: a gate decides only about a deployment whose replacement is up and tested.
 */
async function deploymentAtGate(cd, req) {
    const { deploymentId: id, input } = req;
    let info;
    try {
        info = (await cd.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId: id }))).deploymentInfo;
    }
    catch (err) {
        throw new errors/* DeploymentError */.gt(`Could not read deployment ${id} (${input}; codedeploy:GetDeployment): ${(0,aws_errors/* errorText */.kc)(err)}.`, { cause: err });
    }
    const [application, group] = [info?.applicationName ?? '', info?.deploymentGroupName ?? ''];
    if (application !== req.application || group !== req.deploymentGroup) {
        throw new errors/* DeploymentError */.gt(`Deployment ${id} (${input}) belongs to application '${(0,untrusted/* oneLine */.TN)(application)}', group '${(0,untrusted/* oneLine */.TN)(group)}', not to '${req.application}', '${req.deploymentGroup}' (application, deployment-group): check the ID.`);
    }
    const status = info?.status ?? 'Unknown';
    if (status !== 'Ready') {
        throw new errors/* DeploymentError */.gt(`Deployment ${id} is ${(0,untrusted/* oneLine */.TN)(status)}, not Ready: ${input} decides about a blue/green deployment that waits at Ready (a step with wait-until: ready).`);
    }
    return info ?? { deploymentId: id };
}
/** Reroutes traffic to the replacement of a deployment waiting at Ready. */
async function continueDeployment(cd, deploymentId) {
    try {
        await cd.send(new dist_cjs/* ContinueDeploymentCommand */.Md$({ deploymentId, deploymentWaitType: 'READY_WAIT' }));
    }
    catch (err) {
        throw new errors/* DeploymentError */.gt(`Could not continue deployment ${deploymentId} (codedeploy:ContinueDeployment): ${(0,aws_errors/* errorText */.kc)(err)}. The deploying role needs codedeploy:ContinueDeployment on "*".`, { cause: err });
    }
}

// EXTERNAL MODULE: ./src/codedeploy/status.ts
var codedeploy_status = __webpack_require__(9546);
// EXTERNAL MODULE: ./src/codedeploy/stop.ts
var stop = __webpack_require__(6712);
// EXTERNAL MODULE: ./src/codedeploy/wait.ts
var wait = __webpack_require__(5581);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/sign-in.ts
var sign_in = __webpack_require__(7040);
// EXTERNAL MODULE: ./src/supervise.ts + 3 modules
var supervise = __webpack_require__(277);
;// CONCATENATED MODULE: ./src/gate.ts
/**
 * continue-deployment and stop-deployment: a later step's decision about a blue/green deployment
 * that waits at Ready (wait-until: ready) while a workflow tests its replacement. Nothing is
 * bundled or uploaded.
 */









async function decideGate(gate, inputs, env, progress, log) {
    const { cd, outcome } = await (0,sign_in/* signIn */.J)(inputs, env, progress, log);
    const id = gate.deploymentId;
    const input = gate.action === 'continue' ? 'continue-deployment' : 'stop-deployment';
    const info = await deploymentAtGate(cd, {
        deploymentId: id,
        application: inputs.application,
        deploymentGroup: inputs.deploymentGroup,
        input
    });
    outcome.deploymentId = id;
    outcome.info = info;
    outcome.status = info.status;
    (0,outputs/* setOutputs */.n)(outcome);
    if (gate.action === 'continue') {
        await continueDeployment(cd, id);
        log.info(`Rerouting traffic to the replacement of deployment ${id} (continue-deployment).`);
        await (0,supervise/* superviseDeployment */.W)(cd, id, { ...inputs, waitUntil: 'completed' }, outcome, { log });
        return;
    }
    await (0,stop/* stopDeployment */.U)(cd, id, inputs.rollbackOnStop, 'stop-deployment', log);
    const ended = await (0,wait/* waitForDeployment */.Kw)(cd, id, {
        timeoutMs: inputs.waitTimeoutSeconds * 1000,
        pollIntervalMs: inputs.pollIntervalSeconds * 1000,
        log
    });
    outcome.info = ended.info;
    outcome.status = ended.info.status;
    (0,outputs/* setOutputs */.n)(outcome);
    const rollback = ended.info.rollbackInfo?.rollbackDeploymentId;
    const status = (0,untrusted/* oneLine */.TN)(ended.info.status ?? 'stopping');
    throw new errors/* StoppedAtGateError */.Yk(`Deployment ${id} was stopped at Ready (stop-deployment) and is ${status}` +
        `${rollback ? `; CodeDeploy rolls back with deployment ${(0,untrusted/* shown */.SP)(rollback)}` : ''}: ${(0,codedeploy_status/* deploymentUrl */.PM)(inputs.region, id)}`);
}


/***/ })

};
