import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 8506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ explainDownload),
/* harmony export */   l: () => (/* binding */ instanceRolePlaceholder)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1015);

/** The instances' own role, which the run cannot know: statements name it for the user to replace. */
function instanceRolePlaceholder(partition, account) {
    return `arn:${partition}:iam::${account}:role/YOUR-INSTANCE-PROFILE-ROLE`;
}
/**
 * Why DownloadBundle fails: the agent reads the revision as the instances' instance profile role,
 * not as the action's credentials, so the fix is in that role's policy and, for a bucket in
 * another account, in the bucket policy. The role's name is the instances' own; the statements
 * show where it goes.
 */
function explainDownload(ctx) {
    const role = instanceRolePlaceholder(ctx.partition, ctx.targetAccount);
    const vars = {
        partition: ctx.partition,
        targetAccount: ctx.targetAccount,
        bucket: ctx.bucket,
        revisionKeys: ctx.keys,
        instanceRoleArn: role
    };
    const own = (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .statement */ .qZ)('s3:GetObject', 'instance-profile', vars);
    const shared = (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .statement */ .qZ)('s3:GetObject', 'bucket-policy', vars, {
        sid: 'ProductionInstancesRead'
    });
    const where = `s3://${ctx.bucket}/${ctx.keys}`;
    const parts = [
        `DownloadBundle: the CodeDeploy agent downloads the revision from ${where} as the ` +
            `instance profile role of ` +
            `the instances, in account ${ctx.targetAccount}; its permissions policy there needs ` +
            JSON.stringify(own)
    ];
    if (ctx.bucketAccount && ctx.bucketAccount !== ctx.targetAccount) {
        parts.push(`the bucket is in account ${ctx.bucketAccount}, so the bucket policy of ${ctx.bucket} ` +
            `there must allow that role too: ${JSON.stringify(shared)}`);
    }
    else if (!ctx.bucketAccount) {
        parts.push(`if the bucket is in another account, its bucket policy must allow that role too ` +
            `(statement ProductionInstancesRead)`);
    }
    parts.push('a bucket encrypted with a KMS key needs kms:Decrypt on the key for that role ' +
        '(statement InstancesDecryptRevisions), and a key in another account must allow it in ' +
        'its key policy too (statement InstancesUseKey)');
    return ` (${parts.join('; ')})`;
}


/***/ }),

/***/ 1015:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ CREDENTIALS_INVALID),
/* harmony export */   FL: () => (/* binding */ credentialProblem),
/* harmony export */   GI: () => (/* binding */ CLOCK_SKEW),
/* harmony export */   Nt: () => (/* binding */ WRONG_REGION),
/* harmony export */   j8: () => (/* binding */ CREDENTIALS_EXPIRED),
/* harmony export */   q8: () => (/* binding */ ACCESS_DENIED_NAMES),
/* harmony export */   qZ: () => (/* binding */ statement),
/* harmony export */   z$: () => (/* binding */ roleArnOf)
/* harmony export */ });
/* harmony import */ var _permissions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(760);
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
    const req = (0,_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .requirementFor */ .P6)(action, policy, options.sid);
    return req && (0,_permissions_js__WEBPACK_IMPORTED_MODULE_0__/* .renderStatement */ .M_)(req, vars, options.upload && { upload: options.upload });
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


/***/ }),

/***/ 760:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PQ: () => (/* reexport */ POLICIES),
  GE: () => (/* binding */ actionMatches),
  GS: () => (/* binding */ fill),
  yr: () => (/* binding */ policyDocument),
  M_: () => (/* binding */ renderStatement),
  P6: () => (/* binding */ requirementFor),
  eK: () => (/* binding */ requirementsFor),
  uH: () => (/* binding */ resourceMatches)
});

// UNUSED EXPORTS: LEVELS, REQUIREMENTS, allActions

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
    return catalogue_REQUIREMENTS.filter(r => levels.includes(r.level) && r.applies(setup));
}
const LEVELS = ['required', 'recommended', 'dry-run'];
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


/***/ }),

/***/ 3419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ failuresOf),
/* harmony export */   g: () => (/* binding */ failureOf)
/* harmony export */ });
/* harmony import */ var _advice_explain_download_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8506);

/**
 * The agent downloads the revision with the instance profile, not with the action's
 * credentials: a failed DownloadBundle is nearly always that role, the bucket policy or the key.
 */
const DOWNLOAD_HINT = ' (DownloadBundle: the instance profile role of the instances must allow s3:GetObject and s3:GetObjectVersion on the revision, statement InstancesReadRevisions; a bucket in another account must allow them to that role in its bucket policy, statement ProductionInstancesRead; a KMS-encrypted bucket needs kms:Decrypt too)';
/**
 * A failed target's first failed lifecycle event, with its diagnostics; undefined for others.
 * `download` (where the revision is) makes a DownloadBundle failure name the statements to add.
 */
function failureOf(target, download) {
    if (target.status !== 'Failed')
        return undefined;
    const event = target.events.find(e => e.status === 'Failed');
    const lifecycleEvent = event?.name ?? '';
    const message = event?.message ?? '';
    return {
        targetId: target.targetId,
        lifecycleEvent,
        errorCode: event?.errorCode ?? '',
        scriptName: event?.scriptName ?? '',
        message: lifecycleEvent === 'DownloadBundle'
            ? `${message}${download ? (0,_advice_explain_download_js__WEBPACK_IMPORTED_MODULE_0__/* .explainDownload */ .Q)(download) : DOWNLOAD_HINT}`
            : message,
        logTail: event?.logTail ?? ''
    };
}
function failuresOf(targets, download) {
    return targets.flatMap(t => failureOf(t, download) ?? []);
}


/***/ }),

/***/ 9546:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ TERMINAL_STATUSES),
/* harmony export */   Nh: () => (/* binding */ describeOverview),
/* harmony export */   PM: () => (/* binding */ deploymentUrl),
/* harmony export */   az: () => (/* binding */ ACTIVE_STATUSES),
/* harmony export */   vk: () => (/* binding */ describeProgress)
/* harmony export */ });
/* unused harmony export consoleHost */
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
const ACTIVE_STATUSES = [
    'Created',
    'Queued',
    'InProgress',
    'Baking',
    'Ready'
];


/***/ }),

/***/ 106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ isAccountId),
/* harmony export */   Rm: () => (/* binding */ regionPartition),
/* harmony export */   S1: () => (/* binding */ PARTITIONS),
/* harmony export */   XP: () => (/* binding */ accountOf),
/* harmony export */   iQ: () => (/* binding */ partitionOf),
/* harmony export */   rh: () => (/* binding */ isPartition)
/* harmony export */ });
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


/***/ }),

/***/ 6295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ callStats)
/* harmony export */ });
/**
 * Counts of every AWS call the action made, reported at the end of the run. Kept apart from the
 * clients so that reading them does not load the AWS SDK.
 */
const callStats = { calls: 0, retries: 0 };


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   HY: () => (/* binding */ AppSpecError),
/* harmony export */   RJ: () => (/* binding */ DeploymentFailedError),
/* harmony export */   S$: () => (/* binding */ OlderRevisionError),
/* harmony export */   TQ: () => (/* binding */ AccountNotAllowedError),
/* harmony export */   Yk: () => (/* binding */ StoppedAtGateError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gt: () => (/* binding */ DeploymentError),
/* harmony export */   lE: () => (/* binding */ CredentialsError),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   oW: () => (/* binding */ UploadError),
/* harmony export */   rJ: () => (/* binding */ BundleError),
/* harmony export */   wG: () => (/* binding */ PreflightError)
/* harmony export */ });
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
class BundleError extends ActionError {
}
/** The AppSpec file is missing or invalid. */
class AppSpecError extends ActionError {
}
/** The bundle could not be looked up in or uploaded to S3. */
class UploadError extends ActionError {
}
/** CodeDeploy refused to register the revision or to create the deployment. */
class DeploymentError extends ActionError {
}
/** The deployment ended in a state other than Succeeded. */
class DeploymentFailedError extends ActionError {
}
/** The deployment was still running when the wait timed out. */
class WaitTimeoutError extends ActionError {
}
/** A dry run found a check that failed. */
class PreflightError extends ActionError {
}
/** The job was cancelled while the deployment was in progress. */
class CancelledError extends ActionError {
}
/** The commit being deployed is behind the one the group runs, and older-revision is fail. */
class OlderRevisionError extends ActionError {
}
/** stop-deployment stopped a deployment waiting at Ready: the release did not pass its gate. */
class StoppedAtGateError extends ActionError {
}


/***/ }),

/***/ 6950:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
function formatElapsed(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    const m = Math.floor(s / 60);
    return `${m}:${String(s % 60).padStart(2, '0')}`;
}
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}
function bytes(n) {
    return `${n.toLocaleString('en-US')} bytes`;
}


/***/ }),

/***/ 1095:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ stepLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6257);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4891);


/**
 * The step's own log. A line can hold untrusted text, so the runner must read none of it as a
 * command; @actions/core escapes the data of the annotations itself.
 */
