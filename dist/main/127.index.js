export const id = 127;
export const ids = [127,103,480];
export const modules = {

/***/ 1103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appSpecContentRevision: () => (/* binding */ appSpecContentRevision),
  AW: () => (/* binding */ contentWithTaskDefinition),
  detectComputePlatform: () => (/* binding */ detectComputePlatform),
  findAppSpecFile: () => (/* binding */ findAppSpecFile)
});

// UNUSED EXPORTS: validateEcsAppSpec, validateLambdaAppSpec

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/appspec/task-definition.ts

/**
 * A placeholder the AppSpec may hold where task-definition's ARN goes; any value is replaced, the
 * checks before the registration see this well-formed stand-in instead.
 */
const PENDING_TASK_DEFINITION = 'arn:aws:ecs:us-east-1:000000000000:task-definition/pending:1';
/**
 * The ECS AppSpec text with its service's TaskDefinition set to `arn`. Only the value's own
 * characters change (a double-quoted string reads the same in YAML and JSON), so comments, order
 * and layout stay as written.
 */
function withTaskDefinition(text, arn) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const resources = doc.get('Resources', true);
    const first = (0,dist/* isSeq */.oP)(resources) ? resources.items[0] : undefined;
    const resource = (0,dist/* isMap */.jh)(first) ? first.items[0] : undefined;
    const body = resource?.value;
    const properties = (0,dist/* isMap */.jh)(body) ? body.get('Properties', true) : undefined;
    if (!(0,dist/* isMap */.jh)(properties))
        return text;
    const value = properties.get('TaskDefinition', true);
    if ((0,dist/* isScalar */.jn)(value) && value.range) {
        const [start, end] = value.range;
        return `${text.slice(0, start)}${JSON.stringify(arn)}${text.slice(end)}`;
    }
    properties.set('TaskDefinition', arn);
    return doc.toString();
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/appspec/file.ts
var appspec_file = __webpack_require__(2480);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
;// CONCATENATED MODULE: ./src/appspec/yaml.ts


/**
 * Parses an ECS or Lambda AppSpec (YAML, or JSON, which is YAML), ignoring a leading byte-order
 * mark: CodeDeploy itself reads those. EC2/On-Premises AppSpecs are read as the agent reads them
 * (psych.ts). A syntax error fails at its line, with `language` saying what the file must be
 * written in.
 */
function parseAppSpec(text, fileName, language) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text.replace(/^\uFEFF/, ''), { lineCounter: lines });
    const error = doc.errors[0];
    if (error) {
        const line = error.linePos?.[0].line ?? 1;
        // The position is already in front of the message; the rest of it repeats the source.
        const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* AppSpecError */.HY(`${fileName} line ${line}: invalid ${language}: ${message}`);
    }
    const fail = (node, message) => {
        const line = lines.linePos(node?.range?.[0] ?? 0).line;
        throw new errors/* AppSpecError */.HY(`${fileName} line ${line}: ${message}`);
    };
    return { contents: doc.contents, fail };
}
/** The key of a mapping entry, as text. */
function keyOf(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
}
/** A value as a message shows it: 'missing', or its JSON. */
function show(value) {
    return value === undefined || value === null ? 'missing' : JSON.stringify(value);
}
/** An optional section left out, or written with nothing after its key (`hooks:`). */
function isAbsent(node) {
    return node === undefined || node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null);
}
/**
 * The text of a scalar that holds a string or a number, without the white space around it;
 * undefined for anything else and for empty text. ECS and Lambda values are names, ARNs and
 * numbers, which hold no white space, so what surrounds them (a block scalar's final newline) is
 * not part of the value.
 */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || typeof node.value === 'object')
        return undefined;
    const text = String(node.value).trim();
    return text === '' ? undefined : text;
}

