export const id = 918;
export const ids = [918];
export const modules = {

/***/ 8918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readPrebuiltBundle: () => (/* binding */ readPrebuiltBundle)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/appspec/server.ts + 8 modules
var server = __webpack_require__(9252);
// EXTERNAL MODULE: ./src/appspec/file.ts
var appspec_file = __webpack_require__(2480);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(6950);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/parse.js + 10 modules
var parse = __webpack_require__(3979);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/bundle/prebuilt-entries.ts









/** Large reads: hashing a large archive is bound by the number of calls, not by memory. */
const CHUNK = 1 << 20;
/** The longest link target Linux takes (PATH_MAX); a longer one cannot be extracted. */
const MAX_LINK_TARGET = 4096;
/** A POSIX (`ustar\0`) or GNU (`ustar  \0`) tar header; the old V7 format has no signature. */
function isTarHeader(block) {
    const magic = block.toString('latin1', 257, 263);
    return block.length >= 512 && (magic === 'ustar\0' || magic === 'ustar ');
}
/**
 * Walks a ZIP's central directory; only link targets and the entries the sink asks for are read
 * from the data before it. `label` names the file in errors.
 */
async function readZip(file, sink, label) {
    let zip;
    try {
        // Names are decoded here rather than by yauzl, whose own check would refuse a name without
        // saying which entry it was.
        zip = await (0,yauzl/* openPromise */.sO)(file, { lazyEntries: true, decodeStrings: false, autoClose: false });
        for await (const entry of zip.eachEntry()) {
            const name = (0,yauzl/* getFileNameLowLevel */.ax)(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            const kind = zipKind(entry, name);
            const target = kind === 'symlink' ? await linkTarget(zip, entry, name, label) : undefined;
            const receive = sink.add({ name, kind, size: entry.uncompressedSize, target });
            if (receive)
                receive(await readWhole(zip, entry));
        }
    }
    catch (error) {
        throw unreadable(error, label, 'ZIP archive');
    }
    finally {
        zip?.close();
    }
}
/** The Unix file type a ZIP made on Unix records in the high half of the external attributes. */
function zipKind(entry, name) {
    const madeOnUnix = entry.versionMadeBy >> 8 === 3;
    const type = madeOnUnix ? (entry.externalFileAttributes >>> 16) & 0o170000 : 0;
    if (type === 0o120000)
        return 'symlink';
    if (type === 0o040000 || /[/\\]$/.test(name))
        return 'directory';
    return type === 0 || type === 0o100000 ? 'file' : 'other';
}
async function linkTarget(zip, entry, name, label) {
    if (entry.uncompressedSize > MAX_LINK_TARGET) {
        throw new errors/* BundleError */.rJ(`${label} holds a symbolic link ${(0,untrusted/* shown */.SP)(name)} whose target is ` +
            `${entry.uncompressedSize} bytes long, longer than any path (${MAX_LINK_TARGET}); ` +
            `rebuild the archive without it`);
    }
    return (await readWhole(zip, entry)).toString('utf8');
}
/** An entry's content; yauzl stops at the size the central directory gives. */
async function readWhole(zip, entry) {
    const chunks = [];
    for await (const chunk of await zip.openReadStreamPromise(entry))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/**
 * Streams a tar or tgz once: every byte is hashed as it is read, the entries go to the sink, and
 * only the content the sink asks for is kept.
 */
async function readTar(file, gzip, sink, label) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    async function* hashed(source) {
        for await (const chunk of source) {
            hash.update(chunk);
            size += chunk.length;
            yield chunk;
        }
    }
    const read = (0,external_node_fs_.createReadStream)(file, { highWaterMark: CHUNK });
    try {
        if (gzip) {
            await (0,external_node_stream_promises_.pipeline)(read, hashed, (0,external_node_zlib_.createGunzip)(), tarInside(label), tarFeed(sink, label));
        }
        else {
            await (0,external_node_stream_promises_.pipeline)(read, hashed, tarFeed(sink, label));
        }
    }
    catch (error) {
        throw unreadable(error, label, gzip ? 'gzip-compressed tar archive' : 'tar archive');
    }
    return { sha256: hash.digest('hex'), size };
}
/** The SHA-256 and size of a file, read once in order. */
async function hashFile(file, label) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: CHUNK })) {
            hash.update(chunk);
            size += chunk.length;
        }
    }
    catch (error) {
        throw unreadable(error, label, 'file');
    }
    return { sha256: hash.digest('hex'), size };
}
/** A gzip file whose content is not a tar (another gzip, say) is not a tgz. */
function tarInside(label) {
    return async function* (source) {
        let head = Buffer.alloc(0);
        for await (const chunk of source) {
            if (!head) {
                yield chunk;
                continue;
            }
            head = Buffer.concat([head, chunk]);
            if (head.length < 512)
                continue;
            if (!isTarHeader(head))
                break;
            yield head;
            head = undefined;
        }
        if (head) {
            throw new errors/* BundleError */.rJ(`${label} is gzip-compressed, but what it holds is not a tar archive (no tar header at ` +
                `its start); a .tgz or .tar.gz must be a tar archive compressed once with gzip`);
        }
    };
}
const TAR_KINDS = {
    File: 'file',
    OldFile: 'file',
    ContiguousFile: 'file',
    Directory: 'directory',
    GNUDumpDir: 'directory',
    SymbolicLink: 'symlink',
    Link: 'hardlink'
};
/**
 * The last stage of the tar pipeline: node-tar's parser, strict so that a bad header or a
 * truncated archive is an error rather than a warning. The parser calls back from inside
 * `write`, so a refusal from the sink is kept and thrown from here.
 */
