export const id = 411;
export const ids = [411];
export const modules = {

/***/ 6792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  stopLeftover: () => (/* binding */ stopLeftover)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(7515);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/common/call-stats.ts
/**
 * Counts of every AWS call the action made, reported at the end of the run. Kept apart from the
 * clients so that reading them does not load the AWS SDK.
 */
const callStats = { calls: 0, retries: 0 };

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
function proxy_proxyRequestHandler(env) {
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
    const requestHandler = proxy_proxyRequestHandler(process.env);
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
        callStats.calls++;
        try {
            const result = await next(args);
            callStats.retries += Math.max(0, (result.output.$metadata?.attempts ?? 1) - 1);
            return result;
        }
        catch (err) {
            callStats.retries += Math.max(0, (err.$metadata?.attempts ?? 1) - 1);
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
    return counted(new S3Client({
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
    const retryStrategy = throttlingOnly(new AdaptiveRetryStrategy(() => Promise.resolve(maxAttempts)));
    const requestHandler = proxyRequestHandler(process.env);
    return counted(new CodeDeployClient({
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

;// CONCATENATED MODULE: ./src/common/errors.ts
/**
 * One error type per kind of failure. Every message is written for the person reading the
 * workflow log: what failed, which resource, and what to check.
 */
class ActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** An input is missing, malformed or out of range. Raised before any AWS call. */
class InputError extends ActionError {
}
/** Source credentials could not be found, or a role in the chain could not be assumed. */
class CredentialsError extends ActionError {
}
/** The credentials lead to an account, or name a bucket owner, that allowed-account-ids leaves out. */
class AccountNotAllowedError extends ActionError {
}
/** The revision directory could not be bundled (unsafe symlink, unreadable file, ...). */
class BundleError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** The AppSpec file is missing or invalid. */
class AppSpecError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** The bundle could not be looked up in or uploaded to S3. */
class UploadError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** CodeDeploy refused to register the revision or to create the deployment. */
class DeploymentError extends ActionError {
}
/** The deployment ended in a state other than Succeeded. */
class DeploymentFailedError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** The deployment was still running when the wait timed out. */
class WaitTimeoutError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** A dry run found a check that failed. */
class PreflightError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** The job was cancelled while the deployment was in progress. */
class CancelledError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** The commit being deployed is behind the one the group runs, and older-revision is fail. */
class OlderRevisionError extends (/* unused pure expression or super */ null && (ActionError)) {
}
/** stop-deployment stopped a deployment waiting at Ready: the release did not pass its gate. */
class StoppedAtGateError extends (/* unused pure expression or super */ null && (ActionError)) {
}

// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __webpack_require__(4891);
;// CONCATENATED MODULE: ./src/common/aws-errors.ts
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
    const name = (0,untrusted/* oneLine */.TN)(errorName(err));
    const raw = err instanceof Error ? err.message : String(err);
    const message = (0,untrusted/* oneLine */.TN)(raw.replace(/\s+/g, ' ').trim().replace(/\.+$/, ''));
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

;// CONCATENATED MODULE: ./src/common/arn.ts
/** A 12-digit AWS account ID. */
function isAccountId(text) {
    return /^\d{12}$/.test(text);
}
/** "arn:aws:iam::123456789012:role/x" → "123456789012"; undefined for anything else. */
function accountOf(arn) {
    const account = arn?.split(':')[4];
    return account && isAccountId(account) ? account : undefined;
}
/**
 * Each partition other than aws, and how the names of its regions begin (the regionRegex of the
 * AWS SDK's partitions.json); every other region is in aws.
 */
const PARTITION_REGIONS = [
    ['aws-cn', 'cn-'],
    ['aws-us-gov', 'us-gov-'],
    ['aws-iso', 'us-iso-'],
    ['aws-iso-b', 'us-isob-'],
    ['aws-iso-e', 'eu-isoe-'],
    ['aws-iso-f', 'us-isof-'],
    ['aws-eusc', 'eusc-']
];
const PARTITIONS = ['aws', ...PARTITION_REGIONS.map(([p]) => p)];
function isPartition(name) {
    return PARTITIONS.includes(name);
}
/** "cn-north-1" → "aws-cn". */
function regionPartition(region) {
    return PARTITION_REGIONS.find(([, prefix]) => region.startsWith(prefix))?.[0] ?? 'aws';
}
function partitionOf(arn) {
    const partition = arn?.split(':')[1];
    return partition && isPartition(partition) ? partition : 'aws';
}

;// CONCATENATED MODULE: ./src/advice/permissions/catalogue.ts
const POLICIES = {
    'source-trust': { title: 'trust policy of the development role (oidc-role-arn)' },
    'source-permissions': {
        title: 'permissions policy of the development role (the source credentials)'
    },
    'target-trust': { title: 'trust policy of the production cross-account role (role-to-assume)' },
    'target-permissions': {
        title: 'permissions policy of the production cross-account role (role-to-assume)'
    },
    'bucket-policy': { title: 'bucket policy of the revision bucket' },
    'instance-profile': {
        title: 'permissions policy of the instance profile role of the production instances'
    },
    'kms-key-policy': { title: 'key policy of the KMS key that encrypts the bucket' }
};
const APPLICATION = 'arn:{partition}:codedeploy:{region}:{targetAccount}:application:{application}';
const GROUP = 'arn:{partition}:codedeploy:{region}:{targetAccount}:deploymentgroup:{application}/{deploymentGroup}';
const CONFIGS = 'arn:{partition}:codedeploy:{region}:{targetAccount}:deploymentconfig:*';
/**
 * For actions that take no resource-level permissions (AWS's Service Authorization Reference lists
 * no resource type for them), such as codedeploy:StopDeployment: IAM matches them only against
 * "*", so a statement naming a deployment group would never allow them.
 */
const NO_RESOURCE_LEVEL = '*';
const BUCKET = 'arn:{partition}:s3:::{bucket}';
const OBJECTS = 'arn:{partition}:s3:::{bucket}/{revisionKeys}';
const GITHUB_OIDC = 'token.actions.githubusercontent.com';
const always = () => true;
const usesS3 = (s) => s.revision !== 'appspec-content' && s.revision !== 'github';
const deploys = (s) => !s.uploadOnly;
const uploadsAs = (who) => (s) => usesS3(s) && s.upload === who;
/** The bucket is in another account than the identity that uploads to it (or reads it). */
const uploaderOutsideBucketAccount = (s) => usesS3(s) && s.crossAccount && s.upload !== s.bucketAccount;
const chained = (s) => s.crossAccount && s.source !== 'oidc-direct';
const catalogue_REQUIREMENTS = [
    gitHubOidcTrust('GitHubOidc', 'source-trust', 'sourceAccount', s => s.source === 'oidc-role', 'lets the workflow exchange its GitHub OIDC token for the development role'),
    gitHubOidcTrust('GitHubOidcDirect', 'target-trust', 'targetAccount', s => s.source === 'oidc-direct', 'lets the workflow exchange its GitHub OIDC token for role-to-assume directly, with no development role'),
    {
        sid: 'AssumeProductionRole',
        policy: 'source-permissions',
        actions: ['sts:AssumeRole'],
        resources: ['{targetRoleArn}'],
        level: 'required',
        applies: chained,
        why: 'lets the development role assume the production cross-account role'
    },
    {
        sid: 'TagProductionSession',
        policy: 'source-permissions',
        actions: ['sts:TagSession'],
        resources: ['{targetRoleArn}'],
        level: 'recommended',
        applies: s => chained(s) && s.sessionTags,
        why: 'needed when the source session carries transitive session tags, which AssumeRole passes on'
    },
    {
        sid: 'TrustDevelopmentRole',
        policy: 'target-trust',
        actions: ['sts:AssumeRole'],
        resources: [],
        principal: { AWS: '{sourceRoleArn}' },
        condition: v => v.externalId ? { StringEquals: { 'sts:ExternalId': v.externalId } } : undefined,
        level: 'required',
        applies: chained,
        why: 'lets the development role assume the production role (with the external ID, when one is set)'
    },
    {
        sid: 'TrustTaggedSessions',
        policy: 'target-trust',
        actions: ['sts:TagSession'],
        resources: [],
        principal: { AWS: '{sourceRoleArn}' },
        level: 'recommended',
        applies: s => chained(s) && s.sessionTags,
        why: 'needed when the source session carries transitive session tags'
    },
    {
        sid: 'RegisterRevision',
        policy: 'target-permissions',
        actions: ['codedeploy:RegisterApplicationRevision', 'codedeploy:GetApplicationRevision'],
        resources: [APPLICATION],
        level: 'required',
        applies: always,
        why: 'registers the uploaded bundle as a revision of the application'
    },
    {
        sid: 'CreateDeployment',
        policy: 'target-permissions',
        actions: ['codedeploy:CreateDeployment', 'codedeploy:GetDeployment'],
        resources: [GROUP],
        level: 'required',
        applies: deploys,
        why: 'creates the deployment and follows it (the wait, deployments already in progress, older-revision and the post step read it)'
    },
    {
        sid: 'OverrideAlarms',
        policy: 'target-permissions',
        actions: ['codedeploy:UpdateDeploymentGroup'],
        resources: [GROUP],
        level: 'required',
        applies: s => deploys(s) && s.ignoreAlarms === true,
        why: 'CodeDeploy asks for it when CreateDeployment overrides the alarm configuration (ignore-alarms)'
    },
    {
        sid: 'ReadDeploymentConfig',
        policy: 'target-permissions',
        actions: ['codedeploy:GetDeploymentConfig'],
        resources: [CONFIGS],
        level: 'required',
        applies: deploys,
        why: "CreateDeployment reads the deployment configuration with the caller's permissions"
    },
    {
        sid: 'ExplainFailures',
        policy: 'target-permissions',
        actions: ['codedeploy:ListDeploymentTargets', 'codedeploy:BatchGetDeploymentTargets'],
        resources: [NO_RESOURCE_LEVEL],
        level: 'recommended',
        applies: s => deploys(s) && s.wait,
        why: 'when a deployment fails, lists the failed instances with their lifecycle event and log tail'
    },
    {
        sid: 'FindDeploymentsInProgress',
        policy: 'target-permissions',
        actions: ['codedeploy:ListDeployments'],
        resources: [GROUP],
        level: 'recommended',
        applies: deploys,
        why: 'finds deployments already in progress, so on-active-deployment can wait for or stop them'
    },
    {
        sid: 'StopDeployment',
        policy: 'target-permissions',
        actions: ['codedeploy:StopDeployment'],
        resources: [NO_RESOURCE_LEVEL],
        level: 'recommended',
        applies: s => deploys(s) && s.stop,
        why: 'stops the deployment on cancel (stop-on-cancel), on timeout (stop-on-timeout), when on-active-deployment is stop, or at a test gate (stop-deployment)'
    },
    {
        sid: 'RegisterTaskDefinition',
        policy: 'target-permissions',
        actions: ['ecs:RegisterTaskDefinition'],
        resources: [NO_RESOURCE_LEVEL],
        level: 'required',
        applies: s => s.taskDefinition === true,
        why: 'task-definition registers the task definition before the ECS deployment'
    },
    {
        sid: 'PassTaskRoles',
        policy: 'target-permissions',
        actions: ['iam:PassRole'],
        resources: ['{taskRoleArn}', '{executionRoleArn}'],
        condition: () => ({ StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } }),
        level: 'required',
        applies: s => s.taskDefinition === true,
        why: 'registering a task definition passes its task role and execution role to ECS (leave out a role the file does not name)'
    },
    {
        sid: 'ContinueDeployment',
        policy: 'target-permissions',
        actions: ['codedeploy:ContinueDeployment'],
        resources: [NO_RESOURCE_LEVEL],
        level: 'required',
        applies: s => s.gates === true,
        why: 'continue-deployment reroutes traffic to the replacement of a blue/green deployment waiting at Ready (wait-until: ready)'
    },
    {
        sid: 'CheckDeploymentGroup',
        policy: 'target-permissions',
        actions: ['codedeploy:GetDeploymentGroup'],
        resources: [GROUP],
        level: 'recommended',
        applies: always,
        why: 'checks that the group exists and takes this kind of revision before anything is uploaded, and finds its latest successful deployment for older-revision'
    },
    {
        sid: 'DryRunApplication',
        policy: 'target-permissions',
        actions: ['codedeploy:GetApplication'],
        resources: [APPLICATION],
        level: 'dry-run',
        applies: always,
        why: 'lets dry-run confirm that the application exists and report its compute platform'
    },
    ...uploadStatements('target-permissions', 'target'),
    ...uploadStatements('source-permissions', 'source'),
    ...simulationStatements('target-permissions', '{targetRoleArn}', always, s => !s.crossAccount),
    ...simulationStatements('source-permissions', '{sourceRoleArn}', chained, chained),
    {
        sid: 'InstancesReadRevisions',
        policy: 'instance-profile',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [OBJECTS],
        level: 'required',
        applies: usesS3,
        why: 'the CodeDeploy agent on each instance downloads the revision with the instance profile'
    },
    {
        sid: 'InstancesDecryptRevisions',
        policy: 'instance-profile',
        actions: ['kms:Decrypt'],
        resources: ['{kmsKeyArn}'],
        level: 'required',
        applies: s => usesS3(s) && s.kms,
        why: "the agent decrypts the revision with the bucket's KMS key"
    },
    {
        sid: 'ProductionInstancesRead',
        policy: 'bucket-policy',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [OBJECTS],
        principal: { AWS: '{instanceRoleArn}' },
        level: 'required',
        applies: s => usesS3(s) && s.crossAccount && s.bucketAccount === 'source',
        why: 'a bucket in the development account must let the production instance profile read the revisions'
    },
    {
        sid: 'CrossAccountUpload',
        policy: 'bucket-policy',
        actions: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'],
        resources: [OBJECTS],
        principal: { AWS: '{uploaderRoleArn}' },
        level: 'required',
        applies: uploaderOutsideBucketAccount,
        why: 'a bucket in another account than the uploading role must let that role write the bundle'
    },
    {
        sid: 'CrossAccountList',
        policy: 'bucket-policy',
        actions: ['s3:ListBucket'],
        resources: [BUCKET],
        principal: { AWS: '{uploaderRoleArn}' },
        level: 'recommended',
        applies: uploaderOutsideBucketAccount,
        why: 'lets the uploading role tell a missing bundle (404) from a denied one (403)'
    },
    {
        sid: 'UploaderUsesKey',
        policy: 'kms-key-policy',
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        principal: { AWS: '{uploaderRoleArn}' },
        level: 'required',
        applies: s => uploaderOutsideBucketAccount(s) && s.revision === 'bundle' && s.kms,
        why: "a key in another account than the uploading role must let that role use it (in the key's own account, its IAM policy is enough)"
    },
    {
        sid: 'InstancesUseKey',
        policy: 'kms-key-policy',
        actions: ['kms:Decrypt'],
        resources: ['*'],
        principal: { AWS: '{instanceRoleArn}' },
        level: 'required',
        applies: s => usesS3(s) && s.crossAccount && s.bucketAccount === 'source' && s.kms,
        why: 'a key in the development account must let the production instances decrypt the revision'
    }
];
/** The trust statement that lets GitHub's OIDC tokens for this repository assume a role. */
function gitHubOidcTrust(sid, policy, account, applies, why) {
    return {
        sid,
        policy,
        actions: ['sts:AssumeRoleWithWebIdentity'],
        resources: [],
        principal: {
            Federated: `arn:{partition}:iam::{${account}}:oidc-provider/${GITHUB_OIDC}`
        },
        condition: v => ({
            StringEquals: { [`${GITHUB_OIDC}:aud`]: v.audience ?? 'sts.amazonaws.com' },
            StringLike: { [`${GITHUB_OIDC}:sub`]: v.subject ?? '{subject}' }
        }),
        level: 'required',
        applies,
        why
    };
}
/** A source the inputs do not name (keys in the environment, the SDK's chain) may be a role session. */
const unnamedSource = (s) => s.source === 'environment' || s.source === 'default-chain';
/**
 * What lets dry-run ask AWS's policy simulator about every action of the run, as the identity
 * itself. GetRole is needed only for a role session no input names: the session's ARN drops the
 * role's path, which the simulator needs.
 */
function simulationStatements(policy, role, applies, unnamed) {
    return [
        {
            sid: 'DryRunSimulate',
            policy,
            actions: ['iam:SimulatePrincipalPolicy'],
            resources: [role],
            level: 'dry-run',
            applies,
            why: "lets dry-run ask AWS's policy simulator whether this role may take each action of the run on its exact resources; without it dry-run probes with read calls only"
        },
        {
            sid: 'DryRunFindRole',
            policy,
            actions: ['iam:GetRole'],
            resources: [role],
            level: 'dry-run',
            applies: s => applies(s) && unnamed(s) && unnamedSource(s),
            why: "lets dry-run find the role's full ARN (with its path) when the source credentials are a role session that no input names"
        }
    ];
}
function uploadStatements(policy, who) {
    const role = who === 'target' ? 'production' : 'development';
    const applies = uploadsAs(who);
    return [
        {
            sid: 'UploadRevision',
            policy,
            actions: ['s3:PutObject', 's3:GetObject', 's3:AbortMultipartUpload'],
            resources: [OBJECTS],
            level: 'required',
            applies: s => applies(s) && s.revision === 'bundle',
            why: `the ${role} role uploads the bundle (GetObject finds an identical bundle already there; AbortMultipartUpload cleans up a failed upload)`
        },
        {
            sid: 'ReadExistingRevision',
            policy,
            actions: ['s3:GetObject', 's3:GetObjectVersion'],
            resources: [OBJECTS],
            level: 'required',
            applies: s => applies(s) && s.revision === 'existing',
            why: `the ${role} role looks up the revision-location object (its ETag and version); a versionId needs s3:GetObjectVersion`
        },
        {
            sid: 'ListRevisionBucket',
            policy,
            actions: ['s3:ListBucket'],
            resources: [BUCKET],
            level: 'recommended',
            applies,
            why: 'without it S3 answers 403 instead of 404 for an object that is not there, and dry-run cannot reach the bucket (HeadBucket)'
        },
        {
            sid: 'DryRunBucket',
            policy,
            actions: ['s3:GetBucketVersioning', 's3:GetEncryptionConfiguration'],
            resources: [BUCKET],
            level: 'dry-run',
            applies,
            why: "lets dry-run report the bucket's versioning and encryption"
        },
        {
            sid: 'DryRunBucketPolicy',
            policy,
            actions: ['s3:GetBucketPolicy'],
            resources: [BUCKET],
            level: 'dry-run',
            // Only a bucket in the development account has a policy the production side depends on.
            applies: s => applies(s) && s.bucketAccount === 'source',
            why: "lets dry-run check that the bucket's policy lets the production instances (and the policy simulation) read the revision"
        },
        {
            sid: 'UploadWithKey',
            policy,
            actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
            resources: ['{kmsKeyArn}'],
            level: 'required',
            applies: s => applies(s) && s.revision === 'bundle' && s.kms,
            why: `S3 encrypts the bundle with the bucket's KMS key as the ${role} role (kms:GenerateDataKey), and decrypts that key for each part of a bundle large enough to go up in parts (kms:Decrypt)`
        }
    ];
}

;// CONCATENATED MODULE: ./src/advice/permissions.ts
/**
 * Every IAM permission the action needs, in one place: the dry run reports against it, error
 * messages quote its statements, and the setup guide's policies are generated from it
 * (scripts/docs.mjs). The catalogue itself is in permissions/catalogue.ts; this module looks it
 * up and renders it. Neither uses a package at run time, so the docs script can transpile and
 * load them without a build.
 */


function requirementsFor(setup, levels = LEVELS) {
    return REQUIREMENTS.filter(r => levels.includes(r.level) && r.applies(setup));
}
const LEVELS = (/* unused pure expression or super */ null && (['required', 'recommended', 'dry-run']));
/** Every action any statement names. */
function allActions() {
    return [...new Set(REQUIREMENTS.flatMap(r => r.actions))].sort();
}
/**
 * The statement that grants `action` in `policy`. A bucket policy grants s3:GetObject both to
 * the instances and to the uploader: `sid` tells them apart.
 */
function requirementFor(action, policy, sid) {
    const candidates = catalogue_REQUIREMENTS.filter(r => r.policy === policy && r.actions.includes(action));
    return candidates.find(r => sid === undefined || r.sid === sid);
}
/** Fills `{name}` placeholders; unknown ones stay as `{name}` for the reader to replace. */
function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => {
        const value = vars[name];
        return value === undefined || value === '' ? whole : value;
    });
}
function fillDeep(condition, vars) {
    const out = {};
    for (const [op, entries] of Object.entries(condition)) {
        out[op] = {};
        for (const [key, value] of Object.entries(entries)) {
            out[op][key] = Array.isArray(value) ? value.map(v => fill(v, vars)) : fill(value, vars);
        }
    }
    return out;
}
function one(values) {
    return values.length === 1 ? values[0] : values;
}
/**
 * The statement as IAM JSON. The uploading role of a bucket policy depends on
 * upload-credentials, so `setup` picks it when given.
 */
function renderStatement(req, vars, setup) {
    const uploader = setup?.upload === 'source' ? vars.sourceRoleArn : vars.targetRoleArn;
    const all = { uploaderRoleArn: uploader ?? '{uploaderRoleArn}', ...vars };
    const principal = req.principal && {
        Principal: Object.fromEntries(Object.entries(req.principal).map(([k, v]) => [k, fill(v, all)]))
    };
    const resource = req.resources.length > 0 && {
        Resource: one(req.resources.map(r => fill(r, all)))
    };
    // Key order as in IAM's own examples: principal before action, action before resource.
    const statement = {
        Sid: req.sid,
        Effect: 'Allow',
        ...principal,
        Action: one([...req.actions]),
        ...resource
    };
    const condition = req.condition?.(all);
    if (condition)
        statement.Condition = fillDeep(condition, all);
    return statement;
}
function policyDocument(policy, setup, vars, levels = LEVELS) {
    return {
        Version: '2012-10-17',
        Statement: requirementsFor(setup, levels)
            .filter(r => r.policy === policy)
            .map(r => renderStatement(r, vars, setup))
    };
}
/** An IAM pattern with * and ? wildcards as a regular expression. */
function wildcard(pattern, flags) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`, flags);
}
/** Does an IAM action pattern (with * and ? wildcards, any case) cover `action`? */
function actionMatches(pattern, action) {
    return wildcard(pattern, 'i').test(action);
}
/** Does an IAM resource pattern (with * and ? wildcards) cover `arn`? ARNs are case-sensitive. */
function resourceMatches(pattern, arn) {
    return wildcard(pattern).test(arn);
}

;// CONCATENATED MODULE: ./src/advice/explain/shared.ts
/**
 * What every service's explanation draws on: the error names that mean the same thing whatever
 * the service, the role behind a session, and the catalogue's statement for an action.
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
/** arn:aws:sts::1:assumed-role/name/session → arn:aws:iam::1:role/name (the role's path is not in it). */
function roleArnOf(identity) {
    const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(identity ?? '');
    if (m)
        return `arn:${m[1]}:iam::${m[2]}:role/${m[3]}`;
    return /^arn:aws[a-z-]*:iam::\d{12}:(role|user)\//.test(identity ?? '') ? identity : undefined;
}
function statement(action, policy, vars, options = {}) {
    const req = requirementFor(action, policy, options.sid);
    return req && renderStatement(req, vars, options.upload && { upload: options.upload });
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
    return DEPLOYER_ACCESS.some(pattern => actionMatches(pattern, action))
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
    const name = errorName(err);
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
    if (isAccessDenied(err)) {
        // CreateDeployment with an alarm override is refused for codedeploy:UpdateDeploymentGroup.
        const named = deniedAction(err);
        const action = named?.startsWith('codedeploy:') ? named : ctx.action;
        return accessDenied({ ...ctx, action }, identity, application);
    }
    const credentials = credentialProblem(name, identity);
    if (credentials)
        return none(credentials);
    return none(`check the inputs and the permissions of ${identity}`);
}
function accessDenied(ctx, identity, application) {
    const roleArn = roleArnOf(ctx.identity);
    const vars = {
        partition: partitionOf(roleArn),
        region: ctx.region,
        targetAccount: ctx.accountId ?? accountOf(roleArn),
        application: ctx.application,
        deploymentGroup: ctx.deploymentGroup
    };
    const needed = statement(ctx.action, 'target-permissions', vars);
    const on = needed?.Resource === '*'
        ? `on "*" (it takes no resource-level permissions, so a statement that names the application or the deployment group does not allow it)`
        : `on the application '${application}' and its deployment group`;
    return {
        hint: `the policy of ${identity} must allow ${ctx.action} ${on}${managedPolicyHint(ctx.action)}`,
        fixes: [
            {
                policy: 'target-permissions',
                owner: roleArn ?? identity,
                account: ctx.accountId ?? accountOf(roleArn),
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
    const name = errorName(err);
    // First: S3 answers a bad key, signature or clock with 403 too, which is not a policy matter.
    const credentials = credentialProblem(name, ctx.identity);
    if (credentials)
        return { hint: credentials, fixes: [] };
    const bucketLevel = BUCKET_ACTIONS.has(ctx.action);
    const refusedKey = kmsRefusal(err);
    if (refusedKey)
        return kmsDenied(refusedKey, ctx, callerOf(ctx));
    if (isAccessDenied(err))
        return s3_accessDenied(ctx, callerOf(ctx), bucketLevel);
    // A bare 404 (HeadBucket has no body) means no bucket; a named one (NoSuchBucketPolicy,
    // ServerSideEncryptionConfigurationNotFoundError) is about a setting of a bucket that exists.
    if (name === 'NoSuchBucket' || (bucketLevel && (name === 'NotFound' || name === '404'))) {
        return {
            hint: `bucket ${ctx.bucket} does not exist; create it, or fix the s3-bucket input`,
            fixes: []
        };
    }
    if (WRONG_REGION.includes(name) || httpStatus(err) === 301) {
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
    const roleArn = roleArnOf(ctx.identity);
    return {
        roleArn,
        account: accountOf(roleArn),
        policy: ctx.upload === 'source' ? 'source-permissions' : 'target-permissions',
        vars: {
            partition: partitionOf(roleArn),
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
        statement: statement(ctx.action, caller.policy, caller.vars)
    };
    if (!foreign)
        return [own];
    const bucket = {
        policy: 'bucket-policy',
        owner: ctx.bucket,
        account: ctx.expectedBucketOwner,
        statement: statement(ctx.action, 'bucket-policy', caller.vars, {
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
    const keyAccount = accountOf(refusal.keyArn);
    const own = {
        policy: caller.policy,
        owner: caller.roleArn ?? ctx.identity,
        account: caller.account,
        statement: statement(refusal.action, caller.policy, vars)
    };
    const key = {
        policy: 'kms-key-policy',
        owner: refusal.keyArn,
        account: keyAccount,
        statement: statement(refusal.action, 'kms-key-policy', vars, { upload: ctx.upload })
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
                statement: statement('kms:GenerateDataKey', 'kms-key-policy', caller.vars, {
                    upload: ctx.upload
                })
            },
            {
                policy: caller.policy,
                owner: caller.roleArn,
                account: caller.account,
                statement: statement('kms:GenerateDataKey', caller.policy, caller.vars)
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
    const account = accountOf(ctx.roleArn) ?? "the role's account";
    const name = errorName(err);
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
    if (ACCESS_DENIED_NAMES.includes(name)) {
        const policy = ctx.role === 'oidc-role-arn' ? 'source-trust' : 'target-trust';
        const vars = {
            partition: partitionOf(ctx.roleArn),
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
                    statement: statement('sts:AssumeRoleWithWebIdentity', policy, vars)
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
    const account = accountOf(ctx.roleArn) ?? "the role's account";
    const name = errorName(err);
    if (ACCESS_DENIED_NAMES.includes(name))
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
    const credentials = credentialProblem(name, ctx.sourceIdentity);
    if (credentials)
        return { hint: credentials, fixes: [] };
    return { hint: `check that ${ctx.roleArn} exists`, fixes: [] };
}
/** Both sides must agree: the role's trust policy, and the source identity's own policy. */
function assumeRoleDenied(ctx, account) {
    const externalIdHint = ctx.externalId
        ? " and the 'sts:ExternalId' condition must equal the role-external-id input"
        : "; if the trust policy has an 'sts:ExternalId' condition, set the role-external-id input";
    const sourceRole = roleArnOf(ctx.sourceIdentity);
    const vars = {
        partition: partitionOf(ctx.roleArn),
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
                statement: statement('sts:AssumeRole', 'target-trust', vars)
            },
            {
                policy: 'source-permissions',
                owner: sourceRole ?? ctx.sourceIdentity,
                account: accountOf(sourceRole),
                statement: statement('sts:AssumeRole', 'source-permissions', vars)
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
                statement: statement('sts:TagSession', 'target-trust', vars)
            },
            {
                policy: 'source-permissions',
                owner: sourceRole ?? ctx.sourceIdentity,
                account: accountOf(sourceRole),
                statement: statement('sts:TagSession', 'source-permissions', vars)
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

;// CONCATENATED MODULE: ./src/aws/credentials/refresh.ts


const DEFAULT_REFRESH_MARGIN_MS = 5 * 60 * 1000;
/** Hides every secret of `credentials` in the job's log, wherever it would appear. */
function mask(credentials) {
    core/* setSecret */.Pq(credentials.accessKeyId);
    core/* setSecret */.Pq(credentials.secretAccessKey);
    if (credentials.sessionToken)
        core/* setSecret */.Pq(credentials.sessionToken);
    return credentials;
}
/** The session STS answered with for `roleArn`, masked. */
function fromSts(c, roleArn) {
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
        throw new CredentialsError(`STS returned no credentials for ${roleArn}.`);
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

;// CONCATENATED MODULE: ./src/aws/credentials/assume.ts





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
        const send = (seconds) => sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({
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
            return fromSts(out.Credentials, roleToAssume);
        }
        catch (err) {
            if (err instanceof CredentialsError)
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
    return errorName(err) === 'ValidationError' && /role chaining/i.test(errorText(err));
}
function assumeRoleError(context, err) {
    return new CredentialsError(explainedMessage(`Could not assume ${context.roleArn} from ${context.sourceIdentity} (AssumeRole)`, errorText(err), err, context), { cause: err });
}
async function describeIdentity(sts) {
    try {
        const me = await sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
        return me.Arn ?? 'the source credentials';
    }
    catch {
        return 'the source credentials';
    }
}

;// CONCATENATED MODULE: ./src/aws/credentials/source.ts






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
            return keepFresh(() => webIdentity(kind, arn, CHAINED_MAX_DURATION, options, deps));
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
        throw new CredentialsError(`Could not get the GitHub OIDC token: ${errorText(err)}. Check that the job has 'permissions: id-token: write'.`, { cause: err });
    }
    try {
        const out = await deps.sts().send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
            RoleArn: roleArn,
            RoleSessionName: options.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: durationSeconds,
            // Signed straight into role-to-assume, this is its session: it takes the session policies.
            ...(kind === 'oidc-direct' && sessionPolicies(options))
        }));
        return fromSts(out.Credentials, roleArn);
    }
    catch (err) {
        if (err instanceof CredentialsError)
            throw err;
        const subject = tokenClaims(token)?.sub;
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
    return new CredentialsError(explainedMessage(`Could not assume ${context.roleArn} with the GitHub OIDC token (AssumeRoleWithWebIdentity)`, errorText(err), err, context), { cause: err });
}
/** Keys an earlier step exported (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY). */
function fromEnvironment(env) {
    const fromEnv = mask({
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
                mask(credentials);
                maskedKey = credentials.accessKeyId;
            }
            return credentials;
        }
        catch (err) {
            throw new CredentialsError(`No AWS credentials found: ${errorText(err)}. Set 'oidc-role-arn' (with 'permissions: id-token: write'), or sign in with an earlier step such as aws-actions/configure-aws-credentials.`, { cause: err });
        }
    };
}
function sessionPolicies({ session }) {
    const { Policy, PolicyArns } = sessionParameters(session);
    return { ...(Policy && { Policy }), ...(PolicyArns && { PolicyArns }) };
}

;// CONCATENATED MODULE: ./src/aws/credentials/resolve.ts







/**
 * Resolves the source credentials and the target-account credentials, assuming each role in
 * the chain, and confirms the target account with GetCallerIdentity. The target credentials stay
 * inside the action: they are never exported to the job's environment.
 */
async function resolveCredentials(options, deps) {
    const fresh = keepFresh(deps);
    const sourceKind = chooseSource(options, deps.env);
    if (sourceKind === 'oidc-direct' && options.session?.tags.length) {
        throw new CredentialsError('role-session-tags need an AssumeRole of role-to-assume, but with no oidc-role-arn and no ' +
            'credentials in the environment, role-to-assume is signed into straight with the GitHub ' +
            "OIDC token (AssumeRoleWithWebIdentity), whose session tags come from the token's claims: " +
            'set oidc-role-arn to a development role, or remove role-session-tags.');
    }
    const source = sourceCredentials(sourceKind, options, deps, fresh);
    const { roleToAssume } = options;
    const target = roleToAssume && sourceKind !== 'oidc-direct'
        ? assumeTarget(roleToAssume, source, sourceKind === 'oidc-role', options, deps, fresh)
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
        identity = await deps.sts(target).send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
    }
    catch (err) {
        if (err instanceof CredentialsError)
            throw err;
        throw new CredentialsError(`Could not confirm the target identity (GetCallerIdentity): ${errorText(err)}.`, { cause: err });
    }
    const account = identity.Account ?? '';
    const arn = identity.Arn ?? '';
    if (roleToAssume && account !== accountOf(roleToAssume)) {
        throw new CredentialsError(`The assumed identity ${arn} is in account ${account}, not in account ${accountOf(roleToAssume)} of role-to-assume ${roleToAssume}.`);
    }
    return { account, arn };
}

;// CONCATENATED MODULE: ./src/inputs/defaults.ts
/**
 * The inputs of action.yml, and the defaults it gives them. The runner passes every default as an
 * input; these stand in where nothing does (the post step reading inputs again, local runs,
 * tests). A unit test holds them to action.yml; a default that is an expression (github-token)
 * only the runner can evaluate.
 */
const DEFAULTS = {
    'role-duration-seconds': '3600',
    audience: 'sts.amazonaws.com',
    'revision-path': '.',
    'upload-credentials': 'target',
    'ignore-application-stop-failures': 'false',
    wait: 'true',
    'wait-timeout-seconds': '3600',
    'poll-interval-seconds': '5',
    'stop-on-cancel': 'true',
    'stop-on-timeout': 'false',
    'rollback-on-stop': 'true',
    'on-active-deployment': 'wait',
    'older-revision': 'fail',
    'ignore-alarms': 'false',
    'update-outdated-instances-only': 'false',
    'wait-until': 'completed',
    'revision-type': 's3',
    'upload-only': 'false',
    'dry-run': 'false',
    'retry-max-attempts': '8'
};
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'aws-region',
    'role-to-assume',
    'role-external-id',
    'role-session-name',
    'role-duration-seconds',
    'role-session-tags',
    'transitive-tag-keys',
    'inline-session-policy',
    'managed-session-policies',
    'oidc-role-arn',
    'audience',
    'allowed-account-ids',
    'application',
    'deployment-group',
    'deployment-config',
    'description',
    'revision-path',
    's3-bucket',
    's3-key-prefix',
    's3-bucket-owner',
    'upload-credentials',
    'exclude',
    'file-exists-behavior',
    'ignore-application-stop-failures',
    'wait',
    'wait-timeout-seconds',
    'poll-interval-seconds',
    'stop-on-cancel',
    'stop-on-timeout',
    'rollback-on-stop',
    'on-active-deployment',
    'older-revision',
    'auto-rollback',
    'ignore-alarms',
    'update-outdated-instances-only',
    'wait-until',
    'continue-deployment',
    'stop-deployment',
    'revision-type',
    'bundle-file',
    'task-definition',
    'revision-location',
    'upload-only',
    'bundle-type',
    'appspec-file',
    'github-environment',
    'github-token',
    'dry-run',
    'retry-max-attempts',
    'http-proxy'
]));

;// CONCATENATED MODULE: ./src/inputs/values.ts




/** An input's value in a message: in quotes when plain, else as `shown` escapes it. */
function quoted(value) {
    return (0,untrusted/* holdsHidden */.Tt)(value) ? (0,untrusted/* shown */.SP)(value) : `'${value}'`;
}
function bad(input, value, expected) {
    return new InputError(`Input '${input}' is ${quoted(value)}: expected ${expected}.`);
}
/** The input's value, or its default from action.yml (the runner passes defaults; tests may not). */
function input(name) {
    return core/* getInput */.V4(name) || DEFAULTS[name] || '';
}
function optional(name) {
    return input(name) || undefined;
}
function required(name, what) {
    const value = input(name);
    if (!value)
        throw new InputError(`Input '${name}' is required: set it to ${what}.`);
    return value;
}
/** `why` explains the bound to the reader when it is not obvious. */
function parseWholeNumber(name, value, min, max, why) {
    const expected = `a whole number from ${min} to ${max}${why ? ` (${why})` : ''}`;
    if (!/^\d+$/.test(value))
        throw bad(name, value, expected);
    const n = Number(value);
    if (n < min || n > max)
        throw bad(name, value, expected);
    return n;
}
function parseBoolean(name, value) {
    // The same spellings as the YAML 1.2 core schema, which is what core.getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw bad(name, value, 'true or false');
}
function parseEnum(name, value, allowed) {
    const match = allowed.find(a => a.toLowerCase() === value.toLowerCase());
    if (!match)
        throw bad(name, value, `one of ${allowed.join(', ')}`);
    return match;
}
/** A boolean input, or its default. */
function flag(name) {
    return parseBoolean(name, input(name));
}

;// CONCATENATED MODULE: ./src/inputs/overrides.ts

const AUTO_ROLLBACK_EVENTS = [
    'DEPLOYMENT_FAILURE',
    'DEPLOYMENT_STOP_ON_ALARM',
    'DEPLOYMENT_STOP_ON_REQUEST'
];
function readOverrides() {
    return {
        autoRollback: parseAutoRollback(input('auto-rollback')),
        ignoreAlarms: flag('ignore-alarms'),
        updateOutdatedInstancesOnly: flag('update-outdated-instances-only')
    };
}
const EXPECTED = `empty (the group's own setting), 'disabled', or a comma-separated list of ${AUTO_ROLLBACK_EVENTS.join(', ')}`;
/** auto-rollback: empty, `disabled`, or events, in any case and order, each once. */
function parseAutoRollback(text) {
    const parts = text
        .split(',')
        .map(part => part.trim())
        .filter(Boolean);
    if (parts.length === 0)
        return undefined;
    if (parts.length === 1 && parts[0].toLowerCase() === 'disabled')
        return { enabled: false };
    const events = parts.map(part => {
        const event = AUTO_ROLLBACK_EVENTS.find(e => e === part.toUpperCase());
        if (!event)
            throw bad('auto-rollback', text, EXPECTED);
        return event;
    });
    return { enabled: true, events: AUTO_ROLLBACK_EVENTS.filter(e => events.includes(e)) };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/common/paths.ts

/** True when `target` is `root` or below it; resolve symlinks of both first where they matter. */
function isInside(root, target) {
    const rel = (0,external_node_path_.relative)(root, target);
    return rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel);
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

;// CONCATENATED MODULE: ./src/inputs/workspace-paths.ts





function plainPath(input, value) {
    if ((0,untrusted/* holdsHidden */.Tt)(value))
        throw bad(input, value, 'a path with no control characters');
    return value;
}
function realOrResolved(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return external_node_path_.resolve(file);
    }
}
/**
 * Refuses a path that leads outside the workspace, after symlinks on both sides. A path that
 * does not exist leads nowhere yet: it is compared as written.
 */
function confine(input, value, file, workspace, what) {
    let real;
    let root;
    try {
        real = (0,external_node_fs_.realpathSync)(file);
        root = realOrResolved(workspace);
    }
    catch {
        real = external_node_path_.resolve(file);
        root = external_node_path_.resolve(workspace);
    }
    if (isInside(root, real))
        return;
    throw bad(input, value, `${what} inside the workspace, but it resolves to ${(0,untrusted/* shown */.SP)(real)}, outside the workspace ${(0,untrusted/* shown */.SP)(root)}`);
}
function resolveRevisionPath(value, workspace) {
    const resolved = external_node_path_.resolve(workspace, plainPath('revision-path', value));
    confine('revision-path', value, resolved, workspace, 'a directory');
    const where = (0,untrusted/* shown */.SP)(resolved);
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(resolved).isDirectory();
    }
    catch {
        throw bad('revision-path', value, `a directory inside the workspace, but ${where} does not exist (did the job check out the repository with actions/checkout?)`);
    }
    if (!isDirectory)
        throw bad('revision-path', value, `a directory, but ${where} is a file`);
    return resolved;
}
/** appspec-file is relative to revision-path; whether it exists is for the AppSpec lookup to say. */
function resolveAppSpecFile(value, revisionPath, workspace) {
    const file = external_node_path_.resolve(revisionPath, plainPath('appspec-file', value));
    if (!(0,external_node_fs_.existsSync)(file))
        return value;
    confine('appspec-file', value, file, workspace, 'a file');
    return file;
}
/**
 * A file input (bundle-file, task-definition) inside the workspace; whether it holds what it
 * should is for its reader to say. `what` names what it should be, for the error.
 */
function resolveInputFile(input, value, workspace, what) {
    const file = external_node_path_.resolve(workspace, plainPath(input, value));
    confine(input, value, file, workspace, 'a file');
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw bad(input, value, `${what} inside the workspace, but ${(0,untrusted/* shown */.SP)(file)} does not exist (did an earlier step build it?)`);
    }
    return file;
}

;// CONCATENATED MODULE: ./src/inputs/revision-source.ts




const COMMIT = /^[0-9a-f]{40}$/;
/**
 * revision-type: s3 (a bundle, or an object already in S3) or github, the workflow's own commit,
 * which CodeDeploy fetches from the repository's root: nothing is bundled or uploaded, so the
 * inputs that place a bundle do not apply, and the AppSpec must be at the repository's root.
 */
function readGitHubRevision(ctx, given) {
    const type = parseEnum('revision-type', input('revision-type'), ['s3', 'github']);
    if (type === 's3')
        return undefined;
    const fail = (why) => new InputError(`revision-type is github, ${why}`);
    if (given.revisionLocation) {
        throw fail('so revision-location does not apply: CodeDeploy fetches the commit from GitHub.');
    }
    if (given.s3Bucket) {
        throw fail('so s3-bucket does not apply: nothing is uploaded, CodeDeploy fetches the commit from GitHub. Remove s3-bucket.');
    }
    if (external_node_path_.resolve(given.revisionPath) !== external_node_path_.resolve(ctx.workspace)) {
        throw fail("so CodeDeploy deploys the whole repository and reads appspec.yml at its root: leave revision-path at '.' (the checkout).");
    }
    if (!ctx.repository || !COMMIT.test(ctx.sha)) {
        throw fail('but GITHUB_REPOSITORY or GITHUB_SHA is not set: run it in a GitHub Actions job.');
    }
    return { repository: ctx.repository, commit: ctx.sha };
}
/**
 * bundle-file: a pre-built archive deployed exactly as it is, so nothing that shapes a bundle of
 * revision-path applies to it, and it cannot go with another source of the revision.
 */
function readBundleFile(ctx, given) {
    const value = input('bundle-file');
    if (!value)
        return undefined;
    const clash = given.revisionLocation
        ? 'revision-location'
        : given.gitHub
            ? 'revision-type: github'
            : ['bundle-type', 'appspec-file', 'exclude'].find(name => input(name).trim());
    if (clash) {
        throw new InputError(`Input 'bundle-file' deploys a pre-built archive as it is; it cannot be combined with ${clash.includes(':') ? clash : `'${clash}'`}: remove one of them.`);
    }
    if (!given.checkFiles)
        return external_node_path_.resolve(ctx.workspace, value);
    return resolveInputFile('bundle-file', value, ctx.workspace, 'a .zip, .tar or .tgz file');
}
/**
 * task-definition: the task definition JSON file an ECS deployment registers first. The post step
 * (`checkFiles` false) reads no file: an earlier step may have removed it.
 */
function readTaskDefinitionFile(ctx, checkFiles) {
    const value = input('task-definition');
    if (!value)
        return undefined;
    if (!checkFiles)
        return external_node_path_.resolve(ctx.workspace, value);
    return resolveInputFile('task-definition', value, ctx.workspace, 'a task definition JSON file');
}

;// CONCATENATED MODULE: ./src/inputs/gate.ts


/** CodeDeploy's deployment IDs: d- and nine letters or digits. */
const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;
function readWaitUntil() {
    return parseEnum('wait-until', input('wait-until'), ['completed', 'ready']);
}
/** continue-deployment or stop-deployment, at most one; undefined when neither is set. */
function readGate() {
    const continued = optional('continue-deployment');
    const stopped = optional('stop-deployment');
    if (continued && stopped) {
        throw new InputError("Inputs 'continue-deployment' and 'stop-deployment' are both set: a step either continues the deployment waiting at Ready or stops it; set one.");
    }
    const name = continued ? 'continue-deployment' : 'stop-deployment';
    const id = continued ?? stopped;
    if (id === undefined)
        return undefined;
    if (!DEPLOYMENT_ID.test(id)) {
        throw bad(name, id, 'a deployment ID such as d-A1B2C3D4E (the deployment-id output of the step that stopped at Ready)');
    }
    for (const other of ['upload-only', 'dry-run', 'revision-location']) {
        if (input(other) && input(other) !== 'false') {
            throw new InputError(`Input '${name}' decides about a deployment that exists; it cannot be combined with '${other}', which makes a new one: remove one of them.`);
        }
    }
    return { action: continued ? 'continue' : 'stop', deploymentId: id };
}

;// CONCATENATED MODULE: ./src/inputs/allowed-accounts.ts



/** allowed-account-ids: comma-separated 12-digit IDs; empty allows any account. */
function parseAllowedAccounts(text) {
    const ids = text
        .split(',')
        .map(id => id.trim())
        .filter(Boolean);
    const wrong = ids.find(id => !isAccountId(id));
    if (wrong !== undefined) {
        throw new InputError(`Input 'allowed-account-ids' holds ${(0,untrusted/* shown */.SP)(wrong)}, which is not a 12-digit AWS account ID: ` +
            `list the accounts the deployment may go to, separated by commas.`);
    }
    return [...new Set(ids)];
}
/**
 * Refuses `account` unless `allowed` is empty or lists it. `what` says which account it is and
 * how the run got there, for example "the target account (role-to-assume arn:...)".
 */
function requireAllowedAccount(allowed, account, what) {
    if (!allowed.length || allowed.includes(account))
        return;
    throw new AccountNotAllowedError(`${what} is account ${account}, which allowed-account-ids (${allowed.join(', ')}) does not ` +
        `list: nothing was uploaded or deployed. Check the role or bucket that leads there, or add ` +
        `${account} to allowed-account-ids if this workflow may deploy to it.`);
}

;// CONCATENATED MODULE: ./src/inputs/proxy.ts



/** http-proxy: an http:// or https:// URL, its password (if any) masked in the log. */
function parseProxyUrl(text) {
    const value = text.trim();
    if (!value)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname) {
        throw new InputError(`Input 'http-proxy' is ${(0,untrusted/* shown */.SP)(value.replace(/\/\/[^@/]*@/, '//***@'))}, not a proxy URL: ` +
            `expected http://host:port or https://host:port, with user:password@ if the proxy asks.`);
    }
    if (url.password)
        core/* setSecret */.Pq(decodeURIComponent(url.password));
    return value;
}
/**
 * http-proxy wins over the variables: it becomes them, for this process only, so the AWS SDK,
 * the GitHub OIDC token request and the GitHub API (both read the variables) all use it.
 * NO_PROXY still applies.
 */
function useProxyInput(proxy, env) {
    if (!proxy)
        return;
    for (const name of ['https_proxy', 'http_proxy']) {
        env[name] = proxy;
        env[name.toUpperCase()] = proxy;
    }
}

;// CONCATENATED MODULE: ./src/inputs/session.ts


/** STS's limits: https://docs.aws.amazon.com/STS/latest/APIReference/API_Tag.html */
const MAX_TAGS = 50;
const MAX_KEY = 128;
const MAX_VALUE = 256;
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const NOT_TAG_TEXT = /[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu;
const MAX_INLINE_POLICY = 2048;
const MAX_POLICY_ARNS = 10;
const POLICY_ARN = /^arn:aws[\w-]*:iam::(\d{12}|aws):policy\/[\w+=,.@/-]+$/;
/**
 * role-session-tags: one `Key=Value` per line; the line `github` adds Repository, Workflow,
 * Action, Actor, Commit, Branch and, with github-environment, Environment, each made to fit STS's
 * rules (other characters become `_`, long values are cut).
 */
function parseSessionTags(text, ctx) {
    const tags = [];
    for (const line of text.split(/\r?\n/).map(l => l.trim())) {
        if (!line)
            continue;
        if (line === 'github')
            tags.push(...githubTags(ctx));
        else
            tags.push(tagOf(line));
    }
    const seen = new Set();
    for (const { Key } of tags) {
        // STS compares tag keys without regard to case.
        if (seen.has(Key.toLowerCase())) {
            throw new InputError(`Input 'role-session-tags' gives the tag ${(0,untrusted/* shown */.SP)(Key)} twice.`);
        }
        seen.add(Key.toLowerCase());
    }
    if (tags.length > MAX_TAGS) {
        throw new InputError(`Input 'role-session-tags' gives ${tags.length} tags; STS takes at most ${MAX_TAGS}.`);
    }
    return tags;
}
function tagOf(line) {
    const at = line.indexOf('=');
    const Key = (at === -1 ? line : line.slice(0, at)).trim();
    const Value = at === -1 ? '' : line.slice(at + 1).trim();
    if (at === -1 || !Key || Key.length > MAX_KEY || !TAG_TEXT.test(Key)) {
        throw new InputError(`Input 'role-session-tags' has the line ${(0,untrusted/* shown */.SP)(line)}: expected Key=Value, with a key of ` +
            `1 to ${MAX_KEY} letters, digits, spaces and _.:/=+-@ (or the line github).`);
    }
    if (Value.length > MAX_VALUE || !TAG_TEXT.test(Value)) {
        throw new InputError(`Input 'role-session-tags' gives ${(0,untrusted/* shown */.SP)(Key)} the value ${(0,untrusted/* shown */.SP)(Value)}: expected at most ` +
            `${MAX_VALUE} letters, digits, spaces and _.:/=+-@.`);
    }
    return { Key, Value };
}
function githubTags({ env, githubEnvironment }) {
    const values = [
        ['Repository', env.GITHUB_REPOSITORY],
        ['Workflow', env.GITHUB_WORKFLOW],
        ['Action', env.GITHUB_ACTION],
        ['Actor', env.GITHUB_ACTOR],
        ['Commit', env.GITHUB_SHA],
        ['Branch', env.GITHUB_REF_NAME ?? env.GITHUB_REF],
        ['Environment', githubEnvironment]
    ];
    return values.flatMap(([Key, value]) => value ? [{ Key, Value: value.replace(NOT_TAG_TEXT, '_').slice(0, MAX_VALUE) }] : []);
}
/** transitive-tag-keys: keys of the session's own tags, one per line or comma-separated. */
function parseTransitiveTagKeys(text, tags) {
    const keys = text
        .split(/[\n,]/)
        .map(k => k.trim())
        .filter(Boolean);
    const known = new Set(tags.map(t => t.Key.toLowerCase()));
    const stray = keys.find(k => !known.has(k.toLowerCase()));
    if (stray !== undefined) {
        throw new InputError(`Input 'transitive-tag-keys' names ${(0,untrusted/* shown */.SP)(stray)}, which role-session-tags does not set: ` +
            `only the session's own tags can be passed on.`);
    }
    return keys;
}
/** inline-session-policy: a JSON policy document, checked before any call. */
function parseInlinePolicy(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(trimmed);
    }
    catch (err) {
        throw new InputError(`Input 'inline-session-policy' is not valid JSON (${err.message}): give a ` +
            `policy document such as {"Version":"2012-10-17","Statement":[...]}.`);
    }
    if (typeof parsed !== 'object' || parsed === null || !('Statement' in parsed)) {
        throw new InputError(`Input 'inline-session-policy' is JSON but not a policy document: it needs a Statement.`);
    }
    // Sent compact: STS counts the characters of the text it is given.
    const compact = JSON.stringify(parsed);
    if (compact.length > MAX_INLINE_POLICY) {
        throw new InputError(`Input 'inline-session-policy' is ${compact.length} characters without spaces; STS takes ` +
            `at most ${MAX_INLINE_POLICY}: use managed-session-policies for longer ones.`);
    }
    return compact;
}
/** managed-session-policies: ARNs of managed policies, one per line or comma-separated. */
function parsePolicyArns(text) {
    const arns = text
        .split(/[\n,]/)
        .map(a => a.trim())
        .filter(Boolean);
    const wrong = arns.find(a => !POLICY_ARN.test(a));
    if (wrong !== undefined) {
        throw new InputError(`Input 'managed-session-policies' holds ${(0,untrusted/* shown */.SP)(wrong)}, which is not the ARN of an IAM ` +
            `managed policy (arn:aws:iam::123456789012:policy/NAME or arn:aws:iam::aws:policy/NAME).`);
    }
    if (arns.length > MAX_POLICY_ARNS) {
        throw new InputError(`Input 'managed-session-policies' names ${arns.length} policies; STS takes at most ` +
            `${MAX_POLICY_ARNS}.`);
    }
    return arns;
}

;// CONCATENATED MODULE: ./src/inputs/aws-names.ts




const ROLE_ARN = /^arn:([^:]*):iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^(?:[a-z]{2}|eusc)(?:-[a-z]+)+-\d{1,2}$/;
/** The longest name CodeDeploy takes for an application, group or configuration. */
const MAX_CODEDEPLOY_NAME = 100;
/** S3's "safe characters" for object key names. */
const KEY_PREFIX = /^[A-Za-z0-9!\-_.*'()/]*$/;
/**
 * S3 keys hold at most 1,024 bytes, and bundleKey (s3/keys.ts) appends `<application>/<sha256>.<ext>`
 * to the prefix, which gets its trailing "/" here.
 */
const MAX_KEY_PREFIX = 1024 - (MAX_CODEDEPLOY_NAME + 1 + 64 + 1 + 3) - 1;
function validateRoleArn(name, value) {
    const partition = ROLE_ARN.exec(value)?.[1];
    if (partition === undefined) {
        throw bad(name, value, 'an IAM role ARN such as arn:aws:iam::123456789012:role/deploy');
    }
    if (!isPartition(partition)) {
        throw bad(name, value, `an IAM role ARN whose partition is one of ${PARTITIONS.join(', ')}`);
    }
    return value;
}
/** Where the region came from, when not from the aws-region input itself. */
function regionFrom(source) {
    return source === 'aws-region' ? '' : ` (from ${source})`;
}
function validateRegion(value, source = 'aws-region') {
    if (!REGION.test(value)) {
        throw new InputError(`Input 'aws-region'${regionFrom(source)} is ${quoted(value)}: expected an AWS region such as us-east-1.`);
    }
    return value;
}
/** A role can only be assumed, and only used, in the partition of its own ARN. */
function checkPartition(name, arn, region, regionSource) {
    const arnPartition = partitionOf(arn);
    const partition = regionPartition(region);
    if (arnPartition === partition)
        return;
    throw new InputError(`Input '${name}' is ${quoted(arn)}, in partition ${arnPartition}, but aws-region${regionFrom(regionSource)} ${quoted(region)} is in partition ${partition}: use a role of the region's partition, or the region the role belongs to.`);
}
/** S3 bucket naming rules for general purpose buckets. */
function validateBucketName(value, input = 's3-bucket') {
    const problems = [
        [value.length < 3 || value.length > 63, 'between 3 and 63 characters'],
        [!/^[a-z0-9.-]+$/.test(value), 'only lowercase letters, digits, dots and hyphens'],
        [!/^[a-z0-9].*[a-z0-9]$/.test(value), 'a letter or digit at both ends'],
        [value.includes('..'), 'no two adjacent dots'],
        [/^\d+\.\d+\.\d+\.\d+$/.test(value), 'not an IP address'],
        [value.startsWith('xn--') || value.endsWith('-s3alias'), 'no xn-- prefix or -s3alias suffix']
    ];
    const problem = problems.find(([failed]) => failed);
    if (problem)
        throw bad(input, value, `a valid S3 bucket name (${problem[1]})`);
    return value;
}
function validateKeyPrefix(value) {
    if (value === '')
        return '';
    const problems = [
        [
            !KEY_PREFIX.test(value),
            "of S3's safe characters only (letters, digits and ! - _ . * ' ( ) /)"
        ],
        [value.startsWith('/') || value.includes('//'), 'with no leading or doubled "/"'],
        [value.split('/').some(s => s === '.' || s === '..'), 'with no "." or ".." segment'],
        [value.length > MAX_KEY_PREFIX, `of at most ${MAX_KEY_PREFIX} characters`]
    ];
    const problem = problems.find(([failed]) => failed);
    if (problem)
        throw bad('s3-key-prefix', value, `a key prefix ${problem[1]}`);
    return value.endsWith('/') ? value : `${value}/`;
}
const BUNDLE_TYPES = ['zip', 'tar', 'tgz'];
function bundleTypeOfKey(key) {
    if (/\.zip$/i.test(key))
        return 'zip';
    if (/\.(tgz|tar\.gz)$/i.test(key))
        return 'tgz';
    if (/\.tar$/i.test(key))
        return 'tar';
    return undefined;
}
/**
 * Parses s3://bucket/key[?versionId=...], %-encoded as revisionLocation (s3/objects.ts) prints it; the
 * bundle type comes from the key or bundle-type.
 */
function parseRevisionLocation(value, bundleType) {
    const m = /^s3:\/\/([^/?]+)\/([^?]+)(?:\?versionId=([^&]+))?$/.exec(value);
    if (!m || (0,untrusted/* holdsHidden */.Tt)(value)) {
        throw bad('revision-location', value, 's3://bucket/key, optionally followed by ?versionId=...');
    }
    const bucket = validateBucketName(m[1], 'revision-location');
    let key;
    try {
        key = decodeURIComponent(m[2]);
    }
    catch {
        throw bad('revision-location', value, 'a key with valid %-encoding: write a % in the key as %25');
    }
    const type = bundleType ?? bundleTypeOfKey(key);
    if (!type) {
        throw bad('revision-location', value, 'a key ending in .zip, .tar, .tgz or .tar.gz, or the bundle-type input set');
    }
    let versionId;
    try {
        versionId = m[3] && decodeURIComponent(m[3]);
    }
    catch {
        throw bad('revision-location', value, 'a versionId with valid %-encoding');
    }
    return { bucket, key, versionId, bundleType: type };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/common/run-token.ts

const NONCE_BYTES = 6;
const NO_COMMIT = 'unknown';
/**
 * A token that names one run of the action: repository, run ID, attempt, a random part (two
 * steps of one job may deploy to the same group) and the commit. The action appends it to the
 * description of the deployment it creates, so that after an answer lost on the way back it can
 * find its own deployment instead of creating a second one, or waiting for itself as for someone
 * else's; and so that a later run can read back which commit the group runs (older-revision).
 */
function runToken(ctx, nonce = (0,external_node_crypto_.randomBytes)(NONCE_BYTES).toString('hex')) {
    const commit = run_token_COMMIT.test(ctx.sha) ? ctx.sha.toLowerCase() : NO_COMMIT;
    const run = [ctx.repository || 'local', ctx.runId || 'local', ctx.runAttempt || '1', nonce];
    return `[gha-run:${[...run, commit].join(':')}]`;
}
/** How many characters the token of this run takes, with the space before it. */
function runTokenLength(ctx) {
    return runToken(ctx, '0'.repeat(2 * NONCE_BYTES)).length + 1;
}
function withRunToken(description, token) {
    return `${description} ${token}`;
}
function carriesRunToken(description, token) {
    return description !== undefined && description.endsWith(token);
}
const run_token_COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const TOKEN_AT_END = /\[gha-run:([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+|local):(\d+|local):(\d+):[0-9a-f]+(?::([0-9a-f]{40}|[0-9a-f]{64}|unknown))?\]$/;
/**
 * The run that made a deployment, read from the token that ends its description; undefined when
 * there is none (another tool, a person, CodeDeploy's own rollback). Only the fixed form is read,
 * so a description written by anyone else cannot pass for a commit.
 */
function readRunToken(description) {
    const match = TOKEN_AT_END.exec(description ?? '');
    if (!match)
        return undefined;
    const [, repository, runId, runAttempt, commit] = match;
    return {
        repository,
        runId,
        runAttempt,
        ...(commit && commit !== NO_COMMIT ? { commit } : {})
    };
}

;// CONCATENATED MODULE: ./src/inputs/context.ts



function runContext(env = process.env) {
    return {
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        repository: env.GITHUB_REPOSITORY ?? '',
        sha: env.GITHUB_SHA ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        env
    };
}
/** Session names must be 2-64 characters of [\w+=,.@-]; anything else is replaced. */
function defaultSessionName(ctx) {
    const repo = ctx.repository.split('/').pop() || 'repository';
    const raw = `GitHubActions-${repo}-${ctx.runId || 'local'}-${ctx.runAttempt}`;
    return raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}
/** The most characters CodeDeploy takes in a description. */
const MAX_DESCRIPTION = 512;
/**
 * The description input, or one made from the run; with the run's token appended (see
 * run-token.ts) it must fit in CodeDeploy's limit, so a default too long for that is cut short.
 */
function readDescription(ctx) {
    const room = MAX_DESCRIPTION - runTokenLength(ctx);
    const value = input('description');
    if (!value)
        return defaultDescription(ctx).slice(0, room);
    if (value.length > room) {
        throw new InputError(`Input 'description' is ${value.length} characters long: expected at most ${room}, as CodeDeploy takes ${MAX_DESCRIPTION} and the action appends a token of the run (${MAX_DESCRIPTION - room} characters) that lets it find its own deployment.`);
    }
    return value;
}
function defaultDescription(ctx) {
    if (!ctx.repository)
        return 'Deployed by GitHub Actions';
    const commit = ctx.sha ? ` at ${ctx.sha.slice(0, 12)}` : '';
    const run = ctx.runId ? `: ${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : '';
    return `Deployed by GitHub Actions from ${ctx.repository}${commit}${run}`;
}

;// CONCATENATED MODULE: ./src/inputs/inputs.ts














const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const CODEDEPLOY_NAME = new RegExp(`^.{1,${MAX_CODEDEPLOY_NAME}}$`);
const MIN_ROLE_DURATION = 900;
const MAX_ROLE_DURATION = 43200;
/** A longer interval only delays the news that the deployment ended. */
const MAX_POLL_INTERVAL = 300;
/**
 * Waiting longer than a job can run is pointless, and the bound keeps every timer below the
 * 2^31-1 ms (24.8 days) past which Node.js fires a timer at once.
 */
const MAX_WAIT_TIMEOUT = 5 * 24 * 3600;
/** Each retry waits longer (up to 20 s): 20 attempts already take minutes. */
const MAX_ATTEMPTS = 20;
const MAX_WAIT_TIMEOUT_WHY = '5 days, the longest a job can run on a self-hosted runner';
/**
 * Reads and validates every input. Throws an InputError naming the first bad input, before any
 * AWS call is made.
 */
function readInputs(ctx = runContext(), options = {}) {
    const region = readRegion(ctx);
    const roles = readRoles(ctx, region);
    const deployment = readDeployment(ctx);
    const githubToken = readGitHubToken();
    const revision = readRevision(ctx, options);
    checkKnownAccounts(roles, revision);
    const githubEnvironment = optional('github-environment');
    return {
        ...roles,
        session: readSession(ctx, roles.roleToAssume, githubEnvironment),
        ...deployment,
        ...revision,
        ...readWait(),
        overrides: readOverrides(),
        waitUntil: readWaitUntil(),
        gate: readGate(),
        githubEnvironment,
        githubToken,
        dryRun: flag('dry-run'),
        retryMaxAttempts: parseWholeNumber('retry-max-attempts', input('retry-max-attempts'), 1, MAX_ATTEMPTS, 'more would only prolong a run that AWS keeps refusing'),
        httpProxy: parseProxyUrl(input('http-proxy'))
    };
}
/** Session tags and policies, which only an AssumeRole of role-to-assume can carry. */
function readSession(ctx, roleToAssume, githubEnvironment) {
    const given = SESSION_INPUTS.find(name => input(name).trim());
    if (given && !roleToAssume) {
        throw new InputError(`Input '${given}' applies to the session of role-to-assume, which is not set: set ` +
            `role-to-assume, or remove ${given}.`);
    }
    const tags = parseSessionTags(input('role-session-tags'), { env: ctx.env, githubEnvironment });
    return {
        tags,
        transitiveTagKeys: parseTransitiveTagKeys(input('transitive-tag-keys'), tags),
        policy: parseInlinePolicy(input('inline-session-policy')),
        policyArns: parsePolicyArns(input('managed-session-policies'))
    };
}
const SESSION_INPUTS = [
    'role-session-tags',
    'transitive-tag-keys',
    'inline-session-policy',
    'managed-session-policies'
];
/** The accounts the inputs already name must be allowed, before any AWS call. */
function checkKnownAccounts({ allowedAccountIds, roleToAssume }, { s3BucketOwner }) {
    const roleAccount = accountOf(roleToAssume);
    if (roleAccount) {
        requireAllowedAccount(allowedAccountIds, roleAccount, `The account of role-to-assume ${roleToAssume}`);
    }
    if (s3BucketOwner)
        requireAllowedAccount(allowedAccountIds, s3BucketOwner, 's3-bucket-owner');
}
function readRegion(ctx) {
    const sources = [
        ['aws-region', input('aws-region')],
        ['AWS_REGION', ctx.env.AWS_REGION],
        ['AWS_DEFAULT_REGION', ctx.env.AWS_DEFAULT_REGION]
    ];
    const [source, value] = sources.find(([, found]) => found) ?? [];
    if (!source || !value) {
        throw new InputError("Input 'aws-region' is required: set it, or the AWS_REGION environment variable, to the region of the CodeDeploy application.");
    }
    return { region: validateRegion(value, source), source };
}
/** The roles of the chain, each in the region's partition, and how they are assumed. */
function readRoles(ctx, { region, source }) {
    const roleArn = (name) => {
        const arn = optional(name);
        if (!arn)
            return undefined;
        validateRoleArn(name, arn);
        checkPartition(name, arn, region, source);
        return arn;
    };
    const roleToAssume = roleArn('role-to-assume');
    const oidcRoleArn = roleArn('oidc-role-arn');
    const roleSessionName = input('role-session-name') || defaultSessionName(ctx);
    if (!SESSION_NAME.test(roleSessionName)) {
        throw bad('role-session-name', roleSessionName, '2 to 64 characters of letters, digits and +=,.@_-');
    }
    const roleExternalId = optional('role-external-id');
    if (roleExternalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(roleExternalId)) {
        throw new InputError("Input 'role-external-id' is malformed: expected 2 to 1224 characters of letters, digits and +=,.@:/_-.");
    }
    return {
        region,
        roleToAssume,
        roleExternalId,
        roleSessionName,
        roleDurationSeconds: parseWholeNumber('role-duration-seconds', input('role-duration-seconds'), MIN_ROLE_DURATION, MAX_ROLE_DURATION),
        oidcRoleArn,
        audience: input('audience'),
        allowedAccountIds: parseAllowedAccounts(input('allowed-account-ids'))
    };
}
function codeDeployName(name, value) {
    if (!CODEDEPLOY_NAME.test(value))
        throw bad(name, value, 'at most 100 characters');
    return value;
}
/** What is deployed where, and how CodeDeploy treats the instances' files. */
function readDeployment(ctx) {
    const application = required('application', 'the name of the CodeDeploy application');
    if (!CODEDEPLOY_NAME.test(application)) {
        throw bad('application', application, 'at most 100 characters');
    }
    const deploymentGroup = codeDeployName('deployment-group', required('deployment-group', 'the name of the CodeDeploy deployment group'));
    const deploymentConfig = optional('deployment-config');
    const fileExistsBehavior = optional('file-exists-behavior');
    return {
        application,
        deploymentGroup,
        deploymentConfig: deploymentConfig && codeDeployName('deployment-config', deploymentConfig),
        description: readDescription(ctx),
        fileExistsBehavior: fileExistsBehavior
            ? parseEnum('file-exists-behavior', fileExistsBehavior, [
                'DISALLOW',
                'OVERWRITE',
                'RETAIN'
            ])
            : undefined,
        ignoreApplicationStopFailures: flag('ignore-application-stop-failures'),
        onActiveDeployment: parseEnum('on-active-deployment', input('on-active-deployment'), [
            'wait',
            'stop',
            'fail'
        ]),
        olderRevision: parseEnum('older-revision', input('older-revision'), [
            'fail',
            'warn',
            'allow'
        ])
    };
}
/** Where the revision comes from (files, an AppSpec, an object in S3) and where it goes. */
function readRevision(ctx, options) {
    const s3BucketOwner = optional('s3-bucket-owner');
    if (s3BucketOwner && !isAccountId(s3BucketOwner)) {
        throw bad('s3-bucket-owner', s3BucketOwner, 'a 12-digit AWS account ID');
    }
    const bundleTypeInput = optional('bundle-type');
    const bundleType = bundleTypeInput
        ? parseEnum('bundle-type', bundleTypeInput, BUNDLE_TYPES)
        : undefined;
    const locationInput = optional('revision-location');
    const revisionLocation = locationInput
        ? parseRevisionLocation(locationInput, bundleType)
        : undefined;
    const uploadOnly = flag('upload-only');
    const s3Bucket = optional('s3-bucket');
    if (uploadOnly && revisionLocation) {
        throw new InputError("Inputs 'upload-only' and 'revision-location' exclude each other: revision-location deploys an object already in S3, so there is nothing to upload.");
    }
    const revisionPathInput = input('revision-path');
    // The post step, and a revision already in S3, read no file: there is nothing to confine.
    const readsFiles = !revisionLocation && options.checkRevisionPath !== false;
    const revisionPath = revisionLocation
        ? ctx.workspace
        : readsFiles
            ? resolveRevisionPath(revisionPathInput, ctx.workspace)
            : external_node_path_.resolve(ctx.workspace, revisionPathInput);
    const appspecFileInput = optional('appspec-file');
    const gitHubRevision = readGitHubRevision(ctx, {
        revisionPath,
        revisionLocation: revisionLocation !== undefined,
        s3Bucket: s3Bucket !== undefined
    });
    const checkFiles = options.checkRevisionPath !== false;
    const bundleFile = readBundleFile(ctx, {
        revisionLocation: revisionLocation !== undefined,
        gitHub: gitHubRevision !== undefined,
        checkFiles
    });
    return {
        revisionPath,
        gitHubRevision,
        bundleFile,
        taskDefinition: readTaskDefinitionFile(ctx, checkFiles),
        s3Bucket: revisionLocation?.bucket ?? (s3Bucket && validateBucketName(s3Bucket)),
        s3KeyPrefix: validateKeyPrefix(input('s3-key-prefix')),
        s3BucketOwner,
        uploadCredentials: parseEnum('upload-credentials', input('upload-credentials'), [
            'target',
            'source'
        ]),
        exclude: core/* getMultilineInput */.q3('exclude').filter(line => !line.startsWith('#')),
        bundleType: revisionLocation?.bundleType ?? bundleType ?? 'zip',
        revisionLocation,
        uploadOnly,
        appspecFile: appspecFileInput && readsFiles
            ? resolveAppSpecFile(appspecFileInput, revisionPath, ctx.workspace)
            : appspecFileInput
    };
}
/** Whether and how long to wait, and what to do with a deployment left running. */
function readWait() {
    return {
        wait: flag('wait'),
        waitTimeoutSeconds: parseWholeNumber('wait-timeout-seconds', input('wait-timeout-seconds'), 1, MAX_WAIT_TIMEOUT, MAX_WAIT_TIMEOUT_WHY),
        pollIntervalSeconds: parseWholeNumber('poll-interval-seconds', input('poll-interval-seconds'), 1, MAX_POLL_INTERVAL),
        stopOnCancel: flag('stop-on-cancel'),
        stopOnTimeout: flag('stop-on-timeout'),
        rollbackOnStop: flag('rollback-on-stop')
    };
}
function readGitHubToken() {
    const token = input('github-token');
    if (token)
        core/* setSecret */.Pq(token);
    return token;
}

;// CONCATENATED MODULE: ./src/codedeploy/status.ts
function describeOverview(o) {
    if (!o)
        return '';
    const parts = [
        `${o.Succeeded ?? 0} succeeded`,
        `${o.InProgress ?? 0} in progress`,
        `${o.Pending ?? 0} pending`,
        `${o.Failed ?? 0} failed`,
        `${o.Skipped ?? 0} skipped`
    ];
    if (o.Ready)
        parts.push(`${o.Ready} ready`);
    return parts.join(', ');
}
/**
 * The counts with each one's share of the fleet, for progress lines:
 * "150 succeeded (50%), 100 in progress (33%), 50 pending (17%), 0 failed, 0 skipped".
 */
function describeProgress(o) {
    if (!o)
        return '';
    const counts = [
        [o.Succeeded, 'succeeded'],
        [o.InProgress, 'in progress'],
        [o.Pending, 'pending'],
        [o.Failed, 'failed'],
        [o.Skipped, 'skipped']
    ];
    if (o.Ready)
        counts.push([o.Ready, 'ready']);
    const total = counts.reduce((n, [c]) => n + (c ?? 0), 0);
    return counts
        .map(([c = 0, what]) => c && total ? `${c} ${what} (${Math.round((100 * c) / total)}%)` : `${c} ${what}`)
        .join(', ');
}
function consoleHost(region) {
    if (region.startsWith('cn-'))
        return `${region}.console.amazonaws.cn`;
    if (region.startsWith('us-gov-'))
        return `${region}.console.amazonaws-us-gov.com`;
    return `${region}.console.aws.amazon.com`;
}
function deploymentUrl(region, deploymentId) {
    return `https://${consoleHost(region)}/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`;
}
const TERMINAL_STATUSES = new Set(['Succeeded', 'Failed', 'Stopped']);
/** Statuses of a deployment that has not ended. */
const ACTIVE_STATUSES = (/* unused pure expression or super */ null && ([
    'Created',
    'Queued',
    'InProgress',
    'Baking',
    'Ready'
]));

// EXTERNAL MODULE: ./src/common/state.ts
var state = __webpack_require__(3928);
;// CONCATENATED MODULE: ./src/codedeploy/stop.ts





/**
 * Stops a deployment, asking CodeDeploy to roll back to the last good revision when `rollback`
 * is set. Returns CodeDeploy's answer ("Pending" while instances are still being stopped).
 */
async function stopDeployment(cd, deploymentId, rollback, reason, log) {
    log.info(`Stopping deployment ${deploymentId} (${reason}), ${rollback ? 'with' : 'without'} rollback.`);
    try {
        const out = await cd.send(new dist_cjs/* StopDeploymentCommand */.NzN({ deploymentId, autoRollbackEnabled: rollback }));
        const status = out.status ?? 'Pending';
        const said = out.statusMessage ? `: ${(0,untrusted/* oneLine */.TN)(out.statusMessage)}` : '';
        log.info(`StopDeployment answered ${(0,untrusted/* oneLine */.TN)(status)}${said}.`);
        return status;
    }
    catch (err) {
        throw new DeploymentError(`Could not stop deployment ${deploymentId} (codedeploy:StopDeployment): ${errorText(err)}. Stop it in the AWS console, and check that the deploying role may call codedeploy:StopDeployment.`, { cause: err });
    }
}
/** True when the deployment is still running (not Succeeded, Failed or Stopped). */
async function isActive(cd, deploymentId) {
    const out = await cd.send(new dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId }));
    return !TERMINAL_STATUSES.has(out.deploymentInfo?.status ?? '');
}

;// CONCATENATED MODULE: ./src/post-stop.ts











/** Stops `deploymentId`, which the main step left running (see post.ts), if it still runs. */
async function stopLeftover(deploymentId, env, log) {
    try {
        const inputs = readInputs(runContext(env), { checkRevisionPath: false });
        useProxyInput(inputs.httpProxy, env);
        const url = deploymentUrl(inputs.region, deploymentId);
        const afterTimeout = core/* getState */.Gu(state/* STATE_STOP_ON_TIMEOUT */.Tj) === 'true';
        if (!afterTimeout && !inputs.stopOnCancel) {
            log.warning(`Deployment ${deploymentId} may still be running (stop-on-cancel is false): ${url}`);
            return;
        }
        const credentials = await resolveCredentials(inputs, {
            sts: stsFactory(inputs.region, inputs.retryMaxAttempts),
            getIdToken: audience => core/* getIDToken */.V9(audience),
            env,
            log
        });
        const cd = codeDeployClient(inputs.region, credentials.target, inputs.retryMaxAttempts);
        // When the state cannot be read (sustained throttling), StopDeployment tells: it refuses a
        // deployment that has ended.
        if (!(await isActive(cd, deploymentId).catch(() => true))) {
            log.info(`Deployment ${deploymentId} has already ended.`);
            return;
        }
        const [why, because] = afterTimeout
            ? [
                'stop-on-timeout, and the main step could not see it end',
                'the main step could not see it end'
            ]
            : ['the main step ended before the deployment did', 'the job ended before it did'];
        try {
            await stopDeployment(cd, deploymentId, inputs.rollbackOnStop, why, log);
        }
        catch (err) {
            if (errorName(err.cause) !== 'DeploymentAlreadyCompletedException')
                throw err;
            log.info(`Deployment ${deploymentId} has already ended.`);
            return;
        }
        log.warning(`Deployment ${deploymentId} was stopped because ${because}: ${url}`);
    }
    catch (err) {
        const message = err instanceof ActionError ? err.message : String(err);
        core/* setFailed */.C1(`Could not stop deployment ${deploymentId}: ${message}`);
    }
}


/***/ })

};
