export const id = 724;
export const ids = [724];
export const modules = {

/***/ 6724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ validateAppSpec),
/* harmony export */   Qw: () => (/* binding */ findAppSpec),
/* harmony export */   Tj: () => (/* binding */ readAppSpecFile),
/* harmony export */   YL: () => (/* binding */ APPSPEC_NAMES),
/* harmony export */   ee: () => (/* binding */ bytes)
/* harmony export */ });
/* unused harmony exports MAX_APPSPEC_BYTES, bundlePath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _yaml_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4934);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(873);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8431);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1423);








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
    const label = (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(name);
    const real = attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(file));
    const realRoot = root === undefined ? undefined : attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root));
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .inGitDir */ .dE)(real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${label} resolves to ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(real)}, inside a .git directory, which is never read or ` +
            `bundled; use an AppSpec file outside .git`);
    }
    if (realRoot !== undefined && !(0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .isInside */ .F)(realRoot, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${label} resolves to ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(real)}, outside revision-path (${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(root ?? '')}): the ` +
            `AppSpec is read from the revision alone; replace the link with a copy of the file`);
    }
    const stats = attempt(label, () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real));
    if (!stats.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${label} is not a regular file (a directory, FIFO, socket or device); use a file`);
    }
    if (stats.size > MAX_APPSPEC_BYTES) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${label} is ${bytes(stats.size)}; AppSpec files are read up to ` +
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`cannot read ${label}: ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .SP)(code)}`, { cause: error });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${base}, but ${nearMiss} is there: the agent only reads a file named exactly ` +
            `appspec.yml or appspec.yaml (lower case, YAML); rename it`);
    }
    const nested = names
        .filter(name => /(^|\/)appspec\.ya?ml$/i.test(name))
        .sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (nested) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(nested);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${base}, but ${nested} exists: CodeDeploy reads the AppSpec file from the root of the ` +
            `bundle; set revision-path to the directory that holds it (${node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(revisionPath, dir)})`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${base}: CodeDeploy reads the AppSpec file from the root of the bundle; add one there, or ` +
        `check that the job checked out the repository and that revision-path names the right directory`);
}
/**
 * Checks an EC2/On-Premises AppSpec the way the agent will read it, so a mistake fails the step
 * before anything is uploaded. `has` says whether a path (file or directory, relative to the bundle
 * root, `/`-separated, `''` for the root) is in the bundle. Every error is one line naming the file
 * and line.
 */
function validateAppSpec(text, fileName, has) {
    const { doc, lineOf, syntaxError } = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWithLines */ .Nb)(text);
    const fail = (node, message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${fileName} line ${lineOf(node)}: ${message}`);
    };
    if (syntaxError) {
        const { line, message } = syntaxError;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AppSpecError */ .HY(`${fileName} line ${line}: invalid YAML: ${message}`);
    }
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root)) {
        return fail(root, `expected a mapping with version: 0.0, os, and optionally files and hooks`);
    }
    for (const pair of root.items) {
        const key = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOf */ .TN)(pair);
        if (!TOP_LEVEL_KEYS.includes(key)) {
            fail(pair.key, `unknown key ${key}; expected one of ${TOP_LEVEL_KEYS.join(', ')}`);
        }
    }
    const version = root.get('version', true);
    const value = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(version) ? version.value : undefined;
    if (value !== 0) {
        fail(version ?? root, `version is ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .show */ .WU)(value)}; expected 0.0, a number (the only version)`);
    }
    const osNode = root.get('os', true);
    const os = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(osNode) ? osNode.value : undefined;
    if (os !== 'linux' && os !== 'windows') {
        return fail(osNode ?? root, `os is ${(0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .show */ .WU)(os)}; expected linux or windows (lower case)`);
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
    const normal = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(`/${slashed}`);
    return normal.replace(/^\/+|\/+$/g, '');
}
function checkFiles(root, toBundlePath, has, fail) {
    const files = root.get('files', true);
    if (files === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(files) && files.value === null))
        return;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(files)) {
        return fail(files, `files must be a list of entries with source and destination`);
    }
    for (const item of files.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(item))
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
    if (hooks === undefined || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(hooks) && hooks.value === null))
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(hooks))
        return fail(hooks, `hooks must map lifecycle events to lists of scripts`);
    return hooks.items.map(pair => {
        const event = (0,_yaml_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .keyOf */ .TN)(pair);
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
/** The text of a scalar that holds a value (a string or a number), else undefined. */
function scalarText(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) || node.value === null || typeof node.value === 'object')
        return undefined;
    const text = String(node.value);
    return text === '' ? undefined : text;
}
function numberOf(value) {
    if (typeof value === 'number')
        return value;
    return typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
}


/***/ }),

