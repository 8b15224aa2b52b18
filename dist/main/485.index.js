export const id = 485;
export const ids = [485,480];
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


/***/ }),

/***/ 9252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YL: () => (/* binding */ APPSPEC_NAMES),
  Qw: () => (/* binding */ findAppSpec),
  F6: () => (/* binding */ validateAppSpec)
});

// UNUSED EXPORTS: bundlePath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
;// CONCATENATED MODULE: ./src/appspec/ruby.ts

/**
 * What makes a Hash key equal to another, as Ruby's `eql?` does for the kinds YAML gives;
 * undefined for a list or a mapping, which never meet an equal key in an AppSpec.
 */
function keyId(value) {
    if (value.kind === 'seq' || value.kind === 'map')
        return undefined;
    return value.kind === 'nil' ? 'nil' : `${value.kind}:${String(value.value)}`;
}
/** `hash['key']`: the value under a text key, undefined when there is none. */
function lookup(map, key) {
    return map.entries.find(e => e.key.kind === 'str' && e.key.value === key)?.value;
}
/** The value itself when given, else undefined: Ruby reads a missing key and `nil` alike. */
function given(value) {
    return value === undefined || value.kind === 'nil' ? undefined : value;
}
/** Ruby's truthiness: everything but `nil` and `false`. */
function truthy(value) {
    return given(value) !== undefined && !(value?.kind === 'bool' && !value.value);
}
/** `value.to_s` for a scalar; undefined for a list or a mapping. */
function toS(value) {
    switch (value.kind) {
        case 'nil':
            return '';
        case 'bool':
        case 'int':
            return String(value.value);
        case 'float':
            return floatText(value.value);
        case 'str':
        case 'sym':
            return value.value;
        default:
            return undefined;
    }
}
/** `value.to_i`; undefined where Ruby raises (true, symbols, lists, mappings, NaN, infinities). */
function toI(value) {
    switch (value.kind) {
        case 'nil':
            return 0n;
        case 'int':
            return value.value;
        case 'float':
            return Number.isFinite(value.value) ? BigInt(Math.trunc(value.value)) : undefined;
        case 'str':
            return stringToI(value.value);
        default:
            return undefined;
    }
}
/**
 * Ruby's `String#to_i`: white space, a sign, then the longest run of digits (single underscores
 * may join them); whatever follows is dropped, and no digits at all give 0.
 */
function stringToI(text) {
    const match = /^[ \t\n\v\f\r]*([-+]?)(\d+(?:_\d+)*)/.exec(text);
    if (!match)
        return 0n;
    const digits = BigInt(match[2].replace(/_/g, ''));
    return match[1] === '-' ? -digits : digits;
}
/**
 * Ruby's `Float#to_s`: the shortest digits that read back as the number, as a fixed-point number
 * with at least one decimal ("3.0") while the decimal point falls within 16 digits of the first,
 * else in exponent form ("1.0e+16", "1.0e-05").
 */
function floatText(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? 'Infinity' : '-Infinity';
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const point = Number(exponent) + 1;
    if (value === 0 || (point > -4 && point <= 16)) {
        if (point <= 0)
            return `${sign}0.${'0'.repeat(-point)}${digits}`;
        const whole = digits.slice(0, point).padEnd(point, '0');
        return `${sign}${whole}.${digits.slice(point) || '0'}`;
    }
    const power = point - 1;
    const decimals = digits.slice(1) || '0';
    const magnitude = String(Math.abs(power)).padStart(2, '0');
    return `${sign}${digits[0]}.${decimals}e${power < 0 ? '-' : '+'}${magnitude}`;
}
/** How a message names what a value is, when its kind is the problem. */
function kindOf(value) {
    const written = (0,untrusted/* shown */.SP)(value.written);
    const kinds = {
        nil: 'empty',
        bool: `the boolean ${written}`,
        int: `the number ${written}`,
        float: `the number ${written}`,
        str: 'text',
        sym: `the symbol ${written}`,
        seq: 'a list',
        map: 'a mapping'
    };
    return kinds[value.kind];
}

;// CONCATENATED MODULE: ./src/appspec/sections.ts


/**
 * The items of a section the agent walks with `each` (files, permissions, a hook's scripts):
 * nothing when it is absent, empty, `nil` or `false` (the agent's `|| []`); a list's items; no item
 * for an empty mapping (its `each` yields nothing). Anything else fails the agent's `each`, and is
 * refused with `refusal`.
 */
function itemsOf(value, report, refusal) {
    if (!truthy(value))
        return [];
    if (value.kind === 'seq')
        return value.items;
    if (value.kind === 'map' && value.entries.length === 0)
        return [];
    return report.fail(value, refusal);
}
/**
 * Warns of every key of `map` outside `known`: the agent reads the keys it knows, case and all,
 * and silently ignores the rest, so a misspelt key loses its setting without a word. `hints` says
 * what to do about particular keys.
 */
function warnUnknownKeys(map, known, where, report, hints = {}) {
    for (const { key } of map.entries) {
        if (key.kind === 'str' && known.includes(key.value))
            continue;
        const text = key.kind === 'str' ? key.value : undefined;
        const guess = text === undefined ? undefined : closest(text, known);
        const instead = (text !== undefined && Object.hasOwn(hints, text) ? hints[text] : undefined) ??
            (guess ? `did you mean ${guess}?` : `expected one of ${known.join(', ')}`);
        report.warn(key, `unknown key ${(0,untrusted/* shown */.SP)(key.written)}${where}: the agent ignores it; ${instead}`);
    }
}
/**
 * The name among `names` that `name` most likely misspells: the same but for case, or at most
 * two letters added, dropped or changed.
 */
