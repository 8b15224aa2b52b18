export const id = 833;
export const ids = [833];
export const modules = {

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(873);
/** Reading AWS SDK errors. Errors are matched by name, never by message text. */

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


/***/ }),

/***/ 9071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i4: () => (/* binding */ codeDeployClient),
/* harmony export */   oD: () => (/* binding */ s3Client),
/* harmony export */   xI: () => (/* binding */ codeDeployOnceClient),
/* harmony export */   z_: () => (/* binding */ stsFactory)
/* harmony export */ });
/* unused harmony export throttlingOnly */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7507);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3609);
/* harmony import */ var _call_stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8737);





/**
 * The one place AWS clients are created. Every client retries throttling, server faults and
 * dropped connections with the SDK's adaptive (jittered, rate-limited) retry mode. Endpoints come
 * from the SDK's standard settings (AWS_ENDPOINT_URL and friends), so no input is needed for them.
 */
const RETRY = { maxAttempts: 8, retryMode: 'adaptive' };
const USER_AGENT = [['cross-account-codedeploy-action', '1']];
/**
 * Sits outside the SDK's retry loop, so it sees each call once with the number of attempts
 * the retries took.
 */
function counted(client) {
    const middleware = (next) => async (args) => {
        _call_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .callStats */ .I.calls++;
        try {
            const result = await next(args);
            _call_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .callStats */ .I.retries += Math.max(0, (result.output.$metadata?.attempts ?? 1) - 1);
            return result;
        }
        catch (err) {
            _call_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .callStats */ .I.retries += Math.max(0, (err.$metadata?.attempts ?? 1) - 1);
            throw err;
        }
    };
    client.middlewareStack.add(middleware, { step: 'initialize', name: 'callStats' });
    return client;
}
function stsFactory(region) {
    return credentials => counted(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .STSClient */ .iM({ region, credentials, customUserAgent: USER_AGENT, ...RETRY }));
}
function s3Client(region, credentials) {
    return counted(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .S3Client */ .YxF({
        region,
        credentials,
        customUserAgent: USER_AGENT,
        // The bucket may live in another region than the application; follow S3's redirect.
        followRegionRedirects: true,
        ...RETRY
    }));
}
function codeDeployClient(region, credentials) {
    return counted(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__/* .CodeDeployClient */ .cHd({ region, credentials, customUserAgent: USER_AGENT, ...RETRY }));
}
/**
 * A CodeDeploy client for calls that must not be carried out twice (CreateDeployment). AWS
 * refuses a throttled request before acting on it, so throttling is retried; after a server error
 * or a dropped connection the request may have been carried out, so the error reaches the caller,
 * which looks before it asks again.
 */
function codeDeployOnceClient(region, credentials) {
    const retryStrategy = throttlingOnly(new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_4__.AdaptiveRetryStrategy(() => Promise.resolve(RETRY.maxAttempts)));
    return counted(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__/* .CodeDeployClient */ .cHd({ region, credentials, customUserAgent: USER_AGENT, retryStrategy }));
}
function throttlingOnly(strategy) {
    return {
        acquireInitialRetryToken: scope => strategy.acquireInitialRetryToken(scope),
        refreshRetryTokenForRetry: (token, info) => info.errorType === 'THROTTLING'
            ? strategy.refreshRetryTokenForRetry(token, info)
            : Promise.reject(new Error(`not retried: ${info.errorType} leaves the outcome unknown`)),
        recordSuccess: token => strategy.recordSuccess(token)
    };
}


/***/ }),

/***/ 3029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ chooseSource),
/* harmony export */   z8: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* unused harmony export refreshing */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1695);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5148);
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4216);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(331);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5625);







/** Role chaining caps the session at one hour, whatever the role's maximum. */
const CHAINED_MAX_DURATION = 3600;
const DEFAULT_REFRESH_MARGIN_MS = 5 * 60 * 1000;
function chooseSource(options, env) {
    if (options.oidcRoleArn)
        return 'oidc-role';
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return 'environment';
    if (options.roleToAssume && env.ACTIONS_ID_TOKEN_REQUEST_URL)
        return 'oidc-direct';
    return 'default-chain';
}
function mask(credentials) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(credentials.accessKeyId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(credentials.secretAccessKey);
    if (credentials.sessionToken)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(credentials.sessionToken);
    return credentials;
}
function fromSts(c, roleArn) {
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(`STS returned no credentials for ${roleArn}.`);
    }
    return mask({
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration
    });
}
/**
 * Caches credentials and fetches new ones shortly before they expire, so a wait that outlives
 * the session never makes a call with expired credentials.
 */