/***/ 1423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SV: () => (/* binding */ IGNORE_FILE),
/* harmony export */   dE: () => (/* binding */ inGitDir),
/* harmony export */   hr: () => (/* binding */ FileTree)
/* harmony export */ });
/* unused harmony exports compareUtf8, isGitName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8431);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(873);







/** Gitignore-style file at the bundle root that lists what to leave out. */
const IGNORE_FILE = '.codedeployignore';
/**
 * The regular files under a revision directory that go into the bundle, walked as often as needed
 * instead of listed once: a list holds every name until the archive is written, which grows the
 * action's memory with the number of files (about half a kilobyte each); a walk holds one
 * directory's entries per level.
 *
 * - `.git` (directory, or the file a submodule or worktree has) is never packed, at any depth,
 *   and a symlink into a `.git` directory is refused: the repository can hold credentials.
 * - `.codedeployignore` at the root and `exclude` are gitignore patterns; an excluded directory is
 *   not entered, so nothing below it can be re-included (as in git).
 * - A symlink is packed as what it points at, under the link's own name: a file link becomes a
 *   copy of the file, a directory link a copy of the directory's files. Its target must resolve
 *   inside the root; anything else is refused, so a link can never pull files from elsewhere on
 *   the machine into a bundle. A directory link to one of its own parents is refused as a loop.
 * - Directories are not archive entries: an empty directory is not packed (as `aws deploy push`
 *   does); keep a placeholder file in it if the application needs it.
 * - Sockets, FIFOs and devices cannot be packed and are refused unless excluded.
 * - Names must mean the same path to every CodeDeploy agent: no backslash, drive prefix or control
 *   character; for `os: windows`, nothing Windows cannot hold and no two siblings that differ only
 *   in case. Anything else is refused unless excluded.
 *
 * The walk is synchronous on purpose: on a cached tree it is several times faster than awaiting
 * one stat per file, and the archive writer pulls files from it a few at a time.
 */
