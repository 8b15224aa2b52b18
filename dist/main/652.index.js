export const id = 652;
export const ids = [652,271];
export const modules = {

/***/ 5634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   Ub: () => (/* binding */ deniedAction),
/* harmony export */   _n: () => (/* binding */ kmsRefusal),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4891);
/**
 * Reading AWS SDK errors. Errors are matched by name, never by message text, but for one thing
 * nothing else carries: which action a refusal was about, when a call needs more than its own
 * (S3 passing on KMS's refusal, CreateDeployment needing UpdateDeploymentGroup for an alarm
 * override). That is read from AWS's authorization message with strict patterns.
 */

function errorName(err) {
    if (err && typeof err === 'object') {
        const e = err;
        if (typeof e.Code === 'string' && e.Code)
            return e.Code;
        if (typeof e.name === 'string')
            return e.name;
    }
    return 'Error';
}
function httpStatus(err) {
    const meta = err?.$metadata;
    return meta?.httpStatusCode;
}
/** "Name: message" on one line, for logs; without a final period, so callers can add theirs. */
function errorText(err) {
    const name = (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(errorName(err));
    const raw = err instanceof Error ? err.message : String(err);
    const message = (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(raw.replace(/\s+/g, ' ').trim().replace(/\.+$/, ''));
    if (!message || message === name || message === 'UnknownError') {
        const status = httpStatus(err);
        return status ? `${name} (HTTP ${status})` : name;
    }
    return name === 'Error' ? message : `${name}: ${message}`;
}
const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'Forbidden', '403']);
function isAccessDenied(err) {
    return ACCESS_DENIED.has(errorName(err)) || httpStatus(err) === 403;
}
function isNotFound(err) {
    const name = errorName(err);
    return name === 'NotFound' || name === 'NoSuchKey' || name === '404' || httpStatus(err) === 404;
}
/** Throttling, server faults and dropped connections are worth another poll; the rest is not. */
function isTransient(err) {
    const name = errorName(err);
    const status = httpStatus(err);
    if (status !== undefined && (status >= 500 || status === 429))
        return true;
    if (/Throttl|TooManyRequests|RequestLimitExceeded|TimeoutError|RequestTimeout/.test(name)) {
        return true;
    }
    const code = err?.code;
    return ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'].includes(code ?? '');
}
const KMS_REFUSAL = /not authorized to perform: (kms:[A-Za-z]+) on resource: (arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+)(?: because no (identity|resource)-based policy allows)?/;
function kmsRefusal(err) {
    if (!isAccessDenied(err))
        return undefined;
    const match = KMS_REFUSAL.exec(err instanceof Error ? err.message : String(err));
    if (!match)
        return undefined;
    const side = match[3];
    return { action: match[1], keyArn: match[2], ...(side ? { side } : {}) };
}
const DENIED_ACTION = /not authorized to perform: ([a-z0-9-]+:[A-Za-z0-9]+) on resource/;
/** The IAM action an AccessDenied names in AWS's authorization message, when it names one. */
function deniedAction(err) {
    if (!isAccessDenied(err))
        return undefined;
    return DENIED_ACTION.exec(err instanceof Error ? err.message : String(err))?.[1];
}


/***/ }),

/***/ 7652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTaskDefinition: () => (/* binding */ readTaskDefinition),
/* harmony export */   registerTaskDefinition: () => (/* binding */ registerTaskDefinition)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5634);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1922);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4891);




/** A task definition of a few hundred containers is far below this; a larger file is not one. */
const MAX_BYTES = 1 << 20;
const FAMILY = /^[A-Za-z0-9_-]{1,255}$/;
/**
 * What DescribeTaskDefinition answers beside the definition: RegisterTaskDefinition refuses them,
 * and a file saved from `aws ecs describe-task-definition` holds them.
 */
const READ_ONLY = [
    'taskDefinitionArn',
    'revision',
    'status',
    'requiresAttributes',
    'compatibilities',
    'registeredAt',
    'registeredBy',
    'deregisteredAt'
];
/** The file's task definition, checked; the describe-task-definition form is accepted too. */
function readTaskDefinition(file) {
    const where = `Input 'task-definition' (${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(file)})`;
    let text;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size > MAX_BYTES) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} is over 1 MiB: expected a task definition JSON file.`);
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (err) {
        if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw err;
        const code = err.code ?? String(err);
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} cannot be read (${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(code)}).`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} is not valid JSON: ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(err.message)}.`);
    }
    return checked(unwrap(parsed), where);
}
function unwrap(parsed) {
    const object = isObject(parsed) ? parsed : {};
    const inner = object.taskDefinition;
    return isObject(inner) ? { ...inner, ...(object.tags ? { tags: object.tags } : {}) } : object;
}
function checked(definition, where) {
    const family = definition.family;
    if (typeof family !== 'string' || !FAMILY.test(family)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} has family ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(String(family))}: expected up to 255 letters, digits, _ and -.`);
    }
    const containers = definition.containerDefinitions;
    if (!Array.isArray(containers) || containers.length === 0) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} has no containerDefinitions: expected a list of containers.`);
    }
    containers.forEach((container, index) => {
        if (!isObject(container) || typeof container.name !== 'string' || !container.name) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: container ${index + 1} has no name.`);
        }
        if (typeof container.image !== 'string' || !container.image) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: container ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(container.name)} has no image.`);
        }
    });
    const kept = Object.entries(definition).filter(([key]) => !READ_ONLY.includes(key));
    return Object.fromEntries(kept);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Registers a new revision of the task definition; its ARN. */
async function registerTaskDefinition(ecs, definition, identity) {
    const { RegisterTaskDefinitionCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19));
    try {
        const out = await ecs.send(new RegisterTaskDefinitionCommand(definition));
        const arn = out.taskDefinition?.taskDefinitionArn;
        if (!arn)
            throw new Error('RegisterTaskDefinition returned no ARN');
        return arn;
    }
    catch (err) {
        const roles = [definition.taskRoleArn, definition.executionRoleArn].filter((role) => typeof role === 'string' && role !== '');
        const passRole = roles.length ? ` and iam:PassRole on ${roles.map(_common_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP).join(' and ')}` : '';
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DeploymentError */ .gt(`Could not register task definition ${definition.family} (ecs:RegisterTaskDefinition): ${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}. The policy of ${identity} needs ecs:RegisterTaskDefinition on "*"${passRole} (statement RegisterTaskDefinition of the setup guide).`, { cause: err });
    }
}


/***/ })

};
