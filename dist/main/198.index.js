export const id = 198;
export const ids = [198];
export const modules = {

/***/ 8638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D6: () => (/* reexport */ describeFix),
  WE: () => (/* binding */ explain),
  OI: () => (/* binding */ explainedMessage),
  vZ: () => (/* reexport */ formatExplanation),
  z$: () => (/* reexport */ shared/* roleArnOf */.z$),
  f: () => (/* reexport */ tokenClaims)
});

// UNUSED EXPORTS: EXPLAINED_ERRORS

// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/common/arn.ts
var arn = __webpack_require__(106);
// EXTERNAL MODULE: ./src/advice/permissions.ts + 1 modules
var permissions = __webpack_require__(760);
// EXTERNAL MODULE: ./src/advice/explain/shared.ts
var shared = __webpack_require__(1015);
;// CONCATENATED MODULE: ./src/advice/explain/codedeploy.ts
/** Why CodeDeploy refused a call: a missing application, group or configuration, or a policy. */




const none = (hint) => ({ hint, fixes: [] });
/** The CodeDeploy actions of the AWS managed policy AWSCodeDeployDeployerAccess: no StopDeployment. */
const DEPLOYER_ACCESS = [
    'codedeploy:Batch*',
    'codedeploy:CreateDeployment',
    'codedeploy:Get*',
    'codedeploy:List*',
    'codedeploy:RegisterApplicationRevision'
];
function managedPolicyHint(action) {
    return DEPLOYER_ACCESS.some(pattern => (0,permissions/* actionMatches */.GE)(pattern, action))
        ? ' (for example the AWSCodeDeployDeployerAccess managed policy)'
        : '';
}
function explainCodeDeploy(err, ctx) {
    const identity = ctx.identity ?? 'the deploying role';
    const where = ctx.accountId && ctx.region
        ? `account ${ctx.accountId}, region ${ctx.region}`
        : 'the target account and region';
    const application = ctx.application ?? '{application}';
    const group = ctx.deploymentGroup ?? '{deploymentGroup}';
    const name = (0,aws_errors/* errorName */.Is)(err);
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
    if ((0,aws_errors/* isAccessDenied */.w7)(err))
        return accessDenied(ctx, identity, application);
    const credentials = (0,shared/* credentialProblem */.FL)(name, identity);
    if (credentials)
        return none(credentials);
    return none(`check the inputs and the permissions of ${identity}`);
}
function accessDenied(ctx, identity, application) {
    const roleArn = (0,shared/* roleArnOf */.z$)(ctx.identity);
    const vars = {
        partition: (0,arn/* partitionOf */.iQ)(roleArn),
        region: ctx.region,
        targetAccount: ctx.accountId ?? (0,arn/* accountOf */.XP)(roleArn),
        application: ctx.application,
        deploymentGroup: ctx.deploymentGroup
    };
    const needed = (0,shared/* statement */.qZ)(ctx.action, 'target-permissions', vars);
    const on = needed?.Resource === '*'
        ? `on "*" (it takes no resource-level permissions, so a statement that names the application or the deployment group does not allow it)`
        : `on the application '${application}' and its deployment group`;
    return {
        hint: `the policy of ${identity} must allow ${ctx.action} ${on}${managedPolicyHint(ctx.action)}`,
        fixes: [
            {
                policy: 'target-permissions',
                owner: roleArn ?? identity,
                account: ctx.accountId ?? (0,arn/* accountOf */.XP)(roleArn),
                statement: needed
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/advice/explain/format.ts
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

;// CONCATENATED MODULE: ./src/advice/explain/s3.ts
/** Why S3 refused the bundle or the bucket: policies on both sides, the bucket itself, its KMS key. */



const BUCKET_ACTIONS = new Set([
    's3:ListBucket',
    's3:GetBucketVersioning',
    's3:GetBucketPolicy',
    's3:GetEncryptionConfiguration'
]);
function explainS3(err, ctx) {
    const name = (0,aws_errors/* errorName */.Is)(err);
    // First: S3 answers a bad key, signature or clock with 403 too, which is not a policy matter.
    const credentials = (0,shared/* credentialProblem */.FL)(name, ctx.identity);
    if (credentials)
        return { hint: credentials, fixes: [] };
    const bucketLevel = BUCKET_ACTIONS.has(ctx.action);
    const refusedKey = (0,aws_errors/* kmsRefusal */._n)(err);
    if (refusedKey)
        return kmsDenied(refusedKey, ctx, callerOf(ctx));
    if ((0,aws_errors/* isAccessDenied */.w7)(err))
        return s3_accessDenied(ctx, callerOf(ctx), bucketLevel);
    // A bare 404 (HeadBucket has no body) means no bucket; a named one (NoSuchBucketPolicy,
    // ServerSideEncryptionConfigurationNotFoundError) is about a setting of a bucket that exists.
    if (name === 'NoSuchBucket' || (bucketLevel && (name === 'NotFound' || name === '404'))) {
        return {
            hint: `bucket ${ctx.bucket} does not exist; create it, or fix the s3-bucket input`,
            fixes: []
        };
    }
    if (shared/* WRONG_REGION */.Nt.includes(name) || (0,aws_errors/* httpStatus */.nG)(err) === 301) {
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
    if (name.startsWith('KMS'))
        return kmsKey(name, ctx, callerOf(ctx));
    return { hint: 'check the bucket name, its region and the network path to S3', fixes: [] };
}
function callerOf(ctx) {
    const roleArn = (0,shared/* roleArnOf */.z$)(ctx.identity);
    return {
        roleArn,
        account: (0,arn/* accountOf */.XP)(roleArn),
        policy: ctx.upload === 'source' ? 'source-permissions' : 'target-permissions',
        vars: {
            partition: (0,arn/* partitionOf */.iQ)(roleArn),
            bucket: ctx.bucket,
            revisionKeys: keysOf(ctx),
            targetRoleArn: ctx.upload === 'target' ? roleArn : undefined,
            sourceRoleArn: ctx.upload === 'source' ? roleArn : undefined
        }
    };
}
/**
 * The resource pattern a statement should cover: the directory of the key (bundles live at
 * <s3-key-prefix><application>/<sha256>.zip), or the whole bucket when the key is not known.
 */
function keysOf(ctx) {
    if (!ctx.key?.includes('/'))
        return ctx.key ?? '*';
    return `${ctx.key.slice(0, ctx.key.lastIndexOf('/'))}/*`;
}
/** The caller's own policy, and the bucket policy too when the bucket is in another account. */
function s3_accessDenied(ctx, caller, bucketLevel) {
    const bucketArn = `arn:${caller.vars.partition}:s3:::${ctx.bucket}`;
    const resource = bucketLevel ? bucketArn : `${bucketArn}/*`;
    const owner = ctx.expectedBucketOwner;
    const foreign = owner !== undefined && caller.account !== undefined && owner !== caller.account;
    const bucketPolicy = foreign
        ? `; the bucket belongs to account ${owner}, so its bucket policy there must allow it to ${caller.roleArn ?? ctx.identity} too`
        : "; if the bucket belongs to another account, that account's bucket policy must allow it too";
    const ownerHint = owner
        ? `. Also check that the bucket is owned by account ${owner} (s3-bucket-owner): S3 answers AccessDenied when it is not`
        : '';
    return {
        hint: `the policy of ${ctx.identity} must allow ${ctx.action} on ${resource}${bucketPolicy}; if the bucket is encrypted with a KMS key, the identity needs kms:GenerateDataKey and kms:Decrypt on it${ownerHint}`,
        fixes: accessFixes(ctx, caller, foreign)
    };
}
function accessFixes(ctx, caller, foreign) {
    const own = {
        policy: caller.policy,
        owner: caller.roleArn ?? ctx.identity,
        account: caller.account,
        statement: (0,shared/* statement */.qZ)(ctx.action, caller.policy, caller.vars)
    };
    if (!foreign)
        return [own];
    const bucket = {
        policy: 'bucket-policy',
        owner: ctx.bucket,
        account: ctx.expectedBucketOwner,
        statement: (0,shared/* statement */.qZ)(ctx.action, 'bucket-policy', caller.vars, {
            upload: ctx.upload,
            sid: ctx.action === 's3:ListBucket' ? 'CrossAccountList' : 'CrossAccountUpload'
        })
    };
    return [own, bucket];
}
/**
 * S3 allowed the request but KMS refused the caller the bucket's key: the caller's own policy, or
 * the key policy in the key's account (which, in that account, may instead allow the account
 * itself, as AWS's default key policy does, and leave the grant to IAM policies).
 */
function kmsDenied(refusal, ctx, caller) {
    const vars = { ...caller.vars, kmsKeyArn: refusal.keyArn };
    const keyAccount = (0,arn/* accountOf */.XP)(refusal.keyArn);
    const own = {
        policy: caller.policy,
        owner: caller.roleArn ?? ctx.identity,
        account: caller.account,
        statement: (0,shared/* statement */.qZ)(refusal.action, caller.policy, vars)
    };
    const key = {
        policy: 'kms-key-policy',
        owner: refusal.keyArn,
        account: keyAccount,
        statement: (0,shared/* statement */.qZ)(refusal.action, 'kms-key-policy', vars, { upload: ctx.upload })
    };
    const sameAccount = keyAccount === caller.account;
    const keySide = sameAccount
        ? `the key policy must allow account ${keyAccount} itself (statement KeyAdministration of the setup guide, as in AWS's default key policy) or the role`
        : `the key policy, in account ${keyAccount}, must allow the role`;
    const hint = refusal.side === 'identity'
        ? `the policy of ${ctx.identity} must allow ${refusal.action} on the bucket's KMS key ${refusal.keyArn}`
        : refusal.side === 'resource'
            ? `KMS refused ${refusal.action} on the bucket's key ${refusal.keyArn} to ${ctx.identity}: ${keySide}`
            : `KMS refused ${refusal.action} on the bucket's key ${refusal.keyArn} to ${ctx.identity}: its own policy must allow it, and ${keySide}`;
    const fixes = refusal.side === 'identity' ? [own] : refusal.side === 'resource' ? [key] : [own, key];
    return { hint, fixes };
}
/** Errors S3 passes on from KMS: the key's state, or a key policy that leaves the caller out. */
function kmsKey(name, ctx, caller) {
    return {
        hint: `${kmsKeyState(name)}the bucket's KMS key must allow ${ctx.identity} to use it (kms:GenerateDataKey, kms:Decrypt)`,
        fixes: [
            {
                policy: 'kms-key-policy',
                statement: (0,shared/* statement */.qZ)('kms:GenerateDataKey', 'kms-key-policy', caller.vars, {
                    upload: ctx.upload
                })
            },
            {
                policy: caller.policy,
                owner: caller.roleArn,
                account: caller.account,
                statement: (0,shared/* statement */.qZ)('kms:GenerateDataKey', caller.policy, caller.vars)
            }
        ]
    };
}
function kmsKeyState(name) {
    if (name === 'KMS.DisabledException' || name === 'KMS.KMSInvalidStateException') {
        return "the bucket's KMS key is disabled or pending deletion; enable it, or change the bucket's default encryption. Otherwise ";
    }
    if (name === 'KMS.NotFoundException') {
        return "the bucket's KMS key does not exist (or is in another region); fix the bucket's default encryption. Otherwise ";
    }
    return '';
}

;// CONCATENATED MODULE: ./src/advice/explain/sts.ts
/** Why STS would not hand out a role: the GitHub OIDC exchange, and the hop into role-to-assume. */



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
function explainWebIdentity(err, ctx) {
    const account = (0,arn/* accountOf */.XP)(ctx.roleArn) ?? "the role's account";
    const name = (0,aws_errors/* errorName */.Is)(err);
    const subject = ctx.subject ? `; this job's token has sub '${ctx.subject}'` : '';
    if (name === 'InvalidIdentityTokenException' || name === 'InvalidIdentityToken') {
        return {
            hint: `account ${account} must have an IAM OIDC identity provider for token.actions.githubusercontent.com with audience '${ctx.audience}' (IAM > Identity providers, provider URL https://token.actions.githubusercontent.com)`,
            fixes: []
        };
    }
    // An audience the provider does not list is InvalidIdentityToken ("Incorrect token audience").
    if (name === 'IDPRejectedClaimException' || name === 'IDPRejectedClaim') {
        return {
            hint: `the identity provider rejected a claim of the GitHub OIDC token: it is not valid, has expired or was revoked${subject}; re-run the job for a fresh token`,
            fixes: []
        };
    }
    if (name === 'IDPCommunicationError') {
        return {
            hint: 'STS could not reach GitHub to validate the token; re-run the job',
            fixes: []
        };
    }
    if (shared/* ACCESS_DENIED_NAMES */.q8.includes(name)) {
        const policy = ctx.role === 'oidc-role-arn' ? 'source-trust' : 'target-trust';
        const vars = {
            partition: (0,arn/* partitionOf */.iQ)(ctx.roleArn),
            sourceAccount: account,
            targetAccount: account,
            audience: ctx.audience,
            subject: ctx.subject
        };
        return {
            hint: `the trust policy of ${ctx.roleArn} must allow sts:AssumeRoleWithWebIdentity for the GitHub OIDC provider of account ${account}, with 'token.actions.githubusercontent.com:aud' = '${ctx.audience}' and a 'sub' condition that matches this repository, branch or environment${subject}`,
            fixes: [
                {
                    policy,
                    owner: ctx.roleArn,
                    account,
                    statement: (0,shared/* statement */.qZ)('sts:AssumeRoleWithWebIdentity', policy, vars)
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
function explainAssumeRole(err, ctx) {
    const account = (0,arn/* accountOf */.XP)(ctx.roleArn) ?? "the role's account";
    const name = (0,aws_errors/* errorName */.Is)(err);
    if (shared/* ACCESS_DENIED_NAMES */.q8.includes(name))
        return assumeRoleDenied(ctx, account);
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
    const credentials = (0,shared/* credentialProblem */.FL)(name, ctx.sourceIdentity);
    if (credentials)
        return { hint: credentials, fixes: [] };
    return { hint: `check that ${ctx.roleArn} exists`, fixes: [] };
}
/** Both sides must agree: the role's trust policy, and the source identity's own policy. */
function assumeRoleDenied(ctx, account) {
    const externalIdHint = ctx.externalId
        ? " and the 'sts:ExternalId' condition must equal the role-external-id input"
        : "; if the trust policy has an 'sts:ExternalId' condition, set the role-external-id input";
    const sourceRole = (0,shared/* roleArnOf */.z$)(ctx.sourceIdentity);
    const vars = {
        partition: (0,arn/* partitionOf */.iQ)(ctx.roleArn),
        targetRoleArn: ctx.roleArn,
        sourceRoleArn: sourceRole,
        externalId: ctx.externalId
    };
    if (ctx.sessionTags)
        return taggedSessionDenied(ctx, account, sourceRole, vars);
    return {
        // AWS answers a role that does not exist exactly as one whose trust policy refuses.
        hint: `${ctx.roleArn} must exist (AWS gives the same answer for a misspelt role name); its trust policy (in account ${account}) must allow sts:AssumeRole for ${ctx.sourceIdentity}${externalIdHint}; and the source identity's own policy must allow sts:AssumeRole on ${ctx.roleArn}; if the source session carries session tags, both must also allow sts:TagSession`,
        fixes: [
            {
                policy: 'target-trust',
                owner: ctx.roleArn,
                account,
                statement: (0,shared/* statement */.qZ)('sts:AssumeRole', 'target-trust', vars)
            },
            {
                policy: 'source-permissions',
                owner: sourceRole ?? ctx.sourceIdentity,
                account: (0,arn/* accountOf */.XP)(sourceRole),
                statement: (0,shared/* statement */.qZ)('sts:AssumeRole', 'source-permissions', vars)
            }
        ]
    };
}
/**
 * With role-session-tags, a trust policy or source policy that allows sts:AssumeRole but not
 * sts:TagSession is the usual cause: AWS refuses the whole request.
 */
function taggedSessionDenied(ctx, account, sourceRole, vars) {
    return {
        hint: `the request carries session tags (role-session-tags), so the trust policy of ${ctx.roleArn} (in account ${account}) must allow sts:TagSession as well as sts:AssumeRole for ${ctx.sourceIdentity}, and the source identity's own policy must allow both on ${ctx.roleArn}; without the tags, check that the role exists and that its trust policy allows sts:AssumeRole`,
        fixes: [
            {
                policy: 'target-trust',
                owner: ctx.roleArn,
                account,
                statement: (0,shared/* statement */.qZ)('sts:TagSession', 'target-trust', vars)
            },
            {
                policy: 'source-permissions',
                owner: sourceRole ?? ctx.sourceIdentity,
                account: (0,arn/* accountOf */.XP)(sourceRole),
                statement: (0,shared/* statement */.qZ)('sts:TagSession', 'source-permissions', vars)
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/advice/explain.ts
/**
 * Turns an AWS error into what to do about it: which identity was refused what on which
 * resource, which account's policy has to change, and the statement it most likely lacks (taken
 * from permissions.ts, so it matches the setup guide). Errors are matched by name, never by
 * their message text, which AWS does not keep stable. Each service has its own module under
 * explain/; this one picks the module for the step that failed.
 */








/**
 * Every error name with an explanation of its own, for the troubleshooting guide's test.
 * KMS.* stands for every error S3 passes on from KMS.
 */
const EXPLAINED_ERRORS = [
    ...shared/* ACCESS_DENIED_NAMES */.q8,
    ...shared/* CREDENTIALS_EXPIRED */.j8,
    ...shared/* CREDENTIALS_INVALID */.$1,
    ...shared/* CLOCK_SKEW */.GI,
    ...shared/* WRONG_REGION */.Nt,
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
function explain(err, ctx) {
    switch (ctx.step) {
        case 'web-identity':
            return explainWebIdentity(err, ctx);
        case 'assume-role':
            return explainAssumeRole(err, ctx);
        case 's3':
            return explainS3(err, ctx);
        case 'codedeploy':
            return explainCodeDeploy(err, ctx);
    }
}
/** "<what> failed: <Name: message>. Check: <hint>. Likely missing from ..." */
function explainedMessage(what, errText, err, ctx) {
    return `${what}: ${errText}. ${formatExplanation(explain(err, ctx))}`;
}


/***/ }),

/***/ 3821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gz: () => (/* binding */ DEFAULT_MAX_ATTEMPTS),
  i4: () => (/* binding */ codeDeployClient),
  xI: () => (/* binding */ codeDeployOnceClient),
  LV: () => (/* binding */ iamClient),
  oD: () => (/* binding */ s3Client),
  z_: () => (/* binding */ stsFactory)
});

// UNUSED EXPORTS: throttlingOnly

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./src/common/call-stats.ts
var call_stats = __webpack_require__(6295);
// EXTERNAL MODULE: ./node_modules/agent-base/dist/index.js + 1 modules
var dist = __webpack_require__(319);
// EXTERNAL MODULE: ./node_modules/http-proxy-agent/dist/index.js
var http_proxy_agent_dist = __webpack_require__(8947);
// EXTERNAL MODULE: ./node_modules/https-proxy-agent/dist/index.js + 1 modules
var https_proxy_agent_dist = __webpack_require__(1566);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./node_modules/proxy-from-env/index.js
var proxy_from_env = __webpack_require__(8182);
;// CONCATENATED MODULE: ./src/aws/proxy.ts







/** The variables self-hosted runners set, in either case, as curl and @actions/http-client read them. */
const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'all_proxy'];
function proxyConfigured(env) {
    return PROXY_VARIABLES.some(name => env[name] || env[name.toUpperCase()]);
}
/**
 * Chooses, for each connection, the proxy that HTTPS_PROXY / HTTP_PROXY / NO_PROXY give its URL
 * (read when the connection is made), or none. The proxy agents are kept per proxy, so their
 * connections are reused as the SDK's own agents would be.
 */
class ProxyChooser extends dist/* Agent */.g6 {
    proxied = new Map();
    direct = {
        http: new external_node_http_.Agent({ keepAlive: true }),
        https: new external_node_https_.Agent({ keepAlive: true })
    };
    connect(req, options) {
        const scheme = options.secureEndpoint ? 'https' : 'http';
        const proxy = (0,proxy_from_env/* getProxyForUrl */.T)(`${scheme}://${req.host}:${options.port}${req.path}`);
        if (!proxy)
            return this.direct[scheme];
        const key = `${scheme} ${proxy}`;
        let agent = this.proxied.get(key);
        if (!agent) {
            agent = options.secureEndpoint
                ? new https_proxy_agent_dist/* HttpsProxyAgent */.b(proxy, { keepAlive: true })
                : new http_proxy_agent_dist/* HttpProxyAgent */.s(proxy, { keepAlive: true });
            this.proxied.set(key, agent);
        }
        return agent;
    }
}
/**
 * The SDK's request handler for a runner behind a proxy; undefined when no proxy is set, so the
 * SDK keeps its own. The SDK does not read the proxy variables itself.
 */
function proxyRequestHandler(env) {
    if (!proxyConfigured(env))
        return undefined;
    const agent = new ProxyChooser();
    return new node_http_handler_dist_cjs.NodeHttpHandler({ httpAgent: agent, httpsAgent: agent });
}

;// CONCATENATED MODULE: ./src/aws/clients.ts






/**
 * The one place AWS clients are created. Every client retries throttling, server faults and
 * dropped connections with the SDK's adaptive (jittered, rate-limited) retry mode, making at most
 * `maxAttempts` attempts per call (retry-max-attempts), and goes through the proxy that
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY (or http-proxy) give its endpoint. Endpoints come
 * from the SDK's standard settings (AWS_ENDPOINT_URL and friends), so no input is needed for them.
 */
/** Attempts per call when retry-max-attempts does not say otherwise (action.yml's default). */
const DEFAULT_MAX_ATTEMPTS = 8;
/** Retries, and the proxy when the runner sets one: what every client is configured with. */
function clientSettings(maxAttempts) {
    const requestHandler = proxyRequestHandler(process.env);
    return {
        maxAttempts,
        retryMode: 'adaptive',
        ...(requestHandler && { requestHandler })
    };
}
const USER_AGENT = [['cross-account-codedeploy-action', '1']];
/**
 * Sits outside the SDK's retry loop, so it sees each call once with the number of attempts
 * the retries took.
 */
function counted(client) {
    const middleware = (next) => async (args) => {
        call_stats/* callStats */.I.calls++;
        try {
            const result = await next(args);
            call_stats/* callStats */.I.retries += Math.max(0, (result.output.$metadata?.attempts ?? 1) - 1);
            return result;
        }
        catch (err) {
            call_stats/* callStats */.I.retries += Math.max(0, (err.$metadata?.attempts ?? 1) - 1);
            throw err;
        }
    };
    client.middlewareStack.add(middleware, { step: 'initialize', name: 'callStats' });
    return client;
}
function stsFactory(region, maxAttempts = DEFAULT_MAX_ATTEMPTS) {
    return credentials => counted(new client_sts_dist_cjs/* STSClient */.iM({
        region,
        credentials,
        customUserAgent: USER_AGENT,
        ...clientSettings(maxAttempts)
    }));
}
function s3Client(region, credentials, maxAttempts = DEFAULT_MAX_ATTEMPTS) {
    return counted(new client_s3_dist_cjs/* S3Client */.YxF({
        region,
        credentials,
        customUserAgent: USER_AGENT,
        // The bucket may live in another region than the application; follow S3's redirect.
        followRegionRedirects: true,
        ...clientSettings(maxAttempts)
    }));
}
function codeDeployClient(region, credentials, maxAttempts = DEFAULT_MAX_ATTEMPTS) {
    return counted(new dist_cjs/* CodeDeployClient */.cHd({
        region,
        credentials,
        customUserAgent: USER_AGENT,
        ...clientSettings(maxAttempts)
    }));
}
/**
 * An IAM client, for the dry run's policy simulation only: the SDK's IAM client is loaded on
 * demand, so that no other run pays for loading it. IAM is global: given the deployment's region,
 * the SDK's endpoint rules pick the partition's IAM endpoint and signing region.
 */
async function iamClient(region, credentials, maxAttempts = DEFAULT_MAX_ATTEMPTS) {
    const { IAMClient } = await __webpack_require__.e(/* import() */ 764).then(__webpack_require__.t.bind(__webpack_require__, 6764, 19));
    return counted(new IAMClient({
        region,
        credentials,
        customUserAgent: USER_AGENT,
        ...clientSettings(maxAttempts)
    }));
}
/**
 * A CodeDeploy client for calls that must not be carried out twice (CreateDeployment). AWS
 * refuses a throttled request before acting on it, so throttling is retried; after a server error
 * or a dropped connection the request may have been carried out, so the error reaches the caller,
 * which looks before it asks again.
 */
function codeDeployOnceClient(region, credentials, maxAttempts = DEFAULT_MAX_ATTEMPTS) {
    const retryStrategy = throttlingOnly(new retry.AdaptiveRetryStrategy(() => Promise.resolve(maxAttempts)));
    const requestHandler = proxyRequestHandler(process.env);
    return counted(new dist_cjs/* CodeDeployClient */.cHd({
        region,
        credentials,
        customUserAgent: USER_AGENT,
        retryStrategy,
        ...(requestHandler && { requestHandler })
    }));
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

/***/ 104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hb: () => (/* binding */ sessionParameters),
/* harmony export */   kQ: () => (/* binding */ assumeTarget),
/* harmony export */   zU: () => (/* binding */ CHAINED_MAX_DURATION)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1695);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5634);
/* harmony import */ var _advice_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8638);
/* harmony import */ var _refresh_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8363);





/** Role chaining caps the session at one hour, whatever the role's maximum. */
const CHAINED_MAX_DURATION = 3600;
/**
 * role-to-assume, assumed with the source credentials and assumed again shortly before the
 * session expires.
 */
function assumeTarget(roleToAssume, source, chained, options, deps, keepFresh) {
    let duration = firstDuration(options.roleDurationSeconds, chained, deps.log);
    const assume = async () => {
        const sts = deps.sts(source);
        const send = (seconds) => sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .AssumeRoleCommand */ .QL({
            RoleArn: roleToAssume,
            RoleSessionName: options.roleSessionName,
            ExternalId: options.roleExternalId,
            DurationSeconds: seconds,
            ...sessionParameters(options.session)
        }));
        try {
            let out;
            try {
                out = await send(duration);
            }
            catch (err) {
                // Environment credentials may themselves be a role session: then the cap applies too.
                if (!isChainingCap(err))
                    throw err;
                deps.log.notice(`AWS caps sessions assumed by role chaining at ${CHAINED_MAX_DURATION} seconds; using ${CHAINED_MAX_DURATION}.`);
                duration = CHAINED_MAX_DURATION;
                out = await send(duration);
            }
            return (0,_refresh_js__WEBPACK_IMPORTED_MODULE_3__/* .fromSts */ .XS)(out.Credentials, roleToAssume);
        }
        catch (err) {
            if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE)
                throw err;
            throw assumeRoleError({
                step: 'assume-role',
                roleArn: roleToAssume,
                sourceIdentity: await describeIdentity(sts),
                externalId: options.roleExternalId,
                sessionTags: !!options.session?.tags.length
            }, err);
        }
    };
    return keepFresh(assume, () => deps.log.info(`Refreshed the credentials of ${roleToAssume}.`));
}
/** Only what is set, so a run without tags or session policies sends exactly what it always did. */
function sessionParameters(session) {
    if (!session)
        return {};
    return {
        ...(session.tags.length && { Tags: session.tags }),
        ...(session.transitiveTagKeys.length && { TransitiveTagKeys: session.transitiveTagKeys }),
        ...(session.policy && { Policy: session.policy }),
        ...(session.policyArns.length && { PolicyArns: session.policyArns.map(arn => ({ arn })) })
    };
}
/** role-duration-seconds, capped (with a notice) when the source is itself an assumed role. */
function firstDuration(seconds, chained, log) {
    if (!chained || seconds <= CHAINED_MAX_DURATION)
        return seconds;
    log.notice(`role-duration-seconds is ${seconds}, but AWS caps sessions assumed by role chaining at ${CHAINED_MAX_DURATION} seconds; using ${CHAINED_MAX_DURATION}. Credentials are refreshed before they expire.`);
    return CHAINED_MAX_DURATION;
}
function isChainingCap(err) {
    return (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorName */ .Is)(err) === 'ValidationError' && /role chaining/i.test((0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err));
}
function assumeRoleError(context, err) {
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE((0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainedMessage */ .OI)(`Could not assume ${context.roleArn} from ${context.sourceIdentity} (AssumeRole)`, (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err), err, context), { cause: err });
}
async function describeIdentity(sts) {
    try {
        const me = await sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_4__/* .GetCallerIdentityCommand */ .zI({}));
        return me.Arn ?? 'the source credentials';
    }
    catch {
        return 'the source credentials';
    }
}


/***/ }),

/***/ 8363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XS: () => (/* binding */ fromSts),
/* harmony export */   dK: () => (/* binding */ mask),
/* harmony export */   yA: () => (/* binding */ keepFresh)
/* harmony export */ });
/* unused harmony export refreshing */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);