const stepLog = {
    info: line => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeCommands */ .Kw)(line)),
    notice: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message),
    warning: message => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message)
};


/***/ }),

/***/ 9353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   M$: () => (/* binding */ isGitName),
/* harmony export */   dE: () => (/* binding */ inGitDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True when `target` is `root` or below it; resolve symlinks of both first where they matter. */
function isInside(root, target) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, target);
    return rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel);
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


/***/ }),

/***/ 5680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ withRunToken),
/* harmony export */   X6: () => (/* binding */ runTokenLength),
/* harmony export */   fu: () => (/* binding */ runToken),
/* harmony export */   iF: () => (/* binding */ carriesRunToken),
/* harmony export */   tF: () => (/* binding */ readRunToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const NONCE_BYTES = 6;
const NO_COMMIT = 'unknown';
/**
 * A token that names one run of the action: repository, run ID, attempt, a random part (two
 * steps of one job may deploy to the same group) and the commit. The action appends it to the
 * description of the deployment it creates, so that after an answer lost on the way back it can
 * find its own deployment instead of creating a second one, or waiting for itself as for someone
 * else's; and so that a later run can read back which commit the group runs (older-revision).
 */
function runToken(ctx, nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(NONCE_BYTES).toString('hex')) {
    const commit = COMMIT.test(ctx.sha) ? ctx.sha.toLowerCase() : NO_COMMIT;
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
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
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


/***/ }),

/***/ 4891:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ neutralizeCommands),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Tt: () => (/* binding */ holdsHidden),
/* harmony export */   qy: () => (/* binding */ html),
/* harmony export */   xs: () => (/* binding */ htmlBlock)
/* harmony export */ });
/**
 * Text the action does not write itself (deployment descriptions and creators, AWS and GitHub
 * error messages, instance diagnostics, file names, input values) goes to the log and the job
 * summary only through this module.
 *
 * The runner reads a line of a step's output as a workflow command when, after leading
 * whitespace, it starts with `::`, or when it holds `##[` anywhere (the older syntax). The action
 * writes its own commands through @actions/core, which escapes their data; a plain log line that
 * looks like a command can only come from someone else's text.
 */
// .NET's TrimStart, which the runner applies, also trims NEL (U+0085).
const COMMAND_START = /^([\s\u0085]*)::/;
const OLD_COMMAND = /##\[/g;
/** Every line of `text`, changed just enough that the runner reads none of them as a command. */
function neutralizeCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(line => line.replace(COMMAND_START, '$1\\::').replace(OLD_COMMAND, '##\\['))
        .join('\n');
}
/**
 * Control and format characters (line breaks, ANSI escapes, zero-width and bidirectional ones) and
 * line and paragraph separators: each could start a line of its own or disguise what a reader sees.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeHidden(c) {
    return (NAMED[c] ??
        Array.from(c, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
/** True when the text holds a character `oneLine` would escape. */
function holdsHidden(text) {
    return HIDDEN.test(text);
}
/** Untrusted text shown inside one line: every hidden character as an escape. */
function oneLine(text) {
    return text.replace(HIDDEN_ALL, escapeHidden);
}
/**
 * Untrusted text as one value in a message: as it is when plain, else JSON-quoted with every
 * hidden character escaped, so the reader sees where it starts and ends.
 */
function shown(text) {
    return holdsHidden(text) ? JSON.stringify(text).replace(HIDDEN_ALL, escapeHidden) : text;
}
const HTML = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
/**
 * Untrusted text for the job summary, which GitHub renders as Markdown with HTML. Every summary
 * block is HTML, so escaping the markup characters keeps the text text; a blank line would end the
 * HTML block and let the rest be read as Markdown, so line breaks become `<br>`.
 */
function html(text) {
    return escapedLines(text).join('<br>');
}
/** Untrusted text for a `<pre>` block: markup escaped, lines kept, other control characters shown. */
function htmlBlock(text) {
    return escapedLines(text).join('\n');
}
function escapedLines(text) {
    return text.split(/\r\n|\r|\n/).map(line => oneLine(line.replace(/[&<>"']/g, c => HTML[c])));
}


/***/ }),

/***/ 5358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ finishOnGitHub),
/* harmony export */   w: () => (/* binding */ recordOnGitHub)
/* harmony export */ });
/* harmony import */ var _codedeploy_status_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9546);

/**
 * Records the run as a GitHub deployment when github-environment is set. The GitHub client is
 * loaded only then: most runs never call GitHub's API.
 */
async function recordOnGitHub(inputs, ctx, env, log) {
    if (!inputs.githubEnvironment)
        return undefined;
    const { startGitHubDeployment } = await Promise.all(/* import() */[__nccwpck_require__.e(157), __nccwpck_require__.e(808)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9808));
    return startGitHubDeployment({
        token: inputs.githubToken,
        environment: inputs.githubEnvironment,
        apiUrl: env.GITHUB_API_URL ?? '',
        repository: ctx.repository,
        ref: ctx.sha,
        runUrl: `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}`,
        description: inputs.description,
        payload: {
            application: inputs.application,
            'deployment-group': inputs.deploymentGroup,
            region: inputs.region
        },
        log
    });
}
/** Sets the GitHub deployment's final state from the CodeDeploy outcome. */
async function finishOnGitHub(github, outcome) {
    if (!github)
        return;
    const status = outcome?.status;
    const { gitHubDeploymentState } = await Promise.all(/* import() */[__nccwpck_require__.e(157), __nccwpck_require__.e(808)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9808));
    const id = outcome?.deploymentId;
    await github.setStatus(gitHubDeploymentState(status), {
        environmentUrl: id && outcome ? (0,_codedeploy_status_js__WEBPACK_IMPORTED_MODULE_0__/* .deploymentUrl */ .PM)(outcome.region, id) : undefined,
        description: `CodeDeploy deployment ${id ?? '(not created)'}: ${status ?? 'error'}`
    });
}


/***/ }),

/***/ 9305:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
let undici;
/** Loads undici; call it before anything that may construct a ProxyAgent (getOctokit does). */
async function loadUndici() {
    undici ??= await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4371, 19));
}
function loaded() {
    if (!undici) {
        throw new Error('undici was used before loadUndici(): call it before creating a GitHub client');
    }
    return undici;
}
/** Constructs undici's own ProxyAgent: `new ProxyAgent(...)` returns the real instance. */
const ProxyAgent = function ProxyAgent(options) {
    return new (loaded().ProxyAgent)(options);
};
/** undici's fetch, loading undici on first use. */
const fetch = async (input, init) => {
    await loadUndici();
    return loaded().fetch(input, init);
};


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2922);
// The main step as the runner starts it (action.yml `runs.main`, built to dist/main/index.js).

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ requireAllowedAccount),
/* harmony export */   k: () => (/* binding */ parseAllowedAccounts)
/* harmony export */ });
/* harmony import */ var _common_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(106);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1922);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4891);



/** allowed-account-ids: comma-separated 12-digit IDs; empty allows any account. */
function parseAllowedAccounts(text) {
    const ids = text
        .split(',')
        .map(id => id.trim())
        .filter(Boolean);
    const wrong = ids.find(id => !(0,_common_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccountId */ .JG)(id));
    if (wrong !== undefined) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`Input 'allowed-account-ids' holds ${(0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(wrong)}, which is not a 12-digit AWS account ID: ` +
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
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AccountNotAllowedError */ .TQ(`${what} is account ${account}, which allowed-account-ids (${allowed.join(', ')}) does not ` +
        `list: nothing was uploaded or deployed. Check the role or bucket that leads there, or add ` +
        `${account} to allowed-account-ids if this workflow may deploy to it.`);
}


/***/ }),

