export const id = 736;
export const ids = [736];
export const modules = {

/***/ 1736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWiredRollback: () => (/* binding */ runWiredRollback)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-cjs/index.js
var dist_cjs = __webpack_require__(1491);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var client_codedeploy_dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
;// CONCATENATED MODULE: ./shared/src/throttlingRetryStrategy.ts
/** First-retry ceilings; each further retry doubles its ceiling, up to MAX_RETRY_DELAY_MS. */
const THROTTLED_RETRY_BASE_MS = 100;
const TRANSIENT_RETRY_BASE_MS = 50;
const MAX_RETRY_DELAY_MS = 20_000;
/** The retry quota, as the SDK's standard mode keeps it: a throttled retry costs less than a 5xx one. */
const RETRY_QUOTA = 500;
const THROTTLED_RETRY_COST = 5;
const TRANSIENT_RETRY_COST = 14;
const NO_RETRY_REFILL = 1;
class RetryTicket {
    retries;
    delayMs;
    cost;
    constructor(retries, delayMs, 
    /** What this retry took from the quota, given back when it succeeds. */
    cost) {
        this.retries = retries;
        this.delayMs = delayMs;
        this.cost = cost;
    }
    getRetryCount() {
        return this.retries;
    }
    getRetryDelay() {
        return this.delayMs;
    }
}
/**
 * The SDK's standard mode (its retryable errors, attempt limit and retry quota) with a shorter back-off
 * for throttling: each retry waits a random time (full jitter) under a ceiling that starts at 100 ms and
 * doubles, where the SDK's starts at 1 s.
 *
 * Why, for real AWS too: SageMaker, CloudWatch, ECR and CodeBuild throttle control-plane calls per
 * account and region, at rates counted per second. A step makes its calls one at a time, so its own
 * retries add next to nothing to that load: the call was throttled because of what else the account
 * did in that second, and a few hundred milliseconds later it usually goes through. The 1 s ceiling
 * suits clients that send many calls at once, whose back-off is what relieves the service; here it
 * only made a throttled rollback take 3x its time. Sustained throttling still meets a doubling
 * back-off (the 9 retries of a call may wait up to 51 s) and the quota: every throttled retry takes
 * 5 of 500, given back when it succeeds, so a storm of failures stops retrying.
 * Adaptive mode is not used either: its client-side rate limiter drops a client to half a call a
 * second after one throttled answer, which never made a call more likely to succeed.
 */
class ThrottlingRetryStrategy {
    maxAttempts;
    random;
    now;
    mode = 'standard';
    quota = RETRY_QUOTA;
    constructor(maxAttempts, random = Math.random, now = Date.now) {
        this.maxAttempts = maxAttempts;
        this.random = random;
        this.now = now;
    }
    async acquireInitialRetryToken() {
        return new RetryTicket(0, 0, undefined);
    }
    async refreshRetryTokenForRetry(token, info) {
        const retries = token.getRetryCount();
        const throttled = info.errorType === 'THROTTLING';
        const cost = throttled ? THROTTLED_RETRY_COST : TRANSIENT_RETRY_COST;
        const retryable = throttled || info.errorType === 'TRANSIENT';
        if (!retryable || retries + 1 >= this.maxAttempts || this.quota < cost) {
            throw new Error('No retry token available');
        }
        this.quota -= cost;
        return new RetryTicket(retries + 1, this.delayMs(retries, throttled, info.retryAfterHint), cost);
    }
    recordSuccess(token) {
        const refill = token instanceof RetryTicket ? (token.cost ?? NO_RETRY_REFILL) : NO_RETRY_REFILL;
        this.quota = Math.min(RETRY_QUOTA, this.quota + refill);
    }
    /** What is left of the retry quota. */
    get remainingQuota() {
        return this.quota;
    }
    delayMs(retries, throttled, retryAfter) {
        const base = throttled ? THROTTLED_RETRY_BASE_MS : TRANSIENT_RETRY_BASE_MS;
        const jittered = Math.floor(this.random() * Math.min(base * 2 ** retries, MAX_RETRY_DELAY_MS));
        if (!retryAfter)
            return jittered;
        // A service that says when to come back is believed, within 5 s more than the back-off's own wait.
        const asked = retryAfter.getTime() - this.now();
        return Math.max(jittered, Math.min(asked, jittered + 5_000));
    }
}

;// CONCATENATED MODULE: ./shared/src/aws.ts



/**
 * Settings every AWS client of every action shares. Endpoints are deliberately absent: the SDK reads
 * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> itself, which is how the emulator is reached, so no
 * action has emulator-specific code. The clients of one step share one retry strategy, and so one
 * retry quota, as they share the account's throttling. Reads inside poll loops do not rely on these
 * retries alone (see transientAwsError).
 */
function awsClientSettings(options) {
    const env = options.env ?? process.env;
    const maxAttempts = options.maxAttempts ?? 10;
    const region = options.region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region) {
        throw errors/* InputError */.dz.single({
            input: 'region',
            value: '',
            allowed: 'set it, or AWS_REGION (aws-actions/configure-aws-credentials does), e.g. us-east-1',
        });
    }
    return {
        region,
        // Pairs, not one string: the SDK escapes a string's spaces and parentheses into dashes.
        customUserAgent: [
            ['modelship', options.version],
            ['md/modelship-action', options.action],
        ],
        retryStrategy: new ThrottlingRetryStrategy(maxAttempts),
        maxAttempts,
        // A hung connection must not hold a job until GitHub's six-hour limit.
        requestHandler: new node_http_handler_dist_cjs.NodeHttpHandler({
            connectionTimeout: options.connectionTimeoutMs ?? 10_000,
            requestTimeout: options.requestTimeoutMs ?? 70_000,
        }),
    };
}
/**
 * S3 needs one more setting when an endpoint URL points it somewhere else (the emulator, MinIO):
 * virtual-host addressing would send `bucket.localhost`, which does not resolve, so use path style.
 */
function s3ClientSettings(settings, env = process.env) {
    const custom = Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);
    const ignored = env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true';
    return { ...settings, forcePathStyle: custom && !ignored };
}


;// CONCATENATED MODULE: ./shared/src/version.ts
const MODELSHIP_VERSION = '0.1.0';

// EXTERNAL MODULE: ./shared/src/workflowCommands.ts
var workflowCommands = __webpack_require__(8476);
;// CONCATENATED MODULE: ./shared/src/jobSummary.ts

/**
 * Appends markdown to the step's job summary. Outside a runner (no GITHUB_STEP_SUMMARY: a local run,
 * @github/local-action) there is nowhere to write, and a missing summary must never fail a step that
 * worked, so it is skipped with a notice saying so. Returns whether the summary was written.
 */
async function writeJobSummary(markdown, options = {}) {
    const env = options.env ?? process.env;
    if (!options.writer && !env.GITHUB_STEP_SUMMARY) {
        const notice = options.notice ?? ((message) => (0,workflowCommands/* issueCommand */.L)('notice', message));
        notice('Job summary skipped: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).');
        return false;
    }
    const writer = options.writer ?? (await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421))).summary;
    await writer.addRaw(markdown, true).write();
    return true;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./shared/src/pullRequestComment.ts
/** The pull request a run belongs to, from the event payload; undefined outside pull request events. */
function pullRequestOf(payload, repository) {
    const number = payload?.pull_request?.number;
    const [owner, repo] = (repository ?? '').split('/');
    return number && owner && repo ? { owner, repo, number } : undefined;
}
/**
 * The key of the one comment an action keeps per workflow and subject (an endpoint, a training job
 * group): a second workflow deploying the same endpoint gets its own comment, a re-run updates its own.
 */
function pullRequestCommentKey(action, workflow, subject) {
    return [action, subject, workflow ?? ''].join('/');
}
/** Hidden in the rendered comment; `--` and `>` are dropped because they could end it early. */
function pullRequestCommentMarker(key) {
    return `<!-- modelship:${key.replace(/-{2,}/g, '-').replace(/>/g, '')} -->`;
}
/**
 * Keeps ONE comment per workflow and endpoint on the pull request, found by a hidden marker and
 * updated in place, instead of a new comment on every push.
 */
async function upsertPullRequestComment(api, target, key, body) {
    const marker = pullRequestCommentMarker(key);
    const text = `${marker}\n${body}`;
    for (let page = 1; page <= 20; page++) {
        const { data } = await api.listComments({
            owner: target.owner,
            repo: target.repo,
            issue_number: target.number,
            per_page: 100,
            page,
        });
        const existing = data.find((c) => c.body?.includes(marker));
        if (existing) {
            await api.updateComment({
                owner: target.owner,
                repo: target.repo,
                comment_id: existing.id,
                body: text,
            });
            return 'updated';
        }
        if (data.length < 100)
            break;
    }
    await api.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.number,
        body: text,
    });
    return 'created';
}

;// CONCATENATED MODULE: ./shared/src/pullRequestCommenter.ts



/**
 * Posts or updates the step's comment on the pull request of this run. Outside a pull request there
 * is nothing to comment on; that is said, not treated as an error.
 */
async function commentOnPullRequest(options) {
    const env = options.env ?? process.env;
    const payload = env.GITHUB_EVENT_PATH ? JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
    const target = pullRequestOf(payload, env.GITHUB_REPOSITORY);
    if (!target) {
        options.logger.info('comment-on-pr: this run is not for a pull request, so no comment was posted.');
        return;
    }
    const result = await upsertPullRequestComment((0,github/* getOctokit */.Q)(options.token).rest.issues, target, options.key, options.body);
    options.logger.info(`comment-on-pr: ${result} the comment on pull request #${target.number}.`);
}

;// CONCATENATED MODULE: ./shared/src/provenance.ts
/**
 * Tags on every resource the actions create, so that anyone looking at a model, an endpoint config or
 * an alarm can find the commit and run behind it, and so that rollback can find the previous config.
 */
const PROVENANCE_KEYS = {
    gitSha: 'modelship:git-sha',
    ref: 'modelship:ref',
    repository: 'modelship:repository',
    runUrl: 'modelship:run-url',
    action: 'modelship:action',
    modelPackageArn: 'modelship:model-package-arn',
    previousEndpointConfig: 'modelship:previous-endpoint-config',
};
/** SageMaker's (and most services') tag limits. */
const TAG_KEY_MAX = 128;
const TAG_VALUE_MAX = 256;
/** The link to this workflow run, from the variables the runner sets for every step. */
function workflowRunUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
    if (!server || !repository || !runId)
        return undefined;
    // A re-run keeps the run id; the attempt tells which of its logs produced the resource.
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? env.GITHUB_RUN_ATTEMPT : '';
    return `${server}/${repository}/actions/runs/${runId}${attempt ? `/attempts/${attempt}` : ''}`;
}
/** What the GitHub runner tells every step about the run. */
function provenanceFromEnvironment(env, action) {
    return {
        gitSha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        repository: env.GITHUB_REPOSITORY,
        runUrl: workflowRunUrl(env),
        action,
    };
}
// SageMaker tag keys and values allow letters, digits, spaces and _.:/=+-@; anything else would make
// the whole Create call fail, so it is replaced rather than sent.
const sanitize = (value, max) => value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, max);
function provenanceTags(provenance, extra = {}) {
    const tags = [];
    for (const [field, key] of Object.entries(PROVENANCE_KEYS)) {
        const value = provenance[field];
        if (value)
            tags.push({ Key: key, Value: sanitize(value, TAG_VALUE_MAX) });
    }
    for (const [key, value] of Object.entries(extra)) {
        const tagKey = sanitize(key, TAG_KEY_MAX);
        // An extra tag never overrides provenance: rollback depends on those being what the action wrote.
        if (tags.some((t) => t.Key === tagKey))
            continue;
        tags.push({ Key: tagKey, Value: sanitize(value, TAG_VALUE_MAX) });
    }
    return tags;
}
/** Provenance back from a resource's tags (ListTags / DescribeX output); unknown tags are ignored. */
function readProvenance(tags) {
    const byKey = new Map((tags ?? []).map((t) => [t.Key, t.Value]));
    const out = {};
    for (const [field, key] of Object.entries(PROVENANCE_KEYS)) {
        const value = byKey.get(key);
        if (value)
            out[field] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/src/transientAwsError.ts

/**
 * The one place that decides whether an AWS error says "try again later" rather than "this is wrong":
 * throttling, a 5xx, a dropped or timed-out connection. Poll loops treat such an error on a read as no
 * news this poll; mutating calls leave it to the SDK's retries.
 */
const THROTTLING_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestThrottled',
    'RequestThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ProvisionedThroughputExceededException',
    'SlowDown',
    'PriorRequestNotComplete',
]);
const TRANSIENT_CODES = new Set(['InternalFailure', 'InternalError', 'ServiceUnavailable', 'RequestTimeout']);
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'TimeoutError',
]);
function isTransientAwsError(err, depth = 0) {
    if (!err || typeof err !== 'object' || depth > 5)
        return false;
    const e = err;
    if (e.name === 'AbortError')
        return false;
    const status = e.$metadata?.httpStatusCode ?? 0;
    return (THROTTLING_CODES.has(e.name ?? '') ||
        TRANSIENT_CODES.has(e.name ?? '') ||
        NETWORK_CODES.has(e.code ?? '') ||
        NETWORK_CODES.has(e.name ?? '') ||
        status === 429 ||
        status >= 500 ||
        isTransientAwsError(e.cause, depth + 1));
}
/** How many transient failures in a row a poll loop sits out before it gives up. */
const TRANSIENT_READS_TOLERATED = 10;
/**
 * Counts transient failures of one poll's read in a row. A transient error is swallowed (the poll
 * had no news) until `limit` come in a row; then, or on any other error, the error is thrown, the
 * last one saying how long it persisted.
 */