const DEFAULT_REFRESH_MARGIN_MS = 5 * 60 * 1000;
/** Hides every secret of `credentials` in the job's log, wherever it would appear. */
function mask(credentials) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(credentials.accessKeyId);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(credentials.secretAccessKey);
    if (credentials.sessionToken)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(credentials.sessionToken);
    return credentials;
}
/** The session STS answered with for `roleArn`, masked. */
function fromSts(c, roleArn) {
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(`STS returned no credentials for ${roleArn}.`);
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
function keepFresh(deps) {
    const margin = deps.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
    const now = deps.now ?? Date.now;
    return (fetch, onRefresh) => refreshing(fetch, margin, now, onRefresh);
}


/***/ }),

/***/ 4560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1695);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5634);
/* harmony import */ var _common_arn_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(106);
/* harmony import */ var _assume_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(104);
/* harmony import */ var _refresh_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8363);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9683);







/**
 * Resolves the source credentials and the target-account credentials, assuming each role in
 * the chain, and confirms the target account with GetCallerIdentity. The target credentials stay
 * inside the action: they are never exported to the job's environment.
 */
async function resolveCredentials(options, deps) {
    const fresh = (0,_refresh_js__WEBPACK_IMPORTED_MODULE_4__/* .keepFresh */ .yA)(deps);
    const sourceKind = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .chooseSource */ .L)(options, deps.env);
    if (sourceKind === 'oidc-direct' && options.session?.tags.length) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE('role-session-tags need an AssumeRole of role-to-assume, but with no oidc-role-arn and no ' +
            'credentials in the environment, role-to-assume is signed into straight with the GitHub ' +
            "OIDC token (AssumeRoleWithWebIdentity), whose session tags come from the token's claims: " +
            'set oidc-role-arn to a development role, or remove role-session-tags.');
    }
    const source = (0,_source_js__WEBPACK_IMPORTED_MODULE_5__/* .sourceCredentials */ .o)(sourceKind, options, deps, fresh);
    const { roleToAssume } = options;
    const target = roleToAssume && sourceKind !== 'oidc-direct'
        ? (0,_assume_js__WEBPACK_IMPORTED_MODULE_3__/* .assumeTarget */ .kQ)(roleToAssume, source, sourceKind === 'oidc-role', options, deps, fresh)
        : source;
    // Resolved here rather than on the first signed request, so a broken chain fails now, by name.
    await target();
    const { account, arn } = await confirmTarget(target, roleToAssume, deps);
    return { sourceKind, source, target, targetAccountId: account, targetArn: arn };
}
/** Who the target credentials are, checked to be in the account of role-to-assume. */
async function confirmTarget(target, roleToAssume, deps) {
    let identity;
    try {
        identity = await deps.sts(target).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_6__/* .GetCallerIdentityCommand */ .zI({}));
    }
    catch (err) {
        if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE)
            throw err;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(`Could not confirm the target identity (GetCallerIdentity): ${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}.`, { cause: err });
    }
    const account = identity.Account ?? '';
    const arn = identity.Arn ?? '';
    if (roleToAssume && account !== (0,_common_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .accountOf */ .XP)(roleToAssume)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(`The assumed identity ${arn} is in account ${account}, not in account ${(0,_common_arn_js__WEBPACK_IMPORTED_MODULE_2__/* .accountOf */ .XP)(roleToAssume)} of role-to-assume ${roleToAssume}.`);
    }
    return { account, arn };
}