/***/ 4273:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ validateRegion),
/* harmony export */   EG: () => (/* binding */ validateBucketName),
/* harmony export */   QM: () => (/* binding */ MAX_CODEDEPLOY_NAME),
/* harmony export */   Uq: () => (/* binding */ parseRevisionLocation),
/* harmony export */   _l: () => (/* binding */ validateRoleArn),
/* harmony export */   jq: () => (/* binding */ checkPartition),
/* harmony export */   td: () => (/* binding */ BUNDLE_TYPES),
/* harmony export */   u9: () => (/* binding */ validateKeyPrefix)
/* harmony export */ });
/* unused harmony export bundleTypeOfKey */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1922);
/* harmony import */ var _common_arn_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(106);
/* harmony import */ var _common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4891);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7196);




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
        throw (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bad */ .MB)(name, value, 'an IAM role ARN such as arn:aws:iam::123456789012:role/deploy');
    }
    if (!(0,_common_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .isPartition */ .rh)(partition)) {
        throw (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bad */ .MB)(name, value, `an IAM role ARN whose partition is one of ${_common_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .PARTITIONS */ .S1.join(', ')}`);
    }
    return value;
}
/** Where the region came from, when not from the aws-region input itself. */
function regionFrom(source) {
    return source === 'aws-region' ? '' : ` (from ${source})`;
}
function validateRegion(value, source = 'aws-region') {
    if (!REGION.test(value)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input 'aws-region'${regionFrom(source)} is ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(value)}: expected an AWS region such as us-east-1.`);
    }
    return value;
}
/** A role can only be assumed, and only used, in the partition of its own ARN. */
function checkPartition(name, arn, region, regionSource) {
    const arnPartition = (0,_common_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .partitionOf */ .iQ)(arn);
    const partition = (0,_common_arn_js__WEBPACK_IMPORTED_MODULE_1__/* .regionPartition */ .Rm)(region);
    if (arnPartition === partition)
        return;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Input '${name}' is ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(arn)}, in partition ${arnPartition}, but aws-region${regionFrom(regionSource)} ${(0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(region)} is in partition ${partition}: use a role of the region's partition, or the region the role belongs to.`);
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
        throw (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bad */ .MB)(input, value, `a valid S3 bucket name (${problem[1]})`);
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
        throw (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bad */ .MB)('s3-key-prefix', value, `a key prefix ${problem[1]}`);
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
    if (!m || (0,_common_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .holdsHidden */ .Tt)(value)) {
        throw (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bad */ .MB)('revision-location', value, 's3://bucket/key, optionally followed by ?versionId=...');
    }
    const bucket = validateBucketName(m[1], 'revision-location');
    let key;
    try {
        key = decodeURIComponent(m[2]);
    }
    catch {
        throw (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bad */ .MB)('revision-location', value, 'a key with valid %-encoding: write a % in the key as %25');
    }
    const type = bundleType ?? bundleTypeOfKey(key);
    if (!type) {
        throw (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bad */ .MB)('revision-location', value, 'a key ending in .zip, .tar, .tgz or .tar.gz, or the bundle-type input set');
    }
    let versionId;
    try {
        versionId = m[3] && decodeURIComponent(m[3]);
    }
    catch {
        throw (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .bad */ .MB)('revision-location', value, 'a versionId with valid %-encoding');
    }
    return { bucket, key, versionId, bundleType: type };
}


/***/ }),

/***/ 7196:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  MB: () => (/* binding */ bad),
  Jt: () => (/* binding */ flag),
  hF: () => (/* binding */ input),
  lq: () => (/* binding */ optional),
  nL: () => (/* binding */ parseEnum),
  oA: () => (/* binding */ parseWholeNumber),
  TL: () => (/* binding */ quoted),
  mw: () => (/* binding */ required)
});

// UNUSED EXPORTS: parseBoolean

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __nccwpck_require__(6257);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __nccwpck_require__(1922);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __nccwpck_require__(4891);
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
    return new errors/* InputError */.dz(`Input '${input}' is ${quoted(value)}: expected ${expected}.`);
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
        throw new errors/* InputError */.dz(`Input '${name}' is required: set it to ${what}.`);
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


/***/ }),

/***/ 2922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __nccwpck_require__(6257);
// EXTERNAL MODULE: ./src/common/call-stats.ts
var call_stats = __nccwpck_require__(6295);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __nccwpck_require__(1922);
// EXTERNAL MODULE: ./src/github/record.ts
var record = __nccwpck_require__(5358);
// EXTERNAL MODULE: ./src/inputs/values.ts + 1 modules
var values = __nccwpck_require__(7196);
;// CONCATENATED MODULE: ./src/inputs/overrides.ts

const AUTO_ROLLBACK_EVENTS = [
    'DEPLOYMENT_FAILURE',
    'DEPLOYMENT_STOP_ON_ALARM',
    'DEPLOYMENT_STOP_ON_REQUEST'
];
function readOverrides() {
    return {
        autoRollback: parseAutoRollback((0,values/* input */.hF)('auto-rollback')),
        ignoreAlarms: (0,values/* flag */.Jt)('ignore-alarms'),
        updateOutdatedInstancesOnly: (0,values/* flag */.Jt)('update-outdated-instances-only')
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
            throw (0,values/* bad */.MB)('auto-rollback', text, EXPECTED);
        return event;
    });
    return { enabled: true, events: AUTO_ROLLBACK_EVENTS.filter(e => events.includes(e)) };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/common/paths.ts
var paths = __nccwpck_require__(9353);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __nccwpck_require__(4891);
;// CONCATENATED MODULE: ./src/inputs/workspace-paths.ts





function plainPath(input, value) {
    if ((0,untrusted/* holdsHidden */.Tt)(value))
        throw (0,values/* bad */.MB)(input, value, 'a path with no control characters');
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
    if ((0,paths/* isInside */.FK)(root, real))
        return;
    throw (0,values/* bad */.MB)(input, value, `${what} inside the workspace, but it resolves to ${(0,untrusted/* shown */.SP)(real)}, outside the workspace ${(0,untrusted/* shown */.SP)(root)}`);
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
        throw (0,values/* bad */.MB)('revision-path', value, `a directory inside the workspace, but ${where} does not exist (did the job check out the repository with actions/checkout?)`);
    }
    if (!isDirectory)
        throw (0,values/* bad */.MB)('revision-path', value, `a directory, but ${where} is a file`);
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
        throw (0,values/* bad */.MB)(input, value, `${what} inside the workspace, but ${(0,untrusted/* shown */.SP)(file)} does not exist (did an earlier step build it?)`);
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
    const type = (0,values/* parseEnum */.nL)('revision-type', (0,values/* input */.hF)('revision-type'), ['s3', 'github']);
    if (type === 's3')
        return undefined;
    const fail = (why) => new errors/* InputError */.dz(`revision-type is github, ${why}`);
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
    const value = (0,values/* input */.hF)('bundle-file');
    if (!value)
        return undefined;
    const clash = given.revisionLocation
        ? 'revision-location'
        : given.gitHub
            ? 'revision-type: github'
            : ['bundle-type', 'appspec-file', 'exclude'].find(name => (0,values/* input */.hF)(name).trim());
    if (clash) {
        throw new errors/* InputError */.dz(`Input 'bundle-file' deploys a pre-built archive as it is; it cannot be combined with ${clash.includes(':') ? clash : `'${clash}'`}: remove one of them.`);
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
    const value = (0,values/* input */.hF)('task-definition');
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
    return (0,values/* parseEnum */.nL)('wait-until', (0,values/* input */.hF)('wait-until'), ['completed', 'ready']);
}
/** continue-deployment or stop-deployment, at most one; undefined when neither is set. */
function readGate() {
    const continued = (0,values/* optional */.lq)('continue-deployment');
    const stopped = (0,values/* optional */.lq)('stop-deployment');
    if (continued && stopped) {
        throw new errors/* InputError */.dz("Inputs 'continue-deployment' and 'stop-deployment' are both set: a step either continues the deployment waiting at Ready or stops it; set one.");
    }
    const name = continued ? 'continue-deployment' : 'stop-deployment';
    const id = continued ?? stopped;
    if (id === undefined)
        return undefined;
    if (!DEPLOYMENT_ID.test(id)) {
        throw (0,values/* bad */.MB)(name, id, 'a deployment ID such as d-A1B2C3D4E (the deployment-id output of the step that stopped at Ready)');
    }
    for (const other of ['upload-only', 'dry-run', 'revision-location']) {
        if ((0,values/* input */.hF)(other) && (0,values/* input */.hF)(other) !== 'false') {
            throw new errors/* InputError */.dz(`Input '${name}' decides about a deployment that exists; it cannot be combined with '${other}', which makes a new one: remove one of them.`);
        }
    }
    return { action: continued ? 'continue' : 'stop', deploymentId: id };
}

