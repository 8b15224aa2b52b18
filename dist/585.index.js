export const id = 585;
export const ids = [585];
export const modules = {

/***/ 9221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M_: () => (/* binding */ createWhenGroupIsFree),
/* harmony export */   az: () => (/* binding */ ACTIVE_STATUSES)
/* harmony export */ });
/* unused harmony exports findActiveDeployments, settleActiveDeployments */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5148);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(665);
/* harmony import */ var _stop_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1123);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(910);






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
    const ids = [];
    let nextToken;
    try {
        do {
            const page = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_5__/* .ListDeploymentsCommand */ .sr8({
                applicationName: application,
                deploymentGroupName: deploymentGroup,
                includeOnlyStatuses: ACTIVE_STATUSES,
                nextToken
            }));
            ids.push(...(page.deployments ?? []));
            nextToken = page.nextToken;
        } while (nextToken);
    }
    catch (err) {
        if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(err))
            throw err;
        warn(`Could not look for deployments in progress (codedeploy:ListDeployments was denied: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}). Allow it to the deploying role so the on-active-deployment policy can act before CreateDeployment.`);
        return undefined;
    }
    return ids;
}
async function describe(cd, deploymentId) {
    try {
        const { deploymentInfo: d } = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_5__/* .GetDeploymentCommand */ .Tvn({ deploymentId }));
        const created = d?.createTime ? ` at ${d.createTime.toISOString()}` : '';
        const what = d?.description ? `: "${d.description}"` : '';
        return `${deploymentId} (${d?.status ?? 'unknown status'}, started by ${d?.creator ?? 'unknown'}${created}${what})`;
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
            await (0,_stop_js__WEBPACK_IMPORTED_MODULE_3__/* .stopDeployment */ .U)(cd, id, options.rollbackOnStop, 'on-active-deployment is stop', options.log);
        }
        else {
            options.log(`Deployment ${await describe(cd, id)} is in progress in '${options.deploymentGroup}': waiting for it to end (${link}).`);
        }
        const result = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_4__/* .waitForDeployment */ .Kw)(cd, id, { ...options.wait, log: options.log });
        if (result.timedOut) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`Deployment ${id} in '${options.deploymentGroup}' was still ${result.info.status} after wait-timeout-seconds; no new deployment was created. ${link}`);
        }
        options.log(`Deployment ${id} ended with status ${result.info.status}.`);
    }
}
const MAX_CREATE_ATTEMPTS = 3;
/**
 * Applies the on-active-deployment policy, then creates the deployment. Another deployment can
 * start between the check and CreateDeployment; CodeDeploy then answers
 * DeploymentLimitExceededException, and the policy is applied again.
 */
async function createWhenGroupIsFree(cd, options, create) {
    // Once ListDeployments is denied, asking again would only repeat the warning.
    let canList = true;
    const settle = async () => {
        if (!canList)
            return false;
        const active = await findActiveDeployments(cd, options.application, options.deploymentGroup, options.warn);
        canList = active !== undefined;
        if (!active?.length)
            return false;
        await settleActiveDeployments(cd, active, options);
        return true;
    };
    await settle();
    for (let attempt = 1;; attempt++) {
        try {
            return await create();
        }
        catch (err) {
            const busy = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt &&
                (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(err.cause) === 'DeploymentLimitExceededException';
            if (!busy || attempt >= MAX_CREATE_ATTEMPTS || !(await settle()))
                throw err;
        }
    }
}


/***/ }),

/***/ 9331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ checkPlatformMatches),
/* harmony export */   Ny: () => (/* binding */ appSpecContentRevision),
/* harmony export */   YJ: () => (/* binding */ findAppSpecFile),
/* harmony export */   e_: () => (/* binding */ detectComputePlatform)
/* harmony export */ });
/* unused harmony exports validateEcsAppSpec, validateLambdaAppSpec */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4934);







/** Looked up in this order when the appspec-file input is empty. */
const APPSPEC_FILE_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'];
const ECS_HOOKS = [
    'BeforeInstall',
    'AfterInstall',
    'AfterAllowTestTraffic',
    'BeforeAllowTraffic',
    'AfterAllowTraffic'
];
const LAMBDA_HOOKS = ['BeforeAllowTraffic', 'AfterAllowTraffic'];
const RESOURCE_TYPES = {
    ECS: 'AWS::ECS::Service',
    Lambda: 'AWS::Lambda::Function'
};
const TOP_LEVEL_KEYS = ['version', 'Resources', 'Hooks'];
const TASK_DEFINITION_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/;
/** A function name, partial ARN or ARN, optionally qualified, as Lambda's Invoke accepts. */
const LAMBDA_FUNCTION = /^(arn:aws[a-zA-Z-]*:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d:)?(\d{12}:)?(function:)?[a-zA-Z0-9_-]{1,140}(:(\$LATEST|[a-zA-Z0-9_-]+))?$/;
/**
 * The AppSpec file to use: `explicit` (the appspec-file input, relative to `dir` or absolute), else
 * the first of appspec.yml, appspec.yaml, appspec.json in `dir`. Returns an absolute path.
 */
function findAppSpecFile(dir, explicit) {
    if (explicit) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(dir, explicit);
        const kind = fileKind(file);
        if (kind === 'file')
            return file;
        const found = kind === 'directory' ? 'is a directory' : 'does not exist';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`Input 'appspec-file' is '${explicit}': expected an AppSpec file (relative to revision-path or absolute), but ${file} ${found}.`);
    }
    for (const name of APPSPEC_FILE_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, name);
        if (fileKind(file) === 'file')
            return file;
    }
    const base = `No ${APPSPEC_FILE_NAMES.join(', ')} in ${dir}`;
    const nearMiss = listDir(dir).find(name => /^appspec\.(ya?ml|json)$/i.test(name));
    if (nearMiss) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppSpecError */ .HY(`${base}, but ${nearMiss} is there: file names are case-sensitive; rename it, or set appspec-file: ${nearMiss}.`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppSpecError */ .HY(`${base}: add one, set appspec-file to its path, or check that the job checked out the repository and that revision-path names the right directory.`);
}
/**
 * Tells from an AppSpec which compute platform it is written for: EC2/On-Premises AppSpecs have
 * `os` and `files`; ECS and Lambda ones have `Resources` of a type that names the platform.
 */
function detectComputePlatform(text, fileName) {
    const { root, fail } = parse(text, fileName);
    if (field(root, 'os') || field(root, 'files'))
        return 'Server';
    const resources = field(root, 'Resources');
    const expected = 'expected os (EC2/On-Premises), or Resources with a service of Type AWS::ECS::Service (ECS) ' +
        'or a function of Type AWS::Lambda::Function (Lambda)';
    if (!resources)
        return fail(root, `cannot tell the compute platform: ${expected}`);
    const { type } = singleResource(resources, fail);
    const platform = Object.keys(RESOURCE_TYPES).find(p => RESOURCE_TYPES[p] === type.value);
    if (!platform)
        return fail(type.node, `unknown resource Type ${show(type.value)}; ${expected}`);
    return platform;
}
/** Checks an ECS AppSpec the way CodeDeploy will read it; each error names the file and line. */
function validateEcsAppSpec(text, fileName) {
    const { root, fail } = parse(text, fileName);
    const properties = resourceProperties(root, 'ECS', fail);
    const taskDefinition = requiredText(properties, 'TaskDefinition', 'Properties', fail);
    if (!TASK_DEFINITION_ARN.test(taskDefinition.value)) {
        fail(taskDefinition.node, `TaskDefinition is ${show(taskDefinition.value)}; expected the ARN of a registered task definition revision, such as arn:aws:ecs:us-east-1:123456789012:task-definition/web:42`);
    }
    const lbPair = field(properties, 'LoadBalancerInfo');
    if (!lbPair) {
        return fail(properties, `Properties without LoadBalancerInfo; expected ContainerName and ContainerPort in it`);
    }
    const loadBalancerInfo = lbPair.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(loadBalancerInfo)) {
        return fail(loadBalancerInfo ?? lbPair.key, `LoadBalancerInfo must be a mapping with ContainerName and ContainerPort`);
    }
    const containerName = requiredText(loadBalancerInfo, 'ContainerName', 'LoadBalancerInfo', fail);
    const port = requiredText(loadBalancerInfo, 'ContainerPort', 'LoadBalancerInfo', fail);
    const containerPort = /^\d+$/.test(port.value) ? Number(port.value) : NaN;
    if (!(containerPort >= 1 && containerPort <= 65535)) {
        fail(port.node, `ContainerPort is ${show(port.value)}; expected a whole number from 1 to 65535`);
    }
    return {
        platform: 'ECS',
        taskDefinition: taskDefinition.value,
        containerName: containerName.value,
        containerPort,
        hooks: checkHooks(root, ECS_HOOKS, 'ECS', fail)
    };
}
/** Checks a Lambda AppSpec the way CodeDeploy will read it; each error names the file and line. */
function validateLambdaAppSpec(text, fileName) {
    const { root, fail } = parse(text, fileName);
    const properties = resourceProperties(root, 'Lambda', fail);
    const name = requiredText(properties, 'Name', 'Properties', fail);
    if (!LAMBDA_FUNCTION.test(name.value)) {
        fail(name.node, `Name is ${show(name.value)}; expected a Lambda function name or ARN`);
    }
    const alias = requiredText(properties, 'Alias', 'Properties', fail);
    const version = (key) => {
        const v = requiredText(properties, key, 'Properties', fail);
        if (!/^[1-9]\d*$/.test(v.value)) {
            fail(v.node, `${key} is ${show(v.value)}; expected a published version number such as 3`);
        }
        return v.value;
    };
    return {
        platform: 'Lambda',
        functionName: name.value,
        alias: alias.value,
        currentVersion: version('CurrentVersion'),
        targetVersion: version('TargetVersion'),
        hooks: checkHooks(root, LAMBDA_HOOKS, 'Lambda', fail)
    };
}
/**
 * Reads and validates the AppSpec for the platform, and returns it as an `AppSpecContent`
 * revision: ECS and Lambda deployments take the AppSpec itself, nothing is uploaded.
 */