/***/ }),

/***/ 9683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ chooseSource),
/* harmony export */   o: () => (/* binding */ sourceCredentials)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1695);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5634);
/* harmony import */ var _advice_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8638);
/* harmony import */ var _assume_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(104);
/* harmony import */ var _refresh_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8363);






function chooseSource(options, env) {
    if (options.oidcRoleArn)
        return 'oidc-role';
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return 'environment';
    if (options.roleToAssume && env.ACTIONS_ID_TOKEN_REQUEST_URL)
        return 'oidc-direct';
    return 'default-chain';
}
/**
 * The credentials of the workflow's own account. With `oidc-direct` these are already those of
 * role-to-assume, signed into straight with the GitHub OIDC token.
 */
function sourceCredentials(kind, options, deps, keepFresh) {
    switch (kind) {
        case 'oidc-role': {
            const arn = options.oidcRoleArn;
            return keepFresh(() => webIdentity(kind, arn, _assume_js__WEBPACK_IMPORTED_MODULE_3__/* .CHAINED_MAX_DURATION */ .zU, options, deps));
        }
        case 'oidc-direct': {
            const arn = options.roleToAssume;
            return keepFresh(() => webIdentity(kind, arn, options.roleDurationSeconds, options, deps), () => deps.log.info(`Refreshed the credentials of ${arn}.`));
        }
        case 'environment':
            return fromEnvironment(deps.env);
        case 'default-chain':
            return fromDefaultChain(deps);
    }
}
/** Exchanges a fresh GitHub OIDC token for a session of `roleArn`. */
async function webIdentity(kind, roleArn, durationSeconds, options, deps) {
    let token;
    try {
        token = await deps.getIdToken(options.audience);
    }
    catch (err) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(`Could not get the GitHub OIDC token: ${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}. Check that the job has 'permissions: id-token: write'.`, { cause: err });
    }
    try {
        const out = await deps.sts().send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__/* .AssumeRoleWithWebIdentityCommand */ .WH({
            RoleArn: roleArn,
            RoleSessionName: options.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: durationSeconds,
            // Signed straight into role-to-assume, this is its session: it takes the session policies.
            ...(kind === 'oidc-direct' && sessionPolicies(options))
        }));
        return (0,_refresh_js__WEBPACK_IMPORTED_MODULE_4__/* .fromSts */ .XS)(out.Credentials, roleArn);
    }
    catch (err) {
        if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE)
            throw err;
        const subject = (0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenClaims */ .f)(token)?.sub;
        throw webIdentityError({
            step: 'web-identity',
            roleArn,
            audience: options.audience,
            role: kind === 'oidc-role' ? 'oidc-role-arn' : 'role-to-assume',
            subject: typeof subject === 'string' ? subject : undefined
        }, err);
    }
}
function webIdentityError(context, err) {
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE((0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainedMessage */ .OI)(`Could not assume ${context.roleArn} with the GitHub OIDC token (AssumeRoleWithWebIdentity)`, (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err), err, context), { cause: err });
}
/** Keys an earlier step exported (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY). */
function fromEnvironment(env) {
    const fromEnv = (0,_refresh_js__WEBPACK_IMPORTED_MODULE_4__/* .mask */ .dK)({
        accessKeyId: env.AWS_ACCESS_KEY_ID,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
        sessionToken: env.AWS_SESSION_TOKEN || undefined
    });
    return async () => fromEnv;
}
/** The SDK's default chain: shared files, container or instance roles, and so on. */
function fromDefaultChain(deps) {
    const chain = deps.sts().config.credentials;
    let maskedKey;
    return async () => {
        try {
            const credentials = await chain();
            if (credentials.accessKeyId !== maskedKey) {
                (0,_refresh_js__WEBPACK_IMPORTED_MODULE_4__/* .mask */ .dK)(credentials);
                maskedKey = credentials.accessKeyId;
            }
            return credentials;
        }
        catch (err) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(`No AWS credentials found: ${(0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err)}. Set 'oidc-role-arn' (with 'permissions: id-token: write'), or sign in with an earlier step such as aws-actions/configure-aws-credentials.`, { cause: err });
        }
    };
}
function sessionPolicies({ session }) {
    const { Policy, PolicyArns } = (0,_assume_js__WEBPACK_IMPORTED_MODULE_3__/* .sessionParameters */ .hb)(session);
    return { ...(Policy && { Policy }), ...(PolicyArns && { PolicyArns }) };
}


