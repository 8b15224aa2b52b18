export const id = 480;
export const ids = [480];
export const modules = {

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