class transientAwsError_TransientReadTolerance {
    what;
    limit;
    inARow = 0;
    constructor(
    /** What is read, for the message: "DescribeEndpoint on churn". */
    what, limit = TRANSIENT_READS_TOLERATED) {
        this.what = what;
        this.limit = limit;
    }
    /** The read's value, or undefined when it failed transiently and the poll should try again later. */
    async read(call) {
        try {
            const value = await call();
            this.inARow = 0;
            return value;
        }
        catch (err) {
            if (!isTransientAwsError(err))
                throw err;
            this.inARow += 1;
            if (this.inARow < this.limit)
                return undefined;
            const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
            throw new errors/* ModelshipError */.W7(`${this.what} failed ${this.inARow} polls in a row with transient errors (last: ${detail}); stopped waiting.`, 'AWS is throttling or failing this account and region; the resource itself may be fine. Look at it in the AWS console, and re-run when the API answers again.');
        }
    }
}

;// CONCATENATED MODULE: ./shared/src/polling.ts


/** The delay before check `attempt + 1`: full jitter between minDelayMs and a doubling ceiling. */
function backoffDelayMs(attempt, minDelayMs, maxDelayMs, random) {
    const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.max(0, attempt - 1));
    return minDelayMs + random() * Math.max(0, ceiling - minDelayMs);
}
/**
 * Polls `check` until it reports done. The first check runs at once; delays double from minDelayMs up
 * to maxDelayMs, with full jitter so that parallel jobs do not poll in lockstep, and never past the
 * deadline: one last check runs at the deadline itself, so a state reached just in time still counts.
 * A check that fails transiently (see transientAwsError) counts as not done, up to ten in a row.
 */
async function waitUntil(check, options) {
    const { clock, signal } = options;
    const random = options.random ?? Math.random;
    const startedAt = clock.now();
    const checks = new transientAwsError_TransientReadTolerance(`The check for ${options.description}`);
    for (let attempt = 1;; attempt++) {
        signal?.throwIfAborted();
        // A check throttled or answered with a 5xx is no news: not done yet, as far as this poll tells.
        const result = (await checks.read(check)) ?? { done: false };
        if (result.done)
            return result.value;
        const now = clock.now();
        if (now >= options.deadline) {
            throw new errors/* ModelshipError */.W7(`Timed out after ${Math.round((now - startedAt) / 1000)} s waiting for ${options.description}.`, options.timeoutHint ??
                'Raise timeout-minutes if the work is just slow, or look at the resource in the AWS console.');
        }
        const delay = Math.min(backoffDelayMs(attempt, options.minDelayMs, options.maxDelayMs, random), options.deadline - now);
        options.onPoll?.({ attempt, elapsedMs: now - startedAt, value: result.value, nextDelayMs: delay });
        await clock.sleep(delay, signal);
    }
}

;// CONCATENATED MODULE: ./shared/src/codeDeployWatch.ts


/** Statuses a deployment does not leave. */
const FINAL_DEPLOYMENT_STATUSES = ['Succeeded', 'Failed', 'Stopped'];
const isFinalDeploymentStatus = (status) => FINAL_DEPLOYMENT_STATUSES.includes(status ?? '');
/** CodeDeploy's own waiter polls every 15 s; traffic steps last minutes, so 1 to 5 s is plenty. */
const MIN_POLL_MS = 1_000;
const MAX_POLL_MS = 5_000;
async function getDeployment(ports, deploymentId) {
    const { deploymentInfo } = await ports.codedeploy.send(new client_codedeploy_dist_cjs/* GetDeploymentCommand */.Tvn({ deploymentId }));
    return deploymentInfo ?? { deploymentId };
}
/**
 * Waits until `accept` says the deployment is where it should be (by default: a final status), logging
 * each status change once. Throws a ModelshipError with a hint when the deadline passes first.
 */
async function waitForDeployment(ports, deploymentId, options) {
    const accept = options.accept ?? ((info) => isFinalDeploymentStatus(info.status));
    let lastStatus;
    return waitUntil(async () => {
        const info = await getDeployment(ports, deploymentId);
        if (info.status !== lastStatus) {
            lastStatus = info.status;
            ports.logger.info(`CodeDeploy deployment ${deploymentId}: ${info.status ?? 'unknown status'}`);
        }
        return accept(info) ? { done: true, value: info } : { done: false, value: info.status };
    }, {
        clock: ports.clock,
        minDelayMs: MIN_POLL_MS,
        maxDelayMs: MAX_POLL_MS,
        deadline: options.deadlineMs,
        description: options.what,
        timeoutHint: 'CodeDeploy goes on with the deployment; look at it in the CodeDeploy console, or raise timeout-minutes.',
        signal: ports.signal,
    });
}

;// CONCATENATED MODULE: ./actions/rollback/src/codeDeployInFlight.ts


/**
 * A deployment still running is stopped with automatic rollback (force), waited for (wait), or left
 * alone with the step failed (fail).
 */
async function endActiveDeployment(ports, plan, deployment, journal) {
    const { deploymentId, inFlightMode } = plan;
    if (inFlightMode === 'fail') {
        throw new errors/* ModelshipError */.W7(`CodeDeploy deployment ${deploymentId} is ${deployment.status} and in-flight is fail, so nothing changed.`, 'Run again with in-flight: force to stop it with automatic rollback, or in-flight: wait to roll back after it ends.');
    }
    if (inFlightMode === 'force') {
        await ports.codedeploy.send(new client_codedeploy_dist_cjs/* StopDeploymentCommand */.NzN({ deploymentId, autoRollbackEnabled: true }));
        journal.did(`Stopped CodeDeploy deployment ${deploymentId} with automatic rollback.`);
    }
    else {
        journal.did(`Waiting for CodeDeploy deployment ${deploymentId} to end first (in-flight: wait).`);
    }
    const ended = await waitForDeployment(ports, deploymentId, {
        deadlineMs: plan.deadlineMs,
        what: `deployment ${deploymentId} to stop`,
        accept: (info) => isFinalDeploymentStatus(info.status) || Boolean(info.rollbackInfo?.rollbackDeploymentId),
    });
    return { deployment: ended, stoppedByUs: inFlightMode === 'force' };
}

;// CONCATENATED MODULE: ./actions/rollback/src/codeDeployLookup.ts