/***/ }),

/***/ 4675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ registerRevision),
/* harmony export */   VR: () => (/* binding */ groupFacts),
/* harmony export */   Yy: () => (/* binding */ createDeployment),
/* harmony export */   bR: () => (/* binding */ s3RevisionLocation),
/* harmony export */   fL: () => (/* binding */ readDeploymentGroup)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7507);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5634);
/* harmony import */ var _advice_explain_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8638);




function s3RevisionLocation(r) {
    return {
        revisionType: 'S3',
        s3Location: {
            bucket: r.bucket,
            key: r.key,
            bundleType: r.bundleType,
            eTag: r.etag || undefined,
            version: r.versionId
        }
    };
}
function deploymentError(action, req, target, err) {
    const message = (0,_advice_explain_js__WEBPACK_IMPORTED_MODULE_2__/* .explainedMessage */ .OI)(`${action} failed`, (0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(err), err, {
        step: 'codedeploy',
        action,
        application: req.application,
        deploymentGroup: req.deploymentGroup,
        deploymentConfig: req.deploymentConfig,
        identity: target.identity,
        accountId: target.accountId,
        region: target.region
    });
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt(message, { cause: err });
}
function groupFacts(info) {
    return {
        computePlatform: info?.computePlatform,
        lastSuccessfulDeploymentId: info?.lastSuccessfulDeployment?.deploymentId
    };
}
/**
 * The deployment group, read before anything is uploaded so a missing group or an EC2 bundle sent
 * to an ECS group fails first. Undefined when the caller may not read the group.
 */
async function readDeploymentGroup(cd, req, target, log) {
    try {
        const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__/* .GetDeploymentGroupCommand */ .WOp({
            applicationName: req.application,
            deploymentGroupName: req.deploymentGroup
        }));
        return groupFacts(out.deploymentGroupInfo);
    }
    catch (err) {
        if ((0,_common_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(err)) {
            log.warning(`Could not read deployment group '${req.deploymentGroup}' (codedeploy:GetDeploymentGroup was denied); its checks are skipped.`);
            return undefined;
        }
        throw deploymentError('codedeploy:GetDeploymentGroup', req, target, err);
    }
}
async function registerRevision(cd, req, revision, target) {
    try {
        await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__/* .RegisterApplicationRevisionCommand */ .Yhn({
            applicationName: req.application,
            description: req.description,
            revision
        }));
    }
    catch (err) {
        throw deploymentError('codedeploy:RegisterApplicationRevision', req, target, err);
    }
}
async function createDeployment(cd, req, revision, target) {
    try {
        const out = await cd.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_3__/* .CreateDeploymentCommand */ .ttP({
            applicationName: req.application,
            deploymentGroupName: req.deploymentGroup,
            deploymentConfigName: req.deploymentConfig,
            description: req.description,
            revision,
            fileExistsBehavior: req.fileExistsBehavior,
            ignoreApplicationStopFailures: req.ignoreApplicationStopFailures
        }));
        if (!out.deploymentId)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt('CreateDeployment returned no deployment ID.');
        return out.deploymentId;
    }
    catch (err) {
        if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DeploymentError */ .gt)
            throw err;
        throw deploymentError('codedeploy:CreateDeployment', req, target, err);
    }
}