function refreshing(fetch, marginMs, now, onRefresh) {
    let cached;
    // A session shorter than four margins is refreshed when a quarter of it is left instead.
    let margin = marginMs;
    let pending;
    return async () => {
        if (cached && (!cached.expiration || cached.expiration.getTime() - now() > margin)) {
            return cached;
        }
        if (!pending) {
            const isRefresh = cached !== undefined;
            const fetchedAt = now();
            pending = fetch()
                .then(c => {
                cached = c;
                const lifetime = c.expiration ? c.expiration.getTime() - fetchedAt : Infinity;
                margin = Math.min(marginMs, lifetime / 4);
                if (isRefresh)
                    onRefresh?.(c);
                return c;
            })
                .finally(() => {
                pending = undefined;
            });
        }
        return pending;
    };
}
function webIdentityError(context, err) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE((0,_explain_js__WEBPACK_IMPORTED_MODULE_3__/* .explainedMessage */ .OI)(`Could not assume ${context.roleArn} with the GitHub OIDC token (AssumeRoleWithWebIdentity)`, (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(err), err, context), { cause: err });
}
function assumeRoleError(context, err) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE((0,_explain_js__WEBPACK_IMPORTED_MODULE_3__/* .explainedMessage */ .OI)(`Could not assume ${context.roleArn} from ${context.sourceIdentity} (AssumeRole)`, (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(err), err, context), { cause: err });
}
async function describeIdentity(sts) {
    try {
        const me = await sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__/* .GetCallerIdentityCommand */ .zI({}));
        return me.Arn ?? 'the source credentials';
    }
    catch {
        return 'the source credentials';
    }
}
/**
 * Resolves the source credentials and the target-account credentials, assuming each role in
 * the chain, and confirms the target account with GetCallerIdentity. The target credentials stay
 * inside the action: they are never exported to the job's environment.
 */
async function resolveCredentials(options, deps) {
    const now = deps.now ?? Date.now;
    const margin = deps.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
    const sourceKind = chooseSource(options, deps.env);
    const webIdentity = async (roleArn, durationSeconds) => {
        let token;
        try {
            token = await deps.getIdToken(options.audience);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(`Could not get the GitHub OIDC token: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(err)}. Check that the job has 'permissions: id-token: write'.`, { cause: err });
        }
        try {
            const out = await deps.sts().send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__/* .AssumeRoleWithWebIdentityCommand */ .WH({
                RoleArn: roleArn,
                RoleSessionName: options.roleSessionName,
                WebIdentityToken: token,
                DurationSeconds: durationSeconds
            }));
            return fromSts(out.Credentials, roleArn);
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE)
                throw err;
            const subject = (0,_explain_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenClaims */ .f)(token)?.sub;
            throw webIdentityError({
                step: 'web-identity',
                roleArn,
                audience: options.audience,
                role: sourceKind === 'oidc-role' ? 'oidc-role-arn' : 'role-to-assume',
                subject: typeof subject === 'string' ? subject : undefined
            }, err);
        }
    };
    let source;
    switch (sourceKind) {
        case 'oidc-role': {
            const arn = options.oidcRoleArn;
            source = refreshing(() => webIdentity(arn, CHAINED_MAX_DURATION), margin, now);
            break;
        }
        case 'oidc-direct': {
            const arn = options.roleToAssume;
            source = refreshing(() => webIdentity(arn, options.roleDurationSeconds), margin, now, () => (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .logInfo */ .f)(`Refreshed the credentials of ${arn}.`));
            break;
        }
        case 'environment': {
            const fromEnv = mask({
                accessKeyId: deps.env.AWS_ACCESS_KEY_ID,
                secretAccessKey: deps.env.AWS_SECRET_ACCESS_KEY,
                sessionToken: deps.env.AWS_SESSION_TOKEN || undefined
            });
            source = async () => fromEnv;
            break;
        }
        case 'default-chain': {
            const chain = deps.sts().config.credentials;
            let maskedKey;
            source = async () => {
                try {
                    const credentials = await chain();
                    if (credentials.accessKeyId !== maskedKey) {
                        mask(credentials);
                        maskedKey = credentials.accessKeyId;
                    }
                    return credentials;
                }
                catch (err) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(`No AWS credentials found: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(err)}. Set 'oidc-role-arn' (with 'permissions: id-token: write'), or sign in with an earlier step such as aws-actions/configure-aws-credentials.`, { cause: err });
                }
            };
            break;
        }
    }
    let target = source;
    const roleToAssume = options.roleToAssume;
    if (roleToAssume && sourceKind !== 'oidc-direct') {
        let duration = options.roleDurationSeconds;
        if (sourceKind === 'oidc-role' && duration > CHAINED_MAX_DURATION) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`role-duration-seconds is ${duration}, but AWS caps sessions assumed by role chaining at ${CHAINED_MAX_DURATION} seconds; using ${CHAINED_MAX_DURATION}. Credentials are refreshed before they expire.`);
            duration = CHAINED_MAX_DURATION;
        }
        const assume = async () => {
            const sts = deps.sts(source);
            const send = (seconds) => sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__/* .AssumeRoleCommand */ .QL({
                RoleArn: roleToAssume,
                RoleSessionName: options.roleSessionName,
                ExternalId: options.roleExternalId,
                DurationSeconds: seconds
            }));
            try {
                let out;
                try {
                    out = await send(duration);
                }
                catch (err) {
                    // Environment credentials may themselves be a role session: then the cap applies too.
                    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorName */ .Is)(err) !== 'ValidationError' || !/role chaining/i.test((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(err)))
                        throw err;
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`AWS caps sessions assumed by role chaining at ${CHAINED_MAX_DURATION} seconds; using ${CHAINED_MAX_DURATION}.`);
                    duration = CHAINED_MAX_DURATION;
                    out = await send(duration);
                }
                return fromSts(out.Credentials, roleToAssume);
            }
            catch (err) {
                if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE)
                    throw err;
                throw assumeRoleError({
                    step: 'assume-role',
                    roleArn: roleToAssume,
                    sourceIdentity: await describeIdentity(sts),
                    externalId: options.roleExternalId
                }, err);
            }
        };
        target = refreshing(assume, margin, now, () => (0,_log_js__WEBPACK_IMPORTED_MODULE_5__/* .logInfo */ .f)(`Refreshed the credentials of ${roleToAssume}.`));
    }
    // Resolved here rather than on the first signed request, so a broken chain fails now, by name.
    await target();
    let identity;
    try {
        identity = await deps.sts(target).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__/* .GetCallerIdentityCommand */ .zI({}));
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(`Could not confirm the target identity (GetCallerIdentity): ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(err)}.`, { cause: err });
    }
    const targetAccountId = identity.Account ?? '';
    const targetArn = identity.Arn ?? '';
    if (roleToAssume && targetAccountId !== (0,_permissions_js__WEBPACK_IMPORTED_MODULE_4__/* .accountOf */ .XP)(roleToAssume)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(`The assumed identity ${targetArn} is in account ${targetAccountId}, not in account ${(0,_permissions_js__WEBPACK_IMPORTED_MODULE_4__/* .accountOf */ .XP)(roleToAssume)} of role-to-assume ${roleToAssume}.`);
    }
    return { sourceKind, source, target, targetAccountId, targetArn };
}