/** Statuses of a deployment that has not ended: CodeDeploy runs one such per group at a time. */
const ACTIVE_STATUSES = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'];
const isActiveDeployment = (deployment) => ACTIVE_STATUSES.includes(deployment.status ?? '');
/** The deployment named by id, else the group's active one, else its newest; said in the log. */
async function findDeployment(ports, inputs, region) {
    const id = inputs['codedeploy-deployment-id'];
    const found = id
        ? await deploymentById(ports, id, region)
        : // rollbackInputProblems requires both without a deployment id, before this runs.
            await deploymentOfGroup(ports, inputs['codedeploy-application'], inputs['codedeploy-deployment-group']);
    ports.logger.info(`CodeDeploy deployment ${found.deploymentId} of ${found.applicationName ?? '?'}/${found.deploymentGroupName ?? '?'} is ${found.status ?? 'in an unknown state'}${found.creator === 'codeDeployRollback' ? " (CodeDeploy's own rollback)" : ''}.`);
    return found;
}
async function deploymentById(ports, id, region) {
    try {
        return await getDeployment(ports, id);
    }
    catch (err) {
        const name = err.name;
        if (name === 'DeploymentDoesNotExistException' || name === 'InvalidDeploymentIdException') {
            throw new errors/* ModelshipError */.W7(`CodeDeploy deployment ${id} does not exist in ${region}; nothing changed.`, 'Check codedeploy-deployment-id (it looks like d-ABCDEF123), and region (or AWS_REGION).');
        }
        throw err;
    }
}
async function deploymentOfGroup(ports, application, group) {
    const list = (statuses) => ports.codedeploy.send(new client_codedeploy_dist_cjs/* ListDeploymentsCommand */.sr8({
        applicationName: application,
        deploymentGroupName: group,
        includeOnlyStatuses: statuses,
    }));
    // CodeDeploy runs one deployment per group at a time, so asking for the active ones finds it exactly.
    const [activeId] = (await list(ACTIVE_STATUSES)).deployments ?? [];
    if (activeId)
        return getDeployment(ports, activeId);
    const ids = (await list()).deployments ?? [];
    if (ids.length === 0) {
        throw new errors/* ModelshipError */.W7(`Deployment group ${application}/${group} has no deployments, so there is nothing to roll back; nothing changed.`, 'Check codedeploy-application and codedeploy-deployment-group.');
    }
    // ListDeployments documents no order: the newest is found by creation time.
    const { deploymentsInfo = [] } = await ports.codedeploy.send(new client_codedeploy_dist_cjs/* BatchGetDeploymentsCommand */.ARk({ deploymentIds: ids.slice(0, 25) }));
    const [newest] = [...deploymentsInfo].sort((a, b) => (b.createTime?.getTime() ?? 0) - (a.createTime?.getTime() ?? 0));
    return newest;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./shared/src/codeDeployAppSpec.ts


const parseError = (why) => new errors/* ModelshipError */.W7(`The CodeDeploy AppSpec cannot be read: ${why}.`, 'An AppSpec for Lambda lists Resources: [{<name>: {Type: AWS::Lambda::Function, Properties: {Name, Alias, CurrentVersion, TargetVersion}}}]; for ECS, Type AWS::ECS::Service with Properties.TaskDefinition.');
/** Reads the one resource of a Lambda or ECS AppSpec (YAML or JSON). */
function readAppSpecTraffic(content) {
    let document;
    try {
        document = dist.parse(content);
    }
    catch (err) {
        throw parseError(`it is not YAML or JSON (${err.message})`);
    }
    const resources = document?.Resources;
    if (!Array.isArray(resources) || resources.length !== 1) {
        throw parseError('Resources must be a list with exactly one resource');
    }
    const [resource, spec] = Object.entries(resources[0])[0] ?? [];
    if (!resource || typeof spec !== 'object' || spec === null)
        throw parseError('the resource has no body');
    const properties = (spec.Properties ?? {});
    const text = (key) => {
        const value = properties[key];
        if (value === undefined || value === null || value === '') {
            throw parseError(`${resource}.Properties.${key} is missing`);
        }
        return String(value);
    };
    if (spec.Type === 'AWS::Lambda::Function') {
        return {
            platform: 'Lambda',
            resource,
            functionName: text('Name'),
            alias: text('Alias'),
            currentVersion: text('CurrentVersion'),
            targetVersion: text('TargetVersion'),
        };
    }
    if (spec.Type === 'AWS::ECS::Service') {
        return { platform: 'ECS', resource, taskDefinition: text('TaskDefinition') };
    }
    throw parseError(`${resource}.Type is ${String(spec.Type)}; allowed: AWS::Lambda::Function, AWS::ECS::Service`);
}
/** A short name for what serves: `fn:alias@version` for Lambda, the task definition for ECS. */
function servingLabel(traffic, side) {
    if (traffic.platform === 'ECS')
        return side === 'target' ? traffic.taskDefinition : '(previous task set)';
    return `${traffic.functionName}:${traffic.alias}@${side === 'current' ? traffic.currentVersion : traffic.targetVersion}`;
}
/**
 * The AppSpec that moves a Lambda alias back: the same function and alias with the versions swapped.
 * Hooks are left out on purpose: they test the new version, and a rollback must not wait on them.
 */
function reversedLambdaAppSpec(traffic) {
    return JSON.stringify({
        version: 0.0,
        Resources: [
            {
                [traffic.resource]: {
                    Type: 'AWS::Lambda::Function',
                    Properties: {
                        Name: traffic.functionName,
                        Alias: traffic.alias,
                        CurrentVersion: traffic.targetVersion,
                        TargetVersion: traffic.currentVersion,
                    },
                },
            },
        ],
    });
}

;// CONCATENATED MODULE: ./actions/rollback/src/codeDeployPlan.ts

function planCodeDeployRollback(deployment, request) {
    const { inputs } = request;
    const deploymentId = deployment.deploymentId;
    const traffic = appSpecOf(deployment);
    return {
        deploymentId,
        traffic,
        label: inputs['endpoint-name'] ??
            `${deployment.applicationName ?? '?'}/${deployment.deploymentGroupName ?? '?'}`,
        from: traffic ? servingLabel(traffic, 'target') : `the revision of ${deploymentId}`,
        to: traffic ? servingLabel(traffic, 'current') : `the revision before ${deploymentId}`,
        deadlineMs: request.startedAtMs + inputs['timeout-minutes'] * 60_000,
        wait: inputs.wait,
        reason: inputs.reason,
        alarms: inputs.alarms ?? [],
        deploymentConfig: inputs['deployment-config'],
        inFlightMode: inputs['in-flight'],
    };
}
function announceCodeDeployRollback(ports, plan) {
    ports.setOutput('rolled-back-from', plan.from);
    ports.setOutput('rolled-back-to', plan.to);
}
function appSpecOf(deployment) {
    const content = deployment.revision?.appSpecContent?.content ?? deployment.revision?.string?.content;
    return content ? readAppSpecTraffic(content) : undefined;
}

// EXTERNAL MODULE: ./shared/src/deploymentConfig.ts + 2 modules
var deploymentConfig = __webpack_require__(9110);
;// CONCATENATED MODULE: ./actions/rollback/src/codeDeployWayBack.ts


/**
 * CodeDeploy's own rollback deployment when there is one; otherwise, for Lambda, a new deployment that
 * moves the alias back. Success is that deployment's Succeeded, read back.
 */
async function takeWayBack(ports, plan, ended, journal) {
    const rollbackId = ended.deployment.rollbackInfo?.rollbackDeploymentId;
    if (!rollbackId) {
        const created = await deployBack(ports, plan, ended, journal);
        return awaitRollbackDeployment(ports, plan, created, 'Rollback deployment', journal);
    }
    const rolling = await getDeployment(ports, rollbackId);
    if (rolling.status === 'Succeeded' && !ended.stoppedByUs) {
        ports.setOutput('codedeploy-rollback-deployment-id', rollbackId);
        journal.did(`CodeDeploy already rolled ${plan.deploymentId} back with ${rollbackId}: nothing to do.`);
        return { status: 'already-there', rollbackDeploymentId: rollbackId };
    }
    return awaitRollbackDeployment(ports, plan, rollbackId, "CodeDeploy's rollback deployment", journal);
}
/** Finished without a rollback (succeeded, or stopped or failed with auto rollback off): deploy back. */
async function deployBack(ports, plan, { deployment }, journal) {
    const { traffic, deploymentId, alarms, reason } = plan;
    if (!traffic || traffic.platform !== 'Lambda') {
        throw new errors/* ModelshipError */.W7(`CodeDeploy deployment ${deploymentId} is ${deployment.status} and CodeDeploy started no rollback; ${traffic ? 'an ECS AppSpec does not name the task definition that served before' : 'its revision is not AppSpec content the action can read'}, so the action cannot deploy it back. Nothing changed.`, 'Deploy the previous revision with deploy-endpoint (target: codedeploy), or stop deployments while they run (in-flight: force).');
    }
    const configName = await rollbackDeploymentConfig(ports, plan.deploymentConfig);
    const created = await ports.codedeploy.send(new client_codedeploy_dist_cjs/* CreateDeploymentCommand */.ttP({
        applicationName: deployment.applicationName,
        deploymentGroupName: deployment.deploymentGroupName,
        revision: {
            revisionType: 'AppSpecContent',
            appSpecContent: { content: reversedLambdaAppSpec(traffic) },
        },
        deploymentConfigName: configName,
        description: `modelship rollback of ${deploymentId}${reason ? `: ${reason}` : ''}`.slice(0, 1000),
        // The group's alarms watch the version being rolled away from; they must not stop the way back.
        overrideAlarmConfiguration: { enabled: alarms.length > 0, alarms: alarms.map((name) => ({ name })) },
    }));
    journal.did(`CodeDeploy deployment ${deploymentId} was ${deployment.status}; created deployment ${created.deploymentId} (${configName}) to move ${traffic.functionName}:${traffic.alias} back to version ${traffic.currentVersion}.`);
    return created.deploymentId;
}
async function awaitRollbackDeployment(ports, plan, id, what, journal) {
    ports.setOutput('codedeploy-rollback-deployment-id', id);
    if (!plan.wait) {
        journal.did(`wait: false, so the action does not wait for ${what} ${id}.`);
        return { status: 'in-progress', rollbackDeploymentId: id };
    }
    const ended = await waitForDeployment(ports, id, {
        deadlineMs: plan.deadlineMs,
        what: `${what} ${id} to finish`,
    });
    if (ended.status === 'Succeeded') {
        journal.did(`${what} ${id} succeeded: ${plan.label} serves ${plan.to} again.`);
        return { status: 'rolled-back', rollbackDeploymentId: id };
    }
    const failure = `${what} ${id} ended ${ended.status}${ended.errorInformation?.message ? `: ${ended.errorInformation.message}` : ''}.`;
    return { status: 'failed', rollbackDeploymentId: id, failure };
}
/** The Lambda deployment config for the way back; a custom canary or linear one is created once. */
async function rollbackDeploymentConfig(ports, preset) {
    const choice = (0,deploymentConfig/* toCodeDeployConfigName */.zo)((0,deploymentConfig/* parseDeploymentConfig */.B8)(preset), 'Lambda');
    if (choice.create) {
        try {
            await ports.codedeploy.send(new client_codedeploy_dist_cjs/* CreateDeploymentConfigCommand */.JKx(choice.create));
        }
        catch (err) {
            if (err.name !== 'DeploymentConfigAlreadyExistsException')
                throw err;
        }
    }
    return choice.deploymentConfigName;
}

;// CONCATENATED MODULE: ./actions/rollback/src/rollbackJournal.ts
/**
 * What the rollback did, in order, as the log said it: each line is logged when it happens and kept
 * for the job summary's "What was done".
 */
class RollbackJournal {
    logger;
    steps = [];
    constructor(logger) {
        this.logger = logger;
    }
    did(line) {
        this.steps.push(line);
        this.logger.info(line);
    }
    /** A step that was asked for and could not be done: a warning in the log, a line in the summary. */
    couldNot(line) {
        this.steps.push(line);
        this.logger.warning(line);
    }
}

;// CONCATENATED MODULE: ./actions/rollback/src/codeDeployRollback.ts





/**
 * Rolls a CodeDeploy (Lambda or ECS) deployment back. In flight: StopDeployment with auto rollback, then
 * the rollback deployment CodeDeploy starts must succeed. Already finished: for Lambda, a new
 * deployment moves the alias back to the version before. Success is the rollback deployment's
 * Succeeded, read back, never assumed.
 */
async function rollbackCodeDeploy(ports, request) {
    const { logger } = ports;
    const journal = new RollbackJournal(logger);
    const deployment = await logger.group('Find the deployment', () => findDeployment(ports, request.inputs, request.region));
    const plan = planCodeDeployRollback(deployment, request);
    announceCodeDeployRollback(ports, plan);
    if (isSucceededRollback(deployment)) {
        journal.did(`The newest deployment, ${plan.deploymentId}, is already CodeDeploy's rollback and it succeeded: nothing to do.`);
        return codeDeployResult(ports, request, plan, journal, { status: 'already-there' });
    }
    const ended = isActiveDeployment(deployment)
        ? await logger.group(`End the ${deployment.status} deployment (in-flight: ${plan.inFlightMode})`, () => endActiveDeployment(ports, plan, deployment, journal))
        : { deployment, stoppedByUs: false };
    const outcome = await logger.group('Roll back', () => takeWayBack(ports, plan, ended, journal));
    return codeDeployResult(ports, request, plan, journal, outcome);
}
const isSucceededRollback = (deployment) => deployment.creator === 'codeDeployRollback' && deployment.status === 'Succeeded';
function codeDeployResult(ports, request, plan, journal, outcome) {
    const { status, failure, rollbackDeploymentId } = outcome;
    return {
        status,
        endpointName: plan.label,
        from: plan.from,
        to: plan.to,
        servingConfig: status === 'rolled-back' || status === 'already-there' ? plan.to : undefined,
        steps: journal.steps,
        failure,
        durationSeconds: Math.round((ports.clock.now() - request.startedAtMs) / 1000),
        codeDeploy: { deploymentId: plan.deploymentId, rollbackDeploymentId },
    };
}

;// CONCATENATED MODULE: ./shared/src/sagemakerResources.ts

/** SageMaker answers a missing resource with a ValidationException "Could not find …". */
const isSageMakerNotFound = (err) => err.name === 'ValidationException' && /Could not find/.test(err.message);
/** The endpoint, or undefined when it does not exist; other errors propagate. */
async function findEndpoint(ports, name) {
    try {
        return await ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeEndpointCommand */.CX3({ EndpointName: name }));
    }
    catch (err) {
        if (isSageMakerNotFound(err))
            return undefined;
        throw err;
    }
}
/** The endpoint config, or undefined when it does not exist; other errors propagate. */
async function findEndpointConfig(ports, name) {
    try {
        return await ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeEndpointConfigCommand */.uoq({ EndpointConfigName: name }));
    }
    catch (err) {
        if (isSageMakerNotFound(err))
            return undefined;
        throw err;
    }
}
async function modelExists(ports, name) {
    try {
        await ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeModelCommand */.utY({ ModelName: name }));
        return true;
    }
    catch (err) {
        if (isSageMakerNotFound(err))
            return false;
        throw err;
    }
}

;// CONCATENATED MODULE: ./actions/rollback/src/inFlightUpdate.ts
/** Statuses in which SageMaker refuses UpdateEndpoint because something is already under way. */
const IN_FLIGHT = new Set(['Updating', 'SystemUpdating', 'RollingBack']);
const isInFlight = (status) => IN_FLIGHT.has(status ?? '');
function guardingAlarmsOf(deploymentConfig) {
    return (deploymentConfig?.AutoRollbackConfiguration?.Alarms ?? [])
        .map((a) => a.AlarmName)
        .filter((name) => Boolean(name));
}
function inFlightUpdateOf(endpoint) {
    const pendingConfig = endpoint.PendingDeploymentSummary?.EndpointConfigName;
    const serving = endpoint.EndpointConfigName;
    return {
        status: endpoint.EndpointStatus ?? 'Unknown',
        pendingConfig,
        configBeforeUpdate: serving && serving !== pendingConfig ? serving : undefined,
        // Only a guardrails update (Updating) is watched by these alarms; a weights or capacity change is not.
        alarms: endpoint.EndpointStatus === 'Updating' ? guardingAlarmsOf(endpoint.LastDeploymentConfig) : [],
        startedAt: endpoint.PendingDeploymentSummary?.StartTime,
        bakeSeconds: bakeSecondsOf(endpoint.LastDeploymentConfig),
    };
}
function bakeSecondsOf(deploymentConfig) {
    return (deploymentConfig?.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration?.WaitIntervalInSeconds ??
        deploymentConfig?.RollingUpdatePolicy?.WaitIntervalInSeconds);
}
/** CloudWatch's StateReason: at most 1023 characters. */
const STATE_REASON_MAX = 1023;
/** Why the alarm is in ALARM, as CloudWatch will show it to whoever looks at the alarm's history. */
function forcedAlarmReason(endpointName, update, reason) {
    const text = `modelship rollback forced the guardrails rollback of endpoint ${endpointName}${update.pendingConfig ? ` (update to ${update.pendingConfig})` : ''}${reason ? `: ${reason}` : '.'}`;
    return text.slice(0, STATE_REASON_MAX);
}

;// CONCATENATED MODULE: ./actions/rollback/src/lastApprovedPackage.ts
/**
 * The newest Approved package that is not excluded (the one serving now, and the one an in-flight
 * update is deploying). The list comes sorted newest first; sorting again guards against a service or
 * a page that does not honour SortOrder, whose documented default is Ascending.
 */
function pickLastApproved(summaries, excludedArns) {
    return [...summaries]
        .filter((s) => s.ModelApprovalStatus === undefined || s.ModelApprovalStatus === 'Approved')
        .filter((s) => s.ModelPackageArn && !excludedArns.has(s.ModelPackageArn))
        .sort((a, b) => (b.CreationTime?.getTime() ?? 0) - (a.CreationTime?.getTime() ?? 0))[0];
}

;// CONCATENATED MODULE: ./actions/rollback/src/rollbackCandidates.ts
/**
 * The prefix deploy-endpoint's config names start with: `deterministicName` keeps at most the first
 * 48 characters of the endpoint name (63 minus the `-<sha>-<hash>` suffix), without trailing hyphens.
 */