class FileTree {
    leaveOut;
    realRoot;
    ignored;
    /**
     * `leaveOut` is a directory (resolved) that is never entered: the one the archive is written to,
     * which files() would otherwise find, growing, when it lies inside the tree.
     */
    constructor(root, exclude, leaveOut) {
        this.leaveOut = leaveOut;
        this.realRoot = resolveRoot(root);
        this.ignored = ignoreRules(this.realRoot, exclude);
    }
    /**
     * The files in the order of the UTF-8 bytes of their archive names, so the archive is the same
     * whatever order the file system returns. Each directory is sorted on its own, a subdirectory
     * by its name and a `/`: as no name holds a `/`, that gives the order of the full names.
     */
    *files(os = 'linux') {
        for (const { name, path, stats } of this.walk(everything, os)) {
            yield fileEntry(name, path, stats ?? statOf(path, name));
        }
    }
    /** The names alone, in the same order: a walk that reads directories, not each file. */
    *names() {
        for (const { name } of this.walk(everything, 'linux'))
            yield name;
    }
    /**
     * Walks the whole tree for its refusals alone: with the stricter name rules of Windows, once
     * the AppSpec says `os: windows`, so a name it cannot hold fails before anything is written.
     */
    check(os) {
        const walk = this.walk(everything, os);
        while (!walk.next().done)
            ;
    }
    /**
     * Whether `bundlePath` (`/`-separated, `''` for the root) is a file in the bundle or a directory
     * holding at least one. Only the directories on the way to it and below it are read.
     */
    has(bundlePath) {
        if (bundlePath === '')
            return true;
        const along = (name) => bundlePath === name || bundlePath.startsWith(`${name}/`) || name.startsWith(`${bundlePath}/`);
        return !this.walk(along, 'linux').next().done;
    }
    /**
     * `dir` is the path as reached (maybe through a link), `realDir` its resolved path; `ancestors`
     * holds the resolved paths of the directories being walked, to detect link loops. Only entries
     * whose name passes `wanted` are looked at; the names kept must suit agents on `os`.
     */
    *walk(wanted, os, dir = this.realRoot, realDir = this.realRoot, prefix = '', ancestors = new Set([realDir])) {
        const entries = [];
        // Only siblings can collide, so one directory's names are all that is held.
        const folded = os === 'windows' ? new Map() : undefined;
        let undecodable;
        for (const dirent of readDir(dir, prefix)) {
            const name = prefix + dirent.name;
            if (isGitName(dirent.name) || !wanted(name))
                continue;
            // The name read holds U+FFFD where its bytes were not UTF-8, and opens no file by it.
            if (dirent.name.includes('\uFFFD')) {
                undecodable ??= undecodableNames(dir, prefix);
                const bytes = undecodable.get(dirent.name);
                if (bytes && this.ignored(dirent.isDirectory() ? `${name}/` : name))
                    continue;
                if (bytes)
                    throw notUtf8(prefix, bytes);
            }
            const entry = this.classify(dirent, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, dirent.name), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realDir, dirent.name), name);
            if (!entry)
                continue;
            checkName(dirent.name, prefix, os);
            if (folded)
                checkCase(folded, dirent.name, prefix);
            entries.push(entry);
        }
        entries.sort((a, b) => compareUtf8(a.key, b.key));
        for (const entry of entries) {
            if (!entry.dir) {
                yield entry;
                continue;
            }
            if (ancestors.has(entry.real)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`symlink loop: ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(entry.name)} leads back to ` +
                    `${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.realRoot, entry.real) || '.')}, ` +
                    `one of its own parent directories; remove the link or exclude it`);
            }
            const inner = new Set(ancestors).add(entry.real);
            yield* this.walk(wanted, os, entry.path, entry.real, `${entry.name}/`, inner);
        }
    }
    /** What an entry is, with the key it sorts by; `undefined` when it is left out. */
    classify(dirent, path, real, name) {
        if (dirent.isDirectory()) {
            return this.ignored(`${name}/`) || real === this.leaveOut
                ? undefined
                : directory(name, path, real);
        }
        if (dirent.isFile()) {
            return this.ignored(name) ? undefined : { key: name, name, path, dir: false };
        }
        if (dirent.isSymbolicLink())
            return this.classifyLink(path, name);
        if (this.ignored(name))
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(name)} is not a regular file, directory or symlink (socket, FIFO or device): ` +
            `add it to ${IGNORE_FILE} or the exclude input`);
    }
    classifyLink(path, name) {
        let target;
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
        }
        catch (error) {
            if (this.ignored(name))
                return undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`symlink ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(name)} points to ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(linkTarget(path))}, which does not exist ` +
                `(${reason(error)}); remove the link or exclude it`, { cause: error });
        }
        const stats = statOf(target, name);
        if (this.ignored(stats.isDirectory() ? `${name}/` : name))
            return undefined;
        if (target === this.leaveOut)
            return undefined;
        if (inGitDir(target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`symlink ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(name)} points to ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(target)}, inside a .git directory: .git is ` +
                `never bundled (it can hold the checkout's credentials); remove the link or exclude it`);
        }
        if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .isInside */ .F)(this.realRoot, target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`symlink ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(name)} points to ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(target)}, outside the revision directory: ` +
                `only files inside it are bundled, never files from elsewhere on the runner; copy the ` +
                `file in or exclude the link`);
        }
        if (stats.isDirectory())
            return directory(name, path, target);
        if (stats.isFile())
            return { key: name, name, path, dir: false, stats };
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`symlink ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(name)} points to ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(target)}, which is not a regular file`);
    }
}
const everything = () => true;
/**
 * Refuses a name (`base`, in the directory `prefix`) that an agent would extract elsewhere or not
 * at all. Names meant for Linux still must not hold what agents on Windows read as a separator
 * or a drive, nor control characters that no log can show.
 */
function checkName(base, prefix, os) {
    const problem = nameProblem(base);
    if (problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`cannot bundle ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(prefix + base)}: its name ${problem}; rename it or exclude it`);
    }
    const windows = os === 'windows' ? windowsNameProblem(base) : undefined;
    if (windows) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`cannot bundle ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(prefix + base)} ${FOR_WINDOWS}: its name ${windows}; ` +
            `rename it or exclude it`);
    }
}
const FOR_WINDOWS = '(os: windows in the AppSpec)';
/** What every agent would misread in a name, said as "its name ..."; undefined when nothing. */
function nameProblem(base) {
    if (/\p{Cc}/u.test(base))
        return 'holds a control character';
    if (base.includes('\\')) {
        return 'holds a backslash, which a CodeDeploy agent on Windows reads as a folder separator';
    }
    const drive = /^[A-Za-z]:/.exec(base);
    if (drive) {
        return (`starts with a drive letter (${drive[0]}), which a CodeDeploy agent on Windows reads ` +
            `as another drive`);
    }
    return undefined;
}
/** What Windows cannot hold in a name, said as "its name ..."; undefined when nothing. */
function windowsNameProblem(base) {
    if (/[<>:"|?*]/.test(base)) {
        return 'holds a character Windows does not allow in file names (< > : " | ? *)';
    }
    if (/[. ]$/.test(base))
        return 'ends with a dot or a space, which Windows drops';
    if (WINDOWS_DEVICE.test(base)) {
        return 'is a device name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9)';
    }
    return undefined;
}
/** Windows opens the device whatever the extension (`nul.txt` is NUL). */
const WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3]) *(\..*)?$/i;
/**
 * Refuses `base` when a sibling already seen (`folded`, by folded name) differs from it only in
 * case: Windows file systems take them for one file.
 */