/***/ }),

/***/ 4216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OI: () => (/* binding */ explainedMessage),
/* harmony export */   WE: () => (/* binding */ explain),
/* harmony export */   f: () => (/* binding */ tokenClaims),
/* harmony export */   vZ: () => (/* binding */ formatExplanation),
/* harmony export */   z$: () => (/* binding */ roleArnOf)
/* harmony export */ });
/* unused harmony exports EXPLAINED_ERRORS, describeFix */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5148);
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(331);
/**
 * Turns an AWS error into what to do about it: which identity was refused what on which
 * resource, which account's policy has to change, and the statement it most likely lacks (taken
 * from permissions.ts, so it matches the setup guide). Errors are matched by name, never by
 * their message text, which AWS does not keep stable.
 */


const CREDENTIALS_EXPIRED = ['ExpiredToken', 'ExpiredTokenException', 'RequestExpired'];
const CREDENTIALS_INVALID = [
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'InvalidAccessKeyId',
    'SignatureDoesNotMatch',
    'InvalidSignatureException',
    'IncompleteSignature'
];
const CLOCK_SKEW = ['RequestTimeTooSkewed', 'SignatureExpired'];
const ACCESS_DENIED_NAMES = ['AccessDenied', 'AccessDeniedException', 'Forbidden'];
const WRONG_REGION = [
    'PermanentRedirect',
    'AuthorizationHeaderMalformed',
    'IllegalLocationConstraintException',
    'MovedPermanently'
];
/**
 * Every error name with an explanation of its own, for the troubleshooting guide's test.
 * KMS.* stands for every error S3 passes on from KMS.
 */
const EXPLAINED_ERRORS = [
    ...ACCESS_DENIED_NAMES,
    ...CREDENTIALS_EXPIRED,
    ...CREDENTIALS_INVALID,
    ...CLOCK_SKEW,
    ...WRONG_REGION,
    'InvalidIdentityToken',
    'InvalidIdentityTokenException',
    'IDPRejectedClaim',
    'IDPRejectedClaimException',
    'IDPCommunicationError',
    'RegionDisabledException',
    'PackedPolicyTooLarge',
    'ValidationError',
    'NoSuchBucket',
    'NotFound',
    'InvalidBucketName',
    'KMS.*',
    'ApplicationDoesNotExistException',
    'DeploymentGroupDoesNotExistException',
    'DeploymentConfigDoesNotExistException',
    'InvalidRoleException',
    'DeploymentLimitExceededException',
    'RevisionDoesNotExistException',
    'InvalidRevisionException',
    'DeploymentDoesNotExistException',
    'DeploymentAlreadyCompletedException',
    'DescriptionTooLongException',
    'ThrottlingException'
];
/** arn:aws:sts::1:assumed-role/name/session → arn:aws:iam::1:role/name (the role's path is not in it). */
function roleArnOf(identity) {
    const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(identity ?? '');
    if (m)
        return `arn:${m[1]}:iam::${m[2]}:role/${m[3]}`;
    return /^arn:aws[a-z-]*:iam::\d{12}:(role|user)\//.test(identity ?? '') ? identity : undefined;
}
/** The claims of a JWT, unverified: only to show the `sub` a trust policy has to match. */
function tokenClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return claims && typeof claims === 'object' ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
function explain(err, ctx) {
    switch (ctx.step) {
        case 'web-identity':
            return webIdentity(err, ctx);
        case 'assume-role':
            return assumeRole(err, ctx);
        case 's3':
            return s3(err, ctx);
        case 'codedeploy':
            return codeDeploy(err, ctx);
    }
}
const POLICY_NAMES = {
    'source-trust': o => `the trust policy of ${o ?? 'the development role (oidc-role-arn)'}`,
    'source-permissions': o => `the permissions policy of ${o ?? 'the source identity'}`,
    'target-trust': o => `the trust policy of ${o ?? 'role-to-assume'}`,
    'target-permissions': o => `the permissions policy of ${o ?? 'the deploying role'}`,
    'bucket-policy': o => `the bucket policy of ${o ?? 'the revision bucket'}`,
    'instance-profile': () => 'the instance profile role of the production instances',
    'kms-key-policy': o => `the key policy of ${o ?? "the bucket's KMS key"}`
};
function describeFix(fix) {
    const where = POLICY_NAMES[fix.policy](fix.owner);
    const account = fix.account ? ` in account ${fix.account}` : '';
    const statement = fix.statement ? `: ${JSON.stringify(fix.statement)}` : '';
    return `${where}${account}${statement}`;
}
/**
 * "Check: <hint>." followed by the statements that are likely missing, on one line: annotations
 * and the job summary show the first line only.
 */