function closest(name, names) {
    const lower = name.toLowerCase();
    const sameButCase = names.find(n => n.toLowerCase() === lower);
    if (sameButCase)
        return sameButCase;
    let best;
    for (const candidate of names) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance <= 2 && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const change = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, change));
        }
        previous = current;
    }
    return previous[b.length];
}
/** A value as a message shows it: 'missing', text in quotes, anything else as written. */
function describe(value) {
    if (value === undefined || value.kind === 'nil')
        return 'missing';
    if (value.kind === 'str')
        return (0,untrusted/* oneLine */.TN)(JSON.stringify(value.value));
    if (value.kind === 'seq')
        return 'a list';
    if (value.kind === 'map')
        return 'a mapping';
    return (0,untrusted/* shown */.SP)(value.written);
}

;// CONCATENATED MODULE: ./src/appspec/hooks.ts



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
/** Events the agent runs itself; scripts under them never run. */
const RESERVED_EVENTS = [
    'Start',
    'DownloadBundle',
    'Install',
    'BlockTraffic',
    'AllowTraffic',
    'End'
];
const SCRIPT_KEYS = ['location', 'timeout', 'runas', 'sudo'];
/** AWS's AppSpec reference: a script's timeout is at most an hour. The agent sets no limit. */
const DOCUMENTED_MAX_TIMEOUT = 3600;
const TIMEOUT_EXPECTED = `expected a whole number of seconds from 1 to ${DOCUMENTED_MAX_TIMEOUT}`;
/**
 * The agent's reading of `hooks` (application_specification.rb, parse_hooks; script_info.rb):
 * a mapping of event names to lists of scripts, each with a location and an optional timeout.
 * It runs only the lifecycle events it knows, so a script under another name never runs; it
 * skips an event with no scripts. Returns the lifecycle events that run scripts.
 */
function checkHooks(root, bundle) {
    const { report } = bundle;
    const hooks = lookup(root, 'hooks');
    if (!truthy(hooks))
        return [];
    if (hooks.kind !== 'map')
        return report.fail(hooks, 'hooks must map lifecycle events to lists of scripts');
    const result = [];
    for (const { key, value } of hooks.entries) {
        const event = key.kind === 'str' ? key.value : key.written;
        const runs = warnIfNeverRuns(key, report);
        const scripts = scriptsOf(value, key, event, report);
        const locations = scripts.map(script => checkScript(script, event, runs, bundle));
        if (runs && locations.length > 0)
            result.push({ event, locations });
    }
    return result;
}
/** Whether the agent runs the event; a warning when it never does (most likely a typo). */
function warnIfNeverRuns(key, report) {
    const event = key.kind === 'str' ? key.value : undefined;
    if (event !== undefined && LIFECYCLE_EVENTS.includes(event))
        return true;
    const name = (0,untrusted/* shown */.SP)(key.written);
    if (event !== undefined && RESERVED_EVENTS.includes(event)) {
        report.warn(key, `${name} is run by the agent itself: scripts under it never run; ${expected()}`);
        return false;
    }
    const guess = event === undefined ? undefined : closest(event, LIFECYCLE_EVENTS);
    report.warn(key, `unknown lifecycle event ${name}: the agent never runs scripts under it; ` +
        (guess ? `did you mean ${guess}?` : expected()));
    return false;
}
/** An event's scripts; none, with a warning, when it has none (the agent skips it). */
function scriptsOf(value, key, event, report) {
    const name = (0,untrusted/* shown */.SP)(event);
    const scripts = itemsOf(value, report, `${name} must be a list of scripts (- location: <path>)`);
    if (scripts.length === 0)
        report.warn(key, `${name} has no scripts: the agent skips it`);
    return scripts;
}
/** Checks a script the way the agent reads it; returns its path in the bundle. */
function checkScript(script, event, runs, bundle) {
    const { report, toBundlePath, has } = bundle;
    const name = (0,untrusted/* shown */.SP)(event);
    if (script.kind !== 'map')
        return report.fail(script, `each ${name} script must be a mapping with location`);
    warnUnknownKeys(script, SCRIPT_KEYS, ` in a script of ${name}`, report);
    const location = given(lookup(script, 'location'));
    if (!location)
        return report.fail(script, `${name} script without location`);
    const written = toS(location);
    if (written === undefined) {
        return report.fail(location, `${name} script location is ${kindOf(location)}; expected a path`);
    }
    // The agent strips the white space around a location before it looks for the script.
    const text = written.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');
    if (text === '')
        return report.fail(location, `${name} script location is empty; expected a path`);
    checkTimeout(lookup(script, 'timeout'), name, report);
    const path = toBundlePath(text);
    if (runs && (path === '' || !has(path))) {
        report.fail(location, `${name} script ${(0,untrusted/* shown */.SP)(text)} is not in the bundle; expected a path relative to ` +
            `the root of the bundle`);
    }
    return path;
}
/**
 * The agent takes `timeout.to_i` (3600 when there is none) and refuses what is not above 0: a
 * fraction loses its decimals and text is read up to its first non-digit.
 */