;// CONCATENATED MODULE: ./src/appspec/content.ts








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
        const file = external_node_path_.resolve(dir, explicit);
        const kind = fileKind(file);
        if (kind === 'file')
            return file;
        const found = kind === 'directory' ? 'is a directory' : 'does not exist';
        throw new errors/* InputError */.dz(`Input 'appspec-file' is '${explicit}': expected an AppSpec file (relative to revision-path or absolute), but ${file} ${found}.`);
    }
    for (const name of APPSPEC_FILE_NAMES) {
        const file = external_node_path_.join(dir, name);
        if (fileKind(file) === 'file')
            return file;
    }
    const base = `No ${APPSPEC_FILE_NAMES.join(', ')} in ${dir}`;
    const nearMiss = listDir(dir).find(name => /^appspec\.(ya?ml|json)$/i.test(name));
    if (nearMiss) {
        throw new errors/* AppSpecError */.HY(`${base}, but ${nearMiss} is there: file names are case-sensitive; rename it, or set appspec-file: ${nearMiss}.`);
    }
    throw new errors/* AppSpecError */.HY(`${base}: add one, set appspec-file to its path, or check that the job checked out the repository and that revision-path names the right directory.`);
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
    const taskDefinition = matchingProperty(properties, 'TaskDefinition', TASK_DEFINITION_ARN, 'the ARN of a registered task definition revision, such as arn:aws:ecs:us-east-1:123456789012:task-definition/web:42', fail);
    const lbPair = field(properties, 'LoadBalancerInfo');
    if (!lbPair) {
        return fail(properties, `Properties without LoadBalancerInfo; expected ContainerName and ContainerPort in it`);
    }
    const loadBalancerInfo = lbPair.value;
    if (!(0,dist/* isMap */.jh)(loadBalancerInfo)) {
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
    const name = matchingProperty(properties, 'Name', LAMBDA_FUNCTION, 'a Lambda function name or ARN', fail);
    const alias = requiredText(properties, 'Alias', 'Properties', fail);
    const version = (key) => matchingProperty(properties, key, /^[1-9]\d*$/, 'a published version number such as 3', fail)
        .value;
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
async function appSpecContentRevision(file, platform, options = {}) {
    const name = displayName(file);
    // A byte order mark is not part of the YAML or JSON text CodeDeploy parses.
    const text = (0,appspec_file.readAppSpecFile)(file, name).replace(/^\uFEFF/, '');
    // task-definition's ARN is known once it is registered; a stand-in is checked until then.
    const content = options.pendingTaskDefinition
        ? withTaskDefinition(text, PENDING_TASK_DEFINITION)
        : text;
    const appSpec = platform === 'ECS' ? validateEcsAppSpec(content, name) : validateLambdaAppSpec(content, name);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(content, 'utf8').digest('hex');
    return {
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content, sha256 } },
        sha256,
        content,
        appSpec
    };
}
function parse(text, fileName) {
    const { contents: root, fail } = parseAppSpec(text, fileName, 'YAML or JSON');
    if (!(0,dist/* isMap */.jh)(root))
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
    const value = (0,dist/* isScalar */.jn)(version?.value) ? version.value.value : undefined;
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
    if (!(0,dist/* isMap */.jh)(properties.value)) {
        return fail(properties.value ?? properties.key, `Properties must be a mapping`);
    }
    return properties.value;
}
/** CodeDeploy deploys exactly one service or function per deployment. */
function singleResource(resources, fail) {
    const list = resources.value;
    const shape = 'Resources must be a list with one resource (- <name>: with Type and Properties)';
    if (!(0,dist/* isSeq */.oP)(list))
        return fail(list ?? resources.key, shape);
    if (list.items.length !== 1) {
        return fail(list, `Resources has ${list.items.length} entries; expected exactly one`);
    }
    const item = list.items[0];
    if (!(0,dist/* isMap */.jh)(item) || item.items.length !== 1)
        return fail(item, shape);
    const body = item.items[0].value;
    if (!(0,dist/* isMap */.jh)(body))
        return fail(body ?? item.items[0].key, shape);
    const type = requiredText(body, 'Type', 'resource', fail);
    return { type, body };
}
function checkHooks(root, events, platform, fail) {
    const hooks = field(root, 'Hooks');
    const value = hooks?.value;
    if (!hooks || isAbsent(value))
        return [];
    const shape = 'Hooks must be a list of - <lifecycle event>: <Lambda function name or ARN>';
    if (!(0,dist/* isSeq */.oP)(value))
        return fail(value ?? hooks.key, shape);
    const seen = new Set();
    return value.items.map(item => {
        if (!(0,dist/* isMap */.jh)(item) || item.items.length !== 1)
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
/** A required entry of Properties whose text must match `pattern`; `expected` says what it is. */
function matchingProperty(properties, key, pattern, expected, fail) {
    const located = requiredText(properties, key, 'Properties', fail);
    if (!pattern.test(located.value)) {
        fail(located.node, `${key} is ${show(located.value)}; expected ${expected}`);
    }
    return located;
}
function fileKind(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return undefined;
    }
}
function listDir(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
/** Relative to the workspace (the working directory of actions) when inside it. */
function displayName(file) {
    const relative = external_node_path_.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !external_node_path_.isAbsolute(relative) ? relative : file;
}
/** The AppSpecContent revision with the registered task definition (task-definition) in it. */
function contentWithTaskDefinition(content, arn) {
    const text = withTaskDefinition(content.content, arn);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
    return {
        ...content,
        content: text,
        sha256,
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content: text, sha256 } },
        appSpec: content.appSpec.platform === 'ECS'
            ? { ...content.appSpec, taskDefinition: arn }
            : content.appSpec
    };
}


/***/ }),