function candidateNamePrefix(endpointName) {
    return endpointName.slice(0, 48).replace(/-+$/, '');
}
/** Newest first, the serving config left out (rolling back to it changes nothing), at most `limit`. */
function rankCandidates(candidates, servingConfig, limit = 5) {
    return candidates
        .filter((c) => c.name !== servingConfig)
        .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0))
        .slice(0, limit);
}
/** One line per candidate, for an error message: name, model, creation time. */
function candidatesText(candidates) {
    if (candidates.length === 0)
        return 'No other endpoint config of this endpoint was found.';
    return [
        'Recent endpoint configs of this endpoint, newest first:',
        ...candidates.map((c) => `  - ${c.name} (model ${c.modelName ?? 'unknown'}, created ${c.createdAt ? c.createdAt.toISOString() : 'at an unknown time'})`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/rollback/src/rollbackLookups.ts




/** An endpoint config and what its modelship tags say (previous config, model package); undefined if missing. */
async function configWithProvenance(ports, name) {
    const config = await findEndpointConfig(ports, name);
    if (!config)
        return undefined;
    const tags = config.EndpointConfigArn
        ? ((await ports.sagemaker.send(new client_sagemaker_dist_cjs/* ListTagsCommand */.bvr({ ResourceArn: config.EndpointConfigArn }))).Tags ??
            [])
        : [];
    return { config, provenance: readProvenance(tags) };
}
/** How many configs to describe for the candidates list: enough to choose from, few enough to be quick. */
const CANDIDATES_SHOWN = 5;
/** Recent endpoint configs named for this endpoint, newest first, with their model, for error messages. */
async function findRollbackCandidates(ports, endpointName, servingConfig) {
    const listed = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* ListEndpointConfigsCommand */.IZm({
        NameContains: candidateNamePrefix(endpointName),
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 20,
    }));
    const ranked = rankCandidates((listed.EndpointConfigs ?? []).map((c) => ({
        name: c.EndpointConfigName ?? '?',
        createdAt: c.CreationTime,
    })), servingConfig, CANDIDATES_SHOWN);
    const described = [];
    for (const candidate of ranked) {
        // A config deleted since it was listed is still worth naming.
        const config = await findEndpointConfig(ports, candidate.name);
        described.push({ ...candidate, modelName: config?.ProductionVariants?.[0]?.ModelName });
    }
    return described;
}
/** Pages are asked for newest first; more pages only while every version on them is excluded. */
const MAX_PACKAGE_PAGES = 5;
/** The newest Approved version of the group that is not excluded, or undefined when there is none. */
async function findLastApprovedPackage(ports, group, excludedArns) {
    let nextToken;
    for (let page = 0; page < MAX_PACKAGE_PAGES; page++) {
        const listed = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* ListModelPackagesCommand */.MTG({
            ModelPackageGroupName: group,
            ModelApprovalStatus: 'Approved',
            SortBy: 'CreationTime',
            SortOrder: 'Descending',
            MaxResults: 100,
            NextToken: nextToken,
        }));
        const picked = pickLastApproved(listed.ModelPackageSummaryList ?? [], excludedArns);
        if (picked)
            return picked;
        nextToken = listed.NextToken;
        if (!nextToken)
            return undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/rollback/src/checkEndpoint.ts



/**
 * Finds the endpoint and refuses, with nothing changed, what no rollback can help: a missing, Failed,
 * Creating or Deleting endpoint, an update in flight with in-flight: fail, or one that cannot be forced.
 */
async function checkEndpoint(ports, request) {
    const { inputs } = request;
    // rollbackInputProblems requires endpoint-name with target sagemaker, before this runs.
    const endpointName = inputs['endpoint-name'];
    const endpoint = await findEndpoint(ports, endpointName);
    if (!endpoint) {
        throw new errors/* ModelshipError */.W7(`Endpoint ${endpointName} does not exist in ${request.region}, so there is nothing to roll back; nothing changed.`, 'Check endpoint-name, and region (or AWS_REGION): endpoints are regional.');
    }
    ports.logger.info(`Endpoint ${endpointName} is ${endpoint.EndpointStatus ?? 'in an unknown state'} on ${endpoint.EndpointConfigName ?? 'no config'}${endpoint.PendingDeploymentSummary?.EndpointConfigName ? `, updating to ${endpoint.PendingDeploymentSummary.EndpointConfigName}` : ''}.`);
    refuseUnrecoverable(endpoint);
    if (!isInFlight(endpoint.EndpointStatus))
        return { endpointName, endpoint, forcing: false };
    const inFlight = await withConfigBeforeUpdate(ports, inFlightUpdateOf(endpoint));
    const forcing = inputs['in-flight'] === 'force' && inFlight.status === 'Updating';
    refuseInFlight(endpointName, inFlight, inputs['in-flight'], forcing);
    return { endpointName, endpoint, inFlight, forcing };
}
/** States no UpdateEndpoint can leave: said plainly before anything is tried. */
function refuseUnrecoverable(endpoint) {
    const name = endpoint.EndpointName;
    switch (endpoint.EndpointStatus) {
        case 'Failed':
            throw new errors/* ModelshipError */.W7(`Endpoint ${name} is Failed${endpoint.FailureReason ? ` (${endpoint.FailureReason})` : ''}; SageMaker allows only DeleteEndpoint on it, so it cannot be rolled back. Nothing changed.`, 'Delete the endpoint and create it again with deploy-endpoint on a known good model.');
        case 'Creating':
            throw new errors/* ModelshipError */.W7(`Endpoint ${name} is still being created, so it has no earlier config to roll back to; nothing changed.`, 'Wait for the creation to end; if the model is bad, delete the endpoint or deploy a good model.');
        case 'Deleting':
            throw new errors/* ModelshipError */.W7(`Endpoint ${name} is being deleted; nothing changed.`);
    }
}
function refuseInFlight(endpointName, inFlight, mode, forcing) {
    const what = `Endpoint ${endpointName} is ${inFlight.status}${inFlight.pendingConfig ? ` (update to ${inFlight.pendingConfig})` : ''}`;
    if (mode === 'fail') {
        throw new errors/* ModelshipError */.W7(`${what} and in-flight is fail, so nothing changed.`, 'Run again with in-flight: force to make SageMaker roll the update back through its alarms, or in-flight: wait to roll back after it ends.');
    }
    if (forcing && inFlight.alarms.length === 0) {
        throw new errors/* ModelshipError */.W7(`${what}, and that update cannot be forced back: its DeploymentConfig has no AutoRollbackConfiguration alarms to set to ALARM, and SageMaker has no API to cancel an update. Nothing changed.`, 'Run again with in-flight: wait to roll back once the update ends; guard future deployments with alarms (deploy-endpoint alarms or alarm-thresholds) so that they can be stopped.');
    }
}
/** When DescribeEndpoint does not tell the config before the update, the pending config's tags do. */
async function withConfigBeforeUpdate(ports, inFlight) {
    if (inFlight.configBeforeUpdate || !inFlight.pendingConfig)
        return inFlight;
    const pending = await configWithProvenance(ports, inFlight.pendingConfig);
    return { ...inFlight, configBeforeUpdate: pending?.provenance.previousEndpointConfig };
}

;// CONCATENATED MODULE: ./actions/rollback/src/recordRollback.ts


/** Tags on the endpoint, so that whoever looks at it later sees that it was rolled back, from what, and why. */
async function recordRollbackOnEndpoint(ports, endpoint, plan) {
    if (!endpoint.EndpointArn)
        return;
    const { from, target, reason } = plan;
    await ports.sagemaker.send(new client_sagemaker_dist_cjs/* AddTagsCommand */.yjM({
        ResourceArn: endpoint.EndpointArn,
        Tags: provenanceTags({}, {
            'modelship:rolled-back': `${from ?? '-'} to ${target.configName}`,
            ...(reason ? { 'modelship:rollback-reason': reason } : {}),
        }),
    }));
}

;// CONCATENATED MODULE: ./actions/rollback/src/rejectModelPackage.ts


/** SageMaker's ApprovalDescription: at most 1024 characters. */
const APPROVAL_DESCRIPTION_MAX = 1024;
/**
 * Marks the model package behind `fromConfig` (its provenance tag) Rejected, so that no pipeline
 * deploys it again. Never the package the endpoint returns to, even when both configs share it.
 */
async function rejectModelPackageOf(ports, fromConfig, targetPackageArn, description) {
    const arn = (await configWithProvenance(ports, fromConfig))?.provenance.modelPackageArn;
    if (!arn) {
        return {
            kind: 'skipped',
            why: `endpoint config ${fromConfig} records no model package (tag modelship:model-package-arn), so nothing was marked Rejected`,
        };
    }
    if (arn === targetPackageArn) {
        return {
            kind: 'skipped',
            why: `${arn} is also the package the endpoint returns to, so it was not marked Rejected`,
        };
    }
    await ports.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateModelPackageCommand */.CCy({
        ModelPackageArn: arn,
        ModelApprovalStatus: 'Rejected',
        ApprovalDescription: description.slice(0, APPROVAL_DESCRIPTION_MAX),
    }));
    return { kind: 'rejected', arn };
}
/**
 * reject-model-package: marks the package rolled back away from Rejected, once, and says so in the
 * journal; says why when there is nothing to reject.
 */
async function rejectIfAsked(ports, plan, journal, done) {
    if (!plan.rejectPackage || done)
        return done;
    const { from, target } = plan;
    if (!from || from === target.configName) {
        journal.did('reject-model-package: nothing was rolled back away from, so nothing was marked Rejected.');
        return {};
    }
    const rejection = await rejectModelPackageOf(ports, from, target.modelPackageArn, plan.reason ?? `Rolled back by modelship from ${from} to ${target.configName}.`);
    if (rejection.kind === 'skipped') {
        journal.couldNot(`reject-model-package: ${rejection.why}.`);
        return {};
    }
    journal.did(`Marked model package ${rejection.arn} Rejected.`);
    return { rejectedArn: rejection.arn };
}

;// CONCATENATED MODULE: ./actions/rollback/src/finishOnTarget.ts


/** The endpoint is InService on the target config. */
const servesTarget = (settled, plan) => settled.endpoint.EndpointStatus === 'InService' &&
    settled.endpoint.EndpointConfigName === plan.target.configName;
/**
 * The endpoint already serves the target: nothing to do when it did from the start; after an update in
 * flight was forced back (or ended back there), the rollback is recorded and the package rejected if asked.
 */
async function finishOnTarget(ports, plan, settled, journal) {
    const servingConfig = plan.target.configName;
    ports.setOutput('endpoint-config-name', servingConfig);
    if (!settled.forced && !settled.wasInFlight) {
        journal.did(`${plan.endpointName} already serves ${servingConfig} and is InService: nothing to do.`);
        return { status: 'already-there', servingConfig };
    }
    const rejection = await rejectIfAsked(ports, plan, journal, settled.rejection);
    await recordRollbackOnEndpoint(ports, settled.endpoint, plan);
    return { status: settled.forced ? 'rolled-back' : 'already-there', servingConfig, rejection };
}

;// CONCATENATED MODULE: ./shared/src/alarmStates.ts

/** DescribeAlarms takes at most 100 names a call. */
const NAMES_PER_CALL = 100;
/** Current states of the named alarms; names that do not exist come back with state `MISSING`. */
async function alarmStates_alarmStates(ports, names) {
    const found = new Map();
    for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
        const page = await ports.cloudwatch.send(new client_cloudwatch_dist_cjs/* DescribeAlarmsCommand */.zWD({ AlarmNames: names.slice(i, i + NAMES_PER_CALL) }));
        for (const alarm of page.MetricAlarms ?? []) {
            if (alarm.AlarmName) {
                found.set(alarm.AlarmName, {
                    name: alarm.AlarmName,
                    state: alarm.StateValue ?? 'UNKNOWN',
                    reason: alarm.StateReason,
                    periodSeconds: alarm.Period,
                    evaluationPeriods: alarm.EvaluationPeriods,
                });
            }
        }
    }
    return names.map((name) => found.get(name) ?? { name, state: 'MISSING' });
}
const alarmStates_inAlarm = (states) => states.filter((s) => s.state === 'ALARM');

;// CONCATENATED MODULE: ./shared/src/alarmStateTracker.ts


/**
 * The guarding alarms across successive reads: which have been in ALARM at any read (a rollback is
 * explained by them even if they recover before the next one), and when the set in ALARM last changed.
 * Only that set counts as a change: an alarm going into or out of ALARM is what makes SageMaker roll
 * back, while INSUFFICIENT_DATA turning OK as the first data arrives means nothing for the update.
 */
class AlarmStateTracker {
    ports;
    names;
    fired = new Map();
    last;
    current = [];
    /** When a read last found a different set in ALARM than the read before; undefined until one does. */
    changedAtMs;
    reads;
    constructor(ports, names) {
        this.ports = ports;
        this.names = names;
        this.reads = new transientAwsError_TransientReadTolerance(`DescribeAlarms on ${names.join(', ')}`);
    }
    get watching() {
        return this.names.length > 0;
    }
    /** The alarms in ALARM at the last read. */
    get inAlarmNow() {
        return alarmStates_inAlarm(this.current).map((a) => a.name);
    }
    get firedAlarms() {
        return [...this.fired.values()];
    }
    /** Reads the alarms (nothing to read without any); true when the set in ALARM changed since the last read. */
    async read(nowMs) {
        if (!this.watching)
            return false;
        const states = await this.reads.read(() => alarmStates_alarmStates(this.ports, [...this.names]));
        // A throttled read tells nothing new: the states stay those of the last read.
        if (!states)
            return false;
        this.current = states;
        for (const alarm of alarmStates_inAlarm(this.current))
            this.fired.set(alarm.name, alarm);
        const firing = new Set(this.inAlarmNow);
        const last = this.last;
        const changed = last !== undefined && (firing.size !== last.size || [...firing].some((name) => !last.has(name)));
        this.last = firing;
        if (changed)
            this.changedAtMs = nowMs;
        return changed;
    }
}

;// CONCATENATED MODULE: ./shared/src/alarmWatch.ts


/** How often the alarms are read while the action itself guards a bake or a rollback window. */
const ALARM_POLL_MS = 2_000;
/**
 * Reads the alarms every ALARM_POLL_MS for `durationMs` (once at least, even for 0) and ends at the
 * first alarm in ALARM, at a cancel, or when the time is up. With no alarms it only waits.
 */
async function watchAlarmsFor(ports, alarms, durationMs) {
    const end = ports.clock.now() + durationMs;
    const reads = new TransientReadTolerance(`DescribeAlarms on ${alarms.join(', ')}`);
    for (;;) {
        // A throttled read is no news: nothing fired as far as this poll can tell.
        const states = alarms.length ? await reads.read(() => alarmStates(ports, [...alarms])) : [];
        const fired = inAlarm(states ?? []).map((a) => a.name);
        if (fired.length)
            return { kind: 'fired', alarms: fired };
        if (ports.signal.aborted)
            return { kind: 'cancelled' };
        const left = end - ports.clock.now();
        if (left <= 0)
            return { kind: 'quiet' };
        try {
            await ports.clock.sleep(Math.min(ALARM_POLL_MS, left), ports.signal);
        }
        catch {
            return { kind: 'cancelled' };
        }
    }
}

// EXTERNAL MODULE: ./shared/src/duration.ts
var duration = __webpack_require__(2515);
;// CONCATENATED MODULE: ./shared/src/deploymentProgress.ts

/** Heartbeat so a long bake still shows the step is alive, without flooding the log. */
const HEARTBEAT_MS = 15_000;
function phasesOf(snapshot) {
    return (snapshot.ProductionVariants ?? []).flatMap((v) => (v.VariantStatus ?? []).map((s) => ({
        variant: v.VariantName ?? '?',
        status: s.Status ?? '?',
        message: s.StatusMessage,
        startedAtMs: s.StartTime?.getTime(),
    })));
}
/** The variant's CurrentWeight over all variants' weights, in percent; undefined when it is not there. */
function variantSharePercent(snapshot, variantName) {
    const variants = snapshot.ProductionVariants ?? [];
    const variant = variants.find((v) => v.VariantName === variantName);
    if (!variant)
        return undefined;
    const total = variants.reduce((sum, v) => sum + (v.CurrentWeight ?? 0), 0);
    return total > 0 ? Math.round((100 * (variant.CurrentWeight ?? 0)) / total) : 0;
}
/** Counts the traffic steps SageMaker started, from the variants' phases and their start times. */
class TrafficSteps {
    count = 0;
    seen = new Set();
    lastStatuses = new Set();
    activatedSinceBake = false;
    observe(phases) {
        const statuses = new Set(phases.map((p) => p.status));
        for (const phase of phases) {
            const id = `${phase.status}@${phase.startedAtMs ?? ''}`;
            const isNew = phase.startedAtMs === undefined ? !this.lastStatuses.has(phase.status) : !this.seen.has(id);
            this.seen.add(id);
            if (!isNew)
                continue;
            // Both fleets report the same phase: count it once.
            this.lastStatuses.add(phase.status);
            if (phase.status === 'ActivatingTraffic') {
                this.count += 1;
                this.activatedSinceBake = true;
            }
            else if (phase.status === 'Baking') {
                if (!this.activatedSinceBake)
                    this.count += 1;
                this.activatedSinceBake = false;
            }
        }
        this.lastStatuses = statuses;
    }
}
/**
 * Turns successive DescribeEndpoint answers into the lines a person watching the step wants: one per
 * state change (endpoint status, each variant's status), and a heartbeat at most every 15 s otherwise.
 * Each line gives the time since the deployment started and the share of traffic the endpoint gives the
 * new fleet (see ShareSource).
 */
class DeploymentProgress {
    startedAtMs;
    lastKey = '';
    lastLineAt = Number.NEGATIVE_INFINITY;
    steps = new TrafficSteps();
    percent = 0;
    samples = [];
    source;
    /**
     * @param plannedShares the new fleet's share after each traffic step, e.g. [10, 100] for a canary
     * @param startedAtMs when the deployment started: every line's elapsed time counts from here
     */
    constructor(plannedShares, startedAtMs, source = {}) {
        this.startedAtMs = startedAtMs;
        this.source = { ...source, plannedShares };
    }
    get newFleetPercent() {
        return this.percent;
    }
    observe(snapshot, nowMs, alarmsInAlarm = []) {
        const phases = phasesOf(snapshot);
        this.steps.observe(phases);
        this.percent = this.shareOf(snapshot);
        this.samples.push({
            atMs: nowMs - this.startedAtMs,
            newFleetPercent: this.percent,
            status: snapshot.EndpointStatus ?? 'Unknown',
            alarmsInAlarm,
        });
        const key = JSON.stringify([
            snapshot.EndpointStatus,
            snapshot.EndpointConfigName,
            phases.map((p) => [p.variant, p.status]),
            alarmsInAlarm,
            this.percent,
        ]);
        const line = this.lineFor(key, snapshot, phases, nowMs, alarmsInAlarm);
        if (line) {
            this.lastKey = key;
            this.lastLineAt = nowMs;
        }
        return line ? [line] : [];
    }
    shareOf(snapshot) {
        const { plannedShares, requestedConfig, newVariantName } = this.source;
        const weighted = newVariantName ? variantSharePercent(snapshot, newVariantName) : undefined;
        if (weighted !== undefined)
            return weighted;
        const last = plannedShares[plannedShares.length - 1] ?? 100;
        if (snapshot.EndpointStatus === 'InService') {
            if (requestedConfig !== undefined)
                return snapshot.EndpointConfigName === requestedConfig ? last : 0;
            return this.steps.count > 0 ? last : this.percent;
        }
        if (this.steps.count === 0)
            return 0;
        return plannedShares[Math.min(this.steps.count, plannedShares.length) - 1] ?? last;
    }
    lineFor(key, snapshot, phases, nowMs, alarmsInAlarm) {
        const elapsed = (0,duration/* formatElapsed */.C7)(nowMs - this.startedAtMs);
        const share = `new fleet ≈${this.percent}% of traffic`;
        if (key !== this.lastKey) {
            const variantText = phases.length
                ? phases.map((p) => `${p.variant}: ${p.status}${p.message ? ` (${p.message})` : ''}`).join('; ')
                : 'no variant activity';
            const alarmText = alarmsInAlarm.length ? `; alarms in ALARM: ${alarmsInAlarm.join(', ')}` : '';
            return `[${elapsed}] ${snapshot.EndpointStatus} on ${snapshot.EndpointConfigName ?? '-'}; ${variantText}; ${share}${alarmText}`;
        }
        if (nowMs - this.lastLineAt < HEARTBEAT_MS)
            return undefined;
        const baking = phases.find((p) => p.status === 'Baking');
        const bakingText = baking?.startedAtMs ? `, baking for ${(0,duration/* formatElapsed */.C7)(nowMs - baking.startedAtMs)}` : '';
        return `[${elapsed}] still ${snapshot.EndpointStatus}${bakingText}; ${share}`;
    }
}

;// CONCATENATED MODULE: ./shared/src/endpointOutcome.ts
/**
 * What a DescribeEndpoint answer means for a deployment of `requestedConfig`. SageMaker's own waiter
 * calls any InService a success, but an endpoint that comes back InService on another config was
 * rolled back: the config name is the only reliable signal, since FailureReason can be empty.
 */
function endpointOutcome(snapshot, requestedConfig) {
    const reason = snapshot.FailureReason?.trim();
    switch (snapshot.EndpointStatus) {
        case 'InService':
            if (snapshot.EndpointConfigName === requestedConfig)
                return { kind: 'deployed' };
            return {
                kind: 'rolled-back',
                reason: reason ||
                    `The endpoint is back InService on ${snapshot.EndpointConfigName ?? 'its previous config'} instead of ${requestedConfig}, and SageMaker gave no reason.`,
            };
        case 'Failed':
            return { kind: 'failed', reason: reason || 'The endpoint is Failed and SageMaker gave no reason.' };
        case 'UpdateRollbackFailed':
            return {
                kind: 'failed',
                reason: `Both the update and its automatic rollback failed; the endpoint may serve a mix of old and new configs. ${reason ?? ''}`.trim(),
            };
        case 'OutOfService':
            return { kind: 'failed', reason: reason || 'The endpoint is OutOfService.' };
        default:
            return { kind: 'in-progress' };
    }
}

;// CONCATENATED MODULE: ./shared/src/pollSchedule.ts
/** Around an expected transition, and once one is overdue. */
const FAST_POLL_MS = 1_000;
/** The first interval of a phase whose length the plan does not give. */
const WAITING_POLL_MS = 2_000;
/** Never slower: a surprise (a failure, a manual change) is seen within this long. */
const SLOW_POLL_MS = 15_000;
/** How long after a bake's planned end to look: the service moves on a moment after its timer. */
const TRANSITION_MARGIN_MS = 500;
function variantPhases(snapshot) {
    return (snapshot.ProductionVariants ?? []).flatMap((v) => (v.VariantStatus ?? []).map((s) => ({ status: s.Status ?? '?', startMs: s.StartTime?.getTime() })));
}
const latestStart = (phases) => {
    const starts = phases.flatMap((p) => (p.startMs === undefined ? [] : [p.startMs]));
    return starts.length ? Math.max(...starts) : undefined;
};
/**
 * The phase after a poll at `polledAtMs`. A phase seen before keeps the start it was given. A new one
 * started after the previous poll and by this one: SageMaker's StartTime is used within those bounds,
 * so that a runner clock a little off the service's cannot move a bake's end far.
 */
function observePhase(previous, snapshot, polledAtMs, previousPollAtMs) {
    const phases = variantPhases(snapshot);
    const baking = phases.filter((p) => p.status === 'Baking');
    const kind = baking.length ? 'baking' : 'waiting';
    const relevant = baking.length ? baking : phases;
    const started = latestStart(relevant);
    const key = `${snapshot.EndpointStatus}|${kind}|${baking.length
        ? String(started)
        : phases
            .map((p) => `${p.status}@${p.startMs ?? ''}`)
            .sort()
            .join(',')}`;
    if (previous?.key === key)
        return previous;
    const earliest = previousPollAtMs ?? Number.NEGATIVE_INFINITY;
    const startedAtMs = Math.min(polledAtMs, Math.max(earliest, started ?? polledAtMs));
    return { kind, key, startedAtMs };
}
const growing = (elapsedMs, floorMs) => Math.min(SLOW_POLL_MS, Math.max(floorMs, elapsedMs / 4));
/** How long to wait before the next DescribeEndpoint. */
function nextPollDelayMs(plan, sight) {
    const { phase, nowMs } = sight;
    const planned = plannedDelayMs(plan, phase, nowMs);
    // An alarm that changed during this phase is the likeliest cause of the next transition.
    const alarmAt = sight.alarmChangedAtMs;
    if (alarmAt === undefined || alarmAt < phase.startedAtMs)
        return planned;
    return Math.min(planned, growing(nowMs - alarmAt, FAST_POLL_MS));
}
function plannedDelayMs(plan, phase, nowMs) {
    if (phase.kind === 'baking' && plan.bakeMs !== undefined) {
        const dueAtMs = phase.startedAtMs + plan.bakeMs + TRANSITION_MARGIN_MS;
        const leftMs = dueAtMs - nowMs;
        // Even steps no longer than SLOW_POLL_MS, the last landing on the bake's end.
        if (leftMs > 0)
            return leftMs / Math.ceil(leftMs / SLOW_POLL_MS);
        return growing(-leftMs, FAST_POLL_MS);
    }
    return growing(nowMs - phase.startedAtMs, WAITING_POLL_MS);
}

;// CONCATENATED MODULE: ./shared/src/watchEndpointUpdate.ts








/**
 * Follows an endpoint until its create or update ends, printing progress, and says how it ended.
 * DescribeEndpoint is called on the plan's schedule (see pollSchedule); the guarding alarms are read
 * in between, and a change in them brings the next DescribeEndpoint forward. The alarms that fired
 * are kept so that a rollback can be explained by them.
 */
async function watchEndpointUpdate(ports, request) {
    const progress = new DeploymentProgress(request.plannedShares, request.startedAtMs, {
        requestedConfig: request.requestedConfig,
        newVariantName: request.newVariantName,
    });
    const alarms = new AlarmStateTracker(ports, request.guardingAlarms);
    let snapshot;
    const cancelled = () => ({ kind: 'cancelled', snapshot, samples: progress.samples });
    let phase;
    let lastPollAtMs;
    const describes = new transientAwsError_TransientReadTolerance(`DescribeEndpoint on ${request.endpointName}`);
    for (;;) {
        if (ports.signal.aborted)
            return cancelled();
        const described = await describeEndpoint(ports, request.endpointName, describes);
        if (described === 'cancelled')
            return cancelled();
        if (!described) {
            // Throttled or a 5xx: no news this poll. Ten of those in a row end the watch with an error.
            if (!(await sleepReadingAlarms(ports, alarms, ports.clock.now() + WAITING_POLL_MS)))
                return cancelled();
            continue;
        }
        snapshot = described;
        await alarms.read(ports.clock.now());
        const now = ports.clock.now();
        for (const line of progress.observe(snapshot, now, alarms.inAlarmNow))
            ports.logger.info(line);
        const outcome = endpointOutcome(snapshot, request.requestedConfig);
        if (outcome.kind !== 'in-progress') {
            const { samples } = progress;
            return { kind: 'finished', outcome, snapshot, firedAlarms: alarms.firedAlarms, samples };
        }
        if (now >= request.deadlineMs) {
            ports.logger.warning(`Stopped waiting at ${(0,duration/* formatElapsed */.C7)(now - request.startedAtMs)}: the endpoint is still ${snapshot.EndpointStatus}.`);
            return { kind: 'timed-out', snapshot, samples: progress.samples };
        }
        phase = observePhase(phase, snapshot, now, lastPollAtMs);
        lastPollAtMs = now;
        const delay = nextPollDelayMs(request.plan ?? {}, {
            phase,
            nowMs: now,
            alarmChangedAtMs: alarms.changedAtMs,
        });
        if (!(await sleepReadingAlarms(ports, alarms, Math.min(now + delay, request.deadlineMs))))
            return cancelled();
    }
}
/** The endpoint now; undefined when the read failed transiently (no news this poll). */
async function describeEndpoint(ports, endpointName, describes) {
    try {
        return await describes.read(() => ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeEndpointCommand */.CX3({ EndpointName: endpointName }), {
            abortSignal: ports.signal,
        }));
    }
    catch (err) {
        if (ports.signal.aborted)
            return 'cancelled';
        throw err;
    }
}
/**
 * Sleeps until `untilMs`, reading the alarms every ALARM_POLL_MS meanwhile, and wakes early when one
 * changes state. False when the job was cancelled.
 */