// EXTERNAL MODULE: ./src/common/arn.ts
var arn = __nccwpck_require__(106);
// EXTERNAL MODULE: ./src/inputs/allowed-accounts.ts
var allowed_accounts = __nccwpck_require__(2490);
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
        throw new errors/* InputError */.dz(`Input 'http-proxy' is ${(0,untrusted/* shown */.SP)(value.replace(/\/\/[^@/]*@/, '//***@'))}, not a proxy URL: ` +
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
            throw new errors/* InputError */.dz(`Input 'role-session-tags' gives the tag ${(0,untrusted/* shown */.SP)(Key)} twice.`);
        }
        seen.add(Key.toLowerCase());
    }
    if (tags.length > MAX_TAGS) {
        throw new errors/* InputError */.dz(`Input 'role-session-tags' gives ${tags.length} tags; STS takes at most ${MAX_TAGS}.`);
    }
    return tags;
}
function tagOf(line) {
    const at = line.indexOf('=');
    const Key = (at === -1 ? line : line.slice(0, at)).trim();
    const Value = at === -1 ? '' : line.slice(at + 1).trim();
    if (at === -1 || !Key || Key.length > MAX_KEY || !TAG_TEXT.test(Key)) {
        throw new errors/* InputError */.dz(`Input 'role-session-tags' has the line ${(0,untrusted/* shown */.SP)(line)}: expected Key=Value, with a key of ` +
            `1 to ${MAX_KEY} letters, digits, spaces and _.:/=+-@ (or the line github).`);
    }
    if (Value.length > MAX_VALUE || !TAG_TEXT.test(Value)) {
        throw new errors/* InputError */.dz(`Input 'role-session-tags' gives ${(0,untrusted/* shown */.SP)(Key)} the value ${(0,untrusted/* shown */.SP)(Value)}: expected at most ` +
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
        throw new errors/* InputError */.dz(`Input 'transitive-tag-keys' names ${(0,untrusted/* shown */.SP)(stray)}, which role-session-tags does not set: ` +
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
        throw new errors/* InputError */.dz(`Input 'inline-session-policy' is not valid JSON (${err.message}): give a ` +
            `policy document such as {"Version":"2012-10-17","Statement":[...]}.`);
    }
    if (typeof parsed !== 'object' || parsed === null || !('Statement' in parsed)) {
        throw new errors/* InputError */.dz(`Input 'inline-session-policy' is JSON but not a policy document: it needs a Statement.`);
    }
    // Sent compact: STS counts the characters of the text it is given.
    const compact = JSON.stringify(parsed);
    if (compact.length > MAX_INLINE_POLICY) {
        throw new errors/* InputError */.dz(`Input 'inline-session-policy' is ${compact.length} characters without spaces; STS takes ` +
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
        throw new errors/* InputError */.dz(`Input 'managed-session-policies' holds ${(0,untrusted/* shown */.SP)(wrong)}, which is not the ARN of an IAM ` +
            `managed policy (arn:aws:iam::123456789012:policy/NAME or arn:aws:iam::aws:policy/NAME).`);
    }
    if (arns.length > MAX_POLICY_ARNS) {
        throw new errors/* InputError */.dz(`Input 'managed-session-policies' names ${arns.length} policies; STS takes at most ` +
            `${MAX_POLICY_ARNS}.`);
    }
    return arns;
}

// EXTERNAL MODULE: ./src/inputs/aws-names.ts
var aws_names = __nccwpck_require__(4273);
// EXTERNAL MODULE: ./src/common/run-token.ts
var run_token = __nccwpck_require__(5680);
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
    const room = MAX_DESCRIPTION - (0,run_token/* runTokenLength */.X6)(ctx);
    const value = (0,values/* input */.hF)('description');
    if (!value)
        return defaultDescription(ctx).slice(0, room);
    if (value.length > room) {
        throw new errors/* InputError */.dz(`Input 'description' is ${value.length} characters long: expected at most ${room}, as CodeDeploy takes ${MAX_DESCRIPTION} and the action appends a token of the run (${MAX_DESCRIPTION - room} characters) that lets it find its own deployment.`);
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
const CODEDEPLOY_NAME = new RegExp(`^.{1,${aws_names/* MAX_CODEDEPLOY_NAME */.QM}}$`);
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
    const githubEnvironment = (0,values/* optional */.lq)('github-environment');
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
        dryRun: (0,values/* flag */.Jt)('dry-run'),
        retryMaxAttempts: (0,values/* parseWholeNumber */.oA)('retry-max-attempts', (0,values/* input */.hF)('retry-max-attempts'), 1, MAX_ATTEMPTS, 'more would only prolong a run that AWS keeps refusing'),
        httpProxy: parseProxyUrl((0,values/* input */.hF)('http-proxy'))
    };
}
/** Session tags and policies, which only an AssumeRole of role-to-assume can carry. */
function readSession(ctx, roleToAssume, githubEnvironment) {
    const given = SESSION_INPUTS.find(name => (0,values/* input */.hF)(name).trim());
    if (given && !roleToAssume) {
        throw new errors/* InputError */.dz(`Input '${given}' applies to the session of role-to-assume, which is not set: set ` +
            `role-to-assume, or remove ${given}.`);
    }
    const tags = parseSessionTags((0,values/* input */.hF)('role-session-tags'), { env: ctx.env, githubEnvironment });
    return {
        tags,
        transitiveTagKeys: parseTransitiveTagKeys((0,values/* input */.hF)('transitive-tag-keys'), tags),
        policy: parseInlinePolicy((0,values/* input */.hF)('inline-session-policy')),
        policyArns: parsePolicyArns((0,values/* input */.hF)('managed-session-policies'))
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
    const roleAccount = (0,arn/* accountOf */.XP)(roleToAssume);
    if (roleAccount) {
        (0,allowed_accounts/* requireAllowedAccount */.T)(allowedAccountIds, roleAccount, `The account of role-to-assume ${roleToAssume}`);
    }
    if (s3BucketOwner)
        (0,allowed_accounts/* requireAllowedAccount */.T)(allowedAccountIds, s3BucketOwner, 's3-bucket-owner');
}
function readRegion(ctx) {
    const sources = [
        ['aws-region', (0,values/* input */.hF)('aws-region')],
        ['AWS_REGION', ctx.env.AWS_REGION],
        ['AWS_DEFAULT_REGION', ctx.env.AWS_DEFAULT_REGION]
    ];
    const [source, value] = sources.find(([, found]) => found) ?? [];
    if (!source || !value) {
        throw new errors/* InputError */.dz("Input 'aws-region' is required: set it, or the AWS_REGION environment variable, to the region of the CodeDeploy application.");
    }
    return { region: (0,aws_names/* validateRegion */.CN)(value, source), source };
}
/** The roles of the chain, each in the region's partition, and how they are assumed. */
function readRoles(ctx, { region, source }) {
    const roleArn = (name) => {
        const arn = (0,values/* optional */.lq)(name);
        if (!arn)
            return undefined;
        (0,aws_names/* validateRoleArn */._l)(name, arn);
        (0,aws_names/* checkPartition */.jq)(name, arn, region, source);
        return arn;
    };
    const roleToAssume = roleArn('role-to-assume');
    const oidcRoleArn = roleArn('oidc-role-arn');
    const roleSessionName = (0,values/* input */.hF)('role-session-name') || defaultSessionName(ctx);
    if (!SESSION_NAME.test(roleSessionName)) {
        throw (0,values/* bad */.MB)('role-session-name', roleSessionName, '2 to 64 characters of letters, digits and +=,.@_-');
    }
    const roleExternalId = (0,values/* optional */.lq)('role-external-id');
    if (roleExternalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(roleExternalId)) {
        throw new errors/* InputError */.dz("Input 'role-external-id' is malformed: expected 2 to 1224 characters of letters, digits and +=,.@:/_-.");
    }
    return {
        region,
        roleToAssume,
        roleExternalId,
        roleSessionName,
        roleDurationSeconds: (0,values/* parseWholeNumber */.oA)('role-duration-seconds', (0,values/* input */.hF)('role-duration-seconds'), MIN_ROLE_DURATION, MAX_ROLE_DURATION),
        oidcRoleArn,
        audience: (0,values/* input */.hF)('audience'),
        allowedAccountIds: (0,allowed_accounts/* parseAllowedAccounts */.k)((0,values/* input */.hF)('allowed-account-ids'))
    };
}
function codeDeployName(name, value) {
    if (!CODEDEPLOY_NAME.test(value))
        throw (0,values/* bad */.MB)(name, value, 'at most 100 characters');
    return value;
}
/** What is deployed where, and how CodeDeploy treats the instances' files. */
function readDeployment(ctx) {
    const application = (0,values/* required */.mw)('application', 'the name of the CodeDeploy application');
    if (!CODEDEPLOY_NAME.test(application)) {
        throw (0,values/* bad */.MB)('application', application, 'at most 100 characters');
    }
    const deploymentGroup = codeDeployName('deployment-group', (0,values/* required */.mw)('deployment-group', 'the name of the CodeDeploy deployment group'));
    const deploymentConfig = (0,values/* optional */.lq)('deployment-config');
    const fileExistsBehavior = (0,values/* optional */.lq)('file-exists-behavior');
    return {
        application,
        deploymentGroup,
        deploymentConfig: deploymentConfig && codeDeployName('deployment-config', deploymentConfig),
        description: readDescription(ctx),
        fileExistsBehavior: fileExistsBehavior
            ? (0,values/* parseEnum */.nL)('file-exists-behavior', fileExistsBehavior, [
                'DISALLOW',
                'OVERWRITE',
                'RETAIN'
            ])
            : undefined,
        ignoreApplicationStopFailures: (0,values/* flag */.Jt)('ignore-application-stop-failures'),
        onActiveDeployment: (0,values/* parseEnum */.nL)('on-active-deployment', (0,values/* input */.hF)('on-active-deployment'), [
            'wait',
            'stop',
            'fail'
        ]),
        olderRevision: (0,values/* parseEnum */.nL)('older-revision', (0,values/* input */.hF)('older-revision'), [
            'fail',
            'warn',
            'allow'
        ])
    };
}
/** Where the revision comes from (files, an AppSpec, an object in S3) and where it goes. */
function readRevision(ctx, options) {
    const s3BucketOwner = (0,values/* optional */.lq)('s3-bucket-owner');
    if (s3BucketOwner && !(0,arn/* isAccountId */.JG)(s3BucketOwner)) {
        throw (0,values/* bad */.MB)('s3-bucket-owner', s3BucketOwner, 'a 12-digit AWS account ID');
    }
    const bundleTypeInput = (0,values/* optional */.lq)('bundle-type');
    const bundleType = bundleTypeInput
        ? (0,values/* parseEnum */.nL)('bundle-type', bundleTypeInput, aws_names/* BUNDLE_TYPES */.td)
        : undefined;
    const locationInput = (0,values/* optional */.lq)('revision-location');
    const revisionLocation = locationInput
        ? (0,aws_names/* parseRevisionLocation */.Uq)(locationInput, bundleType)
        : undefined;
    const uploadOnly = (0,values/* flag */.Jt)('upload-only');
    const s3Bucket = (0,values/* optional */.lq)('s3-bucket');
    if (uploadOnly && revisionLocation) {
        throw new errors/* InputError */.dz("Inputs 'upload-only' and 'revision-location' exclude each other: revision-location deploys an object already in S3, so there is nothing to upload.");
    }
    const revisionPathInput = (0,values/* input */.hF)('revision-path');
    // The post step, and a revision already in S3, read no file: there is nothing to confine.
    const readsFiles = !revisionLocation && options.checkRevisionPath !== false;
    const revisionPath = revisionLocation
        ? ctx.workspace
        : readsFiles
            ? resolveRevisionPath(revisionPathInput, ctx.workspace)
            : external_node_path_.resolve(ctx.workspace, revisionPathInput);
    const appspecFileInput = (0,values/* optional */.lq)('appspec-file');
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
        s3Bucket: revisionLocation?.bucket ?? (s3Bucket && (0,aws_names/* validateBucketName */.EG)(s3Bucket)),
        s3KeyPrefix: (0,aws_names/* validateKeyPrefix */.u9)((0,values/* input */.hF)('s3-key-prefix')),
        s3BucketOwner,
        uploadCredentials: (0,values/* parseEnum */.nL)('upload-credentials', (0,values/* input */.hF)('upload-credentials'), [
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
        wait: (0,values/* flag */.Jt)('wait'),
        waitTimeoutSeconds: (0,values/* parseWholeNumber */.oA)('wait-timeout-seconds', (0,values/* input */.hF)('wait-timeout-seconds'), 1, MAX_WAIT_TIMEOUT, MAX_WAIT_TIMEOUT_WHY),
        pollIntervalSeconds: (0,values/* parseWholeNumber */.oA)('poll-interval-seconds', (0,values/* input */.hF)('poll-interval-seconds'), 1, MAX_POLL_INTERVAL),
        stopOnCancel: (0,values/* flag */.Jt)('stop-on-cancel'),
        stopOnTimeout: (0,values/* flag */.Jt)('stop-on-timeout'),
        rollbackOnStop: (0,values/* flag */.Jt)('rollback-on-stop')
    };
}
function readGitHubToken() {
    const token = (0,values/* input */.hF)('github-token');
    if (token)
        core/* setSecret */.Pq(token);
    return token;
}

// EXTERNAL MODULE: ./src/report/outputs.ts
var outputs = __nccwpck_require__(5468);
// EXTERNAL MODULE: ./src/report/summary.ts + 4 modules
var summary = __nccwpck_require__(9692);
// EXTERNAL MODULE: ./src/revision/plan.ts
var revision_plan = __nccwpck_require__(9270);
// EXTERNAL MODULE: ./src/common/log.ts
var log = __nccwpck_require__(1095);
;// CONCATENATED MODULE: ./src/main.ts











/**
 * Runs the whole flow: inputs, revision, credentials, upload, deployment, wait, report. Local
 * work (validation, bundling) comes first, so a bad input or AppSpec fails before any AWS call,
 * and before the AWS SDK, the largest part of start-up (docs/performance.md), is even loaded.
 */
async function run(env = process.env) {
    const started = Date.now();
    const ctx = runContext(env);
    const progress = {};
    try {
        const inputs = readInputs(ctx);
        useProxyInput(inputs.httpProxy, env);
        if (inputs.dryRun) {
            // Loaded on demand: most runs never need it, and every run pays for parsing what it loads.
            const { runPreflight } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(303), __nccwpck_require__.e(157), __nccwpck_require__.e(764), __nccwpck_require__.e(721), __nccwpck_require__.e(863), __nccwpck_require__.e(412)]).then(__nccwpck_require__.bind(__nccwpck_require__, 412));
            if (!(await runPreflight(inputs, env))) {
                throw new errors/* PreflightError */.wG('Dry run: some checks failed; see the checklist above.');
            }
            return;
        }
        if (inputs.gate) {
            const { decideGate } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(303), __nccwpck_require__.e(721), __nccwpck_require__.e(353), __nccwpck_require__.e(163)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8163));
            await decideGate(inputs.gate, inputs, env, progress, log/* stepLog */.t);
            return;
        }
        const plan = await (0,revision_plan/* planRevision */.XO)(inputs);
        const local = await (0,revision_plan/* prepareLocalRevision */.cy)(plan, inputs, env);
        if (local.kind === 'bundle') {
            const { bundle } = local;
            const what = local.owned
                ? `Bundled ${inputs.revisionPath}`
                : `Read bundle-file ${bundle.path}`;
            log/* stepLog */.t.info(`${what}: ${bundle.fileCount} files, ${bundle.size} bytes, SHA-256 ${bundle.sha256}.`);
            // What the agent accepts but most likely not as meant, as annotations naming the line.
            for (const warning of bundle.appSpec.warnings)
                log/* stepLog */.t.warning(warning);
        }
        if (local.kind === 'github') {
            for (const warning of local.appSpec.warnings)
                log/* stepLog */.t.warning(warning);
        }
        const { deliver } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(815), __nccwpck_require__.e(303), __nccwpck_require__.e(157), __nccwpck_require__.e(721), __nccwpck_require__.e(863), __nccwpck_require__.e(353), __nccwpck_require__.e(127)]).then(__nccwpck_require__.bind(__nccwpck_require__, 127)).catch(async (err) => {
            await (0,revision_plan/* discard */.vf)(local);
            throw err;
        });
        await deliver(inputs, ctx, env, plan, local, progress, log/* stepLog */.t);
    }
    catch (err) {
        (0,outputs/* setErrorOutputs */.$)(progress.outcome, err);
        fail(err);
    }
    finally {
        const { outcome } = progress;
        await (0,record/* finishOnGitHub */.O)(progress.github, outcome);
        if (call_stats/* callStats */.I.calls > 0) {
            log/* stepLog */.t.info(`AWS calls: ${call_stats/* callStats */.I.calls} (${call_stats/* callStats */.I.retries} retried after throttling or transient faults).`);
        }
        if (outcome) {
            outcome.durationMs = Date.now() - started;
            await (0,summary/* writeSummary */.Sy)(outcome).catch(e => log/* stepLog */.t.warning(`Could not write the job summary: ${e}`));
        }
    }
}
function fail(err) {
    if (err instanceof errors/* ActionError */.lZ) {
        core/* setFailed */.C1(err.message);
    }
    else {
        core/* setFailed */.C1(`Unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (err instanceof Error && err.stack)
        core/* debug */.Yz(err.stack);
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   jd: () => (/* binding */ annotateGroups),
/* harmony export */   oh: () => (/* binding */ failureMessage)
/* harmony export */ });
/* unused harmony exports MAX_ERROR_ANNOTATIONS, groupTitle, groupMessage */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6257);
/* harmony import */ var _groups_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6900);


/** GitHub shows at most 10 error annotations of a step and drops the rest. */
const MAX_ERROR_ANNOTATIONS = 10;
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** What went wrong, in one line: the script, the error code and the message. */
function failureMessage(f) {
    const what = [f.scriptName && `Script ${f.scriptName} failed`, f.errorCode && `(${f.errorCode})`]
        .filter(Boolean)
        .join(' ');
    const head = what && f.message ? `${what}: ${f.message}` : what || f.message;
    return head || 'The lifecycle event failed';
}
function groupTitle(deploymentId, g) {
    const event = g.lifecycleEvent ? ` during ${g.lifecycleEvent}` : '';
    const on = g.count === 1 ? `on ${g.examples[0]}` : `on ${plural(g.count, 'instance')}`;
    return `Deployment ${deploymentId} failed ${on}${event}`;
}
function groupMessage(g) {
    const more = g.count > g.examples.length ? ` and ${g.count - g.examples.length} more` : '';
    const where = g.count === 1 ? '' : `\nInstances: ${g.examples.join(', ')}${more}`;
    const tail = g.logTail.trim() ? `\nLog tail (${g.examples[0]}):\n${(0,_groups_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedTail */ .ct)(g.logTail)}` : '';
    return `${failureMessage(g)}${where}${tail}`;
}
/**
 * One error annotation per cause, at most MAX_ERROR_ANNOTATIONS in all: past that, the last one
 * says how many causes and instances are left out and where to find them.
 */
function annotateGroups(deploymentId, groups) {
    const fits = groups.length <= MAX_ERROR_ANNOTATIONS;
    const shown = fits ? groups : groups.slice(0, MAX_ERROR_ANNOTATIONS - 1);
    for (const g of shown)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(groupMessage(g), { title: groupTitle(deploymentId, g) });
    if (fits)
        return;
    const rest = groups.slice(shown.length);
    const instances = rest.reduce((n, g) => n + g.count, 0);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${plural(rest.length, 'more cause')} of failure on ${plural(instances, 'instance')} not shown here: see the job summary and the diagnostics-file output.`, { title: `Deployment ${deploymentId}: ${plural(rest.length, 'more cause')} of failure` });
}


/***/ }),