/***/ }),

/***/ 5634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
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
 * nothing else carries: which service refused an S3 request, when S3 passes on KMS's refusal
 * under its own AccessDenied. That is read from AWS's authorization message with strict patterns.
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


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ gitHubClient),
/* harmony export */   a: () => (/* binding */ apiBase)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);
/* harmony import */ var _undici_on_demand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9305);


const DEFAULT_API_URL = 'https://api.github.com';
/** `GITHUB_API_URL` of the run without a trailing slash; empty means github.com's. */
function apiBase(apiUrl) {
    return (apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
}
/**
 * A REST client for the run's GitHub. @actions/github reads GITHUB_API_URL once, when it is first
 * imported; the URL of this run is passed explicitly so that GitHub Enterprise Server and test
 * servers are honoured.
 */
async function gitHubClient(token, apiUrl) {
    await (0,_undici_on_demand_js__WEBPACK_IMPORTED_MODULE_1__.loadUndici)();
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: apiBase(apiUrl) });
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ compareCommits)
/* harmony export */ });
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4891);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);


const ORDERS = ['identical', 'ahead', 'behind', 'diverged'];
const DEFAULT_TIMEOUT_MS = 10_000;
/** Asks GitHub how `head` stands to `base`. Throws, saying what GitHub answered, when it cannot say. */
const compareCommits = async (request) => {
    const [owner, repo] = request.repository.split('/');
    const octokit = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubClient */ .X)(request.token, request.apiUrl);
    const { data } = await octokit.rest.repos
        .compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${request.base}...${request.head}`,
        // Only the counts are read: one commit per page keeps the answer small.
        per_page: 1,
        request: { signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS) }
    })
        .catch((err) => {
        throw failure(err, request);
    });
    if (!ORDERS.includes(data.status)) {
        throw new Error(`GitHub's compare API answered an unknown status`);
    }
    return {
        status: data.status,
        aheadBy: Number(data.ahead_by) || 0,
        behindBy: Number(data.behind_by) || 0
    };
};
/** What GitHub answered, in one line, with what to check. */
function failure(err, request) {
    const e = err;
    const message = (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)((e.message ?? String(err)).split('\n')[0]);
    if (e.response === undefined) {
        return new Error(`could not reach the GitHub API at ${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .apiBase */ .a)(request.apiUrl)} (${message})`);
    }
    const said = `GitHub answered ${e.status} (${message})`;
    if (e.status === 404) {
        return new Error(`${said}: a commit is not in ${request.repository}, or github-token cannot read it`);
    }
    if (e.status === 401 || e.status === 403) {
        return new Error(`${said}: github-token needs contents: read on ${request.repository}`);
    }
    return new Error(said);
}