async function sleepReadingAlarms(ports, alarms, untilMs) {
    for (;;) {
        const left = untilMs - ports.clock.now();
        if (left <= 0)
            return true;
        const nap = alarms.watching ? Math.min(ALARM_POLL_MS, left) : left;
        try {
            await ports.clock.sleep(nap, ports.signal);
        }
        catch {
            return false;
        }
        // When the nap ends the sleep, the DescribeEndpoint that follows reads the alarms anyway.
        if (nap < left && (await alarms.read(ports.clock.now())))
            return true;
    }
}

;// CONCATENATED MODULE: ./actions/rollback/src/endpointWait.ts

/** Follows the endpoint until its update ends (or the deadline, or a cancel), printing progress. */
function waitForEndpoint(ports, wait) {
    const { bakeSeconds, ...watch } = wait;
    return watchEndpointUpdate(ports, {
        ...watch,
        plannedShares: [100],
        startedAtMs: ports.clock.now(),
        plan: bakeSeconds === undefined ? {} : { bakeMs: bakeSeconds * 1000 },
    });
}
/** Why a wait did not see the update end, in words for the summary. */
function unfinishedReason(watched) {
    return watched.kind === 'cancelled'
        ? 'The job was cancelled while waiting; SageMaker goes on with what was started.'
        : `The endpoint was still ${watched.snapshot.EndpointStatus} when timeout-minutes ran out; SageMaker goes on with what was started.`;
}