/***/ 6900:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ groupFailures),
/* harmony export */   ct: () => (/* binding */ boundedTail)
/* harmony export */ });
/* unused harmony export causeOf */
const EXAMPLES = 5;
/**
 * What stays of a message once the parts that differ from one instance to the next are gone:
 * instance and other resource IDs, IPv4 and IPv6 addresses, numbers (ports, PIDs, durations).
 * Exit codes are numbers too, so two targets whose script exited 1 and 3 share a group; the
 * group shows its first target's message, and the diagnostics file has each one.
 */
function causeOf(message) {
    return message
        .replace(/\b(?:i|mi|ip|eni)-[0-9a-f]{8,17}\b/gi, '<id>')
        .replace(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, '<ip>')
        .replace(/\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\b/gi, '<ip>')
        .replace(/\d+/g, '#');
}
/**
 * Failed targets grouped by cause: the same lifecycle event, error code, script and message
 * (see `causeOf`). Largest group first; equal groups in the order their first target came.
 */
function groupFailures(failures) {
    const groups = new Map();
    for (const f of failures) {
        const key = JSON.stringify([f.lifecycleEvent, f.errorCode, f.scriptName, causeOf(f.message)]);
        const group = groups.get(key);
        if (group) {
            group.count++;
            if (group.examples.length < EXAMPLES)
                group.examples.push(f.targetId);
        }
        else {
            groups.set(key, {
                count: 1,
                lifecycleEvent: f.lifecycleEvent,
                errorCode: f.errorCode,
                scriptName: f.scriptName,
                message: f.message,
                logTail: f.logTail,
                examples: [f.targetId]
            });
        }
    }
    return [...groups.values()].sort((a, b) => b.count - a.count);
}
/** The last lines of a log tail, at most `maxChars` of them; a cut says so. */
function boundedTail(logTail, maxLines = 20, maxChars = 2000) {
    const lines = logTail.trimEnd().split(/\r\n|\r|\n/);
    let kept = lines.slice(-maxLines).join('\n');
    if (kept.length > maxChars)
        kept = kept.slice(-maxChars);
    return kept.length < logTail.trimEnd().length ? `[…]\n${kept}` : kept;
}