function formatExplanation(e) {
    const fixes = e.fixes.filter(f => f.statement);
    const missing = fixes.length
        ? ` Likely missing from ${fixes.map(describeFix).join('; and from ')}.`
        : '';
    return `Check: ${e.hint}.${missing}`;
}
/** "<what> failed: <Name: message>. Check: <hint>. Likely missing from ..." */
function explainedMessage(what, errText, err, ctx) {
    return `${what}: ${errText}. ${formatExplanation(explain(err, ctx))}`;
}
function statement(action, policy, vars, options = {}) {
    const req = (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .requirementFor */ .P6)(action, policy, options.sid);
    return req && (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStatement */ .M_)(req, vars, options.upload && { upload: options.upload });
}
/** Errors any AWS call can answer when the credentials themselves are the problem. */
function credentialProblem(name, identity) {
    if (CREDENTIALS_EXPIRED.includes(name)) {
        return `the credentials of ${identity} expired; they are refreshed before they lapse, so re-run the job, and if it happens again check that role-duration-seconds does not exceed the role's maximum session duration`;
    }
    if (CREDENTIALS_INVALID.includes(name)) {
        return `the credentials of ${identity} are not valid (unknown access key, wrong secret key, or STS not enabled for this region); check the step that provided them`;
    }
    if (CLOCK_SKEW.includes(name)) {
        return "the runner's clock is too far off for AWS to accept the signed request; sync the runner's clock";
    }
    return undefined;
}
function webIdentity(err, ctx) {
    const account = (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .accountOf */ .XP)(ctx.roleArn) ?? "the role's account";
    const name = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err);
    const subject = ctx.subject ? `; this job's token has sub '${ctx.subject}'` : '';
    if (name === 'InvalidIdentityTokenException' || name === 'InvalidIdentityToken') {
        return {
            hint: `account ${account} must have an IAM OIDC identity provider for token.actions.githubusercontent.com with audience '${ctx.audience}' (IAM > Identity providers, provider URL https://token.actions.githubusercontent.com)`,
            fixes: []
        };
    }
    if (name === 'IDPRejectedClaimException' || name === 'IDPRejectedClaim') {
        return {
            hint: `the GitHub OIDC identity provider of account ${account} must list '${ctx.audience}' (the audience input) among its audiences${subject}`,
            fixes: []
        };
    }
    if (name === 'IDPCommunicationError') {
        return {
            hint: 'STS could not reach GitHub to validate the token; re-run the job',
            fixes: []
        };
    }
    if (ACCESS_DENIED_NAMES.includes(name)) {
        const policy = ctx.role === 'oidc-role-arn' ? 'source-trust' : 'target-trust';
        const vars = {
            partition: (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionOf */ .iQ)(ctx.roleArn),
            sourceAccount: account,
            targetAccount: account,
            audience: ctx.audience,
            subject: ctx.subject
        };
        const req = (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .requirementFor */ .P6)('sts:AssumeRoleWithWebIdentity', policy);
        return {
            hint: `the trust policy of ${ctx.roleArn} must allow sts:AssumeRoleWithWebIdentity for the GitHub OIDC provider of account ${account}, with 'token.actions.githubusercontent.com:aud' = '${ctx.audience}' and a 'sub' condition that matches this repository, branch or environment${subject}`,
            fixes: [
                {
                    policy,
                    owner: ctx.roleArn,
                    account,
                    statement: req && (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStatement */ .M_)(req, vars)
                }
            ]
        };
    }
    if (name === 'ExpiredTokenException' || name === 'ExpiredToken') {
        return { hint: 'the GitHub OIDC token expired before it was used; re-run the job', fixes: [] };
    }
    return {
        hint: `check that ${ctx.roleArn} exists and trusts GitHub's OIDC provider`,
        fixes: []
    };
}
function assumeRole(err, ctx) {
    const account = (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .accountOf */ .XP)(ctx.roleArn) ?? "the role's account";
    const name = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err);
    if (ACCESS_DENIED_NAMES.includes(name)) {
        const externalIdHint = ctx.externalId
            ? " and the 'sts:ExternalId' condition must equal the role-external-id input"
            : "; if the trust policy has an 'sts:ExternalId' condition, set the role-external-id input";
        const sourceRole = roleArnOf(ctx.sourceIdentity);
        const vars = {
            partition: (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionOf */ .iQ)(ctx.roleArn),
            targetRoleArn: ctx.roleArn,
            sourceRoleArn: sourceRole,
            externalId: ctx.externalId
        };
        return {
            hint: `the trust policy of ${ctx.roleArn} (in account ${account}) must allow sts:AssumeRole for ${ctx.sourceIdentity}${externalIdHint}; and the source identity's own policy must allow sts:AssumeRole on ${ctx.roleArn}; if the source session carries session tags, both must also allow sts:TagSession`,
            fixes: [
                {
                    policy: 'target-trust',
                    owner: ctx.roleArn,
                    account,
                    statement: statement('sts:AssumeRole', 'target-trust', vars)
                },
                {
                    policy: 'source-permissions',
                    owner: sourceRole ?? ctx.sourceIdentity,
                    account: (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .accountOf */ .XP)(sourceRole),
                    statement: statement('sts:AssumeRole', 'source-permissions', vars)
                }
            ]
        };
    }
    if (['InvalidClientTokenId', 'ExpiredToken', 'ExpiredTokenException'].includes(name)) {
        return {
            hint: 'the source credentials are invalid or expired; check the step that provided them',
            fixes: []
        };
    }
    if (name === 'ValidationError') {
        return {
            hint: 'the role-duration-seconds input must not exceed the maximum session duration of the role',
            fixes: []
        };
    }
    if (name === 'RegionDisabledException') {
        return {
            hint: `STS must be activated for this region in account ${account} (IAM > Account settings > Security Token Service endpoints)`,
            fixes: []
        };
    }
    if (name === 'PackedPolicyTooLarge') {
        return {
            hint: 'the session tags carried over from the source session are too large; pass fewer tags to the source session',
            fixes: []
        };
    }
    const credentials = credentialProblem(name, ctx.sourceIdentity);
    if (credentials)
        return { hint: credentials, fixes: [] };
    return { hint: `check that ${ctx.roleArn} exists`, fixes: [] };
}
const BUCKET_ACTIONS = new Set([
    's3:ListBucket',
    's3:GetBucketLocation',
    's3:GetBucketVersioning',
    's3:GetBucketPolicy',
    's3:GetEncryptionConfiguration'
]);
/**
 * The resource pattern a statement should cover: the directory of the key (bundles live at
 * <s3-key-prefix><application>/<sha256>.zip), or the whole bucket when the key is not known.
 */
