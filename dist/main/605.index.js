export const id = 605;
export const ids = [605];
export const modules = {

/***/ 605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ validateAppSpec),
/* harmony export */   Qw: () => (/* binding */ findAppSpec),
/* harmony export */   YL: () => (/* binding */ APPSPEC_NAMES),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   readAppSpecFile: () => (/* binding */ readAppSpecFile)
/* harmony export */ });
/* unused harmony exports MAX_APPSPEC_BYTES, bundlePath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1922);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(649);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4891);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9353);







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
    const label = (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(name);
    const real = attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file));
    const realRoot = root === undefined ? undefined : attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root));
    if ((0,_common_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .inGitDir */ .dE)(real)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${label} resolves to ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(real)}, inside a .git directory, which is never read or ` +
            `bundled; use an AppSpec file outside .git`);
    }
    if (realRoot !== undefined && !(0,_common_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .FK)(realRoot, real)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${label} resolves to ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(real)}, outside revision-path (${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(root ?? '')}): the ` +
            `AppSpec is read from the revision alone; replace the link with a copy of the file`);
    }
    const stats = attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real));
    if (!stats.isFile()) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${label} is not a regular file (a directory, FIFO, socket or device); use a file`);
    }
    if (stats.size > MAX_APPSPEC_BYTES) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${label} is ${bytes(stats.size)}; AppSpec files are read up to ` +
            `${bytes(MAX_APPSPEC_BYTES)} (${MAX_APPSPEC_BYTES >> 20} MiB), far more than one ` +
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
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`cannot read ${label}: ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(code)}`, { cause: error });
    }
}
function bytes(n) {
    return `${n.toLocaleString('en-US')} bytes`;
}
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
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${base}, but ${nearMiss} is there: the agent only reads a file named exactly ` +
            `appspec.yml or appspec.yaml (lower case, YAML); rename it`);
    }
    const nested = names
        .filter(name => /(^|\/)appspec\.ya?ml$/i.test(name))
        .sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (nested) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(nested);
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${base}, but ${nested} exists: CodeDeploy reads the AppSpec file from the root of the ` +
            `bundle; set revision-path to the directory that holds it (${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(revisionPath, dir)})`);
    }
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${base}: CodeDeploy reads the AppSpec file from the root of the bundle; add one there, or ` +
        `check that the job checked out the repository and that revision-path names the right directory`);
}
/**
 * Checks an EC2/On-Premises AppSpec the way the agent will read it, so a mistake fails the step
 * before anything is uploaded. `has` says whether a path (file or directory, relative to the bundle
 * root, `/`-separated, `''` for the root) is in the bundle. Every error is one line naming the file
 * and line.
 */
function validateAppSpec(text, fileName, has) {
    const { contents: root, fail } = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .parseAppSpec */ .WS)(text, fileName, 'YAML');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root)) {
        return fail(root, `expected a mapping with version: 0.0, os, and optionally files and hooks`);
    }
    for (const pair of root.items) {
        const key = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOf */ .TN)(pair);
        if (!TOP_LEVEL_KEYS.includes(key)) {
            fail(pair.key, `unknown key ${key}; expected one of ${TOP_LEVEL_KEYS.join(', ')}`);
        }
    }
    const version = root.get('version', true);
    const value = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(version) ? version.value : undefined;
    if (value !== 0) {
        fail(version ?? root, `version is ${(0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .show */ .WU)(value)}; expected 0.0, a number (the only version)`);
    }
    const osNode = root.get('os', true);
    const os = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(osNode) ? osNode.value : undefined;
    if (os !== 'linux' && os !== 'windows') {
        return fail(osNode ?? root, `os is ${(0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .show */ .WU)(os)}; expected linux or windows (lower case)`);
    }
    const behavior = root.get('file_exists_behavior', true);
    if (behavior !== undefined &&
        !FILE_EXISTS_BEHAVIORS.includes((0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(behavior, { trim: false }) ?? '')) {
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
    const normal = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(`/${slashed}`);
    return normal.replace(/^\/+|\/+$/g, '');
}
function checkFiles(root, toBundlePath, has, fail) {
    const files = root.get('files', true);
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .isAbsent */ .W0)(files))
        return;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(files)) {
        return fail(files, `files must be a list of entries with source and destination`);
    }
    for (const item of files.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item))
            return fail(item, `each files entry must have source and destination`);
        const sourceNode = item.get('source', true);
        const source = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(sourceNode, { trim: false });
        if (source === undefined)
            fail(item, `files entry without source; expected source: <path>`);
        if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(item.get('destination', true), { trim: false }) === undefined) {
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
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .isAbsent */ .W0)(hooks))
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(hooks))
        return fail(hooks, `hooks must map lifecycle events to lists of scripts`);
    return hooks.items.map(pair => {
        const event = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOf */ .TN)(pair);
        const keyNode = pair.key;
        if (RESERVED_EVENTS.includes(event)) {
            fail(keyNode, `${event} is run by the agent itself and cannot have hooks; ${expectedEvents()}`);
        }
        if (!LIFECYCLE_EVENTS.includes(event)) {
            fail(keyNode, `unknown lifecycle event ${event}; ${expectedEvents()}`);
        }
        const scripts = pair.value;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(scripts)) {
            return fail(scripts ?? keyNode, `${event} must be a list of scripts (- location: <path>)`);
        }
        const locations = scripts.items.map(script => checkScript(script, event, toBundlePath, has, fail));
        return { event, locations };
    });
}
function checkScript(script, event, toBundlePath, has, fail) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(script))
        return fail(script, `each ${event} script must be a mapping with location`);
    const locationNode = script.get('location', true);
    const location = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .scalarText */ .ws)(locationNode, { trim: false });
    if (location === undefined)
        return fail(script, `${event} script without location`);
    const path = toBundlePath(location);
    if (path === '' || !has(path)) {
        fail(locationNode, `${event} script ${location} is not in the bundle; expected a path relative to ` +
            `the root of revision-path`);
    }
    const timeout = script.get('timeout', true);
    if (timeout !== undefined) {
        const seconds = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(timeout) ? numberOf(timeout.value) : NaN;
        if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
            fail(timeout, `${event} timeout must be a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}`);
        }
    }
    return path;
}
function expectedEvents() {
    return `expected one of ${LIFECYCLE_EVENTS.join(', ')}`;
}
function numberOf(value) {
    if (typeof value === 'number')
        return value;
    return typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   W0: () => (/* binding */ isAbsent),
/* harmony export */   WS: () => (/* binding */ parseAppSpec),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);


/**
 * Parses an AppSpec (YAML, or JSON, which is YAML), ignoring a leading byte-order mark. A syntax
 * error fails at its line, with `language` saying what the file must be written in.
 */
function parseAppSpec(text, fileName, language) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text.replace(/^\uFEFF/, ''), { lineCounter: lines });
    const error = doc.errors[0];
    if (error) {
        const line = error.linePos?.[0].line ?? 1;
        // The position is already in front of the message; the rest of it repeats the source.
        const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppSpecError */ .HY(`${fileName} line ${line}: invalid ${language}: ${message}`);
    }
    const fail = (node, message) => {
        const line = lines.linePos(node?.range?.[0] ?? 0).line;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AppSpecError */ .HY(`${fileName} line ${line}: ${message}`);
    };
    return { contents: doc.contents, fail };
}
/** The key of a mapping entry, as text. */
function keyOf(pair) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
}
/** A value as a message shows it: 'missing', or its JSON. */
function show(value) {
    return value === undefined || value === null ? 'missing' : JSON.stringify(value);
}
/** An optional section left out, or written with nothing after its key (`hooks:`). */
function isAbsent(node) {
    return node === undefined || node === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null);
}
/**
 * The text of a scalar that holds a string or a number; undefined for anything else and for
 * empty text. `trim` drops the white space around it first. EC2/On-Premises AppSpecs must not
 * trim: their values are paths the agent takes as written, and a file name may begin or end with
 * a space. ECS and Lambda ones trim: their values are names, ARNs and numbers, which hold no
 * white space, so what surrounds them (a block scalar's final newline) is not part of the value.
 */
function scalarText(node, { trim }) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.value === null || typeof node.value === 'object')
        return undefined;
    const text = trim ? String(node.value).trim() : String(node.value);
    return text === '' ? undefined : text;
}


/***/ })

};