function tarFeed(sink, label) {
    let failure;
    const visit = (entry, kind) => {
        try {
            const receive = sink.add({
                name: entry.path,
                kind: kind ?? 'other',
                size: entry.size,
                target: entry.linkpath
            });
            if (receive) {
                const chunks = [];
                entry.on('data', chunk => chunks.push(chunk));
                entry.on('end', () => receive(Buffer.concat(chunks)));
                return;
            }
        }
        catch (error) {
            failure ??= error;
        }
        entry.resume();
    };
    const parser = new parse/* Parser */.i({
        strict: true,
        onReadEntry: entry => visit(entry, TAR_KINDS[entry.type])
    });
    // Entries of types it does not know (GNU sparse files, say) are skipped, but the names count.
    parser.on('ignoredEntry', (entry) => {
        if (!entry.meta)
            visit(entry, 'other');
    });
    parser.on('meta', (meta) => {
        const name = droppedPaxName(meta);
        if (name === undefined)
            return;
        failure ??= new errors/* BundleError */.rJ(`${label} holds a name starting ${(0,untrusted/* shown */.SP)(name)} that has a line break or bytes that are ` +
            `not UTF-8, in a pax header: tar readers do not agree on such a name; rename the file`);
    });
    parser.on('error', error => (failure ??= error));
    const check = () => {
        if (failure)
            throw failure;
    };
    return async function (source) {
        for await (const chunk of source) {
            if (!parser.write(chunk))
                await (0,external_node_events_.once)(parser, 'drain');
            check();
        }
        const ended = (0,external_node_events_.once)(parser, 'end');
        parser.end();
        await ended;
        check();
    };
}
/**
 * The start of a path or link target in a pax header that node-tar drops, or undefined. It splits
 * the records at line breaks and checks each one's length on the decoded text, so a name with a
 * line break or with bytes that are not UTF-8 is lost, and the entry keeps the name of its plain
 * header, which GNU tar, reading the pax name, would not use.
 */