function checkCase(folded, base, prefix) {
    const key = foldCase(base);
    const other = folded.get(key);
    if (other === undefined) {
        folded.set(key, base);
        return;
    }
    const [a, b] = [other, base].sort(compareUtf8);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`cannot bundle both ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(prefix + a)} and ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(prefix + b)} ${FOR_WINDOWS}: their ` +
        `names differ only in case, so one would overwrite the other; rename one or exclude it`);
}
/**
 * The name as NTFS compares names: each character upper-cased on its own, so `ß` stays (its
 * upper case `SS` is two characters) while `σ` and `ς` meet `Σ`.
 */
function foldCase(name) {
    let folded = '';
    for (const c of name) {
        const upper = c.toUpperCase();
        folded += upper.length === c.length ? upper : c;
    }
    return folded;
}
function directory(name, path, real) {
    return { key: `${name}/`, name, path, dir: true, real };
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
/**
 * Whether a file name is `.git` as some file system reads it: case-insensitive ones (macOS,
 * Windows) take `.GIT` for it, and Windows drops trailing dots and spaces. Any of them can be the
 * repository, which holds the checkout's credentials.
 */
function isGitName(name) {
    return name.replace(/[. ]+$/, '').toLowerCase() === '.git';
}
/** Whether a resolved path goes through a `.git` directory. */
function inGitDir(path) {
    return path.split(/[\\/]/).some(isGitName);
}
function resolveRoot(root) {
    try {
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(root)} is not a directory`);
        if (inGitDir(real)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`the revision directory ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(root)} is a .git directory or inside one, and .git is ` +
                `never bundled; set revision-path to the directory that holds the application's files`);
        }
        return real;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`cannot read the revision directory ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(root)}: ${reason(error)}`, {
            cause: error
        });
    }
}
/**
 * No patterns (the usual case) means no matcher. The matcher remembers every path it is asked
 * about, so it is rebuilt (in microseconds) every few thousand paths: a walk asks about each path
 * once, and a cache of the whole tree would grow with it.
 */
function ignoreRules(realRoot, exclude) {
    const ignoreFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realRoot, IGNORE_FILE);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(ignoreFile, 'utf8');
    }
    catch (error) {
        if (code(error) !== 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`cannot read ${IGNORE_FILE}: ${reason(error)}`, { cause: error });
        }
    }
    const patterns = [...(text ?? '').split(/\r?\n/), ...exclude].filter(line => line.trim() !== '' && !line.startsWith('#'));
    if (!patterns.length)
        return () => false;
    let rules = ignore__WEBPACK_IMPORTED_MODULE_3___default()().add(patterns);
    let asked = 0;
    return path => {
        if (++asked % MATCHER_PATHS === 0)
            rules = ignore__WEBPACK_IMPORTED_MODULE_3___default()().add(patterns);
        return rules.ignores(path);
    };
}
const MATCHER_PATHS = 4096;
function fileEntry(name, path, stats) {
    return { name, path, size: stats.size, mode: normaliseMode(stats.mode) };
}
function readDir(dir, prefix) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`cannot list ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(prefix || '.')}: ${reason(error)}`, { cause: error });
    }
}
/** The names in `dir` that are not valid UTF-8, by the name they are read as, with their bytes. */
function undecodableNames(dir, prefix) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { encoding: 'buffer' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`cannot list ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(prefix || '.')}: ${reason(error)}`, { cause: error });
    }
    return new Map(names.filter(name => !(0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(name)).map(name => [name.toString('utf8'), name]));
}
function notUtf8(prefix, bytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`a name in ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(prefix.replace(/\/$/, '') || '.')} is not valid UTF-8 ` +
        `(${showBytes(bytes)}): bundles and CodeDeploy agents read names as UTF-8; rename it`);
}
/** Bytes in quotes: printable ASCII as it is (`"` and `\` escaped), any other byte as `\xHH`. */
function showBytes(bytes) {
    let text = '';
    for (const byte of bytes) {
        const c = String.fromCharCode(byte);
        if (c === '"' || c === '\\')
            text += `\\${c}`;
        else if (byte >= 0x20 && byte <= 0x7e)
            text += c;
        else
            text += `\\x${byte.toString(16).padStart(2, '0')}`;
    }
    return `"${text}"`;
}
function statOf(path, name) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .BundleError */ .rJ(`cannot read ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(name)}: ${reason(error)}`, { cause: error });
    }
}
function linkTarget(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path);
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


/***/ }),

/***/ 4934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ parseWithLines),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   WU: () => (/* binding */ show)
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
/** The key of a mapping entry, as text. */
function keyOf(pair) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
}
/** A value as a message shows it: 'missing', or its JSON. */
function show(value) {
    return value === undefined || value === null ? 'missing' : JSON.stringify(value);
}


/***/ })

};