async function appSpecContentRevision(file, platform) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppSpecError */ .HY(`Could not read the AppSpec file ${file}: ${err.message}`, {
            cause: err
        });
    }
    // A byte order mark is not part of the YAML or JSON text CodeDeploy parses.
    const content = text.replace(/^\uFEFF/, '');
    const name = displayName(file);
    const appSpec = platform === 'ECS' ? validateEcsAppSpec(content, name) : validateLambdaAppSpec(content, name);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content, 'utf8').digest('hex');
    return {
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content, sha256 } },
        sha256,
        content,
        appSpec
    };
}
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`Deployment group '${deploymentGroup}' of application '${application}' deploys to ` +
        `${PLATFORM_LABELS[groupPlatform]}, but the revision is ${REVISION_KINDS[revisionPlatform]}: ` +
        `check the application and deployment-group inputs, or point revision-path (or appspec-file) ` +
        `at an AppSpec for ${PLATFORM_LABELS[groupPlatform]}.`);
}
function parse(text, fileName) {
    const { doc, lineOf, syntaxError } = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .parseWithLines */ .N)(text);
    const fail = (node, message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppSpecError */ .HY(`${fileName} line ${lineOf(node)}: ${message}`);
    };
    if (syntaxError) {
        const { line, message } = syntaxError;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppSpecError */ .HY(`${fileName} line ${line}: invalid YAML or JSON: ${message}`);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(root))
        return fail(root, `expected a mapping with version: 0.0 and Resources`);
    return { root, fail };
}
function resourceProperties(root, platform, fail) {
    for (const pair of root.items) {
        const key = keyOf(pair);
        if (!TOP_LEVEL_KEYS.some(k => k.toLowerCase() === key.toLowerCase())) {
            fail(pair.key, `unknown key ${key}; expected ${TOP_LEVEL_KEYS.join(', ')}`);
        }
    }
    const version = field(root, 'version');
    const value = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(version?.value) ? version.value.value : undefined;
    if (value !== 0 && value !== '0.0') {
        fail(version?.value ?? root, `version is ${show(value)}; expected 0.0 (the only version)`);
    }
    const resources = field(root, 'Resources');
    if (!resources) {
        return fail(root, `no Resources; expected one resource of Type ${RESOURCE_TYPES[platform]}`);
    }
    const { type, body } = singleResource(resources, fail);
    if (type.value !== RESOURCE_TYPES[platform]) {
        fail(type.node, `resource Type is ${show(type.value)}; ${platform} deployments expect ${RESOURCE_TYPES[platform]}`);
    }
    const properties = field(body, 'Properties');
    if (!properties)
        return fail(body, `resource without Properties`);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(properties.value)) {
        return fail(properties.value ?? properties.key, `Properties must be a mapping`);
    }
    return properties.value;
}
/** CodeDeploy deploys exactly one service or function per deployment. */
function singleResource(resources, fail) {
    const list = resources.value;
    const shape = 'Resources must be a list with one resource (- <name>: with Type and Properties)';
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isSeq */ .oP)(list))
        return fail(list ?? resources.key, shape);
    if (list.items.length !== 1) {
        return fail(list, `Resources has ${list.items.length} entries; expected exactly one`);
    }
    const item = list.items[0];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(item) || item.items.length !== 1)
        return fail(item, shape);
    const body = item.items[0].value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(body))
        return fail(body ?? item.items[0].key, shape);
    const type = requiredText(body, 'Type', 'resource', fail);
    return { type, body };
}
function checkHooks(root, events, platform, fail) {
    const hooks = field(root, 'Hooks');
    const value = hooks?.value;
    if (!hooks || value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(value) && value.value === null))
        return [];
    const shape = 'Hooks must be a list of - <lifecycle event>: <Lambda function name or ARN>';
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isSeq */ .oP)(value))
        return fail(value ?? hooks.key, shape);
    const seen = new Set();
    return value.items.map(item => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isMap */ .jh)(item) || item.items.length !== 1)
            return fail(item, shape);
        const pair = item.items[0];
        const event = keyOf(pair);
        const keyNode = pair.key;
        if (!events.includes(event)) {
            fail(keyNode, `${event} is not a lifecycle event of ${platform} deployments; expected one of ${events.join(', ')}`);
        }
        if (seen.has(event))
            fail(keyNode, `${event} appears twice; a lifecycle event has one hook`);
        seen.add(event);
        const functionName = scalarText(pair.value);
        if (functionName === undefined || !LAMBDA_FUNCTION.test(functionName)) {
            fail(pair.value ?? keyNode, `${event} hook is ${show(functionName)}; expected the name or ARN of a Lambda function`);
        }
        return { event, functionName };
    });
}
/** AppSpec keys are matched without regard to case, as CodeDeploy does. */
function field(map, key) {
    const wanted = key.toLowerCase();
    return map.items.find(pair => keyOf(pair).toLowerCase() === wanted);
}
function requiredText(map, key, parent, fail) {
    const pair = field(map, key);
    if (!pair)
        return fail(map, `${parent} without ${key}`);
    const value = scalarText(pair.value);
    if (value === undefined)
        return fail(pair.value ?? pair.key, `${key} is empty`);
    return { value, node: pair.value };
}
function keyOf(pair) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
}
/** The text of a scalar that holds a string or a number, else undefined. */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .isScalar */ .jn)(node) || node.value === null || typeof node.value === 'object')
        return undefined;
    const text = String(node.value).trim();
    return text === '' ? undefined : text;
}
function fileKind(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return undefined;
    }
}
function listDir(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
/** Relative to the workspace (the working directory of actions) when inside it. */
function displayName(file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_3__.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(relative) ? relative : file;
}
function show(value) {
    return value === undefined || value === null ? 'missing' : JSON.stringify(value);
}


/***/ }),

/***/ 6585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/active.ts
var active = __webpack_require__(9221);
// EXTERNAL MODULE: ./src/appspec-content.ts
var appspec_content = __webpack_require__(9331);
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

// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/report.ts
var report = __webpack_require__(665);
// EXTERNAL MODULE: ./src/revision.ts + 13 modules
var src_revision = __webpack_require__(6341);
// EXTERNAL MODULE: ./src/s3.ts + 1 modules
var src_s3 = __webpack_require__(5891);
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
;// CONCATENATED MODULE: ./src/supervise.ts







const log = (line) => core/* info */.pq(line);
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
        // The wait gave up on reading the deployment, which may well be fine: leave it running.
        core/* saveState */.LZ(src_state/* STATE_SETTLED */.gB, 'true');
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
    core/* info */.pq(`Deployment ${deploymentId} succeeded.`);
}

;// CONCATENATED MODULE: ./src/main.ts













/**
 * Runs the whole flow: inputs, revision, credentials, upload, deployment, wait, report. Local
 * work (validation, bundling) comes first, so a bad input or AppSpec fails before any AWS call.
 */
async function run(env = process.env) {
    const started = Date.now();
    const ctx = (0,src_inputs/* runContext */.pO)(env);
    let outcome;
    let github;
    try {
        const inputs = (0,src_inputs/* readInputs */.Ko)(ctx);
        if (inputs.dryRun) {
            // Loaded on demand: most runs never need it, and every run pays for parsing what it loads.
            const { runPreflight } = await __webpack_require__.e(/* import() */ 504).then(__webpack_require__.bind(__webpack_require__, 4504));
            if (!(await runPreflight(inputs, env))) {
                throw new errors/* PreflightError */.wG('Dry run: some checks failed; see the checklist above.');
            }
            return;
        }
        const plan = (0,src_revision/* planRevision */.XO)(inputs);
        const local = await (0,src_revision/* prepareLocalRevision */.cy)(plan, inputs, env);
        if (local.kind === 'bundle') {
            const { bundle } = local;
            core/* info */.pq(`Bundled ${inputs.revisionPath}: ${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}.`);
        }
        let credentials;
        let cd;
        let location;
        try {
            credentials = await (0,src_credentials/* resolveCredentials */.z8)(inputs, {
                sts: (0,clients/* stsFactory */.z_)(inputs.region),
                getIdToken: audience => core/* getIDToken */.V9(audience),
                env
            });
            core/* info */.pq(`Deploying as ${credentials.targetArn} in account ${credentials.targetAccountId}.`);
            outcome = {
                application: inputs.application,
                deploymentGroup: inputs.deploymentGroup,
                region: inputs.region,
                targetAccountId: credentials.targetAccountId,
                failures: []
            };
            (0,report/* setOutputs */.n0)(outcome);
            cd = (0,clients/* codeDeployClient */.i4)(inputs.region, credentials.target);
            await checkGroup(cd, inputs, (0,src_revision/* platformOf */.tj)(plan), deployTarget(inputs, credentials));
            location = await storeRevision(inputs, local, credentials, outcome);
            (0,report/* setOutputs */.n0)(outcome);
        }
        finally {
            if (local.kind === 'bundle')
                await (0,src_revision/* discard */.vf)(local.bundle);
        }
        const target = deployTarget(inputs, credentials);
        await registerRevision(cd, inputs, location, target);
        if (inputs.uploadOnly) {
            core/* info */.pq(`Registered the revision with application '${inputs.application}'; no deployment created (upload-only).`);
            return;
        }
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
            log: line => core/* info */.pq(line),
            warn: line => core/* warning */.$e(line)
        }, () => createDeployment(cd, inputs, location, target));
        core/* saveState */.LZ(src_state/* STATE_DEPLOYMENT_ID */.WI, deploymentId);
        // After the group is free: a wait for another deployment must not leave an entry in progress.
        github = await recordOnGitHub(inputs, ctx, env);
        outcome.deploymentId = deploymentId;
        outcome.status = 'Created';
        (0,report/* setOutputs */.n0)(outcome);
        core/* info */.pq(`Created deployment ${deploymentId}: ${(0,report/* deploymentUrl */.PM)(inputs.region, deploymentId)}`);
        if (!inputs.wait) {
            core/* saveState */.LZ(src_state/* STATE_SETTLED */.gB, 'true');
            return;
        }
        const current = outcome;
        await superviseDeployment(cd, deploymentId, inputs, current, () => finishOnGitHub(github, current, current.status));
    }
    catch (err) {
        (0,report/* setErrorOutputs */.$m)(outcome, err);
        fail(err);
    }
    finally {
        await finishOnGitHub(github, outcome, outcome?.status);
        if (clients/* callStats */.Iz.calls > 0) {
            core/* info */.pq(`AWS calls: ${clients/* callStats */.Iz.calls} (${clients/* callStats */.Iz.retries} retried after throttling or transient faults).`);
        }
        if (outcome) {
            outcome.durationMs = Date.now() - started;
            await (0,report/* writeSummary */.Sy)(outcome).catch(e => core/* warning */.$e(`Could not write the job summary: ${e}`));
        }
    }
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
        (0,appspec_content/* checkPlatformMatches */.Bg)(platform, groupPlatform, inputs.application, inputs.deploymentGroup);
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
    const log = (line) => core/* info */.pq(line);
    let revision;
    if (local.kind === 'bundle') {
        revision = await (0,src_revision/* uploadRevision */.FM)(s3, local.bucket, inputs, local.bundle, uploader, log);
    }
    else {
        revision = await (0,src_revision/* existingRevision */.rR)(s3, local.location, inputs.s3BucketOwner, uploader);
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
        warn: line => core/* warning */.$e(line),
        log: line => core/* info */.pq(line)
    });
}
async function finishOnGitHub(github, outcome, status) {
    if (!github)
        return;
    const { gitHubDeploymentState } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(386)]).then(__webpack_require__.bind(__webpack_require__, 1386));
    const id = outcome?.deploymentId;
    await github.setStatus(gitHubDeploymentState(status), {
        environmentUrl: id && outcome ? (0,report/* deploymentUrl */.PM)(outcome.region, id) : undefined,
        description: `CodeDeploy deployment ${id ?? '(not created)'}: ${status ?? 'error'}`
    });
}
function fail(err) {
    if (err instanceof errors/* ActionError */.lZ) {
        core/* setFailed */.C1(err.message);
    }
    else {
        core/* setFailed */.C1(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (err instanceof Error && err.stack)
        core/* debug */.Yz(err.stack);
}


/***/ }),