function droppedPaxName(meta) {
    for (const line of meta.split('\n')) {
        const record = /^(\d+) (?:path|linkpath)=(.*)$/s.exec(line);
        if (record && Number(record[1]) !== Buffer.byteLength(line) + 1)
            return record[2];
    }
    return undefined;
}
/** A library's error as a refusal of the archive; a refusal of ours passes as it is. */
function unreadable(error, label, what) {
    if (error instanceof errors/* ActionError */.lZ)
        return error;
    // Errors from Node's own modules fail `instanceof Error` under test runners' separate realms.
    const { message } = error;
    const reason = typeof message === 'string' ? message : String(error);
    return new errors/* BundleError */.rJ(`${label} is not a readable ${what}: ${(0,untrusted/* shown */.SP)(reason)}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/bundle/prebuilt.ts
/**
 * Reads a pre-built archive (the bundle-file input) without extracting it: its type from its
 * first bytes, every entry's name (for the AppSpec's `files` and hooks), the AppSpec's bytes, and
 * the SHA-256 of the file as it will be uploaded.
 *
 * ZIP is read with yauzl (yazl's reading half, by the same author): it reads the central
 * directory at the end of the file by random access, so an archive of any size costs its
 * directory and its AppSpec entry; the file is hashed afterwards, so a bad archive fails at once.
 * Tar and tgz are read with node-tar's parser (npm's own, which the benchmarks already use; the
 * parser is imported alone, without the code that writes to disk) in one streaming pass that also
 * hashes: it reads the pax and GNU long-name extensions and checks every header's checksum.
 * tar-stream would do as well, but brings its own stream library. Gzip is inflated by Node's zlib
 * stream rather than by node-tar, which inflates each chunk whole and at once, and refuses a
 * compression ratio that a large file of zeros reaches: memory stays flat whatever the ratio.
 *
 * Loaded only when bundle-file is set; nothing runs on import.
 */








const WHAT = {
    zip: 'a ZIP archive',
    tar: 'an uncompressed tar archive',
    tgz: 'a gzip-compressed tar archive'
};
const EXTENSIONS = { zip: '.zip', tar: '.tar', tgz: '.tgz or .tar.gz' };
const NAMED_TYPES = {
    zip: 'zip',
    tar: 'tar',
    tgz: 'tgz',
    'tar.gz': 'tgz'
};
/**
 * Reads and checks the archive `file` as it will be deployed: `path` is `file` itself, `sha256`
 * and `size` are those of its bytes, `fileCount` counts its regular files, and `appSpec` is its
 * root AppSpec as `validateAppSpec` reads it against the archive's entries.
 *
 * Throws a one-line BundleError when the archive cannot be read, its content is not the type its
 * extension says, or an entry (or a link's target) lies outside its root; an AppSpecError when
 * there is no AppSpec at its root, it is not a file or larger than `maxAppSpecBytes` (default
 * 1 MiB), or it is not valid. Every name from the archive is shown through `shown()`.
 */
async function readPrebuiltBundle(file, options = {}) {
    const label = `bundle-file ${(0,untrusted/* shown */.SP)(file)}`;
    const { bundleType, extension } = typeOfName(file, label);
    const found = await typeOfContent(file, label);
    if (found !== bundleType)
        throw mismatch(label, extension, bundleType, found);
    const index = new ArchiveIndex(label, bundleType, options.maxAppSpecBytes ?? appspec_file/* MAX_APPSPEC_BYTES */.U);
    let digest;
    if (bundleType === 'zip')
        await readZip(file, index, label);
    else
        digest = await readTar(file, bundleType === 'tgz', index, label);
    const { name, text } = rootAppSpec(index, label);
    const appSpec = (0,server/* validateAppSpec */.F6)(text, name, path => index.has(path));
    // A ZIP is hashed only once it passed: a bad one fails without reading its data.
    const { sha256, size } = digest ?? (await hashFile(file, label));
    return { path: file, size, sha256, bundleType, fileCount: index.files, appSpec };
}
/** The type the name promises: CodeDeploy is told it, and the agent unpacks by it. */
function typeOfName(file, label) {
    const named = /\.(zip|tar|tgz|tar\.gz)$/i.exec(file);
    if (named)
        return { bundleType: NAMED_TYPES[named[1].toLowerCase()], extension: named[0] };
    throw new errors/* BundleError */.rJ(`${label} must end in .zip, .tar, .tgz or .tar.gz, the archive types CodeDeploy deploys`);
}
function mismatch(label, extension, named, found) {
    if (!found) {
        return new errors/* BundleError */.rJ(`${label} is not ${WHAT[named]} as its name (${extension}) says: its first bytes are not ` +
            `those of a ZIP, gzip or tar file; give the archive itself`);
    }
    return new errors/* BundleError */.rJ(`${label} holds ${WHAT[found]}, but its name ends in ${extension}, which CodeDeploy would ` +
        `unpack as ${WHAT[named]}: rename it to end in ${EXTENSIONS[found]}`);
}
/** The type the first bytes give, whatever the name says; undefined when none of the three. */
async function typeOfContent(file, label) {
    let handle;
    try {
        // Before opening: opening a FIFO would wait for a writer.
        if (!(await (0,promises_.stat)(file)).isFile()) {
            throw new errors/* BundleError */.rJ(`${label} is not a file (a directory, FIFO or device); give an archive`);
        }
        handle = await (0,promises_.open)(file);
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
        return typeOfHead(buffer.subarray(0, bytesRead));
    }
    catch (error) {
        if (error instanceof errors/* BundleError */.rJ)
            throw error;
        const code = error.code ?? String(error);
        throw new errors/* BundleError */.rJ(`cannot read ${label}: ${(0,untrusted/* shown */.SP)(code)}`, { cause: error });
    }
    finally {
        await handle?.close();
    }
}
function typeOfHead(head) {
    const signature = head.length >= 4 ? head.readUInt32LE(0) : 0;
    // A local file header, or the end record of an empty ZIP.
    if (signature === 0x04034b50 || signature === 0x06054b50)
        return 'zip';
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'tgz';
    return isTarHeader(head) ? 'tar' : undefined;
}
/**
 * The entries seen so far: names (with the directories they imply) for `has`, the count of
 * regular files, and the bytes of AppSpec files at the root. Refuses what would land outside the
 * root when the agent unpacks the archive.
 */
class ArchiveIndex {
    label;
    bundleType;
    maxAppSpecBytes;
    names = new Set(['']);
    appSpecs = new Map();
    files = 0;
    constructor(label, bundleType, maxAppSpecBytes) {
        this.label = label;
        this.bundleType = bundleType;
        this.maxAppSpecBytes = maxAppSpecBytes;
    }
    add(entry) {
        const path = this.pathOf(entry);
        if (entry.target !== undefined)
            this.checkLink(entry, path, entry.target);
        for (let at = path; !this.names.has(at); at = parentOf(at))
            this.names.add(at);
        if (entry.kind === 'file')
            this.files++;
        if (!server/* APPSPEC_NAMES */.YL.includes(path))
            return undefined;
        this.checkAppSpec(entry, path);
        return content => this.appSpecs.set(path, content);
    }
    has(path) {
        return this.names.has(path);
    }
    /** Every name and implied directory, for explaining a missing AppSpec. */
    all() {
        return this.names;
    }
    /** The entry's path from the root, `/`-separated, `''` for the root itself. */
    pathOf(entry) {
        // Windows, and unzip for archives made there, read a backslash in a ZIP name as a separator.
        const name = this.bundleType === 'zip' ? entry.name.replace(/\\/g, '/') : entry.name;
        const escape = escapeOf(name, this.bundleType === 'zip');
        if (escape) {
            throw new errors/* BundleError */.rJ(`${this.label} holds ${(0,untrusted/* shown */.SP)(entry.name)}, ${escape}, which unpacks outside the ` +
                `deployment directory: build the archive from inside the directory to deploy`);
        }
        const normal = external_node_path_.posix.normalize(name).replace(/\/+$/, '');
        return normal === '.' ? '' : normal;
    }
    checkLink(entry, path, target) {
        // A hard link names a path from the root; a symbolic link one from its own directory.
        const from = entry.kind === 'symlink' ? external_node_path_.posix.dirname(path) : '.';
        const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(from, target));
        if (!target.startsWith('/') && resolved !== '..' && !resolved.startsWith('../'))
            return;
        const link = entry.kind === 'symlink' ? 'a symbolic link' : 'a hard link';
        throw new errors/* BundleError */.rJ(`${this.label} holds ${(0,untrusted/* shown */.SP)(entry.name)}, ${link} to ${(0,untrusted/* shown */.SP)(target)}, outside the ` +
            `archive's root: the deployment would reach files elsewhere on the instance; replace the ` +
            `link with the file it points to`);
    }
    checkAppSpec(entry, path) {
        if (entry.kind !== 'file') {
            throw new errors/* AppSpecError */.HY(`${path} in ${this.label} is ${KINDS[entry.kind]}, not a file: the agent reads the ` +
                `AppSpec from a file at the root of the archive; store the file itself`);
        }
        if (entry.size > this.maxAppSpecBytes) {
            throw new errors/* AppSpecError */.HY(`${path} in ${this.label} is ${(0,format/* bytes */.ee)(entry.size)}; AppSpec files are read up to ` +
                `${(0,format/* bytes */.ee)(this.maxAppSpecBytes)}, far more than one needs: check that ${path} is the ` +
                `AppSpec file`);
        }
    }
}
const KINDS = {
    file: 'a file',
    directory: 'a directory',
    symlink: 'a symbolic link',
    hardlink: 'a hard link',
    other: 'a device, FIFO or other special entry'
};
/**
 * How a name (with `/` separators) leaves the root, or undefined when it does not. A drive letter
 * only means one in a ZIP: on Linux, where tar archives are unpacked, `C:` is a name like any other.
 */
