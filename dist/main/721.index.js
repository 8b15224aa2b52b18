export const id = 721;
export const ids = [721];
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
    if ((0,aws_errors/* isAccessDenied */.w7)(err)) {
        // CreateDeployment with an alarm override is refused for codedeploy:UpdateDeploymentGroup.
        const named = (0,aws_errors/* deniedAction */.Ub)(err);
        const action = named?.startsWith('codedeploy:') ? named : ctx.action;
        return accessDenied({ ...ctx, action }, identity, application);
    }
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
  br: () => (/* binding */ ecsClient),
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
 * An ECS client, for task-definition only: the SDK's ECS client is loaded on demand, so that no
 * other run pays for loading it.
 */
async function ecsClient(region, credentials, maxAttempts = DEFAULT_MAX_ATTEMPTS) {
    const { ECSClient } = await __webpack_require__.e(/* import() */ 212).then(__webpack_require__.t.bind(__webpack_require__, 212, 19));
    return counted(new ECSClient({
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


/***/ })

};