/***/ 6341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vf: () => (/* binding */ discard),
  rR: () => (/* binding */ existingRevision),
  XO: () => (/* binding */ planRevision),
  tj: () => (/* binding */ platformOf),
  cy: () => (/* binding */ prepareLocalRevision),
  FM: () => (/* binding */ uploadRevision)
});

// UNUSED EXPORTS: bundleRevision, sourceDateEpoch

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/yaml-lines.ts
var yaml_lines = __webpack_require__(4934);
;// CONCATENATED MODULE: ./src/bundle/appspec.ts




/** The names the CodeDeploy agent looks for at the bundle root, in its order of preference. */
const APPSPEC_NAMES = ['appspec.yml', 'appspec.yaml'];
/** Lifecycle events an EC2/On-Premises AppSpec may attach scripts to. */
const LIFECYCLE_EVENTS = [
    'ApplicationStop',
    'BeforeInstall',
    'AfterInstall',
    'ApplicationStart',
    'ValidateService',
    'BeforeBlockTraffic',
    'AfterBlockTraffic',
    'BeforeAllowTraffic',
    'AfterAllowTraffic'
];
/** Events the agent runs itself; scripts cannot be attached to them. */
const RESERVED_EVENTS = [
    'Start',
    'DownloadBundle',
    'Install',
    'BlockTraffic',
    'AllowTraffic',
    'End'
];
const TOP_LEVEL_KEYS = ['version', 'os', 'files', 'permissions', 'hooks', 'file_exists_behavior'];
const FILE_EXISTS_BEHAVIORS = ['DISALLOW', 'OVERWRITE', 'RETAIN'];
const MAX_TIMEOUT_SECONDS = 3600;
/**
 * Picks the AppSpec file among the bundle's file names (`appspec.yml` wins over `appspec.yaml`,
 * as in the agent). When there is none at the root, the error points at the likely mistake: a
 * nested directory, or a name with the wrong case or extension.
 */
function findAppSpec(names, revisionPath) {
    const present = new Set(names);
    const found = APPSPEC_NAMES.find(name => present.has(name));
    if (found)
        return found;
    const base = `no appspec.yml or appspec.yaml at the root of revision-path (${revisionPath})`;
    const nearMiss = names.find(name => !name.includes('/') && /^appspec\.(ya?ml|json)$/i.test(name));
    if (nearMiss) {
        throw new errors/* AppSpecError */.HY(`${base}, but ${nearMiss} is there: the agent only reads a file named exactly ` +
            `appspec.yml or appspec.yaml (lower case, YAML); rename it`);
    }
    const nested = names
        .filter(name => /(^|\/)appspec\.ya?ml$/i.test(name))
        .sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (nested) {
        const dir = external_node_path_.posix.dirname(nested);
        throw new errors/* AppSpecError */.HY(`${base}, but ${nested} exists: CodeDeploy reads the AppSpec file from the root of the ` +
            `bundle; set revision-path to the directory that holds it (${external_node_path_.posix.join(revisionPath, dir)})`);
    }
    throw new errors/* AppSpecError */.HY(`${base}: CodeDeploy reads the AppSpec file from the root of the bundle; add one there, or ` +
        `check that the job checked out the repository and that revision-path names the right directory`);
}
/**
 * Checks an EC2/On-Premises AppSpec the way the agent will read it, so a mistake fails the step
 * before anything is uploaded. `has` says whether a path (file or directory, relative to the bundle
 * root, `/`-separated, `''` for the root) is in the bundle. Every error is one line naming the file
 * and line.
 */
function validateAppSpec(text, fileName, has) {
    const { doc, lineOf, syntaxError } = (0,yaml_lines/* parseWithLines */.N)(text);
    const fail = (node, message) => {
        throw new errors/* AppSpecError */.HY(`${fileName} line ${lineOf(node)}: ${message}`);
    };
    if (syntaxError) {
        const { line, message } = syntaxError;
        throw new errors/* AppSpecError */.HY(`${fileName} line ${line}: invalid YAML: ${message}`);
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        return fail(root, `expected a mapping with version: 0.0, os, and optionally files and hooks`);
    }
    for (const pair of root.items) {
        const key = keyOf(pair);
        if (!TOP_LEVEL_KEYS.includes(key)) {
            fail(pair.key, `unknown key ${key}; expected one of ${TOP_LEVEL_KEYS.join(', ')}`);
        }
    }
    const version = root.get('version', true);
    const value = (0,dist/* isScalar */.jn)(version) ? version.value : undefined;
    if (value !== 0) {
        fail(version ?? root, `version is ${show(value)}; expected 0.0, a number (the only version)`);
    }
    const osNode = root.get('os', true);
    const os = (0,dist/* isScalar */.jn)(osNode) ? osNode.value : undefined;
    if (os !== 'linux' && os !== 'windows') {
        return fail(osNode ?? root, `os is ${show(os)}; expected linux or windows (lower case)`);
    }
    const behavior = root.get('file_exists_behavior', true);
    if (behavior !== undefined && !FILE_EXISTS_BEHAVIORS.includes(scalarText(behavior) ?? '')) {
        fail(behavior, `file_exists_behavior must be one of ${FILE_EXISTS_BEHAVIORS.join(', ')}`);
    }
    const toBundlePath = (value) => bundlePath(value, os);
    checkFiles(root, toBundlePath, has, fail);
    const hooks = checkHooks(root, toBundlePath, has, fail);
    return { file: fileName, os, hooks };
}
/**
 * Turns an AppSpec path into a bundle path: the agent joins it to the bundle root, so a leading
 * `/` or `./` changes nothing; Windows AppSpecs may use backslashes.
 */