/***/ }),

/***/ 2732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ checkRevisionOrder),
  K: () => (/* binding */ revisionOrder)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/common/run-token.ts
var run_token = __webpack_require__(5680);
;// CONCATENATED MODULE: ./src/codedeploy/deployed-commit.ts


/**
 * Reads which commit a deployment deployed, from the run token this action ends its description
 * with. Throws when the deployment cannot be read.
 */
async function deployedCommit(cd, deploymentId) {
    const out = await cd.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId }));
    const info = out.deploymentInfo;
    const run = (0,run_token/* readRunToken */.tF)(info?.description);
    if (!run) {
        const why = info?.rollbackInfo?.rollbackTriggeringDeploymentId
            ? "it is CodeDeploy's rollback of another deployment"
            : 'its description ends with no run token of this action';
        return { known: false, deploymentId, why };
    }
    if (!run.commit) {
        return { known: false, deploymentId, why: 'its run token records no commit' };
    }
    return { known: true, deploymentId, repository: run.repository, commit: run.commit };
}

// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
// EXTERNAL MODULE: ./src/github/compare.ts
var github_compare = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/guard/older-revision.ts





const UNCHECKED = 'the order of commits is not checked';
/** Throws OlderRevisionError when the run's commit is behind the deployed one and policy is fail. */
async function checkRevisionOrder(cd, check, log, compare = github_compare/* compareCommits */.k) {
    const verdict = await revisionOrder(cd, check, compare);
    if (verdict.order === 'off')
        return;
    if (verdict.order === 'behind' && check.policy === 'fail') {
        throw new errors/* OlderRevisionError */.S$(`${verdict.message} Nothing was uploaded or deployed.`);
    }
    if (verdict.order === 'behind' || verdict.order === 'diverged' || verdict.denied) {
        log.warning(verdict.message);
    }
    else if (verdict.gitHubFailed) {
        log.notice(verdict.message);
    }
    else {
        log.info(verdict.message);
    }
}
/** How this run's commit stands to the one the group runs, read-only (also for the dry run). */
async function revisionOrder(cd, check, compare = github_compare/* compareCommits */.k) {
    if (check.policy === 'allow')
        return { order: 'off', message: 'older-revision is allow' };
    const deployed = await deployedOnGroup(cd, check);
    if (!deployed.known)
        return deployed.verdict;
    if (deployed.commit === check.commit.toLowerCase()) {
        return {
            order: 'same',
            message: `older-revision: ${older_revision_short(check.commit)} is the commit the group's latest successful ` +
                `deployment ${(0,untrusted/* shown */.SP)(deployed.deploymentId)} deployed; a re-run is not older.`
        };
    }
    if (!check.github.token)
        return unknown('github-token is empty');
    try {
        const comparison = await compare({
            ...check.github,
            repository: check.repository,
            base: deployed.commit,
            head: check.commit
        });
        return judge(comparison, check, deployed);
    }
    catch (err) {
        return {
            order: 'unknown',
            gitHubFailed: true,
            message: `older-revision: GitHub could not compare ${older_revision_short(check.commit)} with ` +
                `${older_revision_short(deployed.commit)}, which ${(0,untrusted/* shown */.SP)(deployed.deploymentId)} deployed ` +
                `(${(0,aws_errors/* errorText */.kc)(err)}); ${UNCHECKED}.`
        };
    }
}
function unknown(why, denied = false) {
    return { order: 'unknown', message: `older-revision: ${why}; ${UNCHECKED}.`, denied };
}
/** The commit of the group's latest successful deployment, or the verdict that says why not. */
async function deployedOnGroup(cd, check) {
    const not = (verdict) => ({ known: false, verdict });
    if (!check.commit)
        return not(unknown('this run has no commit (GITHUB_SHA is empty)'));
    if (!check.group) {
        return not(unknown(`deployment group '${check.deploymentGroup}' could not be read`));
    }
    const id = check.group.lastSuccessfulDeploymentId;
    if (!id) {
        return not(unknown(`deployment group '${check.deploymentGroup}' has no successful deployment yet`));
    }
    let deployed;
    try {
        deployed = await deployedCommit(cd, id);
    }
    catch (err) {
        const denied = (0,aws_errors/* isAccessDenied */.w7)(err);
        const why = `could not read deployment ${(0,untrusted/* shown */.SP)(id)} (${(0,aws_errors/* errorText */.kc)(err)})`;
        const verdict = unknown(why, denied);
        if (denied)
            verdict.message += ' Allow codedeploy:GetDeployment on the group.';
        return not(verdict);
    }
    if (!deployed.known) {
        return not(unknown(`the group's latest successful deployment ${(0,untrusted/* shown */.SP)(id)} was not made by this action (${deployed.why})`));
    }
    if (deployed.repository !== check.repository) {
        return not(unknown(`the group's latest successful deployment ${(0,untrusted/* shown */.SP)(id)} came from repository ` +
            `${deployed.repository}, not ${check.repository}`));
    }
    return deployed;
}
function judge(counts, check, deployed) {
    const order = counts.status;
    const [head, base, id] = [
        older_revision_short(check.commit),
        older_revision_short(deployed.commit),
        (0,untrusted/* shown */.SP)(deployed.deploymentId)
    ];
    if (order === 'behind') {
        return {
            order,
            message: `Commit ${head} is ${count(counts.behindBy)} behind ${base}, which deployment ${id} ` +
                `deployed to '${check.deploymentGroup}': deploying it would roll the group back to older ` +
                `code. To roll back on purpose, set older-revision: allow (or warn, to deploy with a warning).`
        };
    }
    if (order === 'diverged') {
        return {
            order,
            message: `older-revision: ${head} has diverged from ${base}, which deployment ${id} deployed: ` +
                `${count(counts.behindBy)} of it ${counts.behindBy === 1 ? 'is' : 'are'} not in ` +
                `${head}, and deploying removes them from '${check.deploymentGroup}'.`
        };
    }
    return {
        order: 'ahead',
        message: `older-revision: ${head} is ${count(counts.aheadBy)} ahead of ${base}, which ` +
            `deployment ${id} deployed.`
    };
}
function older_revision_short(commit) {
    return commit.slice(0, 12);
}
function count(n) {
    return `${n} commit${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ checkPlatformMatches)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);

// Apart from the AppSpec parser, so checking a deployment group's platform does not load it.
const PLATFORM_LABELS = {
    Server: 'EC2/On-Premises',
    ECS: 'Amazon ECS',
    Lambda: 'AWS Lambda'
};
const REVISION_KINDS = {
    Server: 'an EC2/On-Premises bundle (its AppSpec has os, files and hooks scripts)',
    ECS: 'an Amazon ECS AppSpec (a resource of Type AWS::ECS::Service)',
    Lambda: 'an AWS Lambda AppSpec (a resource of Type AWS::Lambda::Function)'
};
/**
 * Names both sides of a mix-up (say, an EC2 bundle sent to an ECS application) before anything
 * is uploaded or registered. `groupPlatform` undefined (not known) passes.
 */
function checkPlatformMatches(revisionPlatform, groupPlatform, application, deploymentGroup) {
    if (groupPlatform === undefined || groupPlatform === revisionPlatform)
        return;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Deployment group '${deploymentGroup}' of application '${application}' deploys to ` +
        `${PLATFORM_LABELS[groupPlatform]}, but the revision is ${REVISION_KINDS[revisionPlatform]}: ` +
        `check the application and deployment-group inputs, or point revision-path (or appspec-file) ` +
        `at an AppSpec for ${PLATFORM_LABELS[groupPlatform]}.`);
}