;// CONCATENATED MODULE: ./actions/rollback/src/inFlightSettlement.ts




/**
 * An update is in flight: with force, sets its guarding alarms to ALARM so that SageMaker rolls it back
 * (SageMaker has no API to cancel an update); otherwise waits. Either way, waits for the endpoint to
 * settle and says where it ended.
 */
async function settleInFlightUpdate(ports, plan, checked, journal) {
    const { inFlight, forcing } = checked;
    let rejection;
    if (forcing) {
        await forceGuardrailsRollback(ports, plan, inFlight);
        journal.did(`Set alarm ${inFlight.alarms.join(', ')} to ALARM so that SageMaker rolls back the in-flight update to ${inFlight.pendingConfig ?? 'a new config'} itself (SageMaker has no API to cancel an update).`);
        rejection = await rejectIfAsked(ports, plan, journal, undefined);
    }
    else {
        journal.did(`Waiting for the ${inFlight.status} endpoint to settle first (in-flight: ${plan.inFlightMode}).`);
    }
    const watched = await waitForEndpoint(ports, {
        endpointName: plan.endpointName,
        requestedConfig: inFlight.configBeforeUpdate ?? inFlight.pendingConfig ?? '',
        guardingAlarms: [],
        deadlineMs: plan.deadlineMs,
        // Forced, SageMaker rolls back at its next alarm check, whatever the plan: poll as for the unknown.
        bakeSeconds: forcing ? undefined : inFlight.bakeSeconds,
    });
    return judgeSettlement(watched, { ...checked, forced: forcing, rejection }, journal);
}
/** Where the in-flight update left the endpoint: InService (on either config) settles it; anything else fails. */
function judgeSettlement(watched, before, journal) {
    const { endpointName, inFlight, forced, rejection } = before;
    if (watched.kind !== 'finished') {
        const failure = unfinishedReason(watched);
        return {
            kind: 'failed',
            outcome: { status: 'failed', failure, servingConfig: before.endpoint.EndpointConfigName, rejection },
        };
    }
    const endpoint = { ...before.endpoint, ...watched.snapshot };
    const now = endpoint.EndpointConfigName;
    if (endpoint.EndpointStatus !== 'InService') {
        const failure = `The in-flight update ended with the endpoint ${endpoint.EndpointStatus}${endpoint.FailureReason ? ` (${endpoint.FailureReason})` : ''}.`;
        return { kind: 'failed', outcome: { status: 'failed', failure, servingConfig: now, rejection } };
    }
    if (now === inFlight.configBeforeUpdate) {
        journal.did(`${forced ? 'SageMaker rolled the update back' : 'The update was rolled back'}: ${endpointName} is InService on ${now} again.`);
    }
    else {
        journal.did(`The in-flight update finished before it could be stopped: ${endpointName} is InService on ${now}.`);
    }
    return { kind: 'settled', endpoint, wasInFlight: true, forced, rejection };
}
async function forceGuardrailsRollback(ports, plan, inFlight) {
    const stateReason = forcedAlarmReason(plan.endpointName, inFlight, plan.reason);
    for (const alarm of inFlight.alarms) {
        await ports.cloudwatch.send(new client_cloudwatch_dist_cjs/* SetAlarmStateCommand */.C3l({ AlarmName: alarm, StateValue: 'ALARM', StateReason: stateReason }));
    }
}

;// CONCATENATED MODULE: ./shared/src/alarmPreCheck.ts


/**
 * Why alarms in these states cannot guard `use.guarding`: alarms that do not exist and alarms already in
 * ALARM, all named at once. Undefined when every alarm is usable.
 */
function unusableAlarmsError(states, use) {
    const missing = states.filter((s) => s.state === 'MISSING').map((s) => s.name);
    const firing = alarmStates_inAlarm(states).map((s) => s.name);
    if (!missing.length && !firing.length)
        return undefined;
    const sentences = [
        missing.length ? `Alarm ${missing.join(', ')} does not exist, so it cannot guard ${use.guarding}.` : '',
        firing.length ? `Alarm ${firing.join(', ')} is in ALARM now, so ${use.firingConsequence}.` : '',
    ].filter(Boolean);
    const hints = [missing.length ? use.missingHint : '', firing.length ? use.firingHint : ''].filter(Boolean);
    return new errors/* ModelshipError */.W7(`${sentences.join(' ')} Nothing changed.`, hints.join(' '));
}
/**
 * The check before anything changes: reads the named alarms (one DescribeAlarms per 100) and throws a
 * ModelshipError naming every missing alarm and every alarm already in ALARM. Returns the states, so a
 * caller can reuse them (for plan warnings, say) without asking CloudWatch again.
 */
async function checkAlarmsUsable(ports, names, use) {
    if (!names.length)
        return [];
    const states = await alarmStates_alarmStates(ports, names);
    const problem = unusableAlarmsError(states, use);
    if (problem)
        throw problem;
    return states;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/src/awsNames.ts
var awsNames = __webpack_require__(2740);
;// CONCATENATED MODULE: ./shared/src/resourceNames.ts


const MAX_NAME = 63;
const CONFIG_HASH_LENGTH = 6;
const SHA_LENGTH = 7;
/**
 * JSON with object keys sorted at every level, so that the same config always hashes the same however
 * it was assembled. Undefined members are left out, as JSON.stringify does.
 */
function canonicalJson(value) {
    if (value === null || typeof value === 'boolean' || typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new TypeError(`Cannot hash a non-finite number (${value}).`);
        return JSON.stringify(value);
    }
    if (Array.isArray(value))
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
    if (typeof value === 'object') {
        const withToJson = value;
        if (typeof withToJson.toJSON === 'function')
            return canonicalJson(withToJson.toJSON());
        const members = Object.entries(value)
            .filter(([, member]) => member !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
        return `{${members.join(',')}}`;
    }
    throw new TypeError(`Cannot hash a ${typeof value}.`);
}
/** The first 6 hex digits of the SHA-256 of the config's canonical JSON. */
function configHash(config) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(config)).digest('hex').slice(0, CONFIG_HASH_LENGTH);
}
/**
 * `<base>-<short sha>-<config hash>`: a re-run of the same commit with the same config finds the model
 * or endpoint config it made before, and any change to the config gets a new name. Hash only what
 * defines the resource, not its tags: the run URL in provenance tags changes on every re-run.
 * Over 63 characters the base is shortened, never the suffix, which is what makes the name unique.
 */
function deterministicName(base, gitSha, config) {
    if (!awsNames/* SAGEMAKER_NAME */.bm.test(base))
        throw new RangeError(`Name base "${base}" is not a SageMaker name (letters, digits, hyphens).`);
    if (!new RegExp(`^[0-9a-fA-F]{${SHA_LENGTH},}$`).test(gitSha))
        throw new RangeError(`"${gitSha}" is not a git commit sha (at least ${SHA_LENGTH} hex digits).`);
    const suffix = `-${gitSha.slice(0, SHA_LENGTH).toLowerCase()}-${configHash(config)}`;
    // Trailing hyphens of a cut base would run into the suffix's own.
    const head = base.slice(0, MAX_NAME - suffix.length).replace(/-+$/, '');
    return `${head}${suffix}`;
}

;// CONCATENATED MODULE: ./actions/rollback/src/packageModelSettings.ts

/**
 * The model and endpoint config that serve a registry version on this endpoint: the package's
 * containers, on the serving config's variant (same name, instances and serverless settings), because
 * SageMaker's guardrails need the variant name unchanged and a rollback should not resize the fleet.
 */
function packageModelSettings(pkg, servingConfig, executionRoleArn) {
    const containers = (pkg.InferenceSpecification?.Containers ?? []).map((c) => ({
        Image: c.Image,
        ModelDataUrl: c.ModelDataUrl,
        Environment: c.Environment,
    }));
    if (containers.length === 0) {
        throw new errors/* ModelshipError */.W7(`Model package ${pkg.ModelPackageArn} has no containers in its InferenceSpecification, so it cannot be deployed; nothing changed.`, 'Roll back to a named endpoint config instead (to: <config name>).');
    }
    const variants = servingConfig.ProductionVariants ?? [];
    const [variant] = variants;
    if (!variant || variants.length > 1) {
        throw new errors/* ModelshipError */.W7(`Endpoint config ${servingConfig.EndpointConfigName} has ${variants.length} variants; to: last-approved rebuilds single-variant endpoints only, so nothing changed.`, 'Roll back to a named endpoint config instead (to: <config name>).');
    }
    return {
        model: {
            ExecutionRoleArn: executionRoleArn,
            ...(containers.length > 1
                ? { Containers: containers, InferenceExecutionConfig: { Mode: 'Serial' } }
                : { PrimaryContainer: containers[0] }),
        },
        config: (modelName) => ({
            ProductionVariants: [
                {
                    VariantName: variant.VariantName,
                    ModelName: modelName,
                    InstanceType: variant.InstanceType,
                    InitialInstanceCount: variant.InitialInstanceCount,
                    InitialVariantWeight: variant.InitialVariantWeight,
                    ServerlessConfig: variant.ServerlessConfig,
                    ContainerStartupHealthCheckTimeoutInSeconds: variant.ContainerStartupHealthCheckTimeoutInSeconds,
                },
            ],
            DataCaptureConfig: servingConfig.DataCaptureConfig,
            AsyncInferenceConfig: servingConfig.AsyncInferenceConfig,
            KmsKeyId: servingConfig.KmsKeyId,
        }),
    };
}

