export const id = 331;
export const ids = [331];
export const modules = {

/***/ 9331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appSpecContentRevision: () => (/* binding */ appSpecContentRevision),
/* harmony export */   detectComputePlatform: () => (/* binding */ detectComputePlatform),
/* harmony export */   findAppSpecFile: () => (/* binding */ findAppSpecFile),
/* harmony export */   readAppSpecFile: () => (/* reexport safe */ _bundle_appspec_js__WEBPACK_IMPORTED_MODULE_4__.Tj)
/* harmony export */ });
/* unused harmony exports validateEcsAppSpec, validateLambdaAppSpec */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _bundle_appspec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6724);
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
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(dir, explicit);
        const kind = fileKind(file);
        if (kind === 'file')
            return file;
        const found = kind === 'directory' ? 'is a directory' : 'does not exist';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`Input 'appspec-file' is '${explicit}': expected an AppSpec file (relative to revision-path or absolute), but ${file} ${found}.`);
    }
    for (const name of APPSPEC_FILE_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, name);
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
        return fail(type.node, `unknown resource Type ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .show */ .WU)(type.value)}; ${expected}`);
    return platform;
}
/** Checks an ECS AppSpec the way CodeDeploy will read it; each error names the file and line. */
function validateEcsAppSpec(text, fileName) {
    const { root, fail } = parse(text, fileName);
    const properties = resourceProperties(root, 'ECS', fail);
    const taskDefinition = requiredText(properties, 'TaskDefinition', 'Properties', fail);
    if (!TASK_DEFINITION_ARN.test(taskDefinition.value)) {
        fail(taskDefinition.node, `TaskDefinition is ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .show */ .WU)(taskDefinition.value)}; expected the ARN of a registered task definition revision, such as arn:aws:ecs:us-east-1:123456789012:task-definition/web:42`);
    }
    const lbPair = field(properties, 'LoadBalancerInfo');
    if (!lbPair) {
        return fail(properties, `Properties without LoadBalancerInfo; expected ContainerName and ContainerPort in it`);
    }
    const loadBalancerInfo = lbPair.value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(loadBalancerInfo)) {
        return fail(loadBalancerInfo ?? lbPair.key, `LoadBalancerInfo must be a mapping with ContainerName and ContainerPort`);
    }
    const containerName = requiredText(loadBalancerInfo, 'ContainerName', 'LoadBalancerInfo', fail);
    const port = requiredText(loadBalancerInfo, 'ContainerPort', 'LoadBalancerInfo', fail);
    const containerPort = /^\d+$/.test(port.value) ? Number(port.value) : NaN;
    if (!(containerPort >= 1 && containerPort <= 65535)) {
        fail(port.node, `ContainerPort is ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .show */ .WU)(port.value)}; expected a whole number from 1 to 65535`);
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
        fail(name.node, `Name is ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .show */ .WU)(name.value)}; expected a Lambda function name or ARN`);
    }
    const alias = requiredText(properties, 'Alias', 'Properties', fail);
    const version = (key) => {
        const v = requiredText(properties, key, 'Properties', fail);
        if (!/^[1-9]\d*$/.test(v.value)) {
            fail(v.node, `${key} is ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .show */ .WU)(v.value)}; expected a published version number such as 3`);
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
    const name = displayName(file);
    // A byte order mark is not part of the YAML or JSON text CodeDeploy parses.
    const content = (0,_bundle_appspec_js__WEBPACK_IMPORTED_MODULE_4__/* .readAppSpecFile */ .Tj)(file, name).replace(/^\uFEFF/, '');
    const appSpec = platform === 'ECS' ? validateEcsAppSpec(content, name) : validateLambdaAppSpec(content, name);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content, 'utf8').digest('hex');
    return {
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content, sha256 } },
        sha256,
        content,
        appSpec
    };
}
function parse(text, fileName) {
    const { doc, lineOf, syntaxError } = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .parseWithLines */ .Nb)(text);
    const fail = (node, message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppSpecError */ .HY(`${fileName} line ${lineOf(node)}: ${message}`);
    };
    if (syntaxError) {
        const { line, message } = syntaxError;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AppSpecError */ .HY(`${fileName} line ${line}: invalid YAML or JSON: ${message}`);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(root))
        return fail(root, `expected a mapping with version: 0.0 and Resources`);
    return { root, fail };
}
function resourceProperties(root, platform, fail) {
    for (const pair of root.items) {
        const key = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .keyOf */ .TN)(pair);
        if (!TOP_LEVEL_KEYS.some(k => k.toLowerCase() === key.toLowerCase())) {
            fail(pair.key, `unknown key ${key}; expected ${TOP_LEVEL_KEYS.join(', ')}`);
        }
    }
    const version = field(root, 'version');
    const value = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(version?.value) ? version.value.value : undefined;
    if (value !== 0 && value !== '0.0') {
        fail(version?.value ?? root, `version is ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .show */ .WU)(value)}; expected 0.0 (the only version)`);
    }
    const resources = field(root, 'Resources');
    if (!resources) {
        return fail(root, `no Resources; expected one resource of Type ${RESOURCE_TYPES[platform]}`);
    }
    const { type, body } = singleResource(resources, fail);
    if (type.value !== RESOURCE_TYPES[platform]) {
        fail(type.node, `resource Type is ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .show */ .WU)(type.value)}; ${platform} deployments expect ${RESOURCE_TYPES[platform]}`);
    }
    const properties = field(body, 'Properties');
    if (!properties)
        return fail(body, `resource without Properties`);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(properties.value)) {
        return fail(properties.value ?? properties.key, `Properties must be a mapping`);
    }
    return properties.value;
}
/** CodeDeploy deploys exactly one service or function per deployment. */
function singleResource(resources, fail) {
    const list = resources.value;
    const shape = 'Resources must be a list with one resource (- <name>: with Type and Properties)';
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(list))
        return fail(list ?? resources.key, shape);
    if (list.items.length !== 1) {
        return fail(list, `Resources has ${list.items.length} entries; expected exactly one`);
    }
    const item = list.items[0];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(item) || item.items.length !== 1)
        return fail(item, shape);
    const body = item.items[0].value;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(body))
        return fail(body ?? item.items[0].key, shape);
    const type = requiredText(body, 'Type', 'resource', fail);
    return { type, body };
}
function checkHooks(root, events, platform, fail) {
    const hooks = field(root, 'Hooks');
    const value = hooks?.value;
    if (!hooks || value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(value) && value.value === null))
        return [];
    const shape = 'Hooks must be a list of - <lifecycle event>: <Lambda function name or ARN>';
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(value))
        return fail(value ?? hooks.key, shape);
    const seen = new Set();
    return value.items.map(item => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(item) || item.items.length !== 1)
            return fail(item, shape);
        const pair = item.items[0];
        const event = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .keyOf */ .TN)(pair);
        const keyNode = pair.key;
        if (!events.includes(event)) {
            fail(keyNode, `${event} is not a lifecycle event of ${platform} deployments; expected one of ${events.join(', ')}`);
        }
        if (seen.has(event))
            fail(keyNode, `${event} appears twice; a lifecycle event has one hook`);
        seen.add(event);
        const functionName = scalarText(pair.value);
        if (functionName === undefined || !LAMBDA_FUNCTION.test(functionName)) {
            fail(pair.value ?? keyNode, `${event} hook is ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .show */ .WU)(functionName)}; expected the name or ARN of a Lambda function`);
        }
        return { event, functionName };
    });
}
/** AppSpec keys are matched without regard to case, as CodeDeploy does. */
function field(map, key) {
    const wanted = key.toLowerCase();
    return map.items.find(pair => (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .keyOf */ .TN)(pair).toLowerCase() === wanted);
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
/** The text of a scalar that holds a string or a number, else undefined. */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(node) || node.value === null || typeof node.value === 'object')
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
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(relative) ? relative : file;
}


/***/ })

};