function keysOf(ctx) {
    if (!ctx.key?.includes('/'))
        return ctx.key ?? '*';
    return `${ctx.key.slice(0, ctx.key.lastIndexOf('/'))}/*`;
}
function s3(err, ctx) {
    const name = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err);
    // First: S3 answers a bad key, signature or clock with 403 too, which is not a policy matter.
    const credentials = credentialProblem(name, ctx.identity);
    if (credentials)
        return { hint: credentials, fixes: [] };
    const bucketLevel = BUCKET_ACTIONS.has(ctx.action);
    const roleArn = roleArnOf(ctx.identity);
    const identityAccount = (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .accountOf */ .XP)(roleArn);
    const vars = {
        partition: (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionOf */ .iQ)(roleArn),
        bucket: ctx.bucket,
        revisionKeys: keysOf(ctx),
        targetRoleArn: ctx.upload === 'target' ? roleArn : undefined,
        sourceRoleArn: ctx.upload === 'source' ? roleArn : undefined
    };
    const upload = { upload: ctx.upload };
    const identityPolicy = ctx.upload === 'source' ? 'source-permissions' : 'target-permissions';
    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(err)) {
        const bucketArn = `arn:${vars.partition}:s3:::${ctx.bucket}`;
        const resource = bucketLevel ? bucketArn : `${bucketArn}/*`;
        const owner = ctx.expectedBucketOwner;
        const foreign = owner !== undefined && identityAccount !== undefined && owner !== identityAccount;
        const bucketPolicy = foreign
            ? `; the bucket belongs to account ${owner}, so its bucket policy there must allow it to ${roleArn ?? ctx.identity} too`
            : "; if the bucket belongs to another account, that account's bucket policy must allow it too";
        const ownerHint = owner
            ? `. Also check that the bucket is owned by account ${owner} (s3-bucket-owner): S3 answers AccessDenied when it is not`
            : '';
        const fixes = [
            {
                policy: identityPolicy,
                owner: roleArn ?? ctx.identity,
                account: identityAccount,
                statement: statement(ctx.action, identityPolicy, vars)
            }
        ];
        if (foreign) {
            fixes.push({
                policy: 'bucket-policy',
                owner: ctx.bucket,
                account: owner,
                statement: statement(ctx.action, 'bucket-policy', vars, {
                    ...upload,
                    sid: ctx.action === 's3:ListBucket' ? 'CrossAccountList' : 'CrossAccountUpload'
                })
            });
        }
        return {
            hint: `the policy of ${ctx.identity} must allow ${ctx.action} on ${resource}${bucketPolicy}; if the bucket is encrypted with a KMS key, the identity needs kms:GenerateDataKey and kms:Decrypt on it${ownerHint}`,
            fixes
        };
    }
    // A bare 404 (HeadBucket has no body) means no bucket; a named one (NoSuchBucketPolicy,
    // ServerSideEncryptionConfigurationNotFoundError) is about a setting of a bucket that exists.
    if (name === 'NoSuchBucket' || (bucketLevel && (name === 'NotFound' || name === '404'))) {
        return {
            hint: `bucket ${ctx.bucket} does not exist; create it, or fix the s3-bucket input`,
            fixes: []
        };
    }
    if (WRONG_REGION.includes(name) || (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(err) === 301) {
        const region = ctx.region ? ` (aws-region is ${ctx.region})` : '';
        return {
            hint: `bucket ${ctx.bucket} is in another region than the client expected${region}`,
            fixes: []
        };
    }
    if (name === 'InvalidBucketName') {
        return {
            hint: `'${ctx.bucket}' is not a valid bucket name; fix the s3-bucket input`,
            fixes: []
        };
    }
    if (name.startsWith('KMS')) {
        const state = name === 'KMS.DisabledException' || name === 'KMS.KMSInvalidStateException'
            ? "the bucket's KMS key is disabled or pending deletion; enable it, or change the bucket's default encryption. Otherwise "
            : name === 'KMS.NotFoundException'
                ? "the bucket's KMS key does not exist (or is in another region); fix the bucket's default encryption. Otherwise "
                : '';
        const kms = statement('kms:GenerateDataKey', identityPolicy, vars);
        return {
            hint: `${state}the bucket's KMS key must allow ${ctx.identity} to use it (kms:GenerateDataKey, kms:Decrypt)`,
            fixes: [
                {
                    policy: 'kms-key-policy',
                    statement: statement('kms:GenerateDataKey', 'kms-key-policy', vars, upload)
                },
                { policy: identityPolicy, owner: roleArn, account: identityAccount, statement: kms }
            ]
        };
    }
    return { hint: 'check the bucket name, its region and the network path to S3', fixes: [] };
}
function codeDeploy(err, ctx) {
    const identity = ctx.identity ?? 'the deploying role';
    const where = ctx.accountId && ctx.region
        ? `account ${ctx.accountId}, region ${ctx.region}`
        : 'the target account and region';
    const application = ctx.application ?? '{application}';
    const group = ctx.deploymentGroup ?? '{deploymentGroup}';
    const name = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err);
    const none = (hint) => ({ hint, fixes: [] });
    switch (name) {
        case 'ApplicationDoesNotExistException':
            return none(`application '${application}' does not exist in ${where}; check the application input and aws-region`);
        case 'DeploymentGroupDoesNotExistException':
            return none(`deployment group '${group}' of application '${application}' does not exist in ${where}`);
        case 'DeploymentConfigDoesNotExistException':
            return none(`deployment configuration '${ctx.deploymentConfig ?? "(the group's)"}' does not exist in ${where}`);
        case 'InvalidRoleException':
            return none(`the service role of deployment group '${group}' is missing or does not trust codedeploy.amazonaws.com; fix it in ${where} (the deployment group's service role, not role-to-assume)`);
        case 'DeploymentLimitExceededException':
            return none(`another deployment to '${group}' is still in progress; wait for it to end or stop it`);
        case 'RevisionDoesNotExistException':
        case 'InvalidRevisionException':
            return none('the revision must be readable by CodeDeploy; check the bucket, key and version');
        case 'DeploymentDoesNotExistException':
            return none(`deployment ${ctx.deploymentId ?? '(unknown)'} does not exist in ${where}`);
        case 'DeploymentAlreadyCompletedException':
            return none(`deployment ${ctx.deploymentId ?? '(unknown)'} has already ended`);
        case 'DescriptionTooLongException':
            return none('the description (the input, with the token of the run the action appends) is longer than CodeDeploy accepts; shorten the description input');
        case 'ThrottlingException':
            return none('CodeDeploy throttled the call after every retry; other tools may be calling CodeDeploy in this account heavily; re-run the job');
    }
    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(err)) {
        const roleArn = roleArnOf(ctx.identity);
        const vars = {
            partition: (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionOf */ .iQ)(roleArn),
            region: ctx.region,
            targetAccount: ctx.accountId ?? (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .accountOf */ .XP)(roleArn),
            application: ctx.application,
            deploymentGroup: ctx.deploymentGroup
        };
        return {
            hint: `the policy of ${identity} must allow ${ctx.action} on the application '${application}' and its deployment group (for example the AWSCodeDeployDeployerAccess managed policy)`,
            fixes: [
                {
                    policy: 'target-permissions',
                    owner: roleArn ?? identity,
                    account: ctx.accountId ?? (0,_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .accountOf */ .XP)(roleArn),
                    statement: statement(ctx.action, 'target-permissions', vars)
                }
            ]
        };
    }
    const credentials = credentialProblem(name, identity);
    if (credentials)
        return none(credentials);
    return none(`check the inputs and the permissions of ${identity}`);
}