function bundlePath(value, os) {
    const slashed = os === 'windows' ? value.replace(/\\/g, '/') : value;
    const normal = external_node_path_.posix.normalize(`/${slashed}`);
    return normal.replace(/^\/+|\/+$/g, '');
}
function checkFiles(root, toBundlePath, has, fail) {
    const files = root.get('files', true);
    if (files === undefined || ((0,dist/* isScalar */.jn)(files) && files.value === null))
        return;
    if (!(0,dist/* isSeq */.oP)(files)) {
        return fail(files, `files must be a list of entries with source and destination`);
    }
    for (const item of files.items) {
        if (!(0,dist/* isMap */.jh)(item))
            return fail(item, `each files entry must have source and destination`);
        const sourceNode = item.get('source', true);
        const source = scalarText(sourceNode);
        if (source === undefined)
            fail(item, `files entry without source; expected source: <path>`);
        if (scalarText(item.get('destination', true)) === undefined) {
            fail(item, `files entry without destination; expected destination: <directory>`);
        }
        if (!has(toBundlePath(source))) {
            fail(sourceNode, `files source ${source} is not in the bundle; expected a file or directory ` +
                `relative to the root of revision-path (/ for all of it)`);
        }
    }
}
function checkHooks(root, toBundlePath, has, fail) {
    const hooks = root.get('hooks', true);
    if (hooks === undefined || ((0,dist/* isScalar */.jn)(hooks) && hooks.value === null))
        return [];
    if (!(0,dist/* isMap */.jh)(hooks))
        return fail(hooks, `hooks must map lifecycle events to lists of scripts`);
    return hooks.items.map(pair => {
        const event = keyOf(pair);
        const keyNode = pair.key;
        if (RESERVED_EVENTS.includes(event)) {
            fail(keyNode, `${event} is run by the agent itself and cannot have hooks; ${expectedEvents()}`);
        }
        if (!LIFECYCLE_EVENTS.includes(event)) {
            fail(keyNode, `unknown lifecycle event ${event}; ${expectedEvents()}`);
        }
        const scripts = pair.value;
        if (!(0,dist/* isSeq */.oP)(scripts)) {
            return fail(scripts ?? keyNode, `${event} must be a list of scripts (- location: <path>)`);
        }
        const locations = scripts.items.map(script => checkScript(script, event, toBundlePath, has, fail));
        return { event, locations };
    });
}
function checkScript(script, event, toBundlePath, has, fail) {
    if (!(0,dist/* isMap */.jh)(script))
        return fail(script, `each ${event} script must be a mapping with location`);
    const locationNode = script.get('location', true);
    const location = scalarText(locationNode);
    if (location === undefined)
        return fail(script, `${event} script without location`);
    const path = toBundlePath(location);
    if (path === '' || !has(path)) {
        fail(locationNode, `${event} script ${location} is not in the bundle; expected a path relative to ` +
            `the root of revision-path`);
    }
    const timeout = script.get('timeout', true);
    if (timeout !== undefined) {
        const seconds = (0,dist/* isScalar */.jn)(timeout) ? numberOf(timeout.value) : NaN;
        if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
            fail(timeout, `${event} timeout must be a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
        }
    }
    return path;
}
function expectedEvents() {
    return `expected one of ${LIFECYCLE_EVENTS.join(', ')}`;
}
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
}
/** The text of a scalar that holds a value (a string or a number), else undefined. */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || typeof node.value === 'object')
        return undefined;
    const text = String(node.value);
    return text === '' ? undefined : text;
}
function numberOf(value) {
    if (typeof value === 'number')
        return value;
    return typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
}
function show(value) {
    return value === undefined || value === null ? 'missing' : JSON.stringify(value);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/bundle/workers.ts


/**
 * A worker failed: usually a file it could not read (`changed`: its size differs from when it
 * was listed); `path` is missing for other failures.
 */
class WorkerReadError extends Error {
    path;
    changed;
    code;
    constructor(path, changed, code, message) {
        super(message);
        this.path = path;
        this.changed = changed;
        this.code = code;
    }
}
/**
 * A worker allocates a few short-lived objects per file; a small young generation gets them (and
 * the buffers zlib returned) collected every few dozen files instead of piling up: about 10 MB
 * less peak memory per worker on a tree of small files, at no measurable cost in speed.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 2 };
/** One worker per core: the main thread only copies, hashes and writes, which costs little. */
function defaultWorkerCount() {
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 8));
}
/**
 * Worker threads that read and compress into slots of one shared buffer, so results cross
 * threads without copies or per-job allocations: memory stays flat whatever the tree's size.
 * Each task goes to the worker with the fewest pending.
 */
class WorkerPool {
    layout;
    ring;
    workers;
    waiting = new Map();
    nextId = 0;
    closing = false;
    constructor(size, layout) {
        this.layout = layout;
        this.ring = new SharedArrayBuffer(layout.slots * layout.slotBytes);
        const workerData = { ring: this.ring, ...layout };
        const url = __webpack_require__.ab + "deflate-worker.mjs";
        this.workers = Array.from({ length: size }, () => {
            const entry = { worker: new external_node_worker_threads_.Worker(url, { workerData, resourceLimits }), pending: 0 };
            entry.worker.on('message', (reply) => {
                entry.pending--;
                this.settle(reply);
            });
            entry.worker.on('error', error => this.failAll(error));
            entry.worker.on('exit', code => {
                if (!this.closing)
                    this.failAll(new Error(`a compression worker stopped (exit ${code})`));
            });
            return entry;
        });
    }
    run(task) {
        const id = this.nextId++;
        const entry = this.workers.reduce((a, b) => (b.pending < a.pending ? b : a));
        entry.pending++;
        return new Promise((resolve, reject) => {
            this.waiting.set(id, { resolve, reject });
            entry.worker.postMessage({ ...task, id });
        });
    }
    /** Bytes a worker left in a slot; valid until that slot is given to another task. */
    view(slot, offset, length) {
        return Buffer.from(this.ring, slot * this.layout.slotBytes + offset, length);
    }
    async close() {
        this.closing = true;
        await Promise.all(this.workers.map(w => w.worker.terminate()));
    }
    settle(reply) {
        const waiter = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if (!reply.error)
            return waiter?.resolve(reply);
        const { path, changed, code, message } = reply.error;
        waiter?.reject(new WorkerReadError(path, changed, code, message));
    }
    failAll(error) {
        for (const waiter of this.waiting.values())
            waiter.reject(error);
        this.waiting.clear();
    }
}

;// CONCATENATED MODULE: ./src/bundle/compress.ts





/**
 * Files larger than this are split into blocks of this size, compressed in parallel and joined
 * into one deflate stream (the pigz technique). The size is part of the output format: changing
 * it changes the archive bytes, so it is a constant, not a tuning knob.
 */
const BLOCK_SIZE = 1 << 20;
/**
 * Node's zlib (Chromium's, with faster match finding) at level 4 makes archives about the size
 * of `zip -6` (within 3 % on source trees, equal on logs) at 1.4 to 1.6 times the speed of its
 * own level 6: the better trade when bundling is on every deployment's critical path.
 */
const DEFAULT_LEVEL = 4;
/** A large file is stored when deflate shrinks its samples by less than this. */
const STORE_RATIO = 0.9;
const SAMPLE_SIZE = 64 * 1024;
/** Formats that are already compressed: deflating them again costs CPU and saves nothing. */
const COMPRESSED_EXTENSIONS = new Set(('7z apk avif br bz2 cab deb docx ear egg epub flac gif gz heic jar jpeg jpg lz lz4 lzma m4a ' +
    'm4v mkv mov mp3 mp4 nupkg odp ods odt ogg opus png pptx rar rpm snap tbz2 tgz txz war webm ' +
    'webp whl woff woff2 xlsx xz zip zst').split(' '));
/** Deflate may refer back this far, so each block is primed with the end of the one before. */
const WINDOW = 32 * 1024;
/**
 * Room for one job's output: a block (deflate can grow incompressible data by a few bytes per
 * 16 KiB), or a batch of small files (each at most its own size, since it is stored otherwise).
 */
const SLOT_BYTES = BLOCK_SIZE + 64 * 1024;
/** Small files travel to the workers in batches: one message per file would cost more than it saves. */
const BATCH_FILES = 64;
/** Workers, with one slot per job in flight (`jobsPerWorker` keeps each busy while it waits). */
function createPool(workers, jobsPerWorker = 4, level = DEFAULT_LEVEL) {
    const layout = {
        level,
        slots: workers * jobsPerWorker,
        slotBytes: SLOT_BYTES,
        scratchBytes: BLOCK_SIZE + WINDOW + 1
    };
    return new WorkerPool(workers, layout);
}
/**
 * Expands the files, in order, into jobs. Whether a file is stored rather than deflated depends
 * only on its name and content (never on timing), so the archive is deterministic.
 */
function* planJobs(files) {
    let batch = newBatch();
    for (const file of files) {
        if (file.size <= BLOCK_SIZE) {
            if (batch.files.length === BATCH_FILES || batch.bytes + file.size > SLOT_BYTES) {
                yield batch;
                batch = newBatch();
            }
            batch.files.push(file);
            batch.store.push(isCompressedFormat(file.name));
            batch.bytes += file.size;
            continue;
        }
        if (batch.files.length)
            yield batch;
        batch = newBatch();
        const store = isCompressedFormat(file.name) || !looksCompressible(file);
        for (let start = 0; start < file.size; start += BLOCK_SIZE) {
            yield { kind: 'block', file, store, start, end: Math.min(start + BLOCK_SIZE, file.size) };
        }
    }
    if (batch.files.length)
        yield batch;
}
/** Runs a job in `slot` of the pool; a file that cannot be read fails with its name in the bundle. */
async function runJob(pool, job, slot) {
    try {
        if (job.kind === 'files') {
            const files = job.files.map((f, i) => ({ path: f.path, size: f.size, store: job.store[i] }));
            const { crcs, lengths, stored } = await pool.run({ type: 'files', slot, files });
            let at = 0;
            const packed = job.files.map((_, i) => {
                const data = pool.view(slot, at, lengths[i]);
                at += lengths[i];
                return { crc: crcs[i], stored: stored[i] === 1, data };
            });
            return { kind: 'files', files: job.files, packed };
        }
        const { file, start, end, store } = job;
        const task = {
            type: 'block',
            slot,
            path: file.path,
            start,
            end,
            primer: store ? 0 : Math.min(start, WINDOW),
            last: end === file.size,
            store
        };
        const { crc, length } = await pool.run(task);
        return { kind: 'block', file, stored: store, start, end, crc, data: pool.view(slot, 0, length) };
    }
    catch (error) {
        throw readError(job.kind === 'files' ? job.files : [job.file], error);
    }
}
/**
 * Runs one block of a tar stream in `slot`: the worker gathers its bytes (headers it is sent,
 * file ranges it reads) and deflates them, or copies them as they are for a plain tar.
 */
async function runStreamJob(pool, block, slot, compress) {
    const { segments, primer, last } = block;
    const task = { type: 'stream', slot, segments, primer, last, store: !compress };
    try {
        const { crc, length } = await pool.run(task);
        return { crc, length: block.length, data: pool.view(slot, 0, length) };
    }
    catch (error) {
        const files = segments.flatMap(s => ('path' in s ? [{ path: s.path, name: s.name }] : []));
        throw readError(files, error);
    }
}
function isCompressedFormat(name) {
    return COMPRESSED_EXTENSIONS.has(external_node_path_.posix.extname(name).slice(1).toLowerCase());
}
function newBatch() {
    return { kind: 'files', files: [], store: [], bytes: 0 };
}
/** Deflates three samples (start, middle, end) at the fastest level: a millisecond or two. */
function looksCompressible(file) {
    const offsets = [0, Math.floor((file.size - SAMPLE_SIZE) / 2), file.size - SAMPLE_SIZE];
    const sample = Buffer.allocUnsafe(SAMPLE_SIZE);
    let raw = 0;
    let compressed = 0;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file.path, 'r');
        for (const offset of offsets) {
            const n = (0,external_node_fs_.readSync)(fd, sample, 0, SAMPLE_SIZE, offset);
            raw += n;
            compressed += (0,external_node_zlib_.deflateRawSync)(sample.subarray(0, n), { level: 1 }).length;
        }
    }
    catch (error) {
        throw readError([file], error);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
    return compressed < raw * STORE_RATIO;
}
function readError(files, error) {
    const path = error?.path;
    if (typeof path !== 'string') {
        return new errors/* BundleError */.rJ(`cannot compress: ${String(error)}`, { cause: error });
    }
    const name = files.find(f => f.path === path)?.name ?? path;
    if (error instanceof WorkerReadError && error.changed) {
        return new errors/* BundleError */.rJ(`${name} changed while it was being bundled; bundle a directory that no other step ` +
            `writes to at the same time`, { cause: error });
    }
    const code = error.code ?? String(error);
    return new errors/* BundleError */.rJ(`cannot read ${name}: ${code}`, { cause: error });
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/bundle/files.ts




/** Gitignore-style file at the bundle root that lists what to leave out. */
const IGNORE_FILE = '.codedeployignore';
/**
 * Lists the regular files under `root` that go into the bundle, sorted by the UTF-8 bytes of their
 * archive name so the archive is the same whatever order the file system returns.
 *
 * - `.git` (directory, or the file a submodule or worktree has) is never packed, at any depth.
 * - `.codedeployignore` at the root and `exclude` are gitignore patterns; an excluded directory is
 *   not entered, so nothing below it can be re-included (as in git).
 * - A symlink is packed as what it points at, under the link's own name: a file link becomes a
 *   copy of the file, a directory link a copy of the directory's files. Its target must resolve
 *   inside `root`; anything else is refused, so a link can never pull files from elsewhere on the
 *   machine into a bundle. A directory link to one of its own parents is refused as a loop.
 * - Directories are not archive entries: an empty directory is not packed (as `aws deploy push`
 *   does); keep a placeholder file in it if the application needs it.
 * - Sockets, FIFOs and devices cannot be packed and are refused unless excluded.
 *
 * The walk is synchronous on purpose: on a cached tree it is several times faster than awaiting
 * one stat per file, and nothing else runs while a bundle is being planned.
 */
function listFiles(root, exclude) {
    const realRoot = resolveRoot(root);
    const ignored = ignoreRules(realRoot, exclude);
    const files = [];
    walk({ realRoot, ignored, files }, realRoot, realRoot, '', new Set([realRoot]));
    return sortByName(files);
}
/** Sorts by the UTF-8 bytes of the names, in place. */
function sortByName(items) {
    return items.sort((a, b) => compareUtf8(a.name, b.name));
}
/**
 * Orders strings as their UTF-8 bytes would be, without encoding them. UTF-16 order differs only
 * where a surrogate (a character above U+FFFF) meets a unit from U+E000 to U+FFFF; moving the
 * surrogates above that range gives code point order, which is UTF-8 byte order.
 */
function compareUtf8(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return codePointRank(x) - codePointRank(y);
    }
    return a.length - b.length;
}
function codePointRank(unit) {
    if (unit < 0xd800)
        return unit;
    return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}
/** 0755 when any execute bit is set, else 0644. */
function normaliseMode(mode) {
    return mode & 0o111 ? 0o755 : 0o644;
}
/** True when `target` is `root` or below it (both already resolved by realpath). */
function isInside(root, target) {
    const rel = (0,external_node_path_.relative)(root, target);
    return rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel);
}
function resolveRoot(root) {
    try {
        const real = (0,external_node_fs_.realpathSync)(root);
        if (!(0,external_node_fs_.statSync)(real).isDirectory())
            throw new errors/* BundleError */.rJ(`${root} is not a directory`);
        return real;
    }
    catch (error) {
        if (error instanceof errors/* BundleError */.rJ)
            throw error;
        throw new errors/* BundleError */.rJ(`cannot read the revision directory ${root}: ${reason(error)}`, {
            cause: error
        });
    }
}
/** No patterns (the usual case) means no matcher: it would cache an entry per path for nothing. */
function ignoreRules(realRoot, exclude) {
    const ignoreFile = (0,external_node_path_.join)(realRoot, IGNORE_FILE);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(ignoreFile, 'utf8');
    }
    catch (error) {
        if (code(error) !== 'ENOENT') {
            throw new errors/* BundleError */.rJ(`cannot read ${IGNORE_FILE}: ${reason(error)}`, { cause: error });
        }
    }
    const patterns = [...(text ?? '').split(/\r?\n/), ...exclude].filter(line => line.trim() !== '' && !line.startsWith('#'));
    if (!patterns.length)
        return () => false;
    const rules = ignore_default()().add(patterns);
    return path => rules.ignores(path);
}
/**
 * `dir` is the path as reached (maybe through a link), `realDir` its resolved path; `ancestors`
 * holds the resolved paths of the directories being walked, to detect link loops.
 */
function walk(w, dir, realDir, prefix, ancestors) {
    for (const entry of readDir(dir, prefix)) {
        if (entry.name === '.git')
            continue;
        const name = prefix + entry.name;
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (!w.ignored(`${name}/`))
                enterDir(w, path, (0,external_node_path_.join)(realDir, entry.name), name, ancestors);
        }
        else if (entry.isFile()) {
            if (!w.ignored(name))
                w.files.push(fileEntry(name, path, statOf(path, name)));
        }
        else if (entry.isSymbolicLink()) {
            addLink(w, path, name, ancestors);
        }
        else if (!w.ignored(name)) {
            throw new errors/* BundleError */.rJ(`${name} is not a regular file, directory or symlink (socket, FIFO or device): ` +
                `add it to ${IGNORE_FILE} or the exclude input`);
        }
    }
}
function addLink(w, path, name, ancestors) {
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(path);
    }
    catch (error) {
        if (w.ignored(name))
            return;
        throw new errors/* BundleError */.rJ(`symlink ${name} points to ${linkTarget(path)}, which does not exist (${reason(error)}); ` +
            `remove the link or exclude it`, { cause: error });
    }
    const stats = statOf(target, name);
    if (w.ignored(stats.isDirectory() ? `${name}/` : name))
        return;
    if (!isInside(w.realRoot, target)) {
        throw new errors/* BundleError */.rJ(`symlink ${name} points to ${target}, outside the revision directory: only files inside ` +
            `it are bundled, never files from elsewhere on the runner; copy the file in or exclude the link`);
    }
    if (stats.isDirectory())
        enterDir(w, path, target, name, ancestors);
    else if (stats.isFile())
        w.files.push(fileEntry(name, path, stats));
    else
        throw new errors/* BundleError */.rJ(`symlink ${name} points to ${target}, which is not a regular file`);
}
function enterDir(w, path, real, name, ancestors) {
    if (ancestors.has(real)) {
        throw new errors/* BundleError */.rJ(`symlink loop: ${name} leads back to ${(0,external_node_path_.relative)(w.realRoot, real) || '.'}, ` +
            `one of its own parent directories; remove the link or exclude it`);
    }
    walk(w, path, real, `${name}/`, new Set(ancestors).add(real));
}
function fileEntry(name, path, stats) {
    return { name, path, size: stats.size, mode: normaliseMode(stats.mode) };
}
function readDir(dir, prefix) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new errors/* BundleError */.rJ(`cannot list ${prefix || '.'}: ${reason(error)}`, { cause: error });
    }
}
function statOf(path, name) {
    try {
        return (0,external_node_fs_.statSync)(path);
    }
    catch (error) {
        throw new errors/* BundleError */.rJ(`cannot read ${name}: ${reason(error)}`, { cause: error });
    }
}
function linkTarget(path) {
    try {
        return (0,external_node_fs_.readlinkSync)(path);
    }
    catch {
        return 'an unreadable target';
    }
}
function code(error) {
    return error?.code;
}
function reason(error) {
    return code(error) ?? (error instanceof Error ? error.message : String(error));
}

;// CONCATENATED MODULE: ./src/bundle/crc32.ts
/**
 * CRC-32 of two concatenated pieces from the CRCs of each, without the bytes, so blocks of one
 * file can be checksummed in parallel (zlib's crc32_combine, which Node does not expose).
 */
function crc32Combine(crcA, crcB, lengthB) {
    return (multiplyModP(powerOfX(lengthB * 8), crcA) ^ crcB) >>> 0;
}
/** The CRC-32 polynomial, bit-reflected as zlib uses it. */
const POLY = 0xedb88320;
/** x^0 in the reflected representation. */
const ONE = 0x80000000;
/** X2N[k] = x^(2^k) modulo the polynomial. */
const X2N = (() => {
    const table = [ONE >>> 1];
    for (let k = 1; k < 64; k++)
        table.push(multiplyModP(table[k - 1], table[k - 1]));
    return table;
})();
/** a * b modulo the CRC polynomial, in the reflected bit order. */
function multiplyModP(a, b) {
    let product = 0;
    for (let m = ONE; m !== 0; m >>>= 1) {
        if (a & m)
            product ^= b;
        b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
    }
    return product >>> 0;
}
/** x^n modulo the polynomial, by squaring; n may exceed 2^32 (files past 512 MiB). */
function powerOfX(n) {
    let p = ONE;
    for (let k = 0; n > 0; k++, n = Math.floor(n / 2)) {
        if (n % 2)
            p = multiplyModP(X2N[k], p);
    }
    return p;
}

;// CONCATENATED MODULE: ./src/bundle/ordered.ts
/**
 * Runs `run` on up to `concurrency` jobs ahead of the consumer and yields the results in the
 * jobs' order. Output order never depends on which job finishes first, which keeps archives
 * byte-identical whatever the parallelism. `run` also gets the job's index: index modulo
 * `concurrency` names a buffer slot no other unconsumed job is using.
 */
async function* ordered(jobs, run, concurrency) {
    const source = jobs[Symbol.iterator]();
    const queue = [];
    let index = 0;
    let exhausted = false;
    for (;;) {
        while (!exhausted && queue.length < concurrency) {
            const next = source.next();
            if (next.done) {
                exhausted = true;
                break;
            }
            const result = run(next.value, index++);
            // A failure is raised when its turn comes; until then it must not count as unhandled.
            result.catch(() => undefined);
            queue.push(result);
        }
        const head = queue.shift();
        if (!head)
            return;
        // The next job starts only after the consumer is done with this result (slot reuse).
        yield await head;
    }
}

;// CONCATENATED MODULE: ./src/bundle/output.ts


/** Small records are gathered up to this size so a tree of tiny files costs few write calls. */
const STAGING_BYTES = 1 << 20;
/**
 * An archive being written: counts and hashes the bytes as they go, so nothing is read back.
 * `write` never keeps a reference to its argument after it resolves, so callers may reuse the
 * memory (small chunks are copied into one reused staging buffer).
 */
class HashedFile {
    path;
    handle;
    size = 0;
    hash = (0,external_node_crypto_.createHash)('sha256');
    staging = Buffer.allocUnsafeSlow(STAGING_BYTES);
    staged = 0;
    constructor(path, handle) {
        this.path = path;
        this.handle = handle;
    }
    /** Creates `path`; fails if it exists rather than overwrite someone else's file. */
    static async create(path) {
        return new HashedFile(path, await (0,promises_.open)(path, 'wx'));
    }
    async write(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
        if (this.staged + chunk.length > STAGING_BYTES)
            await this.flush();
        if (chunk.length >= STAGING_BYTES) {
            await this.writeAll(chunk);
            return;
        }
        this.staged += chunk.copy(this.staging, this.staged);
    }
    async close() {
        await this.flush();
        await this.handle.close();
        return { path: this.path, size: this.size, sha256: this.hash.digest('hex') };
    }
    /** Closes and deletes the partial file after a failure. */
    async discard() {
        await this.handle.close().catch(() => undefined);
        await (0,promises_.rm)(this.path, { force: true });
    }
    async flush() {
        if (this.staged)
            await this.writeAll(this.staging.subarray(0, this.staged));
        this.staged = 0;
    }
    async writeAll(data) {
        for (let at = 0; at < data.length;) {
            at += (await this.handle.write(data, at, data.length - at)).bytesWritten;
        }
    }
}

;// CONCATENATED MODULE: ./src/bundle/stream-blocks.ts
/**
 * Cuts the stream made of `parts` into blocks of `blockSize` bytes (the last may be shorter),
 * each described by where its bytes are rather than the bytes themselves, so that workers read
 * files in parallel and only the parts near the current block are held. Each block also covers
 * up to `window` bytes before it, to prime the compressor.
 */
function* streamBlocks(parts, blockSize, window) {
    const source = parts[Symbol.iterator]();
    const live = [];
    let end = 0;
    let exhausted = false;
    for (let blockStart = 0;;) {
        // One byte beyond the block tells whether it is the last.
        while (!exhausted && end <= blockStart + blockSize) {
            const next = source.next();
            if (next.done)
                exhausted = true;
            else {
                const length = 'bytes' in next.value ? next.value.bytes.length : next.value.file.size;
                live.push({ part: next.value, start: end, length });
                end += length;
            }
        }
        const blockEnd = Math.min(blockStart + blockSize, end);
        if (blockEnd === blockStart)
            return;
        const primer = Math.min(window, blockStart);
        const last = exhausted && blockEnd === end;
        yield {
            segments: segmentsIn(live, blockStart - primer, blockEnd),
            primer,
            length: blockEnd - blockStart,
            last
        };
        if (last)
            return;
        blockStart = blockEnd;
        while (live.length && live[0].start + live[0].length <= blockStart - window)
            live.shift();
    }
}
function segmentsIn(live, from, to) {
    const segments = [];
    for (const { part, start, length } of live) {
        if (start >= to || start + length <= from || length === 0)
            continue;
        const a = Math.max(from, start) - start;
        const b = Math.min(to, start + length) - start;
        if ('bytes' in part) {
            // A copy, so only these bytes (not a shared pool) travel to the worker.
            segments.push({ bytes: new Uint8Array(part.bytes.subarray(a, b)) });
        }
        else {
            const { path, name, size } = part.file;
            segments.push({ path, name, start: a, end: b, atEnd: b === size });
        }
    }
    return segments;
}

;// CONCATENATED MODULE: ./src/bundle/tar-records.ts
/**
 * Byte layouts of a POSIX tar archive (ustar, with pax extended headers only where ustar cannot
 * say it: paths that do not fit its name/prefix fields, files of 8 GiB or more), and of the gzip
 * wrapper. Pure functions; every field is fixed or derived from the entry, so archives repeat.
 */
const TAR_BLOCK = 512;
/** Two zero blocks end a tar archive. */
const TAR_END = Buffer.alloc(2 * TAR_BLOCK);
/** Largest size the 11 octal digits of a ustar size field hold. */
const MAX_USTAR_SIZE = 0o77777777777;
/** Header block(s) for a regular file: a pax header first when needed, then the ustar header. */
function tarHeader(name, size, mode, mtime) {
    const split = splitName(Buffer.from(name, 'utf8'));
    const pax = [];
    if (!split)
        pax.push(paxRecord('path', name));
    if (size > MAX_USTAR_SIZE)
        pax.push(paxRecord('size', String(size)));
    const ustar = ustarHeader({
        name: split?.name ?? fallbackName(name),
        prefix: split?.prefix ?? Buffer.alloc(0),
        size: size > MAX_USTAR_SIZE ? 0 : size,
        mode,
        mtime,
        type: '0'
    });
    if (!pax.length)
        return ustar;
    const data = Buffer.from(pax.join(''), 'utf8');
    const paxHeader = ustarHeader({
        name: Buffer.from('././@PaxHeader'),
        prefix: Buffer.alloc(0),
        size: data.length,
        mode: 0o644,
        mtime,
        type: 'x'
    });
    return Buffer.concat([paxHeader, data, Buffer.alloc(tarPadding(data.length)), ustar]);
}
/** Zero bytes after content of `size` bytes, up to the next 512-byte boundary. */
function tarPadding(size) {
    return (TAR_BLOCK - (size % TAR_BLOCK)) % TAR_BLOCK;
}
/** gzip member header: no name, no timestamp (as `gzip -n`), Unix. */
function gzipHeader() {
    return Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
}
/** gzip trailer: CRC-32 and length (modulo 2^32) of the uncompressed data. */
function gzipTrailer(crc, length) {
    const b = Buffer.alloc(8);
    b.writeUInt32LE(crc >>> 0, 0);
    b.writeUInt32LE(length % 2 ** 32, 4);
    return b;
}
function ustarHeader(f) {
    const b = Buffer.alloc(TAR_BLOCK);
    f.name.copy(b, 0);
    octal(b, 100, 8, f.mode);
    octal(b, 108, 8, 0); // uid
    octal(b, 116, 8, 0); // gid
    octal(b, 124, 12, f.size);
    octal(b, 136, 12, f.mtime);
    b.write(f.type, 156, 'ascii');
    b.write('ustar\u000000', 257, 'ascii');
    f.prefix.copy(b, 345);
    b.fill(' ', 148, 156);
    let sum = 0;
    for (const byte of b)
        sum += byte;
    b.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 'ascii');
    return b;
}
/** Zero-padded octal digits and a NUL, filling `width` bytes. */
function octal(b, at, width, value) {
    b.write(`${value.toString(8).padStart(width - 1, '0')}\u0000`, at, 'ascii');
}
/** ustar keeps up to 155 bytes of directories in `prefix` and the rest (≤ 100 bytes) in `name`. */
function splitName(name) {
    if (name.length <= 100)
        return { name, prefix: Buffer.alloc(0) };
    for (let i = name.indexOf('/'); i !== -1 && i <= 155; i = name.indexOf('/', i + 1)) {
        const rest = name.length - i - 1;
        if (rest > 0 && rest <= 100)
            return { prefix: name.subarray(0, i), name: name.subarray(i + 1) };
    }
    return undefined;
}
/** What a reader without pax support sees: the end of the name, as much as fits. */
function fallbackName(name) {
    return Buffer.from(name, 'utf8').subarray(-100);
}
/** `"<length> <key>=<value>\n"`, where length counts the whole record, its own digits included. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bytes = Buffer.byteLength(body, 'utf8');
    let length = bytes + 1;
    while (bytes + String(length).length !== length)
        length = bytes + String(length).length;
    return `${length}${body}`;
}

;// CONCATENATED MODULE: ./src/bundle/tar.ts







const ZEROS = Buffer.alloc(512);
/**
 * Writes `files` (in the given order) as a tar archive at `path`, gzip-compressed when asked.
 * The tar stream is cut into blocks that workers read and deflate in parallel; the compressed
 * blocks join into one gzip member that any gzip reader accepts. Entries are regular files with
 * the same names, modes (0644/0755) and timestamp as in a ZIP bundle; owner and group are 0.
 */
async function writeTar(files, path, options) {
    const out = await HashedFile.create(path);
    const pool = createPool(options.workers ?? defaultWorkerCount(), options.jobsPerWorker, options.level);
    const slots = pool.layout.slots;
    try {
        if (options.gzip)
            await out.write(gzipHeader());
        let crc = 0;
        let length = 0;
        const blocks = streamBlocks(tarParts(files, options.mtime), BLOCK_SIZE, options.gzip ? WINDOW : 0);
        const run = (block, i) => runStreamJob(pool, block, i % slots, options.gzip);
        for await (const done of ordered(blocks, run, slots)) {
            crc = length === 0 ? done.crc : crc32Combine(crc, done.crc, done.length);
            length += done.length;
            await out.write(done.data);
        }
        if (options.gzip)
            await out.write(gzipTrailer(crc, length));
        return { ...(await out.close()), entries: files.length };
    }
    catch (error) {
        await out.discard();
        throw error;
    }
    finally {
        await pool.close();
    }
}
function* tarParts(files, mtime) {
    for (const file of files) {
        yield { bytes: tarHeader(file.name, file.size, file.mode, mtime) };
        yield { file };
        const padding = tarPadding(file.size);
        if (padding)
            yield { bytes: ZEROS.subarray(0, padding) };
    }
    yield { bytes: TAR_END };
}

;// CONCATENATED MODULE: ./src/bundle/zip-records.ts
/**
 * Byte layouts of the ZIP records (PKWARE APPNOTE 6.3.10), as pure functions so the ZIP64 cases
 * (more than 65,535 entries, sizes and offsets past 4 GiB) can be tested without writing gigabytes.
 */
const STORE = 0;
const DEFLATE = 8;
/** A 32-bit field holding this value means "see the ZIP64 extra field / record". */
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const DESCRIPTOR_SIG = 0x08074b50;
const EOCD_SIG = 0x06054b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EXTRA_ID = 0x0001;
/** Names are UTF-8 (bit 11); bit 3: CRC and sizes follow the data in a data descriptor. */
const FLAG_UTF8 = 0x0800;
const FLAG_DESCRIPTOR = 0x0008;
/** Made by: Unix (3) so readers apply the modes in the external attributes; spec version 4.5. */
const MADE_BY = (3 << 8) | 45;
const S_IFREG = 0o100000;
/** MS-DOS date and time fields, from Unix seconds read as UTC and clamped to 1980–2107. */
function dosDateTime(epochSeconds) {
    const d = new Date(epochSeconds * 1000);
    const year = d.getUTCFullYear();
    if (year < 1980)
        return { date: (1 << 5) | 1, time: 0 };
    if (year > 2107)
        return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
    return {
        date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
        time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1)
    };
}
/**
 * Worst-case compressed size of `size` bytes: deflate adds 5 bytes per stored 16 KiB block and
 * each parallel block ends with a flush marker; 1/256 plus a constant is well above both.
 */
function mayNeedZip64(size) {
    return size + Math.ceil(size / 256) + 1024 >= MAX32;
}
function localHeader(e, dos) {
    const extra = e.zip64
        ? zip64Extra([e.descriptor ? 0 : e.size, e.descriptor ? 0 : e.compressedSize])
        : EMPTY;
    const b = Buffer.alloc(30 + e.name.length + extra.length);
    b.writeUInt32LE(LOCAL_SIG, 0);
    b.writeUInt16LE(versionNeeded(e, e.zip64), 4);
    b.writeUInt16LE(flags(e), 6);
    b.writeUInt16LE(e.method, 8);
    b.writeUInt16LE(dos.time, 10);
    b.writeUInt16LE(dos.date, 12);
    if (e.zip64) {
        b.writeUInt32LE(e.descriptor ? 0 : e.crc, 14);
        b.writeUInt32LE(MAX32, 18);
        b.writeUInt32LE(MAX32, 22);
    }
    else if (!e.descriptor) {
        b.writeUInt32LE(e.crc, 14);
        b.writeUInt32LE(e.compressedSize, 18);
        b.writeUInt32LE(e.size, 22);
    }
    b.writeUInt16LE(e.name.length, 26);
    b.writeUInt16LE(extra.length, 28);
    e.name.copy(b, 30);
    extra.copy(b, 30 + e.name.length);
    return b;
}
/** Follows the data of a `descriptor` entry; sizes are 8 bytes when the local header is ZIP64. */
function dataDescriptor(e) {
    const b = Buffer.alloc(e.zip64 ? 24 : 16);
    b.writeUInt32LE(DESCRIPTOR_SIG, 0);
    b.writeUInt32LE(e.crc, 4);
    if (e.zip64) {
        b.writeBigUInt64LE(BigInt(e.compressedSize), 8);
        b.writeBigUInt64LE(BigInt(e.size), 16);
    }
    else {
        b.writeUInt32LE(e.compressedSize, 8);
        b.writeUInt32LE(e.size, 12);
    }
    return b;
}
function centralHeader(e, dos) {
    // The ZIP64 extra holds exactly the fields set to 0xFFFFFFFF, in this order.
    const bigSizes = e.zip64 || e.size >= MAX32 || e.compressedSize >= MAX32;
    const bigOffset = e.offset >= MAX32;
    const fields = [...(bigSizes ? [e.size, e.compressedSize] : []), ...(bigOffset ? [e.offset] : [])];
    const extra = fields.length ? zip64Extra(fields) : EMPTY;
    const b = Buffer.alloc(46 + e.name.length + extra.length);
    b.writeUInt32LE(CENTRAL_SIG, 0);
    b.writeUInt16LE(MADE_BY, 4);
    b.writeUInt16LE(versionNeeded(e, extra.length > 0), 6);
    b.writeUInt16LE(flags(e), 8);
    b.writeUInt16LE(e.method, 10);
    b.writeUInt16LE(dos.time, 12);
    b.writeUInt16LE(dos.date, 14);
    b.writeUInt32LE(e.crc, 16);
    b.writeUInt32LE(bigSizes ? MAX32 : e.compressedSize, 20);
    b.writeUInt32LE(bigSizes ? MAX32 : e.size, 24);
    b.writeUInt16LE(e.name.length, 28);
    b.writeUInt16LE(extra.length, 30);
    // comment length, disk number start, internal attributes: all zero
    b.writeUInt32LE(((S_IFREG | e.mode) << 16) >>> 0, 38);
    b.writeUInt32LE(bigOffset ? MAX32 : e.offset, 42);
    e.name.copy(b, 46);
    extra.copy(b, 46 + e.name.length);
    return b;
}
/**
 * End of central directory; preceded by the ZIP64 end record and its locator when the entry count
 * or the directory's size or offset do not fit the classic fields.
 */
function endOfCentralDirectory(entries, cdOffset, cdSize) {
    const zip64 = entries >= MAX16 || cdOffset >= MAX32 || cdSize >= MAX32;
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(EOCD_SIG, 0);
    eocd.writeUInt16LE(Math.min(entries, MAX16), 8);
    eocd.writeUInt16LE(Math.min(entries, MAX16), 10);
    eocd.writeUInt32LE(Math.min(cdSize, MAX32), 12);
    eocd.writeUInt32LE(Math.min(cdOffset, MAX32), 16);
    if (!zip64)
        return eocd;
    const record = Buffer.alloc(56);
    record.writeUInt32LE(ZIP64_EOCD_SIG, 0);
    record.writeBigUInt64LE(44n, 4); // size of the rest of this record
    record.writeUInt16LE(MADE_BY, 12);
    record.writeUInt16LE(45, 14);
    // this disk, disk with the central directory: zero
    record.writeBigUInt64LE(BigInt(entries), 24);
    record.writeBigUInt64LE(BigInt(entries), 32);
    record.writeBigUInt64LE(BigInt(cdSize), 40);
    record.writeBigUInt64LE(BigInt(cdOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(ZIP64_LOCATOR_SIG, 0);
    locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8); // the ZIP64 end record follows the directory
    locator.writeUInt32LE(1, 16); // total number of disks
    return Buffer.concat([record, locator, eocd]);
}
const EMPTY = Buffer.alloc(0);
function zip64Extra(values) {
    const b = Buffer.alloc(4 + 8 * values.length);
    b.writeUInt16LE(ZIP64_EXTRA_ID, 0);
    b.writeUInt16LE(8 * values.length, 2);
    values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
    return b;
}
function flags(e) {
    return FLAG_UTF8 | (e.descriptor ? FLAG_DESCRIPTOR : 0);
}
/** 4.5 for ZIP64 extras, 2.0 for deflate, 1.0 for stored data. */
function versionNeeded(e, zip64) {
    if (zip64)
        return 45;
    return e.method === DEFLATE ? 20 : 10;
}

;// CONCATENATED MODULE: ./src/bundle/zip.ts






/**
 * Writes `files` (in the given order) as a ZIP archive at `path`, which must not exist.
 *
 * Small files get exact local headers; large files are streamed block by block, so their CRC and
 * sizes follow the data in a data descriptor. ZIP64 fields are used exactly where a count, size or
 * offset does not fit 16/32 bits. On failure the partial file is removed.
 */
async function writeZip(files, path, options) {
    const dos = dosDateTime(options.mtime);
    const out = await HashedFile.create(path);
    const pool = createPool(options.workers ?? defaultWorkerCount(), options.jobsPerWorker, options.level);
    const slots = pool.layout.slots;
    // Entries are encoded as soon as they are complete: ~100 bytes each instead of an object.
    const directory = new ChunkedBytes();
    let entries = 0;
    const finish = (entry) => {
        directory.push(centralHeader(entry, dos));
        entries++;
    };
    try {
        let open;
        const jobs = planJobs(files);
        for await (const done of ordered(jobs, (job, i) => runJob(pool, job, i % slots), slots)) {
            if (done.kind === 'files') {
                for (const [i, file] of done.files.entries()) {
                    const { crc, stored, data } = done.packed[i];
                    const entry = newRecord(file, stored, out.size, false);
                    Object.assign(entry, { crc, size: file.size, compressedSize: data.length });
                    await out.write(localHeader(entry, dos));
                    await out.write(data);
                    finish(entry);
                }
                continue;
            }
            if (done.start === 0) {
                open = newRecord(done.file, done.stored, out.size, true);
                await out.write(localHeader(open, dos));
            }
            const entry = open;
            const length = done.end - done.start;
            entry.crc = done.start === 0 ? done.crc : crc32Combine(entry.crc, done.crc, length);
            entry.size += length;
            entry.compressedSize += done.data.length;
            await out.write(done.data);
            if (done.end === done.file.size) {
                await out.write(dataDescriptor(entry));
                finish(entry);
            }
        }
        const cdOffset = out.size;
        for (const chunk of directory.chunks())
            await out.write(chunk);
        await out.write(endOfCentralDirectory(entries, cdOffset, out.size - cdOffset));
        return { ...(await out.close()), entries };
    }
    catch (error) {
        await out.discard();
        throw error;
    }
    finally {
        await pool.close();
    }
}
function newRecord(file, stored, offset, streamed) {
    const entry = {
        name: Buffer.from(file.name, 'utf8'),
        method: stored ? STORE : DEFLATE,
        crc: 0,
        size: 0,
        compressedSize: 0,
        offset,
        mode: file.mode,
        descriptor: streamed,
        zip64: streamed && mayNeedZip64(file.size)
    };
    return entry;
}
/** Appends small buffers into 1 MiB chunks: one allocation per MiB, not per record. */
class ChunkedBytes {
    full = [];
    current = Buffer.allocUnsafeSlow(1 << 20);
    used = 0;
    push(bytes) {
        if (this.used + bytes.length > this.current.length) {
            this.full.push(this.current.subarray(0, this.used));
            this.current = Buffer.allocUnsafeSlow(Math.max(1 << 20, bytes.length));
            this.used = 0;
        }
        this.used += bytes.copy(this.current, this.used);
    }
    chunks() {
        return [...this.full, this.current.subarray(0, this.used)];
    }
}

;// CONCATENATED MODULE: ./src/bundle/index.ts











/**
 * A bundle keeps an object per file alive, and V8 answers many survivors by growing its young
 * generation towards its maximum (tens of MB) for no gain here: on 20,000 files, peak RSS went
 * from 154 to 131 MB at the same speed when it stays at its initial size. The flag is read each
 * time V8 would grow that space, so setting it now takes effect; it is process-wide, and costs the
 * rest of the run nothing measurable.
 */
function keepYoungGenerationSmall() {
    (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=1');
}
/** The earliest time a ZIP entry can carry: a fixed default keeps archives reproducible. */
const DEFAULT_EPOCH = 315532800;
/**
 * Packs `root` into a deterministic archive: the same tree gives the same bytes. The AppSpec is
 * found and validated first, so a broken one fails in milliseconds, before any compression.
 */
async function createBundle(options) {
    const epoch = options.sourceDateEpoch ?? DEFAULT_EPOCH;
    if (!Number.isSafeInteger(epoch) || epoch < 0) {
        throw new errors/* BundleError */.rJ(`source date ${epoch} is not a whole number of seconds since 1970`);
    }
    const bundleType = options.bundleType ?? 'zip';
    if (!['zip', 'tar', 'tgz'].includes(bundleType)) {
        throw new errors/* BundleError */.rJ(`bundle type ${bundleType} is not one of zip, tar, tgz`);
    }
    const level = options.compressionLevel ?? DEFAULT_LEVEL;
    if (!Number.isInteger(level) || level < 1 || level > 9) {
        throw new errors/* BundleError */.rJ(`compression level ${level} is not a whole number from 1 to 9`);
    }
    keepYoungGenerationSmall();
    const listed = listFiles(options.root, options.exclude);
    const appSpec = checkAppSpec(listed, options.root);
    const files = hooksExecutable(listed, appSpec);
    await (0,promises_.mkdir)(options.outDir, { recursive: true });
    const partial = (0,external_node_path_.join)(options.outDir, `.partial-${(0,external_node_crypto_.randomUUID)()}.${bundleType}`);
    const written = bundleType === 'zip'
        ? await writeZip(files, partial, { mtime: epoch, level })
        : await writeTar(files, partial, { mtime: epoch, level, gzip: bundleType === 'tgz' });
    const path = (0,external_node_path_.join)(options.outDir, `${written.sha256}.${bundleType}`);
    await (0,promises_.rename)(partial, path);
    return {
        path,
        size: written.size,
        sha256: written.sha256,
        bundleType,
        fileCount: written.entries,
        appSpec
    };
}
function checkAppSpec(files, root) {
    const names = files.map(f => f.name);
    const excluded = APPSPEC_NAMES.find(name => !names.includes(name) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, name)));
    if (excluded && !APPSPEC_NAMES.some(name => names.includes(name))) {
        throw new errors/* AppSpecError */.HY(`${excluded} is left out by ${IGNORE_FILE} or the exclude input, but CodeDeploy needs it ` +
            `at the root of the bundle; remove the pattern that matches it`);
    }
    const name = findAppSpec(names, root);
    const file = files.find(f => f.name === name);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file.path, 'utf8');
    }
    catch (error) {
        throw new errors/* AppSpecError */.HY(`cannot read ${name}: ${String(error)}`, { cause: error });
    }
    return validateAppSpec(text, name, bundleLookup(names));
}
/** Files and the directories that hold them; `''` is the bundle root. */
function bundleLookup(names) {
    const paths = new Set(['']);
    for (const name of names) {
        paths.add(name);
        for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
            paths.add(name.slice(0, i));
        }
    }
    return bundlePath => paths.has(bundlePath);
}
/**
 * The agent runs hook scripts directly, so on Linux they must be executable; a checkout that lost
 * the bit (e.g. made on Windows) would otherwise fail at deploy time with "Permission denied".
 */
function hooksExecutable(files, appSpec) {
    if (appSpec.os !== 'linux')
        return files;
    const scripts = new Set(appSpec.hooks.flatMap(h => h.locations));
    return files.map(f => (scripts.has(f.name) && f.mode !== 0o755 ? { ...f, mode: 0o755 } : f));
}

// EXTERNAL MODULE: ./src/appspec-content.ts
var appspec_content = __webpack_require__(9331);
// EXTERNAL MODULE: ./src/s3.ts + 1 modules
var src_s3 = __webpack_require__(5891);
;// CONCATENATED MODULE: ./src/revision.ts








/**
 * EC2/On-Premises revisions are bundles uploaded to S3; ECS and Lambda revisions are the AppSpec
 * itself. The AppSpec tells which: Lambda and ECS ones name their resources.
 */
function planRevision(inputs) {
    if (inputs.revisionLocation)
        return { kind: 'existing', location: inputs.revisionLocation };
    let file;
    try {
        file = (0,appspec_content/* findAppSpecFile */.YJ)(inputs.revisionPath, inputs.appspecFile);
    }
    catch (err) {
        // Without appspec-file, the bundle's own check gives the better error (nested directories).
        if (inputs.appspecFile)
            throw err;
    }
    const platform = file
        ? (0,appspec_content/* detectComputePlatform */.e_)((0,external_node_fs_.readFileSync)(file, 'utf8'), external_node_path_.basename(file))
        : 'Server';
    if (file && platform !== 'Server')
        return { kind: 'appspec-content', file, platform };
    if (inputs.appspecFile) {
        throw new errors/* InputError */.dz(`Input 'appspec-file' is for ECS and Lambda deployment groups, but ${inputs.appspecFile} is an EC2/On-Premises AppSpec: leave appspec-file empty and put appspec.yml at the root of revision-path.`);
    }
    if (!inputs.s3Bucket) {
        throw new errors/* InputError */.dz("Input 's3-bucket' is required: set it to the S3 bucket that receives the bundle (in either account), or set revision-location to deploy an object already in S3.");
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
        case 'appspec-content':
            return {
                kind: 'appspec-content',
                content: await (0,appspec_content/* appSpecContentRevision */.Ny)(plan.file, plan.platform)
            };
        case 'existing':
            return plan;
    }
}
function sourceDateEpoch(env) {
    const value = env.SOURCE_DATE_EPOCH;
    if (value === undefined || value === '')
        return undefined;
    if (!/^\d+$/.test(value)) {
        throw new errors/* InputError */.dz(`SOURCE_DATE_EPOCH is '${value}': expected a whole number of seconds since 1970-01-01.`);
    }
    return Number(value);
}
/** Bundles revision-path into a temporary directory; the caller removes it with `discard`. */
async function bundleRevision(inputs, env) {
    const outDir = await (0,promises_.mkdtemp)(external_node_path_.join(env.RUNNER_TEMP || external_node_os_.tmpdir(), 'codedeploy-bundle-'));
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
        await (0,promises_.rm)(outDir, { recursive: true, force: true });
        throw err;
    }
}
async function discard(bundle) {
    await (0,promises_.rm)(external_node_path_.dirname(bundle.path), { recursive: true, force: true });
}
/** Uploads the bundle to its content-addressed key, unless the same bytes are already there. */
async function uploadRevision(s3, bucket, inputs, bundle, uploader, log) {
    const target = {
        bucket,
        key: (0,src_s3/* bundleKey */.CK)(inputs.s3KeyPrefix, inputs.application, bundle.sha256, bundle.bundleType),
        expectedBucketOwner: inputs.s3BucketOwner
    };
    const base = {
        ...target,
        bundleType: bundle.bundleType,
        sha256: bundle.sha256,
        size: bundle.size
    };
    const existing = await (0,src_s3/* findBundle */.az)(s3, target, bundle.sha256, uploader, log);
    if (existing) {
        log(`s3://${target.bucket}/${target.key} already holds this bundle (same SHA-256): upload skipped.`);
        return { ...base, ...existing, uploaded: false };
    }
    const started = Date.now();
    const stored = await (0,src_s3/* putBundle */.cK)(s3, { ...target, filePath: bundle.path, size: bundle.size, sha256: bundle.sha256 }, uploader);
    const seconds = (Date.now() - started) / 1000;
    log(`Uploaded s3://${target.bucket}/${target.key} (${bundle.size} bytes in ${seconds.toFixed(1)} s).`);
    return { ...base, ...stored, uploaded: true };
}
/** The revision-location object, looked up (not downloaded) to pin its ETag and version. */
async function existingRevision(s3, location, expectedBucketOwner, uploader) {
    const object = await (0,src_s3/* describeObject */.v8)(s3, { ...location, expectedBucketOwner }, uploader);
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


/***/ }),