/***/ 2480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ MAX_APPSPEC_BYTES),
/* harmony export */   readAppSpecFile: () => (/* binding */ readAppSpecFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6950);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9353);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4891);





/**
 * The largest AppSpec file read. CodeDeploy documents no limit (neither for a bundle's AppSpec nor
 * for AppSpecContent); AppSpecs hold settings and lists of paths, kilobytes, while the time to
 * parse one grows with its size.
 */
const MAX_APPSPEC_BYTES = 1 << 20;
/**
 * Reads an AppSpec file once it is known to be one to read, so that no content of another file
 * can reach a parse error: a regular file (a FIFO would block the step) of at most
 * MAX_APPSPEC_BYTES, not in a `.git` directory (it holds the checkout's credentials) and, when
 * `root` is given, inside it after symlinks (a link in the revision is read as the file it points
 * to, as the bundle packs it). `name` is how errors call the file.
 */
function readAppSpecFile(file, name, root) {
    const label = (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(name);
    const real = attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file));
    const realRoot = root === undefined ? undefined : attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root));
    if ((0,_common_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .inGitDir */ .dE)(real)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppSpecError */ .HY(`${label} resolves to ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(real)}, inside a .git directory, which is never read or ` +
            `bundled; use an AppSpec file outside .git`);
    }
    if (realRoot !== undefined && !(0,_common_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(realRoot, real)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppSpecError */ .HY(`${label} resolves to ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(real)}, outside revision-path (${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(root ?? '')}): the ` +
            `AppSpec is read from the revision alone; replace the link with a copy of the file`);
    }
    const stats = attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real));
    if (!stats.isFile()) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppSpecError */ .HY(`${label} is not a regular file (a directory, FIFO, socket or device); use a file`);
    }
    if (stats.size > MAX_APPSPEC_BYTES) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppSpecError */ .HY(`${label} is ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .bytes */ .ee)(stats.size)}; AppSpec files are read up to ` +
            `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .bytes */ .ee)(MAX_APPSPEC_BYTES)} (${MAX_APPSPEC_BYTES >> 20} MiB), far more than one ` +
            `needs: check that ${label} is the AppSpec file`);
    }
    return attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real, 'utf8'));
}
/** Runs a file system call for the AppSpec file `label`, raising an AppSpecError that names it. */
function attempt(label, call) {
    try {
        return call();
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppSpecError */ .HY(`cannot read ${label}: ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(code)}`, { cause: error });
    }
}


/***/ }),

