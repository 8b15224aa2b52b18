export const id = 934;
export const ids = [934];
export const modules = {

/***/ 7934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkTreeAppSpec: () => (/* binding */ checkTreeAppSpec),
  createBundle: () => (/* binding */ createBundle)
});

// UNUSED EXPORTS: DEFAULT_EPOCH

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/appspec/server.ts + 8 modules
var server = __webpack_require__(9252);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(6950);
// EXTERNAL MODULE: ./src/appspec/file.ts
var file = __webpack_require__(2480);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
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
    /**
     * Creates `path`; fails if it exists rather than overwrite someone else's file, unless told to
     * `replace` it.
     */
    static async create(path, replace = false) {
        return new HashedFile(path, await (0,promises_.open)(path, replace ? 'w' : 'wx'));
    }
    async write(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
        if (this.staged + chunk.length > STAGING_BYTES)
            await this.flush();
        if (chunk.length >= STAGING_BYTES) {
            await writeFully(this.handle, chunk);
            return;
        }
        this.staged += chunk.copy(this.staging, this.staged);
    }
    async close() {
        await this.flush();
        await this.handle.close();
        return { path: this.path, size: this.size, sha256: this.hash.digest('hex') };
    }
    /**
     * Closes and deletes the partial file after `error`, and returns the error to raise: when the
     * disk was full, one that says how much of the archive had been written.
     */
    async discard(error) {
        await this.handle.close().catch(() => undefined);
        await (0,promises_.rm)(this.path, { force: true });
        const code = error?.code;
        return code === 'ENOSPC' || code === 'EDQUOT'
            ? new DiskFullError(this.path, this.size, { cause: error })
            : error;
    }
    async flush() {
        if (this.staged)
            await writeFully(this.handle, this.staging.subarray(0, this.staged));
        this.staged = 0;
    }
}
/** The disk (or the user's quota on it) filled after `written` bytes of the archive at `path`. */
class DiskFullError extends Error {
    path;
    written;
    constructor(path, written, options) {
        super(`no space left to write ${path} after ${written} bytes`, options);
        this.path = path;
        this.written = written;
    }
}
/** Writes all of `data` at `position` (default: the current offset); a write may take part of it. */
async function writeFully(handle, data, position) {
    for (let at = 0; at < data.length;) {
        const where = position === undefined ? null : position + at;
        at += (await handle.write(data, at, data.length - at, where)).bytesWritten;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/bundle/workers.ts


/**
 * A compressor failed: usually a file it could not read (`changed`: its size differs from when the
 * walk saw it); `path` is missing for other failures.
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
 * Per-file garbage in a compressor (zlib's handle and output buffer) outlives V8's minor
 * collections and waits for a full one, which V8 schedules by the size of the old generation: a
 * small one keeps that garbage, and the worker's memory, flat whatever the tree's size. What a
 * worker keeps alive (Node.js itself, one task's file names) fits several times over.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 16 };
/**
 * One worker per core but one (eight threads at most): the main thread walks the tree, hashes and
 * writes the archive. It never compresses: that garbage in the action's own heap would grow it
 * for the rest of the run, with no limits to keep it small.
 */
function defaultCompressorCount() {
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)() - 1, 7));
}
/**
 * Worker threads that read and compress into slots of one shared buffer, so results cross threads
 * without copies or per-job allocations: memory stays flat whatever the tree's size. Each task
 * goes to the worker with the fewest pending.
 */