/***/ 5891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CK: () => (/* binding */ bundleKey),
  v8: () => (/* binding */ describeObject),
  az: () => (/* binding */ findBundle),
  cK: () => (/* binding */ putBundle),
  bI: () => (/* binding */ revisionLocation)
});

// UNUSED EXPORTS: s3Error

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
        const senders = Array.from({ length: Math.min(queueSize, count) }, () => sender().catch(error => {
            stop.abort();
            throw error;
        }));
        const results = await Promise.allSettled(senders);
        const failed = results.find(r => r.status === 'rejected');
        if (failed)
            throw failed.reason;
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
    abortError;
    constructor(uploadId, abortError, cause) {
        super(`aborting multipart upload ${uploadId} failed: ${(0,aws_errors/* errorText */.kc)(abortError)}`, { cause });
        this.uploadId = uploadId;
        this.abortError = abortError;
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
function revisionLocation(bucket, key, versionId) {
    const base = `s3://${bucket}/${key}`;
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


/***/ }),

/***/ 4934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseWithLines)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** Parses YAML (or JSON, which is YAML), ignoring a leading byte-order mark, counting lines. */
function parseWithLines(text) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text.replace(/^\uFEFF/, ''), { lineCounter: lines });
    const lineOf = (node) => lines.linePos(node?.range?.[0] ?? 0).line;
    const error = doc.errors[0];
    if (!error)
        return { doc, lineOf };
    return {
        doc,
        lineOf,
        syntaxError: {
            line: error.linePos?.[0].line ?? 1,
            message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
        }
    };
}


/***/ })

};