/***/ }),

/***/ 5468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ setErrorOutputs),
/* harmony export */   n: () => (/* binding */ setOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6257);
/* harmony import */ var _codedeploy_status_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9546);


/** Outputs are set as soon as they are known, so a later failure still leaves them for gating. */
function setOutputs(o) {
    const counts = o.info?.deploymentOverview;
    const outputs = [
        ['target-account-id', o.targetAccountId],
        ['revision-location', o.revisionLocation],
        ['revision-etag', o.revisionEtag],
        ['revision-sha256', o.revisionSha256],
        ['task-definition-arn', o.taskDefinitionArn],
        ['deployment-id', o.deploymentId],
        ['deployment-url', o.deploymentId && (0,_codedeploy_status_js__WEBPACK_IMPORTED_MODULE_1__/* .deploymentUrl */ .PM)(o.region, o.deploymentId)],
        ['deployment-status', o.status],
        ['instances-succeeded', counts && String(counts.Succeeded ?? 0)],
        ['instances-failed', counts && String(counts.Failed ?? 0)],
        ['diagnostics-file', o.diagnosticsFile]
    ];
    for (const [name, value] of outputs) {
        if (value !== undefined && value !== '')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    }
}
/**
 * error-code and error-message let a later job branch on why a deploy failed: CodeDeploy's own
 * code when the deployment failed, else the kind of error the action met.
 */
function setErrorOutputs(o, err) {
    const info = o?.info?.errorInformation;
    const code = info?.code ?? (err instanceof Error ? err.name : 'Error');
    const message = info?.message ?? (err instanceof Error ? err.message : String(err));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('error-code', code);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('error-message', message);
}


/***/ }),

/***/ 9692:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Sy: () => (/* binding */ writeSummary)
});

// UNUSED EXPORTS: SUMMARY_BUDGET, buildSummary, summarySections

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __nccwpck_require__(6257);
// EXTERNAL MODULE: ./src/codedeploy/status.ts
var codedeploy_status = __nccwpck_require__(9546);
// EXTERNAL MODULE: ./src/common/format.ts
var format = __nccwpck_require__(6950);
// EXTERNAL MODULE: ./src/common/untrusted.ts
var untrusted = __nccwpck_require__(4891);
// EXTERNAL MODULE: ./src/report/groups.ts
var report_groups = __nccwpck_require__(6900);
;// CONCATENATED MODULE: ./src/report/headline.ts
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
function fleetSize(o, fallback) {
    if (!o)
        return fallback;
    const counted = (o.Succeeded ?? 0) + (o.Failed ?? 0) + (o.Skipped ?? 0) + (o.InProgress ?? 0) + (o.Pending ?? 0);
    return counted + (o.Ready ?? 0) || fallback;
}
/** The script and how it ended, from CodeDeploy's message: "scripts/validate.sh exited 3". */
function causeOfGroup(g) {
    const exit = /exit code (\d+)/i.exec(g.message);
    if (g.scriptName && exit)
        return `${g.scriptName} exited ${exit[1]}`;
    if (g.scriptName)
        return `${g.scriptName}: ${g.errorCode || 'failed'}`;
    const message = g.message.length > 120 ? `${g.message.slice(0, 119)}…` : g.message;
    return [g.errorCode, message].filter(Boolean).join(': ');
}
function groupPhrase(g) {
    const cause = causeOfGroup(g);
    return `${g.lifecycleEvent || 'a lifecycle event'}${cause ? ` (${cause})` : ''}`;
}
/**
 * The outcome and its cause in one sentence of plain text, for the first line of the summary:
 * "Failed: 150 of 300 instances failed ValidateService (scripts/validate.sh exited 3)".
 */
function headline(o, groups) {
    const status = o.status ?? 'Not started';
    const overview = o.info?.deploymentOverview;
    const total = fleetSize(overview, o.targets?.length ?? 0);
    const of = total ? ` of ${plural(total, 'instance')}` : '';
    if (status === 'Succeeded') {
        const succeeded = overview?.Succeeded ?? total;
        return total ? `Succeeded: ${succeeded.toLocaleString('en-US')}${of} deployed.` : 'Succeeded.';
    }
    const failed = overview?.Failed ?? groups.reduce((n, g) => n + g.count, 0);
    const [first, ...rest] = groups;
    if (first) {
        const also = rest.length
            ? `; ${rest.reduce((n, g) => n + g.count, 0).toLocaleString('en-US')} more failed for ${plural(rest.length, 'other cause')}`
            : '';
        return `${status}: ${first.count.toLocaleString('en-US')}${of} failed ${groupPhrase(first)}${also}.`;
    }
    const error = o.info?.errorInformation;
    const why = error?.message ? `: ${[error.code, error.message].filter(Boolean).join(': ')}` : '';
    const counts = failed ? ` (${plural(failed, 'instance')} failed${of})` : '';
    return `${status}${counts}${why}`.replace(/([^.])$/, '$1.');
}

;// CONCATENATED MODULE: ./src/report/fleet.ts
function median(sorted) {
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}
/** Each lifecycle event in the order the targets ran them, with its counts and durations. */
function eventStats(targets) {
    const stats = new Map();
    for (const t of targets) {
        for (const e of t.events) {
            let s = stats.get(e.name);
            if (!s) {
                s = { name: e.name, passed: 0, failed: 0, skipped: 0, other: 0, durations: [] };
                stats.set(e.name, s);
            }
            if (e.status === 'Succeeded')
                s.passed++;
            else if (e.status === 'Failed')
                s.failed++;
            else if (e.status === 'Skipped')
                s.skipped++;
            else
                s.other++;
            if (e.start !== undefined && e.end !== undefined)
                s.durations.push(e.end - e.start);
        }
    }
    return [...stats.values()].map(({ durations, ...s }) => {
        if (!durations.length)
            return s;
        durations.sort((a, b) => a - b);
        return { ...s, min: durations[0], median: median(durations), max: durations.at(-1) };
    });
}
/** A target's duration: from its first event's start to its last event's end. */
function targetSpan(t) {
    const starts = t.events.flatMap(e => e.start ?? []);
    const ends = t.events.flatMap(e => e.end ?? []);
    if (!starts.length || !ends.length)
        return undefined;
    return { start: Math.min(...starts), end: Math.max(...ends) };
}