function checkTimeout(timeout, name, report) {
    if (!truthy(timeout))
        return;
    const seconds = toI(timeout);
    const written = (0,untrusted/* shown */.SP)(timeout.written);
    if (seconds === undefined) {
        report.fail(timeout, `${name} timeout is ${kindOf(timeout)}, which the agent cannot read as a number (to_i); ${TIMEOUT_EXPECTED}`);
    }
    const reading = timeoutReading(timeout, seconds);
    if (seconds <= 0n) {
        report.fail(timeout, `${name} timeout ${written}${reading}: the agent refuses 0 or less; ${TIMEOUT_EXPECTED}`);
    }
    if (reading)
        report.warn(timeout, `${name} timeout ${written}${reading}`);
    if (seconds > BigInt(DOCUMENTED_MAX_TIMEOUT)) {
        report.warn(timeout, `${name} timeout ${seconds} is over ${DOCUMENTED_MAX_TIMEOUT} seconds, the most AWS's ` +
            `AppSpec reference allows for a script; the agent accepts it and waits that long`);
    }
}
/** How the agent's reading differs from what is written, or '' when it reads what is written. */
function timeoutReading(timeout, seconds) {
    if (timeout.kind === 'float' && !Number.isInteger(timeout.value)) {
        return ` is ${seconds} ${unit(seconds)} to the agent, which drops the fraction`;
    }
    if (timeout.kind === 'str' && !/^\d+$/.test(timeout.value)) {
        return ` is ${seconds} ${unit(seconds)} to the agent, which reads text up to its first non-digit`;
    }
    if (timeout.kind === 'int' && !/^[-+]?(0|[1-9]\d*)$/.test(timeout.written)) {
        return ` is the number ${seconds} to YAML (a leading 0 is octal, 0x hexadecimal), so the agent waits ${seconds} seconds; quote it`;
    }
    return '';
}
function unit(seconds) {
    return seconds === 1n ? 'second' : 'seconds';
}
function expected() {
    return `expected one of ${LIFECYCLE_EVENTS.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/appspec/permission-values.ts



/*
 * The values of a permissions entry, read as the agent reads them (application_specification/
 * mode_info.rb, ace_info.rb, acl_info.rb, context_info.rb, range_info.rb): each file there raises
 * on a value it cannot use, and so does each check here.
 */
const CONTEXT_KEYS = ['name', 'type', 'range'];
/**
 * `mode.to_s`, padded with zeros to three characters, must be at most four octal digits. YAML
 * reads an unquoted `0644` as the octal number 420, so the agent sets mode 420, or refuses it
 * when the digits it gets are not octal (`0755` is 493).
 */
function checkMode(mode, report) {
    const text = toS(mode)?.padStart(3, '0');
    if (text === undefined) {
        return report.fail(mode, `mode is ${kindOf(mode)}; the agent expects one to four octal digits, such as "0644" or 755`);
    }
    const asNumber = mode.kind === 'int' && !/^[-+]?(0|[1-9]\d*)$/.test(mode.written);
    const read = asNumber ? `${yamlNumber(mode.written, text)}, and ` : '';
    const quote = asNumber ? `; quote it: mode: "${(0,untrusted/* shown */.SP)(mode.written)}"` : '';
    const bad = [...text].find(c => c < '0' || c > '7');
    if (text.length > 4 || bad !== undefined) {
        const why = text.length > 4
            ? `is ${text.length} characters long`
            : `holds ${(0,untrusted/* shown */.SP)(bad ?? '')}, not an octal digit`;
        report.fail(mode, `${read}mode ${(0,untrusted/* shown */.SP)(text)} ${why}; the agent expects one to four octal digits, such as "0644" or 755${quote}`);
    }
    if (asNumber)
        report.warn(mode, `${read}the agent sets mode ${text}${quote}`);
    else if (mode.kind === 'str' && mode.value === '') {
        report.warn(mode, 'mode is empty: the agent reads it as 000 and takes every permission away');
    }
}
/** How YAML turned a number written in another base (0755, 0x1ed) into a decimal one. */
function yamlNumber(written, decimal) {
    const octal = /^[-+]?0[0-7_,]+$/.test(written) ? ' (a leading 0 makes it octal)' : '';
    return `YAML reads ${(0,untrusted/* shown */.SP)(written)} as the number ${decimal.replace(/^0+(?=.)/, '')}${octal}`;
}
/**
 * `acls` is a list of entries `[d[efault]:][u[ser]|g[roup]|m[ask]|o[ther]]:[name]:perms`, perms
 * being one octal digit or r, w, x and -. Returns whether an entry is a default one (`d:`).
 */
function checkAcls(acls, report) {
    if (acls.kind === 'map' && acls.entries.length === 0)
        return false;
    if (acls.kind !== 'seq') {
        return report.fail(acls, `acls is ${kindOf(acls)}; the agent expects a list of entries, such as - u:bob:rw`);
    }
    let hasDefault = false;
    for (const entry of acls.items) {
        if (entry.kind !== 'str') {
            report.fail(entry, `acls entry is ${kindOf(entry)}; the agent expects text, such as u:bob:rw`);
        }
        hasDefault = checkAce(entry.value, entry, report) || hasDefault;
    }
    return hasDefault;
}
/** One acls entry, as ace_info.rb reads it; returns whether it is a default entry. */
function checkAce(ace, at, report) {
    const invalid = (why) => report.fail(at, `acls entry ${(0,untrusted/* shown */.SP)(ace)} ${why}; the agent expects [d:][u|g|m|o]:[name]:perms, such as u:bob:rw or d:g:dev:5`);
    const parts = ace.split(':').reverse();
    if (parts.length < 2 || parts.length > 4)
        invalid(`has ${parts.length} parts`);
    let isDefault = false;
    if (parts.length === 4) {
        if (!isDefaultWord(parts[3]))
            invalid(`starts with ${(0,untrusted/* shown */.SP)(parts[3])}, not d or default`);
        isDefault = true;
    }
    let type;
    if (parts.length >= 3) {
        if (isDefaultWord(parts[2])) {
            if (isDefault)
                invalid('says default twice');
            isDefault = true;
        }
        else {
            type = ACE_TYPES.get(parts[2]);
            if (!type)
                invalid(`has the type ${(0,untrusted/* shown */.SP)(parts[2])}`);
        }
    }
    let name = parts[1];
    const special = ACE_TYPES.get(parts[1]);
    if (special === 'mask' || special === 'other') {
        if (type === undefined)
            [type, name] = [special, ''];
        else
            name = special;
    }
    else
        type ??= 'user';
    if ((type === 'mask' || type === 'other') && name !== '')
        invalid(`gives a name to ${type}`);
    if (!isDefault && type !== 'mask' && name === '') {
        invalid('has no name: the base entries come from mode (use mode to set them)');
    }
    const perms = parts[0];
    if (!/^[0-7]$/.test(perms)) {
        const bad = [...perms].find(c => !'rwx-'.includes(c));
        if (bad !== undefined)
            invalid(`has the permission character ${(0,untrusted/* shown */.SP)(bad)}`);
    }
    return isDefault;
}
const ACE_TYPES = new Map([
    ['u', 'user'],
    ['user', 'user'],
    ['g', 'group'],
    ['group', 'group'],
    ['m', 'mask'],
    ['mask', 'mask'],
    ['o', 'other'],
    ['other', 'other']
]);
function isDefaultWord(part) {
    return part === 'd' || part === 'default';
}
/**
 * An SELinux `context`: a mapping with `type`, and `range` in the form s0[-s3][:c0[.c7][,c9]].
 * `name` is the SELinux user. The agent writes the range of every context it applies into its
 * install instructions, and fails at Install when there is none.
 */
function checkContext(context, report) {
    if (context.kind !== 'map') {
        report.fail(context, `context is ${kindOf(context)}; the agent expects a mapping with type and range`);
    }
    warnUnknownKeys(context, CONTEXT_KEYS, ' in context', report, {
        user: "the agent reads the SELinux user from name, not from user as AWS's AppSpec reference writes it: rename it to name"
    });
    if (!given(lookup(context, 'type')))
        report.fail(context, 'context without type; the agent requires the SELinux type, such as type: httpd_sys_content_t');
    const range = given(lookup(context, 'range'));
    if (!range) {
        report.fail(context, 'context without range: the agent fails at Install when it applies a context without one; add range, such as range: s0');
    }
    if (range.kind !== 'str') {
        report.fail(range, `context range is ${kindOf(range)}; the agent expects text such as s0 or s0-s3:c0.c7`);
    }
    const problem = rangeProblem(range.value);
    if (problem) {
        report.fail(range, `context range ${(0,untrusted/* shown */.SP)(range.value)} ${problem}; the agent expects s<level>[-s<level>][:c<n>[.c<n>],...], such as s0-s3:c0.c7,c9`);
    }
}
/** What range_info.rb refuses in a range, or undefined when it takes it. */
function rangeProblem(range) {
    const parts = halves(range, ':');
    if (!parts)
        return `has an empty part around ":"`;
    const levels = halves(parts[0], '-');
    if (!levels)
        return `has an empty part around "-"`;
    const numbers = levels.map(level => numbered(level, 's'));
    if (numbers.some(n => n === undefined))
        return 'has a sensitivity that is not s followed by digits';
    if (numbers.length === 2 && numbers[1] < numbers[0]) {
        return 'has its high sensitivity below its low one';
    }
    return parts.length === 2 ? categoriesProblem(parts[1]) : undefined;
}
function categoriesProblem(text) {
    const categories = [];
    // Ruby's split drops the empty strings at the end: "c1," is c1 alone.
    const items = text.split(',');
    while (items.length > 0 && items[items.length - 1] === '')
        items.pop();
    for (const item of items) {
        const ends = item.includes('.') ? halves(item, '.') : [item];
        if (!ends)
            return `has an empty part around "."`;
        const [low, high] = ends.map(end => numbered(end, 'c'));
        if (low === undefined || (high === undefined && ends.length === 2)) {
            return 'has a category that is not c followed by digits up to c1023';
        }
        if (high !== undefined && high < low)
            return `has the category range ${(0,untrusted/* shown */.SP)(item)} going down`;
        for (let c = low; c <= (high ?? low); c++)
            categories.push(c);
    }
    return new Set(categories).size === categories.length ? undefined : 'names a category twice';
}
/** The text split at the first `separator` (or whole when it has none); undefined for an empty part. */
function halves(text, separator) {
    const at = text.indexOf(separator);
    const parts = at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
    return parts.every(part => part !== '') ? parts : undefined;
}
/** The number after `letter` (s3, c7); undefined when it is not the letter then digits only. */
function numbered(text, letter) {
    if (text.length < 2 || !text.startsWith(letter))
        return undefined;
    // Ruby's sub replaces the first occurrence, which is the leading letter.
    const digits = text.slice(1);
    if (!/^[0-9]+$/.test(digits))
        return undefined;
    const value = Number(digits);
    return letter === 'c' && value > 1023 ? undefined : value;
}

;// CONCATENATED MODULE: ./src/appspec/permissions.ts





const PERMISSION_KEYS = [
    'object',
    'pattern',
    'except',
    'type',
    'owner',
    'group',
    'mode',
    'acls',
    'context'
];
const TYPES = ['file', 'directory'];
/**
 * The agent's reading of `permissions` (application_specification.rb, parse_permissions;
 * linux_permission_info.rb; install_instruction.rb, which applies them at Install): a list of
 * entries, each naming an object on the instance, on Linux only.
 */
function checkPermissions(root, os, report) {
    const entries = itemsOf(lookup(root, 'permissions'), report, 'permissions must be a list of entries, each with object');
    const targets = new Map();
    for (const entry of entries) {
        if (entry.kind !== 'map') {
            return report.fail(entry, 'each permissions entry must be a mapping with object');
        }
        const object = checkObject(entry, report);
        if (os === 'windows') {
            report.fail(entry, 'permissions apply to Linux instances only: the agent refuses any permissions entry in ' +
                'a Windows AppSpec (os: windows); remove the permissions section');
        }
        warnUnknownKeys(entry, PERMISSION_KEYS, ' in a permissions entry', report);
        const applies = checkEntry(entry, report);
        if (object !== undefined) {
            warnIfTwice({ ...applies, object, line: report.line(entry) }, targets, entry, report);
        }
    }
}
/** The object's path as the agent takes it (`to_s.strip`); undefined when it names nothing. */
function checkObject(entry, report) {
    const object = given(lookup(entry, 'object'));
    if (!object) {
        return report.fail(entry, 'permissions entry without object; expected object: <path on the instance>');
    }
    const text = toS(object);
    if (text === undefined) {
        report.warn(object, `permissions object is ${kindOf(object)}: the agent takes its text as a path, which names ` +
            'nothing, so this entry changes nothing; expected one path');
        return undefined;
    }
    const path = text.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');
    if (path === '') {
        report.fail(object, 'permissions object is empty; expected the path of a file or directory on the instance');
    }
    return path;
}
/** The rest of an entry, in the agent's order; returns what it applies to. */
function checkEntry(entry, report) {
    const pattern = given(lookup(entry, 'pattern'));
    if (pattern && pattern.kind !== 'str') {
        report.fail(pattern, `pattern is ${kindOf(pattern)}; the agent matches names against text and fails on it: ` +
            'quote a pattern such as "*.sh"');
    }
    const except = checkExcept(lookup(entry, 'except'), report);
    const types = checkTypes(lookup(entry, 'type'), report);
    for (const key of ['owner', 'group'])
        checkName(lookup(entry, key), key, report);
    const mode = given(lookup(entry, 'mode'));
    if (mode)
        checkMode(mode, report);
    const acls = given(lookup(entry, 'acls'));
    if (acls && checkAcls(acls, report) && types.includes('file')) {
        report.warn(acls, 'acls has a default (d:) entry and type includes file: the agent refuses a default entry ' +
            'on a file, so the deployment fails at Install once this entry matches a file it copies; ' +
            'add type: [directory]');
    }
    const context = given(lookup(entry, 'context'));
    if (context)
        checkContext(context, report);
    return { types, pattern: pattern?.kind === 'str' ? pattern.value : '**', except };
}
/** Whether `except` names any pattern. */
function checkExcept(except, report) {
    const shape = 'the agent expects a list of patterns, such as except: ["*.tmp"]';
    const items = itemsOf(except, report, `except is ${except ? kindOf(except) : ''}; ${shape}`);
    for (const item of items) {
        if (item.kind !== 'str')
            report.fail(item, `except entry is ${kindOf(item)}; ${shape}`);
    }
    return items.length > 0;
}
/** `type`: both file and directory when left out, else a list of them. */
function checkTypes(type, report) {
    if (!truthy(type))
        return TYPES;
    const shape = 'the agent expects a list: type: [file], [directory] or both';
    const items = itemsOf(type, report, `type is ${kindOf(type)}; ${shape}`);
    if (items.length === 0)
        report.warn(type, 'type is empty: this entry applies to nothing');
    return items.map(item => {
        if (item.kind !== 'str' || !TYPES.includes(item.value)) {
            report.fail(item, `type ${describe(item)} is not one the agent sets permissions on; ${shape}`);
        }
        return item.value;
    });
}
/** The agent looks owner and group up by name at Install (Etc.getpwnam, Etc.getgrnam). */
function checkName(value, key, report) {
    const name = given(value);
    if (!name)
        return;
    const what = key === 'owner' ? 'user' : 'group';
    if (name.kind !== 'str') {
        report.fail(name, `${key} is ${kindOf(name)}; the agent looks the ${what} up by name at Install and fails ` +
            `on anything else: give the ${what}'s name, not its ID`);
    }
    if (name.value === '') {
        report.fail(name, `${key} is empty; the agent fails at Install looking up a ${what} with no name`);
    }
}
/**
 * The agent refuses to set permissions twice on one file or directory; two entries for the same
 * object, type and pattern, without except, both match whatever the deployment copies under it.
 */