/***/ }),

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ bundleKey),
/* harmony export */   Cm: () => (/* binding */ revisionKeys)
/* harmony export */ });
/* unused harmony export safeApplicationName */
/** The application name as it appears in S3 keys: anything but letters, digits, _ . - is a -. */
function safeApplicationName(application) {
    return application.replace(/[^\w.-]/g, '-');
}
/** The keys this action uploads bundles to, as a resource pattern. */
function revisionKeys(keyPrefix, application) {
    return `${keyPrefix}${safeApplicationName(application)}/*`;
}
/** Content-addressed: the same bundle always lands at the same key, so re-runs upload nothing. */
function bundleKey(prefix, application, sha256, ext) {
    return `${prefix}${safeApplicationName(application)}/${sha256}.${ext}`;
}


/***/ }),

/***/ 1623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rR: () => (/* binding */ existingRevision),
  bI: () => (/* binding */ revisionLocation),
  FM: () => (/* binding */ uploadRevision)
});

// UNUSED EXPORTS: describeObject, findBundle, putBundle, s3Error

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/aws-errors.ts
var aws_errors = __webpack_require__(5634);
// EXTERNAL MODULE: ./src/advice/explain.ts + 4 modules
var explain = __webpack_require__(8638);
// EXTERNAL MODULE: ./src/s3/keys.ts
var keys = __webpack_require__(1292);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/s3/upload.ts



/**
 * Uploads a file in parts read straight from the file into a few buffers, each reused for part
 * after part, so memory is `queueSize × partSize` whatever the file's size.
 *
 * @aws-sdk/lib-storage reads a stream into a new buffer per part and leaves the collector to free
 * them: more memory, and copies this code does not make (measured in docs/performance.md).
 */
/**
 * 8 MiB parts, as fast as larger ones to S3; 2 in flight, whose buffers are all the memory an
 * upload adds (the trade-off is measured in docs/performance.md).
 */
const PART_SIZE = 8 * 1024 * 1024;
const QUEUE_SIZE = 2;
/** S3's limit on the number of parts of one upload. */
const MAX_PARTS = 10_000;
const MIB = 1024 * 1024;
/** The part size for a file: PART_SIZE, or whole MiB large enough to stay within MAX_PARTS. */
function partSizeFor(size, partSize = PART_SIZE) {
    const needed = Math.ceil(size / MAX_PARTS);
    return needed <= partSize ? partSize : Math.ceil(needed / MIB) * MIB;
}
/**
 * PutObject for a file of at most one part, a multipart upload otherwise. Every request asks the
 * SDK for a SHA-256 checksum, which S3 verifies. A failed multipart upload is aborted, so no
 * stored parts are left behind to be billed.
 */
async function uploadFile(s3, upload, options = {}) {
    const partSize = partSizeFor(upload.size, options.partSize);
    const file = await (0,promises_.open)(upload.filePath, 'r');
    try {
        if (upload.size <= partSize)
            return await putWhole(s3, upload, file);
        return await putInParts(s3, upload, file, partSize, options.queueSize ?? QUEUE_SIZE);
    }
    finally {
        await file.close();
    }
}
async function putWhole(s3, upload, file) {
    const body = await readRange(file, upload, Buffer.allocUnsafe(upload.size), 0);
    const out = await s3.send(new dist_cjs/* PutObjectCommand */.wKZ({
        ...objectParams(upload),
        Body: body,
        ContentLength: upload.size,
        ContentType: upload.contentType,
        Metadata: upload.metadata,
        ChecksumAlgorithm: 'SHA256'
    }));
    return { etag: out.ETag, versionId: out.VersionId };
}
async function putInParts(s3, upload, file, partSize, queueSize) {
    const { UploadId } = await s3.send(new dist_cjs/* CreateMultipartUploadCommand */.nG4({
        ...objectParams(upload),
        ContentType: upload.contentType,
        Metadata: upload.metadata,
        ChecksumAlgorithm: 'SHA256'
    }));
    if (!UploadId)
        throw new Error('CreateMultipartUpload returned no upload ID');
    const count = Math.ceil(upload.size / partSize);
    const parts = new Array(count);
    const stop = new AbortController();
    let next = 0;
    // Each sender owns one buffer; a part is read into it only after the previous part's request
    // has finished, retries included, so no request ever sees its bytes change.
    const sender = async () => {
        const buffer = Buffer.allocUnsafeSlow(partSize);
        while (next < count && !stop.signal.aborted) {
            const index = next++;
            const start = index * partSize;
            const length = Math.min(partSize, upload.size - start);
            const body = await readRange(file, upload, buffer.subarray(0, length), start);
            const out = await s3.send(new dist_cjs/* UploadPartCommand */.iVK({
                ...objectParams(upload),
                UploadId,
                PartNumber: index + 1,
                Body: body,
                ChecksumAlgorithm: 'SHA256'
            }), { abortSignal: stop.signal });
            parts[index] = {
                PartNumber: index + 1,
                ETag: out.ETag,
                ...(out.ChecksumSHA256 && { ChecksumSHA256: out.ChecksumSHA256 })
            };
        }
    };
    try {
        // In the order they happened: the first is the cause, the others mostly the abort it set off.
        const failures = [];
        const senders = Array.from({ length: Math.min(queueSize, count) }, () => sender().catch(error => {
            failures.push(error);
            stop.abort();
        }));
        await Promise.all(senders);
        if (failures.length)
            throw failures[0];
        const out = await s3.send(new dist_cjs/* CompleteMultipartUploadCommand */.Gym({
            ...objectParams(upload),
            UploadId,
            MultipartUpload: { Parts: parts }
        }));
        return { etag: out.ETag, versionId: out.VersionId };
    }
    catch (error) {
        throw await abort(s3, upload, UploadId, error);
    }
}
/**
 * The upload failed, and so did aborting it: its parts stay stored (and billed) until a bucket
 * lifecycle rule with AbortIncompleteMultipartUpload removes them. `cause` is the first failure.
 */