;// CONCATENATED MODULE: ./src/report/timeline.ts
/** Past this many targets a timeline is too tall to take in: the per-event table says it all. */
const TIMELINE_MAX_TARGETS = 20;
/**
 * Mermaid reads `:`, `;`, `#` and line breaks as syntax, and the block is not HTML-escaped by
 * GitHub: only letters, digits and `._-/` of a name get through.
 */
function label(text) {
    return text.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 64) || '_';
}
/**
 * A Mermaid gantt chart of each target's lifecycle events, one row per target (GitHub renders
 * Mermaid in job summaries), a failed event marked critical so it stands out in red. Empty when there are too
 * many targets or no event has both times.
 */
function timeline(targets) {
    if (!targets.length || targets.length > TIMELINE_MAX_TARGETS)
        return '';
    // Compact: each instance's events share one row, as they never overlap.
    const lines = [
        '---',
        'displayMode: compact',
        '---',
        'gantt',
        '  dateFormat x',
        '  axisFormat %H:%M:%S'
    ];
    let tasks = 0;
    for (const t of targets) {
        lines.push(`  section ${label(t.targetId)}`);
        for (const e of t.events) {
            if (e.start === undefined || e.end === undefined)
                continue;
            const tag = e.status === 'Failed' ? 'crit, ' : e.status === 'Succeeded' ? 'done, ' : '';
            // A zero-length bar does not show; a millisecond does.
            lines.push(`  ${label(e.name)} :${tag}${e.start}, ${Math.max(e.end, e.start + 1)}`);
            tasks++;
        }
    }
    return tasks ? `\`\`\`mermaid\n${lines.join('\n')}\n\`\`\`` : '';
}

// EXTERNAL MODULE: ./src/codedeploy/failures.ts
var failures = __nccwpck_require__(3419);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __nccwpck_require__(856);
;// CONCATENATED MODULE: ./src/report/summary-sections.ts