function escapeOf(name, zip) {
    if (name.startsWith('/'))
        return 'an absolute path';
    if (zip && /^[a-zA-Z]:/.test(name))
        return 'a path on a drive';
    if (name.split('/').includes('..'))
        return 'a path through ..';
    return undefined;
}
function parentOf(path) {
    const parent = external_node_path_.posix.dirname(path);
    return parent === '.' ? '' : parent;
}
/** The AppSpec the agent reads (appspec.yml before appspec.yaml), or why there is none. */
function rootAppSpec(index, label) {
    for (const name of server/* APPSPEC_NAMES */.YL) {
        const content = index.appSpecs.get(name);
        if (content)
            return { name, text: content.toString('utf8') };
    }
    const base = `${label} has no appspec.yml or appspec.yaml at its root`;
    const names = [...index.all()];
    const nearMiss = names.find(name => /^appspec\.(ya?ml|json)$/i.test(name));
    if (nearMiss) {
        throw new errors/* AppSpecError */.HY(`${base}, but ${(0,untrusted/* shown */.SP)(nearMiss)} is there: the agent only reads a file named exactly ` +
            `appspec.yml or appspec.yaml (lower case, YAML); rename it`);
    }
    const nested = names
        .filter(name => /\/appspec\.ya?ml$/i.test(name))
        .sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (nested) {
        throw new errors/* AppSpecError */.HY(`${base}, but ${(0,untrusted/* shown */.SP)(nested)} is there: CodeDeploy reads the AppSpec file from the root ` +
            `of the archive; build the archive from inside ${(0,untrusted/* shown */.SP)(external_node_path_.posix.dirname(nested))} so that ` +
            `its AppSpec is at the root`);
    }
    throw new errors/* AppSpecError */.HY(`${base}: CodeDeploy reads the AppSpec file from the root of the archive; add one there`);
}


/***/ })

};
