export const id = 103;
export const ids = [103,480];
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


/***/ })

};