;// CONCATENATED MODULE: ./actions/rollback/src/resolveRollbackTarget.ts





async function resolveRollbackTarget(ports, query) {
    switch (query.to.kind) {
        case 'previous':
            return previousTarget(ports, query);
        case 'config':
            return namedTarget(ports, query, query.to.name, `to: ${query.to.name}`);
        case 'last-approved':
            return lastApprovedTarget(ports, query);
    }
}
async function namedTarget(ports, query, name, why) {
    const found = await configWithProvenance(ports, name);
    if (!found) {
        const candidates = await findRollbackCandidates(ports, query.endpointName, query.servingConfig);
        throw new errors/* ModelshipError */.W7(`Endpoint config ${name} does not exist, so ${query.endpointName} cannot be rolled back to it; nothing changed.\n${candidatesText(candidates)}`, 'Set `to` to one of the configs listed, or to previous or last-approved.');
    }
    return {
        configName: name,
        variant: found.config.ProductionVariants?.[0],
        modelPackageArn: found.provenance.modelPackageArn,
        why,
    };
}
/**
 * `previous` means the config before the deployment being undone: the one an in-flight update started
 * from, or else the one the serving config's provenance tags record.
 */
async function previousTarget(ports, query) {
    if (query.inFlight?.configBeforeUpdate) {
        return namedTarget(ports, query, query.inFlight.configBeforeUpdate, `to: previous, the config the in-flight update to ${query.inFlight.pendingConfig ?? 'a new config'} started from`);
    }
    const recordedOn = query.inFlight?.pendingConfig ?? query.servingConfig;
    const recorded = recordedOn ? await configWithProvenance(ports, recordedOn) : undefined;
    const previous = recorded?.provenance.previousEndpointConfig;
    if (!previous) {
        const candidates = await findRollbackCandidates(ports, query.endpointName, query.servingConfig);
        throw new errors/* ModelshipError */.W7(`Endpoint config ${recordedOn ?? '(none)'} of ${query.endpointName} records no previous endpoint config (tag modelship:previous-endpoint-config), so to: previous has nowhere to go; nothing changed.\n${candidatesText(candidates)}`, 'Name the config to return to in `to`, or use to: last-approved with model-package-group. Configs deployed by deploy-endpoint record their previous config.');
    }
    return namedTarget(ports, query, previous, `to: previous, recorded on ${recordedOn}`);
}
async function lastApprovedTarget(ports, query) {
    const group = query.inputs['model-package-group'];
    const roleArn = query.inputs['execution-role-arn'];
    // rollbackInputProblems requires both; this keeps the types honest.
    if (!group || !roleArn)
        throw new Error('last-approved needs model-package-group and execution-role-arn.');
    const serving = query.servingConfig ? await configWithProvenance(ports, query.servingConfig) : undefined;
    if (!serving) {
        throw new errors/* ModelshipError */.W7(`Endpoint ${query.endpointName} reports no readable endpoint config, so last-approved has no variant settings to reuse; nothing changed.`, 'Roll back to a named endpoint config instead (to: <config name>).');
    }
    const pending = query.inFlight?.pendingConfig
        ? await configWithProvenance(ports, query.inFlight.pendingConfig)
        : undefined;
    const excluded = new Set([serving.provenance.modelPackageArn, pending?.provenance.modelPackageArn].filter((arn) => Boolean(arn)));
    const picked = await findLastApprovedPackage(ports, group, excluded);
    if (!picked?.ModelPackageArn) {
        throw new errors/* ModelshipError */.W7(`Model package group ${group} has no Approved version other than the one ${query.endpointName} serves or is being updated to${excluded.size ? ` (${[...excluded].join(', ')})` : ''}; nothing changed.`, 'Approve an earlier version in the model registry, or roll back to a named endpoint config (to: <config name>).');
    }
    const pkg = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeModelPackageCommand */.Uxr({ ModelPackageName: picked.ModelPackageArn }));
    const settings = packageModelSettings(pkg, serving.config, roleArn);
    // Without a commit (a run outside GitHub) the settings hash alone tells models apart.
    const gitSha = query.provenance.gitSha ?? '0000000';
    const modelName = deterministicName(query.endpointName, gitSha, settings.model);
    const configSettings = settings.config(modelName);
    const configName = deterministicName(query.endpointName, gitSha, configSettings);
    const tags = provenanceTags({
        ...query.provenance,
        modelPackageArn: picked.ModelPackageArn,
        previousEndpointConfig: query.inFlight?.pendingConfig ?? query.servingConfig,
    }, query.inputs.reason ? { 'modelship:rollback-reason': query.inputs.reason } : {});
    return {
        configName,
        variant: configSettings.ProductionVariants?.[0],
        modelPackageArn: picked.ModelPackageArn,
        create: {
            model: { ModelName: modelName, ...settings.model, Tags: tags },
            config: { EndpointConfigName: configName, ...configSettings, Tags: tags },
        },
        why: `to: last-approved, version ${picked.ModelPackageVersion ?? '?'} of ${group} (${picked.ModelPackageArn})`,
    };
}

// EXTERNAL MODULE: ./actions/rollback/src/rollbackTarget.ts
var rollbackTarget = __webpack_require__(6753);
;// CONCATENATED MODULE: ./actions/rollback/src/rollbackPlan.ts




/**
 * Resolves the target config and the deployment config, and checks the guarding alarms. It only reads:
 * a bad target or an unusable alarm fails with nothing changed.
 */
async function planRollback(ports, request, checked) {
    const { inputs } = request;
    const { endpointName, endpoint, inFlight } = checked;
    const target = await resolveRollbackTarget(ports, {
        to: (0,rollbackTarget/* readRollbackTo */.U5)(inputs.to),
        endpointName,
        servingConfig: endpoint.EndpointConfigName,
        inFlight,
        inputs,
        provenance: request.provenance,
    });
    const instanceCount = target.variant?.ServerlessConfig ? undefined : target.variant?.InitialInstanceCount;
    const strategy = (0,deploymentConfig/* parseDeploymentConfig */.B8)(inputs['deployment-config'], { instanceCount });
    const guardingAlarms = inputs.alarms ?? [];
    await checkAlarmsUsable(ports, guardingAlarms, ROLLBACK_ALARM_USE);
    return {
        endpointName,
        target,
        from: inFlight?.pendingConfig ?? endpoint.EndpointConfigName,
        strategy,
        instanceCount,
        guardingAlarms,
        deadlineMs: request.startedAtMs + inputs['timeout-minutes'] * 60_000,
        reason: inputs.reason,
        rejectPackage: inputs['reject-model-package'],
        wait: inputs.wait,
        inFlightMode: inputs['in-flight'],
    };
}
/** Says what is about to happen, and sets the outputs known from now on. */
function announceRollback(ports, plan) {
    const { endpointName, from, target, reason } = plan;
    ports.logger.info(`Rolling back ${endpointName} from ${from ?? '-'} to ${target.configName} (${target.why})${reason ? `; reason: ${reason}` : ''}.`);
    ports.setOutput('rolled-back-from', from ?? '');
    ports.setOutput('rolled-back-to', target.configName);
    ports.setOutput('model-package-arn', target.modelPackageArn ?? '');
    return plan;
}
/** How the rollback's own guarding alarms are checked before anything changes. */
const ROLLBACK_ALARM_USE = {
    guarding: 'the rollback',
    firingConsequence: 'guarding the rollback with it would make SageMaker undo the rollback at once',
    missingHint: 'Create the alarm first, or leave it out of alarms.',
    firingHint: 'Leave alarms that watch the failing deployment out of alarms (a rollback does not need them), or wait for them to return to OK.',
};

;// CONCATENATED MODULE: ./shared/src/autoScalingSuspension.ts

const NAMESPACE = 'sagemaker';
const DIMENSION = 'sagemaker:variant:DesiredInstanceCount';
/** What Application Auto Scaling calls a variant's instance count: its namespace, resource and dimension. */
const variantScalingScope = (endpointName, variantName) => ({
    ServiceNamespace: NAMESPACE,
    ResourceId: `endpoint/${endpointName}/variant/${variantName}`,
    ScalableDimension: DIMENSION,
});
/**
 * SageMaker refuses to change the instance type of a variant registered for auto scaling. The documented
 * way is to deregister, update and register again; this does that, and restores the target, its policies
 * and its scheduled actions whatever the update's outcome, so no endpoint is left without scaling.
 */
async function withAutoScalingSuspended(ports, target, update) {
    if (!target.instanceTypeChanges)
        return update();
    const scaling = await readRegisteredScaling(ports, variantScalingScope(target.endpointName, target.variantName));
    if (!scaling)
        return update();
    await suspendScaling(ports, scaling);
    try {
        return await update();
    }
    finally {
        await restoreScaling(ports, scaling);
    }
}
/** The variant's scalable target with its policies and scheduled actions; undefined when it is not registered. */
async function readRegisteredScaling(ports, scope) {
    const { ResourceId } = scope;
    const targets = await ports.autoscaling.send(new dist_cjs/* DescribeScalableTargetsCommand */.sH({ ServiceNamespace: NAMESPACE, ResourceIds: [ResourceId] }));
    const registered = targets.ScalableTargets?.find((t) => t.ScalableDimension === DIMENSION);
    if (!registered)
        return undefined;
    const policies = (await ports.autoscaling.send(new dist_cjs/* DescribeScalingPoliciesCommand */.yY({ ServiceNamespace: NAMESPACE, ResourceId }))).ScalingPolicies ?? [];
    const scheduled = (await ports.autoscaling.send(new dist_cjs/* DescribeScheduledActionsCommand */.bE({ ServiceNamespace: NAMESPACE, ResourceId }))).ScheduledActions ?? [];
    return { scope, registered, policies, scheduled };
}
async function suspendScaling(ports, { scope, policies }) {
    ports.logger.info(`Suspending auto scaling of ${scope.ResourceId} (${policies.length} policies) while the instance type changes.`);
    for (const policy of policies) {
        await ports.autoscaling.send(new dist_cjs/* DeleteScalingPolicyCommand */.y5({ ...scope, PolicyName: policy.PolicyName }));
    }
    await ports.autoscaling.send(new dist_cjs/* DeregisterScalableTargetCommand */.CV(scope));
}
async function restoreScaling(ports, scaling) {
    const { scope, registered, policies, scheduled } = scaling;
    await ports.autoscaling.send(new dist_cjs/* RegisterScalableTargetCommand */.Jr({
        ...scope,
        MinCapacity: registered.MinCapacity,
        MaxCapacity: registered.MaxCapacity,
    }));
    for (const policy of policies) {
        await ports.autoscaling.send(new dist_cjs/* PutScalingPolicyCommand */.OJ({
            ...scope,
            PolicyName: policy.PolicyName,
            PolicyType: policy.PolicyType,
            TargetTrackingScalingPolicyConfiguration: policy.TargetTrackingScalingPolicyConfiguration,
            StepScalingPolicyConfiguration: policy.StepScalingPolicyConfiguration,
        }));
    }
    for (const action of scheduled) {
        await ports.autoscaling.send(new dist_cjs/* PutScheduledActionCommand */.cx({
            ...scope,
            ScheduledActionName: action.ScheduledActionName,
            Schedule: action.Schedule,
            Timezone: action.Timezone,
            StartTime: action.StartTime,
            EndTime: action.EndTime,
            ScalableTargetAction: action.ScalableTargetAction,
        }));
    }
    ports.logger.info(`Auto scaling of ${scope.ResourceId} restored.`);
}

;// CONCATENATED MODULE: ./actions/rollback/src/targetResources.ts


/** last-approved: creates the target's model and config, unless they exist from an earlier run. */
async function createTargetResources(ports, target, journal) {
    if (!target.create)
        return;
    const { model, config } = target.create;
    if (model.ModelName && !(await modelExists(ports, model.ModelName))) {
        await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateModelCommand */.TIE(model));
        journal.did(`Created model ${model.ModelName} from ${target.modelPackageArn}.`);
    }
    if (!(await findEndpointConfig(ports, target.configName))) {
        await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateEndpointConfigCommand */.dH8(config));
        journal.did(`Created endpoint config ${target.configName}.`);
    }
}
async function instanceTypeChange(ports, servingConfig, targetVariant) {
    const serving = await variantOfConfig(ports, servingConfig, targetVariant?.VariantName);
    const from = serving?.InstanceType;
    const to = targetVariant?.InstanceType;
    return { changes: Boolean(from && to && from !== to), from, to };
}
/** The variant of an endpoint config with this name (its first when unnamed), to compare instance types. */
async function variantOfConfig(ports, configName, variantName) {
    if (!configName)
        return undefined;
    const config = await findEndpointConfig(ports, configName);
    const variants = config?.ProductionVariants ?? [];
    return variants.find((v) => v.VariantName === variantName) ?? variants[0];
}

;// CONCATENATED MODULE: ./actions/rollback/src/targetUpdate.ts






/**
 * UpdateEndpoint to the target config (creating it first for last-approved), with auto scaling suspended
 * around an instance-type change and restored after; then, unless wait is false, waits and judges.
 */