/***/ }),

/***/ 1123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isActive),
/* harmony export */   U: () => (/* binding */ stopDeployment)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5148);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(873);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(910);





/**
 * Stops a deployment, asking CodeDeploy to roll back to the last good revision when `rollback`
 * is set. Returns CodeDeploy's answer ("Pending" while instances are still being stopped).
 */
async function stopDeployment(cd, deploymentId, rollback, reason, log) {
    log(`Stopping deployment ${deploymentId} (${reason}), ${rollback ? 'with' : 'without'} rollback.`);
    try {
        const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__/* .StopDeploymentCommand */ .NzN({ deploymentId, autoRollbackEnabled: rollback }));
        const status = out.status ?? 'Pending';
        const said = out.statusMessage ? `: ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(out.statusMessage)}` : '';
        log(`StopDeployment answered ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(status)}${said}.`);
        return status;
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`Could not stop deployment ${deploymentId} (codedeploy:StopDeployment): ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}. Stop it in the AWS console, and check that the deploying role may call codedeploy:StopDeployment.`, { cause: err });
    }
}
/** True when the deployment is still running (not Succeeded, Failed or Stopped). */
async function isActive(cd, deploymentId) {
    const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_4__/* .GetDeploymentCommand */ .Tvn({ deploymentId }));
    return !_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .TERMINAL_STATUSES */ .CM.has(out.deploymentInfo?.status ?? '');
}


