export const id = 808;
export const ids = [808];
export const modules = {

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

/***/ 9808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitHubDeploymentState: () => (/* binding */ gitHubDeploymentState),
/* harmony export */   startGitHubDeployment: () => (/* binding */ startGitHubDeployment)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);

const DEFAULT_TIMEOUT_MS = 10_000;
/** GitHub rejects longer status descriptions with 422. */
const MAX_DESCRIPTION = 140;
const NOTE = 'The CodeDeploy deployment is not affected.';
/**
 * Creates a GitHub deployment for the environment on the commit and marks it in_progress.
 * Returns undefined (after one warning) when GitHub cannot be reached or refuses: a deploy never
 * fails because of GitHub.
 */
async function startGitHubDeployment(options) {
    const { environment, log } = options;
    const what = `GitHub deployment for environment '${environment}' not recorded`;
    const missing = missingSetting(options);
    if (missing) {
        log.warning(`${what}: ${missing} ${NOTE}`);
        return undefined;
    }
    const api = await connect(options);
    const id = await createDeployment(api, options, what);
    if (id === undefined)
        return undefined;
    log.info(`Created GitHub deployment ${id} for environment '${environment}' at ${options.ref.slice(0, 12)}.`);
    const deployment = statusSetter(api, id, options);
    await deployment.setStatus('in_progress');
    return deployment;
}
/** What keeps a deployment from being recorded before GitHub is asked, if anything. */
function missingSetting(options) {
    const [owner, repo, ...rest] = options.repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        return `GITHUB_REPOSITORY is '${options.repository}', expected owner/repo.`;
    }
    if (!options.token)
        return 'github-token is empty; pass a token with deployments: write.';
    if (!options.ref)
        return 'the commit SHA (GITHUB_SHA) is unknown.';
    return undefined;
}
async function connect(options) {
    const [owner, repo] = options.repository.split('/');
    const apiUrl = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .apiBase */ .a)(options.apiUrl);
    const octokit = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubClient */ .X)(options.token, apiUrl);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return {
        octokit,
        owner,
        repo,
        request: () => ({ signal: AbortSignal.timeout(timeoutMs) }),
        context: {
            apiUrl,
            repository: options.repository,
            environment: options.environment,
            ref: options.ref
        }
    };
}
/** The new deployment's ID; undefined, after a warning, when GitHub made none. */
async function createDeployment({ octokit, owner, repo, request, context }, options, what) {
    try {
        const response = await octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: options.ref,
            environment: options.environment,
            description: options.description,
            // The commit is deployed as it is: no merge of the default branch, and no wait for commit
            // statuses, which this very workflow run may be one of.
            auto_merge: false,
            required_contexts: [],
            payload: options.payload ?? {},
            request: request()
        });
        if (!('id' in response.data)) {
            // 202: GitHub merged the default branch into the ref instead of creating a deployment.
            const message = response.data.message ?? 'no deployment was created';
            options.log.warning(`${what}: GitHub answered ${response.status} (${message}). ${NOTE}`);
            return undefined;
        }
        return response.data.id;
    }
    catch (err) {
        options.log.warning(`${what}: ${explainGitHubError(err, 'create a deployment', context)} ${NOTE}`);
        return undefined;
    }
}
function statusSetter({ octokit, owner, repo, request, context }, id, { runUrl, environment, log }) {
    return {
        id,
        async setStatus(state, details = {}) {
            try {
                await octokit.rest.repos.createDeploymentStatus({
                    owner,
                    repo,
                    deployment_id: id,
                    state,
                    log_url: runUrl || undefined,
                    environment_url: details.environmentUrl,
                    description: details.description ? truncate(details.description) : undefined,
                    request: request()
                });
                log.info(`GitHub deployment ${id}: ${state}.`);
            }
            catch (err) {
                log.warning(`GitHub deployment ${id} for environment '${environment}' not set to ${state}: ` +
                    `${explainGitHubError(err, `set the status of deployment ${id}`, context)} ${NOTE}`);
            }
        }
    };
}
/**
 * The GitHub state for a CodeDeploy status: undefined means no deployment was created. A
 * deployment that is still running (wait: false, or the wait timed out) stays in_progress.
 */
function gitHubDeploymentState(codeDeployStatus) {
    switch (codeDeployStatus) {
        case 'Succeeded':
            return 'success';
        case 'Failed':
            return 'failure';
        case 'Stopped':
            return 'inactive';
        case undefined:
            return 'error';
        default:
            return 'in_progress';
    }
}
/** One sentence on what GitHub said and what to change. */
function explainGitHubError(err, action, c) {
    const e = err;
    const message = (e.message ?? String(err)).split('\n')[0];
    if (e.response === undefined) {
        return (`could not reach the GitHub API at ${c.apiUrl} to ${action} (${message}); ` +
            `check GITHUB_API_URL and the runner's network access.`);
    }
    const said = `GitHub answered ${e.status} (${message})`;
    switch (e.status) {
        case 401:
            return `${said}: github-token is not a valid token for ${c.repository}.`;
        case 403:
            if (/rate limit/i.test(message))
                return `${said}: try again once the rate limit resets.`;
            return (`${said}: the token may not ${action}; give the job "permissions: deployments: write" ` +
                `(or pass a github-token that has it).`);
        case 404:
            return `${said}: ${c.repository} is not visible to github-token; check the token's repository access.`;
        case 409:
            return `${said}: GitHub refused to deploy ${c.ref} because of a conflict with it (merge conflict or commit status checks).`;
        case 422:
            return (`${said}: ${c.ref} must be a commit pushed to ${c.repository}, and the environment ` +
                `'${c.environment}' must allow deployments from it (deployment branch and tag rules).`);
        default:
            return `${said}.`;
    }
}
function truncate(text) {
    return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}


/***/ })

};