/** Rows of the failure-group table; the rest are counted in one line. */
const MAX_GROUP_ROWS = 20;
/** Log tails shown, one per group, largest groups first. */
const MAX_LOG_TAILS = 5;
/** Rows of the per-instance table, failed targets first. */
const MAX_INSTANCE_ROWS = 50;
const MESSAGE_CHARS = 300;
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function more(n, what) {
    return n > 0
        ? `<p>${n.toLocaleString('en-US')} more ${what}: see the diagnostics-file output.</p>`
        : '';
}
const cell = (markup) => `<td>${markup}</td>`;
/** One row per cause: count, event, code, script, message and a few example instances. */
function failureGroupsTable(groups) {
    if (!groups.length)
        return '';
    const head = '<tr><th>Instances</th><th>Lifecycle event</th><th>Error code</th><th>Script</th><th>Message</th><th>Examples</th></tr>';
    const rows = groups.slice(0, MAX_GROUP_ROWS).map(g => {
        const examples = g.examples.map(id => `<code>${(0,untrusted/* html */.qy)(id)}</code>`).join('<br>');
        return `<tr>${[
            g.count.toLocaleString('en-US'),
            (0,untrusted/* html */.qy)(g.lifecycleEvent),
            (0,untrusted/* html */.qy)(g.errorCode),
            g.scriptName ? `<code>${(0,untrusted/* html */.qy)(g.scriptName)}</code>` : '',
            (0,untrusted/* html */.qy)(clip(g.message, MESSAGE_CHARS)),
            examples
        ]
            .map(cell)
            .join('')}</tr>`;
    });
    const rest = groups.slice(MAX_GROUP_ROWS);
    const restCount = rest.reduce((n, g) => n + g.count, 0);
    const note = rest.length
        ? more(rest.length, `causes of failure on ${restCount.toLocaleString('en-US')} instances`)
        : '';
    return `<h3>Failures by cause</h3>\n<table>${head}${rows.join('')}</table>${note}`;
}
/** One representative log tail per cause, collapsed. */
function groupLogTails(groups) {
    const shown = groups.filter(g => g.logTail.trim()).slice(0, MAX_LOG_TAILS);
    return shown
        .map(g => {
        const what = `${g.lifecycleEvent || 'Failed'} on ${g.examples[0]}${g.count > 1 ? ` (1 of ${g.count})` : ''}: log tail`;
        // Lines joined by <br>, not line breaks: a blank line would end the <details> HTML block
        // and let the rest of the log be read as Markdown.
        return `<details><summary>${(0,untrusted/* html */.qy)(what)}</summary><pre>${(0,untrusted/* html */.qy)((0,report_groups/* boundedTail */.ct)(g.logTail))}</pre></details>`;
    })
        .join('\n');
}
function instanceRow(t) {
    const failure = (0,failures/* failureOf */.g)(t);
    const span = targetSpan(t);
    return `<tr>${[
        `<code>${(0,untrusted/* html */.qy)(t.targetId)}</code>`,
        (0,untrusted/* html */.qy)(t.status),
        (0,untrusted/* html */.qy)(failure?.lifecycleEvent ?? ''),
        (0,untrusted/* html */.qy)(failure ? clip((0,annotations/* failureMessage */.oh)(failure), 160) : ''),
        span ? (0,format/* formatElapsed */.C7)(span.end - span.start) : ''
    ]
        .map(cell)
        .join('')}</tr>`;
}
/** Every target's status, failed ones first, collapsed and capped. */
function instancesDetails(targets, leftOut) {
    if (!targets.length)
        return '';
    const ordered = [
        ...targets.filter(t => t.status === 'Failed'),
        ...targets.filter(t => t.status !== 'Failed')
    ];
    const head = '<tr><th>Instance</th><th>Status</th><th>Failed event</th><th>Why</th><th>Duration</th></tr>';
    const rows = ordered.slice(0, MAX_INSTANCE_ROWS).map(instanceRow);
    const total = targets.length + leftOut;
    return `<details><summary>Instances (${total.toLocaleString('en-US')})</summary>\n<table>${head}${rows.join('')}</table>${more(total - rows.length, 'instances')}</details>`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts









/**
 * GitHub refuses a step summary over 1 MiB; far below that a summary is no longer read. Every
 * section after the first line is added only while the whole stays under this many bytes.
 */
const SUMMARY_BUDGET = 60 * 1024;
const STATUS_ICON = {
    Succeeded: '✅',
    Failed: '❌',
    Stopped: '⏹️'
};
const code = (text) => `<code>${(0,untrusted/* html */.qy)(text)}</code>`;
function fieldRows(o) {
    const rows = [['Application', `${(0,untrusted/* html */.qy)(o.application)} / ${(0,untrusted/* html */.qy)(o.deploymentGroup)}`]];
    rows.push(['Account, region', `${(0,untrusted/* html */.qy)(o.targetAccountId)}, ${(0,untrusted/* html */.qy)(o.region)}`]);
    if (o.revisionLocation) {
        const note = o.uploaded === false ? ' (already in S3, not uploaded again)' : '';
        rows.push(['Revision', `${code(o.revisionLocation)}${note}`]);
    }
    if (o.revisionSha256)
        rows.push(['SHA-256', code(o.revisionSha256)]);
    if (o.bundleSize !== undefined)
        rows.push(['Bundle size', (0,format/* formatBytes */.z3)(o.bundleSize)]);
    if (o.deploymentId) {
        const url = (0,codedeploy_status/* deploymentUrl */.PM)(o.region, o.deploymentId);
        rows.push(['Deployment', `<a href="${(0,untrusted/* html */.qy)(url)}">${(0,untrusted/* html */.qy)(o.deploymentId)}</a>`]);
    }
    const status = o.status ?? 'Not started';
    rows.push(['Status', `${STATUS_ICON[status] ?? '⏳'} ${(0,untrusted/* html */.qy)(status)}`]);
    if (o.durationMs !== undefined)
        rows.push(['Duration', (0,format/* formatElapsed */.C7)(o.durationMs)]);
    const counts = (0,codedeploy_status/* describeOverview */.Nh)(o.info?.deploymentOverview);
    if (counts)
        rows.push(['Targets', (0,untrusted/* html */.qy)(counts)]);
    if (o.info?.errorInformation?.message) {
        const { code: errorCode, message = '' } = o.info.errorInformation;
        rows.push(['Error', (0,untrusted/* html */.qy)(errorCode ? `${errorCode}: ${message}` : message)]);
    }
    return rows;
}
function fieldTable(o) {
    const rows = fieldRows(o).map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`);
    return `<table>${rows.join('')}</table>`;
}
function duration(ms) {
    return ms === undefined ? '' : (0,format/* formatElapsed */.C7)(ms);
}
/** Each lifecycle event across the fleet: how many passed, failed, skipped, and how long it took. */
function eventTable(o) {
    const stats = eventStats(o.targets ?? []);
    if (!stats.length)
        return '';
    const head = '<tr><th>Lifecycle event</th><th>Passed</th><th>Failed</th><th>Skipped</th><th>Min</th><th>Median</th><th>Max</th></tr>';
    const rows = stats.map(s => {
        const n = (count) => count.toLocaleString('en-US');
        const failed = s.failed ? `<strong>${n(s.failed)}</strong>` : '0';
        const cells = [
            (0,untrusted/* html */.qy)(s.name),
            n(s.passed),
            failed,
            n(s.skipped),
            duration(s.min),
            duration(s.median),
            duration(s.max)
        ];
        return `<tr>${cells.map(c => `<td>${c}</td>`).join('')}</tr>`;
    });
    return `<h3>Lifecycle events</h3>\n<table>${head}${rows.join('')}</table>`;
}
function timelineSection(o) {
    const chart = timeline(o.targets ?? []);
    return chart && `<h3>Timeline</h3>\n\n${chart}\n`;
}
/** The summary's sections, most important first; `writeSummary` keeps those that fit. */
function summarySections(o, groups) {
    const where = `${o.application} / ${o.deploymentGroup}`;
    const intro = `<p>CodeDeploy ${(0,untrusted/* html */.qy)(where)}${o.deploymentId ? `, deployment ${(0,untrusted/* html */.qy)(o.deploymentId)}` : ''}.</p>`;
    return [
        `<h2>${(0,untrusted/* html */.qy)(headline(o, groups))}</h2>\n${intro}`,
        failureGroupsTable(groups),
        eventTable(o),
        timelineSection(o),
        groupLogTails(groups),
        instancesDetails(o.targets ?? [], o.targetsLeftOut ?? 0),
        `<h3>Deployment</h3>\n${fieldTable(o)}`
    ].filter(Boolean);
}
/** The sections that fit in SUMMARY_BUDGET bytes; a note names any left out. */
function buildSummary(o) {
    const groups = (0,report_groups/* groupFailures */.BR)(o.failures);
    const [first, ...rest] = summarySections(o, groups);
    const note = (n) => `<p>${n} more section${n === 1 ? '' : 's'} left out to keep this summary short: see the diagnostics-file output.</p>`;
    const kept = [first];
    let size = Buffer.byteLength(first) + Buffer.byteLength(note(rest.length));
    let left = 0;
    for (const section of rest) {
        const bytes = Buffer.byteLength(section) + 1;
        if (size + bytes > SUMMARY_BUDGET)
            left++;
        else {
            kept.push(section);
            size += bytes;
        }
    }
    if (left)
        kept.push(note(left));
    return `${kept.join('\n')}\n`;
}
async function writeSummary(o) {
    await core/* summary */.z.addRaw(buildSummary(o)).write();
}


/***/ }),

/***/ 9270:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XO: () => (/* binding */ planRevision),
/* harmony export */   cy: () => (/* binding */ prepareLocalRevision),
/* harmony export */   tj: () => (/* binding */ platformOf),
/* harmony export */   vf: () => (/* binding */ discard)
/* harmony export */ });
/* unused harmony exports sourceDateEpoch, bundleRevision */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1922);




/**
 * EC2/On-Premises revisions are bundles uploaded to S3; ECS and Lambda revisions are the AppSpec
 * itself. The AppSpec tells which: Lambda and ECS ones name their resources.
 *
 * The AppSpec parser and the bundler are loaded only here and below, when a revision is made from
 * files: deploying an object already in S3, or failing on a bad input, never pays for them.
 */
async function planRevision(inputs) {
    if (inputs.revisionLocation)
        return { kind: 'existing', location: inputs.revisionLocation };
    if (inputs.gitHubRevision)
        return { kind: 'github', source: inputs.gitHubRevision };
    if (inputs.bundleFile)
        return { kind: 'bundle', bucket: requireBucket(inputs), prebuilt: inputs.bundleFile };
    const { detectComputePlatform, findAppSpecFile } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(103)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1103));
    const { readAppSpecFile } = await __nccwpck_require__.e(/* import() */ 480).then(__nccwpck_require__.bind(__nccwpck_require__, 2480));
    let file;
    try {
        file = findAppSpecFile(inputs.revisionPath, inputs.appspecFile);
    }
    catch (err) {
        // Without appspec-file, the bundle's own check gives the better error (nested directories).
        if (inputs.appspecFile)
            throw err;
    }
    let platform = 'Server';
    if (file) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file);
        // An AppSpec found in revision-path must be part of it; appspec-file is bounded as an input.
        const within = inputs.appspecFile ? undefined : inputs.revisionPath;
        platform = detectComputePlatform(readAppSpecFile(file, name, within), name);
    }
    if (inputs.taskDefinition && platform !== 'ECS') {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input 'task-definition' is for ECS deployment groups, but the AppSpec of this revision is ${platform === 'Server' ? 'an EC2/On-Premises' : 'a Lambda'} one: remove task-definition, or point appspec-file at the service's AppSpec.`);
    }
    if (file && platform !== 'Server')
        return { kind: 'appspec-content', file, platform };
    if (inputs.appspecFile) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Input 'appspec-file' is for ECS and Lambda deployment groups, but ${inputs.appspecFile} is an EC2/On-Premises AppSpec: leave appspec-file empty and put appspec.yml at the root of revision-path.`);
    }
    return { kind: 'bundle', bucket: requireBucket(inputs) };
}
function requireBucket(inputs) {
    if (!inputs.s3Bucket) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("Input 's3-bucket' is required: set it to the S3 bucket that receives the bundle (in either account), or set revision-location to deploy an object already in S3.");
    }
    return inputs.s3Bucket;
}
/** The compute platform the revision is for; undefined for an existing object (not opened). */
function platformOf(plan) {
    if (plan.kind === 'bundle' || plan.kind === 'github')
        return 'Server';
    return plan.kind === 'appspec-content' ? plan.platform : undefined;
}
async function prepareLocalRevision(plan, inputs, env) {
    switch (plan.kind) {
        case 'bundle': {
            if (plan.prebuilt) {
                // Loaded only for bundle-file: its archive readers are of no use to any other run.
                const { readPrebuiltBundle } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(385), __nccwpck_require__.e(485), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8918));
                const bundle = await readPrebuiltBundle(plan.prebuilt);
                return { kind: 'bundle', bundle, bucket: plan.bucket, owned: false };
            }
            const bundle = await bundleRevision(inputs, env);
            return { kind: 'bundle', bundle, bucket: plan.bucket, owned: true };
        }
        case 'appspec-content': {
            const { appSpecContentRevision } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(103)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1103));
            const pendingTaskDefinition = inputs.taskDefinition !== undefined;
            const content = await appSpecContentRevision(plan.file, plan.platform, {
                pendingTaskDefinition
            });
            if (!inputs.taskDefinition)
                return { kind: 'appspec-content', content };
            const { readTaskDefinition } = await __nccwpck_require__.e(/* import() */ 652).then(__nccwpck_require__.bind(__nccwpck_require__, 7652));
            return {
                kind: 'appspec-content',
                content,
                taskDefinition: readTaskDefinition(inputs.taskDefinition)
            };
        }
        case 'existing':
            return plan;
        case 'github': {
            // GitHub revisions are for EC2/On-Premises, whose AppSpec is at the repository's root.
            const { checkTreeAppSpec } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(298), __nccwpck_require__.e(485), __nccwpck_require__.e(934)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7934));
            return { ...plan, appSpec: checkTreeAppSpec(inputs.revisionPath) };
        }
    }
}
function sourceDateEpoch(env) {
    const value = env.SOURCE_DATE_EPOCH;
    if (value === undefined || value === '')
        return undefined;
    if (!/^\d+$/.test(value)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`SOURCE_DATE_EPOCH is '${value}': expected a whole number of seconds since 1970-01-01.`);
    }
    return Number(value);
}
/** Bundles revision-path into a temporary directory; the caller removes it with `discard`. */
async function bundleRevision(inputs, env) {
    const { createBundle } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(298), __nccwpck_require__.e(485), __nccwpck_require__.e(934)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7934));
    const outDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'codedeploy-bundle-'));
    try {
        return await createBundle({
            root: inputs.revisionPath,
            exclude: inputs.exclude,
            outDir,
            sourceDateEpoch: sourceDateEpoch(env),
            bundleType: inputs.bundleType
        });
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(outDir, { recursive: true, force: true });
        throw err;
    }
}
/** Removes the bundle this run made; a pre-built one (bundle-file) is the user's and stays. */
async function discard(local) {
    if (local.kind !== 'bundle' || !local.owned)
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(local.bundle.path), { recursive: true, force: true });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 6257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V9: () => (/* binding */ getIDToken),
  V4: () => (/* binding */ getInput),
  q3: () => (/* binding */ getMultilineInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  LZ: () => (/* binding */ saveState),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getState, group, isDebug, markdownSummary, platform, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/github/undici-on-demand.ts
var undici_on_demand = __nccwpck_require__(9305);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_on_demand.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