/***/ }),

/***/ 910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ TERMINAL_STATUSES),
/* harmony export */   Cx: () => (/* binding */ collectFailures),
/* harmony export */   Kw: () => (/* binding */ waitForDeployment),
/* harmony export */   dg: () => (/* binding */ isTransient)
/* harmony export */ });
/* unused harmony export nextInterval */
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5148);
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4216);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(665);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(873);






const TERMINAL_STATUSES = new Set(['Succeeded', 'Failed', 'Stopped']);
const IDLE_AFTER_MS = 5 * 60 * 1000;
const MAX_FAILING_MS = 2 * 60 * 1000;
const MAX_IDLE_INTERVAL_MS = 60 * 1000;
/**
 * The poll interval: poll-interval-seconds while anything changes. A deployment that has shown
 * no change for a while (a blue/green deployment waiting for a manual reroute, a long bake) is
 * polled half as often each time, up to four intervals or a minute, and back at full speed as
 * soon as anything changes.
 */
function nextInterval(pollIntervalMs, current, idleMs, idleAfterMs) {
    if (idleMs < idleAfterMs)
        return pollIntervalMs;
    const ceiling = Math.max(pollIntervalMs, Math.min(4 * pollIntervalMs, MAX_IDLE_INTERVAL_MS));
    return Math.min(ceiling, current * 2);
}
const defaultSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Throttling, server faults and dropped connections are worth another poll; the rest is not. */
function isTransient(err) {
    const name = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(err);
    const status = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(err);
    if (status !== undefined && (status >= 500 || status === 429))
        return true;
    if (/Throttl|TooManyRequests|RequestLimitExceeded|TimeoutError|RequestTimeout/.test(name)) {
        return true;
    }
    const code = err?.code;
    return ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN'].includes(code ?? '');
}
/** Blue/green deployments pause in Ready until traffic is rerouted: say so, and keep waiting. */
function statusNote(info) {
    if (info.status === 'Ready')
        return ' (waiting for traffic to be rerouted)';
    if (info.status === 'Baking')
        return ' (baking before the original instances are terminated)';
    return '';
}
/**
 * Polls GetDeployment until the deployment ends or the deadline passes. Only GetDeployment is
 * called while waiting; a progress line is printed when the status or the instance counts change.
 */