class IncompleteUploadError extends Error {
    uploadId;
    constructor(uploadId, abortError, cause) {
        super(`aborting multipart upload ${uploadId} failed: ${(0,aws_errors/* errorText */.kc)(abortError)}`, { cause });
        this.uploadId = uploadId;
        this.name = 'IncompleteUploadError';
    }
}
async function abort(s3, upload, uploadId, error) {
    try {
        await s3.send(new dist_cjs/* AbortMultipartUploadCommand */.tfP({ ...objectParams(upload), UploadId: uploadId }));
        return error;
    }
    catch (abortError) {
        return new IncompleteUploadError(uploadId, abortError, error);
    }
}
function objectParams(upload) {
    return {
        Bucket: upload.bucket,
        Key: upload.key,
        ExpectedBucketOwner: upload.expectedBucketOwner
    };
}
/** Fills `into` from `start`; a file shorter than expected changed after it was bundled. */
async function readRange(file, upload, into, start) {
    let got = 0;
    while (got < into.length) {
        const { bytesRead } = await file.read(into, got, into.length - got, start + got);
        if (bytesRead === 0) {
            throw new Error(`${upload.filePath} is shorter than the ${upload.size} bytes it had when it was bundled`);
        }
        got += bytesRead;
    }
    return into;
}

;// CONCATENATED MODULE: ./src/s3/objects.ts






const SHA256_METADATA = 'sha256';
/** What would end the key early (? #), read as an escape (%), or break or hide part of a line. */
const KEY_ESCAPES = /[%?#\s\p{Cc}\p{Cf}\p{Z}]/gu;
/** s3://bucket/key[?versionId=...], as parseRevisionLocation (inputs/aws-names.ts) reads it back. */
function revisionLocation(bucket, key, versionId) {
    const base = `s3://${bucket}/${key.replace(KEY_ESCAPES, c => encodeURIComponent(c))}`;
    return versionId ? `${base}?versionId=${encodeURIComponent(versionId)}` : base;
}
function unquote(etag) {
    return (etag ?? '').replace(/^"|"$/g, '');
}
function s3Error(action, target, uploader, err) {
    const message = (0,explain/* explainedMessage */.OI)(`${action} on s3://${target.bucket}/${target.key} failed`, (0,aws_errors/* errorText */.kc)(err), err, {
        step: 's3',
        action,
        bucket: target.bucket,
        key: target.key,
        identity: uploader.identity,
        upload: uploader.account ? 'target' : 'source',
        expectedBucketOwner: target.expectedBucketOwner
    });
    return new errors/* UploadError */.oW(message, { cause: err });
}
/**
 * Looks for a bundle already at its content-addressed key. A 403 is not fatal: without
 * s3:ListBucket, S3 answers 403 for a missing object, and the upload may still be allowed.
 */
async function findBundle(s3, target, sha256, uploader, log) {
    try {
        const head = await s3.send(new dist_cjs/* HeadObjectCommand */.l81({
            Bucket: target.bucket,
            Key: target.key,
            ExpectedBucketOwner: target.expectedBucketOwner
        }));
        if (head.Metadata?.[SHA256_METADATA] !== sha256)
            return undefined;
        return { etag: unquote(head.ETag), versionId: head.VersionId };
    }
    catch (err) {
        if ((0,aws_errors/* isNotFound */.c4)(err))
            return undefined;
        if ((0,aws_errors/* isAccessDenied */.w7)(err)) {
            log.info(`HeadObject on s3://${target.bucket}/${target.key} was denied: ${(0,aws_errors/* errorText */.kc)(err)}`);
            return undefined;
        }
        throw s3Error('s3:GetObject', target, uploader, err);
    }
}
/**
 * Looks up an object to deploy as it is, pinning its ETag and version so CodeDeploy deploys
 * exactly these bytes even if the key is overwritten later.
 */
async function describeObject(s3, target, uploader) {
    try {
        const head = await s3.send(new dist_cjs/* HeadObjectCommand */.l81({
            Bucket: target.bucket,
            Key: target.key,
            VersionId: target.versionId,
            ExpectedBucketOwner: target.expectedBucketOwner
        }));
        return {
            etag: unquote(head.ETag),
            versionId: head.VersionId ?? target.versionId,
            size: head.ContentLength ?? 0,
            sha256: head.Metadata?.[SHA256_METADATA]
        };
    }
    catch (err) {
        if ((0,aws_errors/* isNotFound */.c4)(err)) {
            const version = target.versionId ? ` version ${target.versionId} of` : '';
            throw new errors/* UploadError */.oW(`revision-location:${version} s3://${target.bucket}/${target.key} does not exist. Check the bucket, the key and the version, and that the object was uploaded by an earlier job.`, { cause: err });
        }
        // HeadObject on a given version needs s3:GetObjectVersion, not s3:GetObject.
        const action = target.versionId ? 's3:GetObjectVersion' : 's3:GetObject';
        throw s3Error(action, target, uploader, err);
    }
}
/** Uploads the bundle with its SHA-256 in the metadata, so a re-run can find it and skip. */
async function putBundle(s3, params, uploader) {
    try {
        const out = await uploadFile(s3, {
            bucket: params.bucket,
            key: params.key,
            filePath: params.filePath,
            size: params.size,
            contentType: 'application/octet-stream',
            metadata: { [SHA256_METADATA]: params.sha256 },
            expectedBucketOwner: params.expectedBucketOwner
        });
        return { etag: unquote(out.etag), versionId: out.versionId };
    }
    catch (err) {
        if (!(err instanceof IncompleteUploadError))
            throw s3Error('s3:PutObject', params, uploader, err);
        const error = s3Error('s3:PutObject', params, uploader, err.cause);
        throw new errors/* UploadError */.oW(`${error.message} Its parts could not be removed (${err.message}); a lifecycle rule with AbortIncompleteMultipartUpload on the bucket cleans them up.`, { cause: err });
    }
}
/** Uploads the bundle to its content-addressed key, unless the same bytes are already there. */
async function uploadRevision(s3, bucket, inputs, bundle, uploader, log) {
    const target = {
        bucket,
        key: (0,keys/* bundleKey */.CK)(inputs.s3KeyPrefix, inputs.application, bundle.sha256, bundle.bundleType),
        expectedBucketOwner: inputs.s3BucketOwner
    };
    const base = {
        ...target,
        bundleType: bundle.bundleType,
        sha256: bundle.sha256,
        size: bundle.size
    };
    const existing = await findBundle(s3, target, bundle.sha256, uploader, log);
    if (existing) {
        log.info(`s3://${target.bucket}/${target.key} already holds this bundle (same SHA-256): upload skipped.`);
        return { ...base, ...existing, uploaded: false };
    }
    const started = Date.now();
    const stored = await putBundle(s3, { ...target, filePath: bundle.path, size: bundle.size, sha256: bundle.sha256 }, uploader);
    const seconds = (Date.now() - started) / 1000;
    log.info(`Uploaded s3://${target.bucket}/${target.key} (${bundle.size} bytes in ${seconds.toFixed(1)} s).`);
    return { ...base, ...stored, uploaded: true };
}
/** The revision-location object, looked up (not downloaded) to pin its ETag and version. */
async function existingRevision(s3, location, expectedBucketOwner, uploader) {
    const object = await describeObject(s3, { ...location, expectedBucketOwner }, uploader);
    return {
        bucket: location.bucket,
        key: location.key,
        bundleType: location.bundleType,
        etag: object.etag,
        versionId: object.versionId,
        sha256: object.sha256 ?? '',
        size: object.size,
        uploaded: false
    };
}


/***/ })

};
