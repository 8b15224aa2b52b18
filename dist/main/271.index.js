export const id = 271;
export const ids = [271];
export const modules = {

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