/***/ 127:
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
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/codedeploy/status.ts
var codedeploy_status = __webpack_require__(9546);
// EXTERNAL MODULE: ./src/common/run-token.ts
var run_token = __webpack_require__(5680);
// EXTERNAL MODULE: ./src/codedeploy/stop.ts
var stop = __webpack_require__(6712);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/codedeploy/wait.ts
var wait = __webpack_require__(5581);
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
            throw new errors/* DeploymentError */.gt(`Deployment group '${options.deploymentGroup}' already has a deployment in progress: ${await describe(cd, id)} ${link}. Wait for it to end, or set on-active-deployment to 'wait' or 'stop'.`);
        }
        if (options.policy === 'stop' && (await isRollback(cd, id))) {
            // Stopping CodeDeploy's own rollback would leave the instances half rolled back.
            options.log.info(`Deployment ${id} is CodeDeploy's rollback of a stopped deployment: waiting for it to end instead of stopping it (${link}).`);
        }
        else if (options.policy === 'stop') {
            await (0,stop/* stopDeployment */.U)(cd, id, options.rollbackOnStop, 'on-active-deployment is stop', options.log);
        }
        else {
            options.log.info(`Deployment ${await describe(cd, id)} is in progress in '${options.deploymentGroup}': waiting for it to end (${link}).`);
        }
        const result = await (0,wait/* waitForDeployment */.Kw)(cd, id, { ...options.wait, log: options.log });
        if (result.timedOut) {
            throw new errors/* DeploymentError */.gt(`Deployment ${id} in '${options.deploymentGroup}' was still ${(0,untrusted/* oneLine */.TN)(result.info.status ?? 'running')} after wait-timeout-seconds; no new deployment was created. ${link}`);
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
    const result = await (0,wait/* waitForDeployment */.Kw)(cd, rollback, { ...options.wait, log: options.log });
    if (result.timedOut) {
        throw new errors/* DeploymentError */.gt(`Rollback ${rollback} in '${options.deploymentGroup}' was still ${(0,untrusted/* oneLine */.TN)(result.info.status ?? 'running')} after wait-timeout-seconds; no new deployment was created. ${link}`);
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
    return new errors/* DeploymentError */.gt(`${failure.message} The request may still have created a deployment, and looking for it failed (${(0,aws_errors/* errorText */.kc)(err)}): check deployment group '${options.deploymentGroup}' for a deployment whose description ends with ${options.runToken} before running again. Allow codedeploy:ListDeployments and codedeploy:GetDeployment to the deploying role so the action can look by itself.`, { cause: failure.cause });
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
            if (!(err instanceof errors/* DeploymentError */.gt))
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
        throw new errors/* DeploymentError */.gt(`${failure.message} An earlier CreateDeployment of this run got no answer, and no deployment whose description ends with ${options.runToken} was found in '${options.deploymentGroup}': check the group before running again.`, { cause: failure.cause });
    }
}

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(3821);
// EXTERNAL MODULE: ./src/codedeploy/deployment.ts
var deployment = __webpack_require__(4675);
// EXTERNAL MODULE: ./src/github/record.ts
var record = __webpack_require__(5358);
// EXTERNAL MODULE: ./src/revision/platform.ts
var revision_platform = __webpack_require__(598);
// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __webpack_require__(5468);
// EXTERNAL MODULE: ./src/revision/plan.ts
var revision_plan = __webpack_require__(9270);
// EXTERNAL MODULE: ./src/s3/objects.ts + 1 modules
var objects = __webpack_require__(1623);
// EXTERNAL MODULE: ./src/common/state.ts
var state = __webpack_require__(3928);
// EXTERNAL MODULE: ./src/guard/older-revision.ts + 1 modules
var older_revision = __webpack_require__(2732);
// EXTERNAL MODULE: ./src/sign-in.ts
var sign_in = __webpack_require__(7040);
// EXTERNAL MODULE: ./src/supervise.ts + 3 modules
var supervise = __webpack_require__(277);
// EXTERNAL MODULE: ./src/appspec/content.ts + 2 modules
var content = __webpack_require__(1103);
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
    core/* saveState */.LZ(state/* STATE_DEPLOYMENT_ID */.WI, deploymentId);
    // After the group is free: a wait for another deployment must not leave an entry in progress.
    const github = await (0,record/* recordOnGitHub */.w)(inputs, ctx, env, log);
    progress.github = github;
    outcome.deploymentId = deploymentId;
    outcome.status = 'Created';
    (0,outputs/* setOutputs */.n)(outcome);
    log.info(`Created deployment ${deploymentId}: ${(0,codedeploy_status/* deploymentUrl */.PM)(inputs.region, deploymentId)}`);
    if (!inputs.wait) {
        core/* saveState */.LZ(state/* STATE_SETTLED */.gB, 'true');
        return;
    }
    await (0,supervise/* superviseDeployment */.W)(cd, deploymentId, inputs, outcome, {
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
        const { credentials, outcome, cd, target } = await (0,sign_in/* signIn */.J)(inputs, env, progress, log);
        const cdOnce = (0,clients/* codeDeployOnceClient */.xI)(inputs.region, credentials.target, inputs.retryMaxAttempts);
        await checkGroup(cd, inputs, ctx, (0,revision_plan/* platformOf */.tj)(plan), target, log);
        const location = await storeRevision(inputs, local, credentials, outcome, log);
        (0,outputs/* setOutputs */.n)(outcome);
        return { cd, cdOnce, target, location, outcome };
    }
    finally {
        await (0,revision_plan/* discard */.vf)(local);
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
        const content = local.taskDefinition
            ? await withRegisteredTaskDefinition(inputs, local, credentials, outcome, log)
            : local.content;
        outcome.revisionSha256 = content.sha256;
        return content.revision;
    }
    if (local.kind === 'github') {
        const { repository, commit } = local.source;
        log.info(`Deploying ${repository} at ${commit}: CodeDeploy fetches the commit from GitHub.`);
        return { revisionType: 'GitHub', gitHubLocation: { repository, commitId: commit } };
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
/** task-definition: registered in the target account, its ARN put into the AppSpec. */
async function withRegisteredTaskDefinition(inputs, local, credentials, outcome, log) {
    const definition = local.taskDefinition;
    const { registerTaskDefinition } = await __webpack_require__.e(/* import() */ 271).then(__webpack_require__.bind(__webpack_require__, 7652));
    const ecs = await (0,clients/* ecsClient */.br)(inputs.region, credentials.target, inputs.retryMaxAttempts);
    const arn = await registerTaskDefinition(ecs, definition, credentials.targetArn);
    outcome.taskDefinitionArn = arn;
    (0,outputs/* setOutputs */.n)(outcome);
    log.info(`Registered task definition ${arn}; it replaces the AppSpec's TaskDefinition.`);
    return (0,content/* contentWithTaskDefinition */.AW)(local.content, arn);
}


/***/ })

};