async function waitForDeployment(cd, deploymentId, options) {
    const sleep = options.sleep ?? defaultSleep;
    const now = options.now ?? Date.now;
    const maxErrors = options.maxConsecutiveErrors ?? 5;
    const started = now();
    const deadline = started + options.timeoutMs;
    let lastLine = '';
    let last;
    let errors = 0;
    let failingMs = 0;
    let polls = 0;
    let changedAt = started;
    let interval = options.pollIntervalMs;
    for (;;) {
        polls++;
        const asked = now();
        try {
            const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_5__/* .GetDeploymentCommand */ .Tvn({ deploymentId }));
            errors = 0;
            failingMs = 0;
            const info = out.deploymentInfo ?? { deploymentId };
            last = info;
            const overview = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .describeOverview */ .Nh)(info.deploymentOverview);
            const line = `${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(info.status ?? 'Unknown')}${statusNote(info)}${overview ? `: ${overview}` : ''}`;
            if (line !== lastLine) {
                options.log(`[${(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .formatElapsed */ .C7)(now() - started)}] ${line}`);
                lastLine = line;
                changedAt = now();
            }
            if (TERMINAL_STATUSES.has(info.status ?? ''))
                return { info, timedOut: false, polls };
        }
        catch (err) {
            const transient = isTransient(err);
            errors++;
            failingMs += now() - asked;
            if (!transient ||
                errors > maxErrors ||
                failingMs >= (options.maxFailingMs ?? MAX_FAILING_MS)) {
                // Retries already said all there is to say about a transient fault but how long it lasted.
                const explained = transient
                    ? ` The last ${errors} polls failed, after ${(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .formatElapsed */ .C7)(failingMs)} (m:ss) of retries; if CodeDeploy throttles, other callers in the account share its request rate: raise poll-interval-seconds.`
                    : ` ${(0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .formatExplanation */ .vZ)((0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explain */ .WE)(err, {
                        step: 'codedeploy',
                        action: 'codedeploy:GetDeployment',
                        deploymentId
                    }))}`;
                const gone = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(err) === 'DeploymentDoesNotExistException';
                const running = gone ? '' : ' The deployment may still be running.';
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`Could not read the state of deployment ${deploymentId} (codedeploy:GetDeployment): ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}.${running}${explained}`, { cause: err });
            }
            options.log(`Reading deployment ${deploymentId} failed (${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}); trying again.`);
        }
        const remaining = deadline - now();
        if (remaining <= 0) {
            return { info: last ?? { deploymentId }, timedOut: true, polls };
        }
        interval = nextInterval(options.pollIntervalMs, interval, now() - changedAt, options.idleAfterMs ?? IDLE_AFTER_MS);
        await sleep(Math.min(interval, remaining));
    }
}
function failedEvent(events) {
    return events?.find(e => e.status === 'Failed');
}
const BATCH_SIZE = 25;
/**
 * The agent downloads the revision with the instance profile, not with the action's
 * credentials: a failed DownloadBundle is nearly always that role, the bucket policy or the key.
 */
const DOWNLOAD_HINT = ' (DownloadBundle: the instance profile role of the instances must allow s3:GetObject and s3:GetObjectVersion on the revision, statement InstancesReadRevisions; a bucket in another account must allow them to that role in its bucket policy, statement ProductionInstancesRead; a KMS-encrypted bucket needs kms:Decrypt too)';
/**
 * Lists the targets of a deployment that failed, each with the lifecycle event that failed and
 * the tail of its script log. Works for EC2/on-premises, ECS, Lambda and CloudFormation targets.
 */
async function collectFailures(cd, deploymentId, 
/** Where the deployment is, so an error can name the exact policy statement to add. */
where = {}) {
    const read = async (action, call) => {
        try {
            return await call();
        }
        catch (err) {
            const explained = (0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .formatExplanation */ .vZ)((0,_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explain */ .WE)(err, { ...where, step: 'codedeploy', action, deploymentId }));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(`Could not list the failed targets of ${deploymentId} (${action}): ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}. ${explained}`, { cause: err });
        }
    };
    const ids = [];
    let nextToken;
    do {
        const page = await read('codedeploy:ListDeploymentTargets', () => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_5__/* .ListDeploymentTargetsCommand */ .$9V({
            deploymentId,
            nextToken,
            targetFilters: { TargetStatus: ['Failed'] }
        })));
        ids.push(...(page.targetIds ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    const failures = [];
    for (let i = 0; i < ids.length; i += BATCH_SIZE) {
        const batch = await read('codedeploy:BatchGetDeploymentTargets', () => cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_5__/* .BatchGetDeploymentTargetsCommand */ .Bsg({
            deploymentId,
            targetIds: ids.slice(i, i + BATCH_SIZE)
        })));
        for (const t of batch.deploymentTargets ?? []) {
            const target = t.instanceTarget ?? t.ecsTarget ?? t.lambdaTarget ?? t.cloudFormationTarget;
            if (!target || target.status !== 'Failed')
                continue;
            const event = failedEvent(target.lifecycleEvents);
            const lifecycleEvent = event?.lifecycleEventName ?? '';
            const message = event?.diagnostics?.message ?? '';
            failures.push({
                targetId: target.targetId ?? 'unknown target',
                lifecycleEvent,
                errorCode: event?.diagnostics?.errorCode ?? '',
                scriptName: event?.diagnostics?.scriptName ?? '',
                message: lifecycleEvent === 'DownloadBundle' ? `${message}${DOWNLOAD_HINT}` : message,
                logTail: event?.diagnostics?.logTail ?? ''
            });
        }
    }
    return failures;
}


/***/ })

};