class WorkerPool {
    ring;
    layout;
    members = [];
    waiting = new Map();
    nextId = 0;
    closing = false;
    constructor(ring, layout) {
        this.ring = ring;
        this.layout = layout;
    }
    static create(workers, layout) {
        const ring = new SharedArrayBuffer(layout.slots * layout.slotBytes);
        const pool = new WorkerPool(ring, layout);
        // The bundler copies the worker's file as it is, next to the built action.
        const url = __webpack_require__.ab + "deflate-worker.mjs";
        const workerData = { ring, ...layout };
        for (let i = 0; i < workers; i++) {
            pool.add(new external_node_worker_threads_.Worker(url, { workerData, resourceLimits }));
        }
        return pool;
    }
    run(task) {
        const id = this.nextId++;
        const member = this.members.reduce((a, b) => (b.pending < a.pending ? b : a));
        member.pending++;
        return new Promise((resolve, reject) => {
            this.waiting.set(id, { resolve, reject });
            member.worker.postMessage({ ...task, id });
        });
    }
    /** Bytes a compressor left in a slot; valid until that slot is given to another task. */
    view(slot, offset, length) {
        return Buffer.from(this.ring, slot * this.layout.slotBytes + offset, length);
    }
    /** Stops the workers; tasks not answered yet fail. */
    async close() {
        this.closing = true;
        this.failAll(new Error('the compression pool was closed'));
        await Promise.all(this.members.map(m => m.worker.terminate()));
    }
    add(worker) {
        const member = { worker, pending: 0 };
        worker.on('message', (reply) => {
            member.pending--;
            this.settle(reply);
        });
        worker.on('error', error => this.failAll(error));
        worker.on('exit', code => {
            if (!this.closing)
                this.failAll(new Error(`a compression worker stopped (exit ${code})`));
        });
        this.members.push(member);
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
 * of `zip -6`, faster than its own level 6: the better trade when bundling is on every
 * deployment's critical path (docs/performance.md).
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
/** Compressors, with one slot per job in flight (`jobsPerCompressor` keeps each busy). */
function createPool({ compressors = defaultCompressorCount(), jobsPerCompressor = 2, level = DEFAULT_LEVEL }) {
    const layout = {
        level,
        slots: compressors * jobsPerCompressor,
        slotBytes: SLOT_BYTES,
        scratchBytes: BLOCK_SIZE + WINDOW + 1
    };
    return WorkerPool.create(compressors, layout);
}
/** The pool and the archive file it fills; the pool is closed if the file cannot be created. */
async function openArchive(path, options) {
    const pool = createPool(options);
    try {
        return { pool, out: await HashedFile.create(path, options.replace) };
    }
    catch (error) {
        await pool.close();
        throw error;
    }
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
/** Whether a name says the file is already compressed (deflating it again gains nothing). */
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
        return new errors/* BundleError */.rJ(`cannot compress: ${(0,untrusted/* shown */.SP)(String(error))}`, { cause: error });
    }
    const name = files.find(f => f.path === path)?.name ?? path;
    if (error instanceof WorkerReadError && error.changed) {
        return new errors/* BundleError */.rJ(`${(0,untrusted/* shown */.SP)(name)} changed while it was being bundled; bundle a directory that no other step ` +
            `writes to at the same time`, { cause: error });
    }
    const code = error.code ?? String(error);
    return new errors/* BundleError */.rJ(`cannot read ${(0,untrusted/* shown */.SP)(name)}: ${code}`, { cause: error });
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./src/common/paths.ts
var paths = __webpack_require__(9353);
;// CONCATENATED MODULE: ./src/bundle/files.ts







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
            if ((0,paths/* isGitName */.M$)(dirent.name) || !wanted(name))
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
            const entry = this.classify(dirent, dir, realDir, name);
            if (!entry)
                continue;
            checkName(dirent.name, prefix, os);
            if (folded)
                checkCase(folded, dirent.name, prefix);
            entries.push(entry);
        }
        entries.sort((a, b) => compareUtf8(a.key, b.key));
        for (const entry of entries) {
            const base = entry.dir ? entry.key.slice(0, -1) : entry.key;
            const name = prefix + base;
            const path = child(dir, base);
            if (!entry.dir) {
                yield { name, path, stats: entry.stats };
                continue;
            }
            if (ancestors.has(entry.real)) {
                throw new errors/* BundleError */.rJ(`symlink loop: ${(0,untrusted/* shown */.SP)(name)} leads back to ` +
                    `${(0,untrusted/* shown */.SP)((0,external_node_path_.relative)(this.realRoot, entry.real) || '.')}, ` +
                    `one of its own parent directories; remove the link or exclude it`);
            }
            const inner = new Set(ancestors).add(entry.real);
            yield* this.walk(wanted, os, path, entry.real, `${name}/`, inner);
        }
    }
    /**
     * What an entry of `dir` (resolved: `realDir`) is, with the key it sorts by; `undefined` when
     * it is left out.
     */
    classify(dirent, dir, realDir, name) {
        if (dirent.isDirectory()) {
            const real = child(realDir, dirent.name);
            return this.ignored(`${name}/`) || real === this.leaveOut
                ? undefined
                : directory(dirent.name, real);
        }
        if (dirent.isFile())
            return this.ignored(name) ? undefined : { key: dirent.name, dir: false };
        if (dirent.isSymbolicLink())
            return this.classifyLink(dirent.name, child(dir, dirent.name), name);
        if (this.ignored(name))
            return undefined;
        throw new errors/* BundleError */.rJ(`${(0,untrusted/* shown */.SP)(name)} is not a regular file, directory or symlink (socket, FIFO or device): ` +
            `add it to ${IGNORE_FILE} or the exclude input`);
    }
    classifyLink(base, path, name) {
        let target;
        try {
            target = (0,external_node_fs_.realpathSync)(path);
        }
        catch (error) {
            if (this.ignored(name))
                return undefined;
            throw new errors/* BundleError */.rJ(`symlink ${(0,untrusted/* shown */.SP)(name)} points to ${(0,untrusted/* shown */.SP)(linkTarget(path))}, which does not exist ` +
                `(${reason(error)}); remove the link or exclude it`, { cause: error });
        }
        const stats = statOf(target, name);
        if (this.ignored(stats.isDirectory() ? `${name}/` : name))
            return undefined;
        if (target === this.leaveOut)
            return undefined;
        if ((0,paths/* inGitDir */.dE)(target)) {
            throw new errors/* BundleError */.rJ(`symlink ${(0,untrusted/* shown */.SP)(name)} points to ${(0,untrusted/* shown */.SP)(target)}, inside a .git directory: .git is ` +
                `never bundled (it can hold the checkout's credentials); remove the link or exclude it`);
        }
        if (!(0,paths/* isInside */.FK)(this.realRoot, target)) {
            throw new errors/* BundleError */.rJ(`symlink ${(0,untrusted/* shown */.SP)(name)} points to ${(0,untrusted/* shown */.SP)(target)}, outside the revision directory: ` +
                `only files inside it are bundled, never files from elsewhere on the runner; copy the ` +
                `file in or exclude the link`);
        }
        if (stats.isDirectory())
            return directory(base, target);
        if (stats.isFile())
            return { key: base, dir: false, stats };
        throw new errors/* BundleError */.rJ(`symlink ${(0,untrusted/* shown */.SP)(name)} points to ${(0,untrusted/* shown */.SP)(target)}, which is not a regular file`);
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
        throw new errors/* BundleError */.rJ(`cannot bundle ${(0,untrusted/* shown */.SP)(prefix + base)}: its name ${problem}; rename it or exclude it`);
    }
    const windows = os === 'windows' ? windowsNameProblem(base) : undefined;
    if (windows) {
        throw new errors/* BundleError */.rJ(`cannot bundle ${(0,untrusted/* shown */.SP)(prefix + base)} ${FOR_WINDOWS}: its name ${windows}; ` +
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
    throw new errors/* BundleError */.rJ(`cannot bundle both ${(0,untrusted/* shown */.SP)(prefix + a)} and ${(0,untrusted/* shown */.SP)(prefix + b)} ${FOR_WINDOWS}: their ` +
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
/**
 * The path of `base` in `dir`, an absolute path that is already normal: path.join would normalise
 * it again, which costs more than the rest of the walk together on a tree of many files.
 */
function child(dir, base) {
    return dir.endsWith(external_node_path_.sep) ? dir + base : dir + external_node_path_.sep + base;
}
function directory(base, real) {
    return { key: `${base}/`, dir: true, real };
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
function resolveRoot(root) {
    try {
        const real = (0,external_node_fs_.realpathSync)(root);
        if (!(0,external_node_fs_.statSync)(real).isDirectory())
            throw new errors/* BundleError */.rJ(`${(0,untrusted/* shown */.SP)(root)} is not a directory`);
        if ((0,paths/* inGitDir */.dE)(real)) {
            throw new errors/* BundleError */.rJ(`the revision directory ${(0,untrusted/* shown */.SP)(root)} is a .git directory or inside one, and .git is ` +
                `never bundled; set revision-path to the directory that holds the application's files`);
        }
        return real;
    }
    catch (error) {
        if (error instanceof errors/* BundleError */.rJ)
            throw error;
        throw new errors/* BundleError */.rJ(`cannot read the revision directory ${(0,untrusted/* shown */.SP)(root)}: ${reason(error)}`, {
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
    let rules = ignore_default()().add(patterns);
    let asked = 0;
    return path => {
        if (++asked % MATCHER_PATHS === 0)
            rules = ignore_default()().add(patterns);
        return rules.ignores(path);
    };
}
const MATCHER_PATHS = 4096;
function fileEntry(name, path, stats) {
    return { name, path, size: stats.size, mode: normaliseMode(stats.mode) };
}
function readDir(dir, prefix) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (error) {
        throw new errors/* BundleError */.rJ(`cannot list ${(0,untrusted/* shown */.SP)(prefix || '.')}: ${reason(error)}`, { cause: error });
    }
}
/** The names in `dir` that are not valid UTF-8, by the name they are read as, with their bytes. */
function undecodableNames(dir, prefix) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir, { encoding: 'buffer' });
    }
    catch (error) {
        throw new errors/* BundleError */.rJ(`cannot list ${(0,untrusted/* shown */.SP)(prefix || '.')}: ${reason(error)}`, { cause: error });
    }
    return new Map(names.filter(name => !(0,external_node_buffer_.isUtf8)(name)).map(name => [name.toString('utf8'), name]));
}
function notUtf8(prefix, bytes) {
    return new errors/* BundleError */.rJ(`a name in ${(0,untrusted/* shown */.SP)(prefix.replace(/\/$/, '') || '.')} is not valid UTF-8 ` +
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
        return (0,external_node_fs_.statSync)(path);
    }
    catch (error) {
        throw new errors/* BundleError */.rJ(`cannot read ${(0,untrusted/* shown */.SP)(name)}: ${reason(error)}`, { cause: error });
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
    const ranges = [];
    let literal = 0;
    for (const { part, start, length } of live) {
        if (start >= to || start + length <= from || length === 0)
            continue;
        const a = Math.max(from, start) - start;
        const b = Math.min(to, start + length) - start;
        ranges.push({ part, a, b });
        if ('bytes' in part)
            literal += b - a;
    }
    // The block's literal bytes (headers, padding) are copied into one buffer that travels to the
    // worker with it: a copy, so no shared pool travels, and one, not one per header.
    const bytes = new Uint8Array(literal);
    let at = 0;
    return ranges.map(({ part, a, b }) => {
        if ('file' in part) {
            const { path, name, size } = part.file;
            return { path, name, start: a, end: b, atEnd: b === size };
        }
        const view = bytes.subarray(at, at + b - a);
        view.set(part.bytes.subarray(a, b));
        at += b - a;
        return { bytes: view };
    });
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
    // From Node's shared pool: a header lives only until its block is gathered.
    const b = Buffer.allocUnsafe(TAR_BLOCK).fill(0);
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
    const { pool, out } = await openArchive(path, options);
    const slots = pool.layout.slots;
    try {
        if (options.gzip)
            await out.write(gzipHeader());
        let crc = 0;
        let length = 0;
        const counted = { entries: 0 };
        const blocks = streamBlocks(tarParts(files, options.mtime, counted), BLOCK_SIZE, options.gzip ? WINDOW : 0);
        const run = (block, i) => runStreamJob(pool, block, i % slots, options.gzip);
        for await (const done of ordered(blocks, run, slots)) {
            crc = length === 0 ? done.crc : crc32Combine(crc, done.crc, done.length);
            length += done.length;
            await out.write(done.data);
        }
        if (options.gzip)
            await out.write(gzipTrailer(crc, length));
        return { ...(await out.close()), entries: counted.entries };
    }
    catch (error) {
        throw await out.discard(error);
    }
    finally {
        await pool.close();
    }
}
function* tarParts(files, mtime, counted) {
    for (const file of files) {
        counted.entries++;
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
 * Writes `files` (in the given order) as a ZIP archive at `path`, which must not exist (unless
 * `replace`).
 *
 * Small files get exact local headers; large files are streamed block by block, so their CRC and
 * sizes follow the data in a data descriptor. ZIP64 fields are used exactly where a count, size or
 * offset does not fit 16/32 bits. On failure the partial file is removed.
 */
async function writeZip(files, path, options) {
    const dos = dosDateTime(options.mtime);
    const { pool, out } = await openArchive(path, options);
    const slots = pool.layout.slots;
    // Entries are encoded as soon as they are complete: ~100 bytes each instead of an object.
    const directory = new Spool(`${path}.directory`);
    let entries = 0;
    const finish = async (entry) => {
        await directory.push(centralHeader(entry, dos));
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
                    await finish(entry);
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
                await finish(entry);
            }
        }
        const cdOffset = out.size;
        await directory.copyTo(out);
        await out.write(endOfCentralDirectory(entries, cdOffset, out.size - cdOffset));
        return { ...(await out.close()), entries };
    }
    catch (error) {
        throw await out.discard(error);
    }
    finally {
        await Promise.all([pool.close(), directory.remove()]);
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
/**
 * The central directory comes after every entry, so it is gathered while they are written: in
 * one 1 MiB buffer, spilled to a file beside the archive whenever it fills. Memory stays the same
 * whatever the number of files (a million files make about 100 MB of directory).
 */
class Spool {
    path;
    buffer = Buffer.allocUnsafeSlow(1 << 20);
    used = 0;
    file;
    spilled = 0;
    constructor(path) {
        this.path = path;
    }
    async push(bytes) {
        if (this.used + bytes.length > this.buffer.length)
            await this.spill();
        this.used += bytes.copy(this.buffer, this.used);
    }
    /** Writes everything pushed, in order. */
    async copyTo(out) {
        if (this.file) {
            await this.spill();
            for (let at = 0; at < this.spilled;) {
                const { bytesRead } = await this.file.read(this.buffer, 0, this.buffer.length, at);
                if (bytesRead === 0)
                    throw new Error(`${this.path} ended after ${at} bytes`);
                await out.write(this.buffer.subarray(0, bytesRead));
                at += bytesRead;
            }
        }
        else {
            await out.write(this.buffer.subarray(0, this.used));
        }
        this.used = 0;
    }
    async remove() {
        if (!this.file)
            return;
        try {
            await this.file.close();
        }
        finally {
            await (0,promises_.rm)(this.path, { force: true });
        }
    }
    async spill() {
        this.file ??= await (0,promises_.open)(this.path, 'wx+');
        await writeFully(this.file, this.buffer.subarray(0, this.used), this.spilled);
        this.spilled += this.used;
        this.used = 0;
    }
}

;// CONCATENATED MODULE: ./src/bundle/index.ts














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
    await (0,promises_.mkdir)(options.outDir, { recursive: true });
    const tree = new FileTree(options.root, options.exclude, await (0,promises_.realpath)(options.outDir));
    const appSpec = checkAppSpec(tree, options.root);
    if (appSpec.os === 'windows')
        tree.check('windows');
    const files = hooksExecutable(tree.files(appSpec.os), appSpec);
    const partial = options.partialPath ?? (0,external_node_path_.join)(options.outDir, `.partial-${(0,external_node_crypto_.randomUUID)()}.${bundleType}`);
    const how = { mtime: epoch, level, replace: options.partialPath !== undefined };
    let written;
    try {
        written =
            bundleType === 'zip'
                ? await writeZip(files, partial, how)
                : await writeTar(files, partial, { ...how, gzip: bundleType === 'tgz' });
    }
    catch (error) {
        if (!(error instanceof DiskFullError))
            throw error;
        throw diskFull(error, tree.files(appSpec.os), options.outDir);
    }
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
/**
 * The AppSpec of a tree that is not bundled here (revision-type: github: CodeDeploy fetches the
 * commit), checked as a bundle's would be, against the files of the checkout.
 */
function checkTreeAppSpec(root) {
    const tree = new FileTree(root, []);
    const appSpec = checkAppSpec(tree, root);
    if (appSpec.os === 'windows')
        tree.check('windows');
    return appSpec;
}
/**
 * Walks the whole tree once before anything is compressed, so a file that cannot be packed fails
 * the step in milliseconds; the walk keeps only names that could be an AppSpec file.
 */
function checkAppSpec(tree, root) {
    const candidates = [];
    for (const name of tree.names())
        if (APPSPEC_LIKE.test(name))
            candidates.push(name);
    // Only when no AppSpec is packed: was one left out on purpose?
    const excluded = server/* APPSPEC_NAMES */.YL.some(name => candidates.includes(name))
        ? undefined
        : server/* APPSPEC_NAMES */.YL.find(name => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, name)));
    if (excluded) {
        throw new errors/* AppSpecError */.HY(`${excluded} is left out by ${IGNORE_FILE} or the exclude input, but CodeDeploy needs it ` +
            `at the root of the bundle; remove the pattern that matches it`);
    }
    const name = (0,server/* findAppSpec */.Qw)(candidates, root);
    const text = (0,file.readAppSpecFile)((0,external_node_path_.join)(root, name), name, root);
    return (0,server/* validateAppSpec */.F6)(text, name, path => tree.has(path));
}
/**
 * What a full disk needs: the size the archive reached, and an upper bound from the files (the
 * walk is repeated for it, so memory stays flat): their bytes, grown by at most what deflate adds
 * to data it cannot shrink (zlib's bound: under 0.04 %), and room for each entry's headers.
 */
function diskFull(error, files, outDir) {
    let count = 0;
    let total = 0;
    let headers = 0;
    for (const file of files) {
        count++;
        total += file.size;
        headers += ENTRY_HEADROOM + 3 * Buffer.byteLength(file.name);
    }
    const bound = total + Math.ceil(total / 1000) + headers;
    return new errors/* BundleError */.rJ(`no space left on the disk: writing the bundle ${(0,untrusted/* shown */.SP)(error.path)} in ${(0,untrusted/* shown */.SP)(outDir)} ` +
        `stopped after ${(0,format/* bytes */.ee)(error.written)}, and it needs at most about ${(0,format/* bytes */.ee)(bound)} ` +
        `(${count} ${count === 1 ? 'file' : 'files'} of ${(0,format/* bytes */.ee)(total)} before compression); ` +
        `free space on the runner, or set RUNNER_TEMP to a folder on a larger disk`, { cause: error });
}
/**
 * Bytes an entry takes besides its content and name, at most: a tar header, a pax header for a
 * long name, and their padding to 512 bytes. A ZIP entry's headers and descriptor, with its copy
 * in the spooled central directory, take less. A name is counted three times (ZIP: local header,
 * central directory, spool).
 */
const ENTRY_HEADROOM = 2048;
/** Every name `findAppSpec` looks at to find the AppSpec or explain why it is missing. */
const APPSPEC_LIKE = /(^|\/)appspec\.(ya?ml|json)$/i;
/**
 * The agent runs hook scripts directly, so on Linux they must be executable; a checkout that lost
 * the bit (e.g. made on Windows) would otherwise fail at deploy time with "Permission denied".
 */
function* hooksExecutable(files, appSpec) {
    const scripts = new Set(appSpec.os === 'linux' ? appSpec.hooks.flatMap(h => h.locations) : []);
    for (const f of files)
        yield scripts.has(f.name) && f.mode !== 0o755 ? { ...f, mode: 0o755 } : f;
}


/***/ })

};