function warnIfTwice(target, targets, at, report) {
    const object = normalObject(target.object);
    const same = targets.get(object) ?? [];
    const earlier = same.find(t => t.pattern === target.pattern &&
        !t.except &&
        !target.except &&
        t.types.some(type => target.types.includes(type)));
    same.push(target);
    targets.set(object, same);
    if (!earlier)
        return;
    report.warn(at, `object ${(0,untrusted/* shown */.SP)(target.object)} already has permissions on line ${earlier.line}: the agent ` +
        'refuses to set permissions twice on the same file or directory, so the deployment fails ' +
        'at Install once both match a file or directory it copies there; merge the two entries');
}
/** The path as File.expand_path leaves it, for comparison: no `.`, `..` or trailing `/`. */
function normalObject(path) {
    return external_node_path_.posix.normalize(path).replace(/(.)\/+$/, '$1');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/appspec/psych-scalar.ts

/** Text Psych keeps as text at once: it starts like a word, not like a number or a date. */
const WORDLIKE = /^[^\d.:-]?[\p{L}_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=]+/u;
const TIME = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE = /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/;
const SEXAGESIMAL_INT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/;
const FLOAT = /^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$/;
const INTEGER = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/;
/** Psych's reading of an unquoted scalar's text. */
function readPlain(text) {
    if (text === '')
        return { kind: 'nil' };
    if (WORDLIKE.test(text) || text.includes('\n'))
        return wordlike(text);
    if (TIME.test(text))
        return disallowed('a time', 'Time');
    if (DATE.test(text))
        return disallowed('a date', 'Date');
    if (/^\+?\.inf$/i.test(text))
        return { kind: 'float', value: Infinity };
    if (/^-\.inf$/i.test(text))
        return { kind: 'float', value: -Infinity };
    if (/^\.nan$/i.test(text))
        return { kind: 'float', value: NaN };
    if (/^:./.test(text))
        return { kind: 'sym', value: symbolName(text) };
    if (SEXAGESIMAL_INT.test(text))
        return { kind: 'int', value: sexagesimalInt(text) };
    if (SEXAGESIMAL_FLOAT.test(text))
        return { kind: 'float', value: sexagesimalFloat(text) };
    if (FLOAT.test(text)) {
        if (/^[-+]?\.$/.test(text))
            return { kind: 'str', value: text };
        return { kind: 'float', value: Number(text.replace(/[,_]|\.([Ee]|$)/g, '$1')) };
    }
    if (INTEGER.test(text))
        return integer(text);
    return { kind: 'str', value: text };
}
/** Only short words can be null or a boolean; `y` and `n` stay text, unlike in other YAML 1.1. */
function wordlike(text) {
    if (text.length > 5 || /^[^ytonf~]/i.test(text))
        return { kind: 'str', value: text };
    if (text === '~' || /^null$/i.test(text))
        return { kind: 'nil' };
    if (/^(yes|true|on)$/i.test(text))
        return { kind: 'bool', value: true };
    if (/^(no|false|off)$/i.test(text))
        return { kind: 'bool', value: false };
    return { kind: 'str', value: text };
}
function symbolName(text) {
    const quoted = /^:(["'])(.*)\1/.exec(text);
    return quoted ? quoted[2].replace(/^:/, '') : text.slice(1);
}
/**
 * Psych's base 60: each part times 60 to the power of its distance from the third part, so
 * `1:30` is 1 × 3600 + 30 × 60 (hours and minutes), not 90.
 */
function sexagesimalInt(text) {
    return text
        .split(':')
        .reduce((sum, part, index) => sum + stringToI(part) * 60n ** BigInt(Math.abs(index - 2)), 0n);
}
function sexagesimalFloat(text) {
    return text
        .split(':')
        .reduce((sum, part, index) => sum + parseFloat(part.replace(/_/g, '')) * 60 ** Math.abs(index - 2), 0);
}
/** Ruby's `Integer()` of the text without its commas and underscores: 0b, 0x, and 0 for octal. */
function integer(text) {
    const bare = text.replace(/[,_]/g, '');
    const negative = bare.startsWith('-');
    const digits = bare.replace(/^[-+]/, '');
    const literal = /^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits;
    try {
        const value = BigInt(literal);
        return { kind: 'int', value: negative ? -value : value };
    }
    catch {
        // `0x` or `0b` with nothing after the commas and underscores: Ruby's Integer() fails too.
        return { kind: 'refused', reason: `Ruby's Integer() cannot read it (invalid value)` };
    }
}
function disallowed(what, className) {
    return {
        kind: 'refused',
        reason: `YAML reads it as ${what}, a class the agent's YAML loader does not allow (Tried to load unspecified class: ${className})`
    };
}

;// CONCATENATED MODULE: ./src/appspec/report.ts

/**
 * Verdicts on an EC2/On-Premises AppSpec, each one line naming the file and the line: `fail` for
 * what the agent refuses (it throws, so the first refusal ends the check, as the agent's does),
 * `warn` for what it accepts though it is most likely a mistake.
 */
class Report {
    fileName;
    lines;
    warnings = [];
    constructor(fileName, lines) {
        this.fileName = fileName;
        this.lines = lines;
    }
    fail(at, message) {
        throw new errors/* AppSpecError */.HY(this.place(at, message));
    }
    warn(at, message) {
        this.warnings.push(this.place(at, message));
    }
    /** The line a node starts on (1 when there is none: the file as a whole). */
    line(at) {
        const node = at && typeof at === 'object' && 'node' in at ? at.node : at;
        const offset = typeof at === 'number' ? at : (node?.range?.[0] ?? 0);
        // Before the text is parsed (a refusal of the file as a whole), no line is counted yet.
        return Math.max(1, this.lines.linePos(offset).line);
    }
    place(at, message) {
        return `${this.fileName} line ${this.line(at)}: ${message}`;
    }
}

;// CONCATENATED MODULE: ./src/appspec/psych.ts





const STR = 'tag:yaml.org,2002:str';
const BINARY = 'tag:yaml.org,2002:binary';
const psych_FLOAT = 'tag:yaml.org,2002:float';
/** Tags that make Psych build a class `YAML.load` does not allow. */
const DISALLOWED_TAGS = ['tag:yaml.org,2002:timestamp', 'tag:yaml.org,2002:set'];
/**
 * Reads an AppSpec as the agent does (`YAML.load(File.read(path))`, Psych 4 or later on current
 * agents): the first YAML document only, YAML 1.1 scalars, the last of two equal keys, merge keys
 * (`<<`) merged, and no aliases, dates or times. Each difference from what the file seems to say
 * is a warning; what Psych refuses is a refusal.
 */
function loadAgentYaml(text, fileName) {
    const lines = new dist/* LineCounter */.HN();
    const report = new Report(fileName, lines);
    if (text.startsWith('\uFEFF')) {
        // Psych keeps the mark as part of the first key, and then loses every key after `version`.
        report.fail(undefined, 'the file starts with a UTF-8 byte-order mark: the agent then reads only version and ' +
            'refuses the file (os missing); save it as UTF-8 without a byte-order mark');
    }
    const docs = (0,dist/* parseAllDocuments */.hR)(text, {
        schema: 'failsafe',
        uniqueKeys: false,
        merge: false,
        lineCounter: lines
    });
    const [first, second] = Array.from(docs);
    const error = first?.errors[0];
    if (error) {
        // The position is already in front of the message; the rest of it repeats the source.
        const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        report.fail(error.pos[0], `invalid YAML: ${message}`);
    }
    if (second) {
        report.warn(second.contents ?? undefined, 'a second YAML document starts here: the agent reads only the first document and ignores the rest');
    }
    const contents = first?.contents ?? null;
    const root = contents ? new Reader(report).value(contents) : nil(undefined);
    return { root, report };
}
function nil(node) {
    return { kind: 'nil', node, written: '' };
}
/** Turns YAML nodes into the values Psych gives the agent, reporting as it goes. */
class Reader {
    report;
    constructor(report) {
        this.report = report;
    }
    value(node, fallback) {
        if (node === null || node === undefined)
            return nil(fallback);
        if ((0,dist/* isAlias */.Vj)(node))
            return this.report.fail(node, aliasRefusal(node.source, false));
        if ((0,dist/* isScalar */.jn)(node))
            return this.scalar(node);
        const tag = node.tag;
        if (tag && (DISALLOWED_TAGS.includes(tag) || tag.startsWith('!ruby/'))) {
            this.report.fail(node, disallowedTag(tag));
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const items = node.items.map(item => this.value(item, node));
            return { kind: 'seq', items, node, written: '' };
        }
        if ((0,dist/* isMap */.jh)(node))
            return { kind: 'map', entries: this.entries(node.items), node, written: '' };
        return this.report.fail(node, 'this YAML node is not one the agent can read');
    }
    scalar(node) {
        const written = String(node.value);
        const reading = readScalar(node);
        if (reading.kind === 'refused') {
            return this.report.fail(node, `${(0,untrusted/* shown */.SP)(written)}: ${reading.reason}; quote it`);
        }
        return { ...reading, node, written };
    }
    /** A Ruby Hash from the pairs in order: a later equal key replaces the value in place. */
    entries(pairs) {
        const hash = new RubyHash();
        for (const pair of pairs) {
            const keyNode = pair.key;
            const key = this.value(keyNode);
            const merging = isMergeKey(keyNode);
            if (merging && (0,dist/* isAlias */.Vj)(pair.value)) {
                this.report.fail(pair.value, aliasRefusal(pair.value.source, true));
            }
            const value = this.value(pair.value, keyNode ?? undefined);
            const merged = merging ? mergedEntries(value) : undefined;
            if (merged) {
                for (const entry of merged)
                    hash.set(entry);
                continue;
            }
            const first = hash.set({ key, value });
            if (first) {
                this.report.warn(key, `${(0,untrusted/* shown */.SP)(key.written)} is given again (first on line ${this.report.line(first)}): ` +
                    'the agent keeps this last value and ignores the first');
            }
        }
        return hash.entries;
    }
}
/** A Ruby Hash being built: entries in the order of their first key, each with its last value. */
class RubyHash {
    entries = [];
    positions = new Map();
    /** Sets an entry; returns the key it gave a new value, if there was one. */
    set(entry) {
        const id = keyId(entry.key);
        const at = id === undefined ? undefined : this.positions.get(id);
        if (at === undefined) {
            if (id !== undefined)
                this.positions.set(id, this.entries.length);
            this.entries.push(entry);
            return undefined;
        }
        const first = this.entries[at].key;
        this.entries[at] = { key: first, value: entry.value };
        return first;
    }
}
/**
 * What `<<: value` adds to the Hash: a mapping's entries, or a list of mappings' entries with the
 * first mapping winning; anything else is an ordinary key named `<<` (undefined).
 */
function mergedEntries(value) {
    if (value.kind === 'map')
        return value.entries;
    if (value.kind !== 'seq' || !value.items.every(item => item.kind === 'map'))
        return undefined;
    const merged = new RubyHash();
    for (const item of [...value.items].reverse()) {
        if (item.kind === 'map')
            for (const entry of item.entries)
                merged.set(entry);
    }
    return merged.entries;
}
function isMergeKey(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value === '<<' && node.tag !== STR;
}
/** Psych's reading of a scalar: quoted text stays text unless a tag says otherwise. */
function readScalar(node) {
    const text = String(node.value);
    switch (node.tag) {
        case undefined:
            return node.type === 'PLAIN' ? readPlain(text) : { kind: 'str', value: text };
        case STR:
            return { kind: 'str', value: text };
        case BINARY:
            return { kind: 'str', value: Buffer.from(text, 'base64').toString('utf8') };
        case psych_FLOAT:
            return asFloat(readPlain(text));
        case '!ruby/sym':
        case '!ruby/symbol':
            return { kind: 'sym', value: text };
    }
    if (DISALLOWED_TAGS.includes(node.tag) || node.tag.startsWith('!ruby/')) {
        return { kind: 'refused', reason: disallowedTag(node.tag) };
    }
    return readPlain(text);
}
function asFloat(reading) {
    if (reading.kind === 'int')
        return { kind: 'float', value: Number(reading.value) };
    if (reading.kind === 'float' || reading.kind === 'refused')
        return reading;
    return {
        kind: 'refused',
        reason: `!!float of something that is not a number (Ruby's Float() fails)`
    };
}
function disallowedTag(tag) {
    return `the tag ${(0,untrusted/* shown */.SP)(tag)} makes the agent's YAML loader build a class it does not allow, and it refuses the file`;
}
function aliasRefusal(name, merge) {
    const use = merge ? `the merge <<: *${(0,untrusted/* shown */.SP)(name)}` : `the alias *${(0,untrusted/* shown */.SP)(name)}`;
    return (`${use}: the agent's YAML loader refuses aliases on Ruby 3.1 and later (Psych 4: ` +
        `Unknown alias), which current agents run on, so the deployment fails (agents on older Ruby ` +
        `accepted them); write the values out in full`);
}

;// CONCATENATED MODULE: ./src/appspec/server.ts








/** The names the CodeDeploy agent looks for at the bundle root, in its order of preference. */
const APPSPEC_NAMES = ['appspec.yml', 'appspec.yaml'];
const TOP_LEVEL_KEYS = ['version', 'os', 'files', 'permissions', 'hooks', 'file_exists_behavior'];
const FILE_EXISTS_BEHAVIORS = ['DISALLOW', 'OVERWRITE', 'RETAIN'];
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
 * Checks an EC2/On-Premises AppSpec the way the CodeDeploy agent will read it (aws-codedeploy-agent,
 * lib/instance_agent/plugins/codedeploy/application_specification/, and the Install step that
 * applies it), so what the agent would refuse fails the step before anything is uploaded, and what
 * it accepts passes, with a warning where it is most likely a mistake. `has` says whether a path
 * (file or directory, relative to the bundle root, `/`-separated, `''` for the root) is in the
 * bundle. Every refusal is one line naming the file and line.
 */
function validateAppSpec(text, fileName, has) {
    const { root, report } = loadAgentYaml(text, fileName);
    if (root.kind !== 'map') {
        return report.fail(root, 'expected a mapping with version: 0.0, os, and optionally files and hooks');
    }
    warnUnknownKeys(root, TOP_LEVEL_KEYS, ' at the top level', report);
    // In the agent's order (ApplicationSpecification#initialize), so the first refusal is its own.
    checkVersion(lookup(root, 'version'), root, report);
    const os = checkOs(lookup(root, 'os'), root, report);
    const bundle = { toBundlePath: value => bundlePath(value, os), has, report };
    const hooks = checkHooks(root, bundle);
    checkFiles(root, os, bundle);
    checkPermissions(root, os, report);
    const behavior = given(lookup(root, 'file_exists_behavior'));
    if (behavior && !(behavior.kind === 'str' && FILE_EXISTS_BEHAVIORS.includes(behavior.value))) {
        report.fail(behavior, `file_exists_behavior must be one of ${FILE_EXISTS_BEHAVIORS.join(', ')}`);
    }
    return { file: fileName, os, hooks, warnings: report.warnings };
}
/** The agent compares version with the number 0.0: 0 and 0.0 pass, the text "0.0" does not. */
function checkVersion(version, root, report) {
    const zero = (version?.kind === 'int' && version.value === 0n) ||
        (version?.kind === 'float' && version.value === 0);
    if (!zero) {
        report.fail(version ?? root, `version is ${describe(version)}; expected 0.0, a number (the only version)`);
    }
}
function checkOs(os, root, report) {
    if (os?.kind === 'str' && (os.value === 'linux' || os.value === 'windows'))
        return os.value;
    return report.fail(os ?? root, `os is ${describe(os)}; expected linux or windows (lower case)`);
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
/**
 * The agent's reading of `files` (application_specification.rb, parse_files; file_info.rb;
 * installer.rb, which copies them): a list of entries with a source in the bundle and a
 * destination on the instance, both text, as the agent joins them to paths.
 */
function checkFiles(root, os, bundle) {
    const { report, has, toBundlePath } = bundle;
    const entries = itemsOf(lookup(root, 'files'), report, 'files must be a list of entries with source and destination');
    for (const entry of entries) {
        if (entry.kind !== 'map')
            return report.fail(entry, 'each files entry must have source and destination');
        warnUnknownKeys(entry, ['source', 'destination'], ' in a files entry', report);
        const source = given(lookup(entry, 'source'));
        if (!source)
            return report.fail(entry, 'files entry without source; expected source: <path>');
        const destination = given(lookup(entry, 'destination'));
        if (!destination) {
            return report.fail(entry, 'files entry without destination; expected destination: <directory>');
        }
        const from = pathText(source, 'source', report);
        checkDestination(pathText(destination, 'destination', report), destination, os, report);
        if (!has(toBundlePath(from))) {
            report.fail(source, `files source ${(0,untrusted/* shown */.SP)(from)} is not in the bundle; expected a file or directory ` +
                `relative to the root of the bundle (/ for all of it)`);
        }
    }
}
/** The agent joins source and destination into paths (File.join), which takes text alone. */
function pathText(value, key, report) {
    if (value.kind === 'str')
        return value.value;
    return report.fail(value, `${key} is ${kindOf(value)}; the agent needs a path as text and fails at Install on it: quote it`);
}
function checkDestination(text, at, os, report) {
    if (text === '') {
        report.warn(at, 'destination is empty: the agent copies a file source to / and fails at Install on a ' +
            'directory source; give the directory on the instance');
    }
    else if (os === 'linux' && !text.startsWith('/')) {
        report.warn(at, `destination ${(0,untrusted/* shown */.SP)(text)} is not an absolute path: the agent resolves it against its own ` +
            'working directory; give the full path on the instance');
    }
}


/***/ })

};