async function updateToTarget(ports, plan, settled, journal) {
    await createTargetResources(ports, plan.target, journal);
    const change = await instanceTypeChange(ports, settled.endpoint.EndpointConfigName, plan.target.variant);
    const scope = {
        endpointName: plan.endpointName,
        variantName: plan.target.variant?.VariantName ?? '',
        instanceTypeChanges: change.changes,
    };
    const { rejection, watched } = await withAutoScalingSuspended(ports, scope, async () => {
        const started = await startUpdate(ports, plan, settled, change, journal);
        return { rejection: started, watched: plan.wait ? await waitForTarget(ports, plan) : undefined };
    });
    return judgeUpdate(ports, plan, { servingBefore: settled.endpoint.EndpointConfigName, rejection, watched }, journal);
}
/** UpdateEndpoint, then the record on the endpoint and the rejection: both stand even if the wait fails. */
async function startUpdate(ports, plan, settled, change, journal) {
    const { endpointName, target, strategy, instanceCount, guardingAlarms } = plan;
    await ports.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateEndpointCommand */.sU7({
        EndpointName: endpointName,
        EndpointConfigName: target.configName,
        DeploymentConfig: (0,deploymentConfig/* toSageMakerDeploymentConfig */.hI)(strategy, { instanceCount, alarms: guardingAlarms }),
    }));
    journal.did(`UpdateEndpoint ${endpointName}: ${settled.endpoint.EndpointConfigName ?? '-'} → ${target.configName} with ${strategy.preset}${guardingAlarms.length ? `, guarded by ${guardingAlarms.join(', ')}` : ''}${change.changes ? ` (instance type ${change.from} → ${change.to}, auto scaling suspended meanwhile)` : ''}.`);
    await recordRollbackOnEndpoint(ports, settled.endpoint, plan);
    return rejectIfAsked(ports, plan, journal, settled.rejection);
}
function waitForTarget(ports, plan) {
    return waitForEndpoint(ports, {
        endpointName: plan.endpointName,
        requestedConfig: plan.target.configName,
        guardingAlarms: plan.guardingAlarms,
        deadlineMs: plan.deadlineMs,
        bakeSeconds: plan.strategy.intervalSeconds,
    });
}
/** Success is InService on the target config, read back; a rollback of the rollback, or no end in time, fails. */
function judgeUpdate(ports, plan, update, journal) {
    const { servingBefore, rejection, watched } = update;
    const target = plan.target.configName;
    if (!watched) {
        journal.did('wait: false, so the action does not wait for InService on the target config.');
        return { status: 'in-progress', servingConfig: servingBefore, rejection };
    }
    if (watched.kind !== 'finished') {
        return { status: 'failed', servingConfig: servingBefore, failure: unfinishedReason(watched), rejection };
    }
    const servingConfig = watched.snapshot.EndpointConfigName ?? servingBefore;
    const { outcome } = watched;
    if (outcome.kind === 'deployed') {
        ports.setOutput('endpoint-config-name', target);
        journal.did(`${plan.endpointName} is InService on ${target}.`);
        return { status: 'rolled-back', servingConfig, rejection };
    }
    const failure = outcome.kind === 'rolled-back'
        ? `The rollback to ${target} was itself rolled back: ${outcome.reason}`
        : `The rollback to ${target} failed: ${'reason' in outcome ? outcome.reason : 'no reason given'}`;
    return { status: 'failed', servingConfig, failure, rejection };
}

;// CONCATENATED MODULE: ./actions/rollback/src/rollback.ts






/**
 * Returns the endpoint to a known good config and reports the truth: success is InService on the
 * target config, checked, never assumed. Everything that can be wrong with the request (unknown
 * endpoint or config, nothing recorded, no other approved version) fails before anything changes.
 */
async function rollback(ports, request) {
    const { logger } = ports;
    const journal = new RollbackJournal(logger);
    const checked = await logger.group('Check the endpoint', () => checkEndpoint(ports, request));
    const plan = await logger.group('Resolve the target', async () => announceRollback(ports, await planRollback(ports, request, checked)));
    const settled = await settle(ports, plan, checked, journal);
    if (settled.kind === 'failed')
        return rollbackResult(ports, request, plan, journal, settled.outcome);
    const outcome = servesTarget(settled, plan)
        ? await logger.group(`Finish on ${plan.target.configName}`, () => finishOnTarget(ports, plan, settled, journal))
        : await logger.group(`Update to ${plan.target.configName}`, () => updateToTarget(ports, plan, settled, journal));
    return rollbackResult(ports, request, plan, journal, outcome);
}
/** An update in flight is forced back or waited for; with none, the endpoint is settled as found. */
function settle(ports, plan, checked, journal) {
    const { inFlight } = checked;
    if (!inFlight) {
        return Promise.resolve({
            kind: 'settled',
            endpoint: checked.endpoint,
            wasInFlight: false,
            forced: false,
        });
    }
    return ports.logger.group(`Settle the ${inFlight.status} endpoint (in-flight: ${plan.inFlightMode})`, () => settleInFlightUpdate(ports, plan, { ...checked, inFlight }, journal));
}
function rollbackResult(ports, request, plan, journal, outcome) {
    return {
        status: outcome.status,
        endpointName: plan.endpointName,
        from: plan.from,
        to: plan.target.configName,
        servingConfig: outcome.servingConfig,
        modelPackageArn: plan.target.modelPackageArn,
        rejectedPackageArn: outcome.rejection?.rejectedArn,
        steps: journal.steps,
        failure: outcome.failure,
        durationSeconds: Math.round((ports.clock.now() - request.startedAtMs) / 1000),
    };
}

;// CONCATENATED MODULE: ./shared/src/markdown.ts
/** Small builders for job summaries and pull request comments; plain strings, so tests read them. */
const escapeCell = (value) => value.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
function markdownTable(header, rows) {
    return [
        `| ${header.map(escapeCell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
    ].join('\n');
}
/** A two-column table of what changed or what was found; rows with no value are left out. */
function markdownKeyValueTable(rows, header = ['', '']) {
    return markdownTable(header, rows.filter((row) => Boolean(row[1])));
}
function markdownHeading(text, level = 2) {
    return `${'#'.repeat(level)} ${text.replace(/\r?\n/g, ' ')}`;
}
function markdownLink(text, url) {
    return url ? `[${text.replace(/[[\]]/g, '\\$&')}](${url})` : text;
}
function markdownList(items) {
    return items.map((item) => `- ${item.replace(/\r?\n/g, ' ')}`).join('\n');
}
/** Inline code that survives backticks in the value (image tags, regexes). */
function inlineCode(text) {
    return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}
/** A fenced block; the fence grows past any run of backticks inside, so logs cannot break out of it. */
function codeBlock(text, language = '') {
    const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}
/** A Mermaid diagram, which GitHub renders in job summaries and comments. */
function mermaidBlock(diagram) {
    return codeBlock(diagram.trim(), 'mermaid');
}
/** Collapsed detail (full logs, the raw plan) that would drown the outcome if shown open. */
function markdownDetails(summary, body) {
    return `<details><summary>${summary.replace(/</g, '&lt;')}</summary>\n\n${body}\n\n</details>`;
}
/** AWS console links, which a person opens first when a step fails. */
function sagemakerConsoleUrl(region, kind, name) {
    return `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}#/${kind}/${encodeURIComponent(name)}`;
}
/** A link to a CodeDeploy deployment in the AWS console, for job summaries and comments. */
function codeDeployConsoleUrl(region, deploymentId) {
    return `https://${region}.console.aws.amazon.com/codesuite/codedeploy/deployments/${encodeURIComponent(deploymentId)}?region=${region}`;
}

;// CONCATENATED MODULE: ./actions/rollback/src/rollbackSummary.ts

const STATUS_LINE = {
    'rolled-back': '↩️ Rolled back',
    'already-there': '✅ Already there (nothing changed)',
    failed: '❌ Rollback failed',
    'in-progress': '⏳ Rollback started (not waited for)',
};
/** The job summary: outcome first, then from → to, why, how long, what was Rejected, and each step taken. */
function rollbackSummaryMarkdown(result, region, reason) {
    const lines = [`## ${STATUS_LINE[result.status]}: endpoint \`${result.endpointName}\``, ''];
    if (result.failure)
        lines.push(`> ${result.failure}`, '');
    lines.push(markdownTable(['', ''], [
        ['Endpoint config', `${result.from ?? '-'} → ${result.to}`],
        ['Serving now', result.servingConfig ?? '-'],
        ['Why', reason ?? '(no reason given)'],
        ['Duration', `${result.durationSeconds} s`],
        ['Model package now', result.modelPackageArn ?? '(not recorded)'],
        ['Marked Rejected', result.rejectedPackageArn ?? 'nothing'],
    ]), '');
    if (result.steps.length)
        lines.push('### What was done', '', ...result.steps.map((s) => `1. ${s}`), '');
    if (result.codeDeploy) {
        const { deploymentId, rollbackDeploymentId } = result.codeDeploy;
        lines.push([
            `[Deployment ${deploymentId}](${codeDeployConsoleUrl(region, deploymentId)})`,
            ...(rollbackDeploymentId
                ? [
                    `[rollback deployment ${rollbackDeploymentId}](${codeDeployConsoleUrl(region, rollbackDeploymentId)})`,
                ]
                : []),
        ].join(' · '), '');
    }
    else {
        lines.push(`[Endpoint in the SageMaker console](${sagemakerConsoleUrl(region, 'endpoints', result.endpointName)})`, '');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./actions/rollback/src/rollbackStep.ts




/**
 * The whole step: roll back (an endpoint, or a CodeDeploy deployment), then report it in outputs, the
 * job summary and the pull request comment. A rollback that did not complete fails the step.
 */
async function rollbackStep(context, ports) {
    const startedAtMs = context.clock.now();
    let result;
    try {
        result = await rollbackForTarget(context, ports, startedAtMs);
    }
    catch (err) {
        context.setOutput('status', 'failed');
        context.setOutput('duration-seconds', String(Math.round((context.clock.now() - startedAtMs) / 1000)));
        throw err;
    }
    await reportRollback(context, ports, result);
    if (result.status === 'failed')
        throw incompleteRollbackError(result);
}
function rollbackForTarget(context, ports, startedAtMs) {
    const { inputs, clock, logger, signal, setOutput } = context;
    const common = { clock, logger, signal, setOutput };
    const request = { inputs, region: ports.region, startedAtMs };
    if (inputs.target === 'codedeploy') {
        return rollbackCodeDeploy({ ...common, codedeploy: ports.codedeploy }, request);
    }
    const { sagemaker, cloudwatch, autoscaling } = ports;
    const provenance = provenanceFromEnvironment(context.env, 'rollback');
    return rollback({ ...common, sagemaker, cloudwatch, autoscaling }, { ...request, provenance });
}
/** Outputs, the job summary, and with comment-on-pr the one updatable comment on the pull request. */
async function reportRollback(context, ports, result) {
    const { inputs, setOutput } = context;
    setOutput('status', result.status);
    setOutput('duration-seconds', String(result.durationSeconds));
    if (result.servingConfig)
        setOutput('endpoint-config-name', result.servingConfig);
    const summary = rollbackSummaryMarkdown(result, ports.region, inputs.reason);
    await ports.writeSummary(summary);
    if (inputs['comment-on-pr'] && inputs['github-token']) {
        await ports.commentOnPullRequest({
            token: inputs['github-token'],
            key: `rollback/${result.endpointName}/${context.env.GITHUB_WORKFLOW ?? ''}`,
            body: summary,
        });
    }
}
function incompleteRollbackError(result) {
    return new errors/* ModelshipError */.W7(`The rollback of ${result.endpointName} to ${result.to} did not complete: ${result.failure ?? 'no reason given'}`, result.codeDeploy
        ? `Look at deployment ${result.codeDeploy.rollbackDeploymentId ?? result.codeDeploy.deploymentId} in the CodeDeploy console, then run the rollback again.`
        : `The endpoint serves ${result.servingConfig ?? 'an unknown config'}. Look at the endpoint in the SageMaker console, then run the rollback again.`);
}

;// CONCATENATED MODULE: ./actions/rollback/src/wiredRollback.ts






/** The step on the real clients (region, retries and user agent from the shared settings). */
const runWiredRollback = (context) => rollbackStep(context, wirePorts(context));
function wirePorts({ inputs: { region }, env, logger }) {
    const settings = awsClientSettings({ region, env, action: 'rollback', version: MODELSHIP_VERSION });
    return {
        region: settings.region,
        sagemaker: new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(settings),
        cloudwatch: new client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn(settings),
        autoscaling: new dist_cjs/* ApplicationAutoScalingClient */.gd(settings),
        codedeploy: new client_codedeploy_dist_cjs/* CodeDeployClient */.cHd(settings),
        writeSummary: (markdown) => writeJobSummary(markdown, { env }),
        commentOnPullRequest: (comment) => commentOnPullRequest({ ...comment, logger, env }),
    };
}


/***/ })

};
