export const id = 976;
export const ids = [976];
export const modules = {

/***/ 6976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWiredBuild: () => (/* binding */ runWiredBuild)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(303);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codebuild/dist-cjs/index.js
var client_codebuild_dist_cjs = __webpack_require__(4774);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
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
    const writer = options.writer ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7264))).summary;
    await writer.addRaw(markdown, true).write();
    return true;
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/build-container/src/codeBuildBuildspec.ts

/**
 * The build script CodeBuild runs. It holds no input at all: every value arrives in a MODELSHIP_*
 * environment variable and is only ever expanded in double quotes, so nothing a workflow passes can
 * become shell syntax. It builds with docker when a daemon answers (CodeBuild images in privileged
 * mode), else with buildah, logs in with the project's role (`aws ecr get-login-password`, the password
 * on stdin), and pushes the image under its ctx tag, which the action then finds with DescribeImages. It runs
 * in a subshell, so its `set -eu` and positional arguments stay out of the phase's shell.
 */
const SCRIPT = String.raw `(
set -eu
set --
if [ -n "$MODELSHIP_TARGET" ]; then set -- "$@" --target "$MODELSHIP_TARGET"; fi
i=0
while [ "$i" -lt "$MODELSHIP_BUILD_ARG_COUNT" ]; do
  eval "modelship_arg=\"\${MODELSHIP_BUILD_ARG_$i}\""
  set -- "$@" --build-arg "$modelship_arg"
  i=$((i + 1))
done
if docker info >/dev/null 2>&1; then
  echo "Building $MODELSHIP_IMAGE with docker"
  aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin "$MODELSHIP_REGISTRY"
  docker build --file "$MODELSHIP_DOCKERFILE" --platform "$MODELSHIP_PLATFORM" "$@" --tag "$MODELSHIP_IMAGE" "$MODELSHIP_CONTEXT"
  docker push "$MODELSHIP_IMAGE"
else
  echo "Building $MODELSHIP_IMAGE with buildah (no docker daemon in this build)"
  modelship_store=$(mktemp -d)
  trap 'rm -rf "$modelship_store"' EXIT
  modelship_buildah() { buildah --root "$modelship_store/root" --runroot "$modelship_store/runroot" --storage-driver vfs "$@"; }
  aws ecr get-login-password --region "$AWS_REGION" | modelship_buildah login --authfile "$modelship_store/auth.json" --tls-verify="$MODELSHIP_TLS_VERIFY" --username AWS --password-stdin "$MODELSHIP_REGISTRY"
  modelship_buildah bud --isolation chroot --file "$MODELSHIP_DOCKERFILE" --platform "$MODELSHIP_PLATFORM" "$@" --tag "$MODELSHIP_IMAGE" "$MODELSHIP_CONTEXT"
  modelship_buildah push --authfile "$modelship_store/auth.json" --tls-verify="$MODELSHIP_TLS_VERIFY" "$MODELSHIP_IMAGE" "docker://$MODELSHIP_IMAGE"
fi
)
`;
/** The buildspec, as YAML: one command, the script above, in the build phase. */
function codeBuildBuildspec() {
    const indented = SCRIPT.trimEnd()
        .split('\n')
        .map((line) => `        ${line}`)
        .join('\n');
    return `version: 0.2\nphases:\n  build:\n    commands:\n      - |\n${indented}\n`;
}
/** The script's variables: paths relative to the checkout, because the build has its own. */
function codeBuildVariables(definition, workspace, image) {
    const relative = (p) => external_node_path_default().relative(workspace, p) || '.';
    const args = Object.entries(definition.buildArgs).map(([name, value]) => `${name}=${value}`);
    const variables = {
        MODELSHIP_IMAGE: image.imageRef,
        MODELSHIP_REGISTRY: image.registry,
        MODELSHIP_TLS_VERIFY: String(!image.plainHttp),
        MODELSHIP_CONTEXT: relative(definition.contextDir),
        MODELSHIP_DOCKERFILE: relative(definition.dockerfilePath),
        MODELSHIP_PLATFORM: definition.platform,
        MODELSHIP_TARGET: definition.target ?? '',
        MODELSHIP_BUILD_ARG_COUNT: String(args.length),
        ...Object.fromEntries(args.map((arg, i) => [`MODELSHIP_BUILD_ARG_${i}`, arg])),
    };
    return Object.entries(variables).map(([name, value]) => ({ name, value, type: 'PLAINTEXT' }));
}

;// CONCATENATED MODULE: ./actions/build-container/src/codeBuildLogStream.ts

/**
 * Copies the build's new CloudWatch Logs lines into the step's log and returns where to read on from.
 * A stream CodeBuild has not created yet is simply not there yet.
 */
async function streamNewLogLines(logs, position, logger) {
    let token = position.nextToken;
    for (;;) {
        let answer;
        try {
            answer = await logs.send(new dist_cjs/* GetLogEventsCommand */.h7S({
                logGroupName: position.groupName,
                logStreamName: position.streamName,
                startFromHead: true,
                nextToken: token,
            }));
        }
        catch (err) {
            if (err.name === 'ResourceNotFoundException')
                return position;
            throw err;
        }
        for (const event of answer.events ?? [])
            logger.info((event.message ?? '').replace(/\n$/, ''));
        // GetLogEvents returns the same token once it has nothing newer.
        if (!answer.nextForwardToken || answer.nextForwardToken === token)
            return { ...position, nextToken: token };
        token = answer.nextForwardToken;
        if (!answer.events?.length)
            return { ...position, nextToken: token };
    }
}

;// CONCATENATED MODULE: ./actions/build-container/src/codeBuildRun.ts




const POLL_MS = 3_000;
async function startBuild(ports, request) {
    const answer = await ports.codebuild.send(new client_codebuild_dist_cjs/* StartBuildCommand */.uZH({
        projectName: request.project,
        sourceVersion: request.sourceVersion,
        buildspecOverride: codeBuildBuildspec(),
        privilegedModeOverride: true,
        environmentVariablesOverride: codeBuildVariables(request.definition, request.workspace, request.image),
    }));
    if (!answer.build?.id)
        throw new errors/* ModelshipError */.W7(`CodeBuild did not start a build of ${request.project}.`);
    return answer.build;
}
async function currentBuild(ports, id) {
    const answer = await ports.codebuild.send(new client_codebuild_dist_cjs/* BatchGetBuildsCommand */.zZb({ ids: [id] }));
    const build = answer.builds?.[0];
    if (!build)
        throw new errors/* ModelshipError */.W7(`CodeBuild no longer knows build ${id}.`);
    return build;
}
/** Streams the log and polls the build until it completes; a cancel stops the build (StopBuild). */
async function followBuild(ports, started) {
    const id = started.id;
    const [project] = id.split(':');
    let position = {
        groupName: started.logs?.groupName ?? `/aws/codebuild/${project}`,
        streamName: started.logs?.streamName ?? id.slice(id.indexOf(':') + 1),
    };
    try {
        for (;;) {
            const build = await currentBuild(ports, id);
            position = await streamNewLogLines(ports.logs, position, ports.logger);
            if (build.buildComplete)
                return build;
            await ports.clock.sleep(POLL_MS, ports.signal);
        }
    }
    catch (err) {
        if (!ports.signal.aborted)
            throw err;
        ports.logger.warning(`Cancelled: stopping CodeBuild build ${id}.`);
        await ports.codebuild.send(new client_codebuild_dist_cjs/* StopBuildCommand */.aWR({ id }));
        throw err;
    }
}
function failedBuildError(build) {
    const failedPhase = build.phases?.find((p) => p.phaseStatus && p.phaseStatus !== 'SUCCEEDED');
    const context = failedPhase?.contexts
        ?.map((c) => c.message)
        .filter(Boolean)
        .join('; ');
    return new errors/* ModelshipError */.W7(`CodeBuild build ${build.id} ended ${build.buildStatus}${failedPhase ? ` in phase ${failedPhase.phaseType}` : ''}${context ? `: ${context}` : ''}.`, 'Read the build log above (streamed from CloudWatch Logs); fix the Dockerfile or the project, then run the step again.');
}
/** Builds and pushes the image in CodeBuild, streaming its log into the step. Returns the build id. */
async function buildInCodeBuild(ports, request) {
    const started = await startBuild(ports, request);
    const id = started.id;
    ports.onStarted(id);
    ports.logger.info(`Started CodeBuild build ${id} of ${request.project} at ${request.sourceVersion ?? 'the project default source version'}.`);
    const finished = await followBuild(ports, started);
    if (finished.buildStatus !== 'SUCCEEDED')
        throw failedBuildError(finished);
    return id;
}

;// CONCATENATED MODULE: ./actions/build-container/src/ecrImages.ts


const storedImage = (detail) => ({
    digest: detail.imageDigest,
    sizeInBytes: detail.imageSizeInBytes,
    tags: detail.imageTags ?? [],
    pushedAt: detail.imagePushedAt,
});
/** The image a tag points at in the repository, or undefined when no image has it. */
async function findImageByTag(ecr, repositoryName, imageTag) {
    try {
        const answer = await ecr.send(new client_ecr_dist_cjs/* DescribeImagesCommand */.ji5({ repositoryName, imageIds: [{ imageTag }] }));
        const detail = answer.imageDetails?.[0];
        return detail?.imageDigest ? storedImage(detail) : undefined;
    }
    catch (err) {
        if (err.name === 'ImageNotFoundException')
            return undefined;
        throw err;
    }
}
async function manifestOf(ecr, repositoryName, imageDigest) {
    const answer = await ecr.send(new client_ecr_dist_cjs/* BatchGetImageCommand */.P8n({ repositoryName, imageIds: [{ imageDigest }] }));
    const image = answer.images?.[0];
    if (!image?.imageManifest) {
        const reason = answer.failures?.[0]?.failureReason ?? 'no manifest returned';
        throw new errors/* ModelshipError */.W7(`ECR could not read image ${imageDigest} of ${repositoryName}: ${reason}`);
    }
    return { manifest: image.imageManifest, mediaType: image.imageManifestMediaType };
}
/**
 * Adds tags to an image already in the repository without pulling or pushing it: its manifest, put again
 * under each tag (BatchGetImage + PutImage). A tag already on the image is left as it is.
 */
async function addImageTags(ecr, repositoryName, image, tags) {
    const missing = tags.filter((tag) => !image.tags.includes(tag));
    if (!missing.length)
        return image;
    const { manifest, mediaType } = await manifestOf(ecr, repositoryName, image.digest);
    for (const imageTag of missing) {
        try {
            await ecr.send(new client_ecr_dist_cjs/* PutImageCommand */.SUU({
                repositoryName,
                imageManifest: manifest,
                imageManifestMediaType: mediaType,
                imageDigest: image.digest,
                imageTag,
            }));
        }
        catch (err) {
            if (err.name === 'ImageAlreadyExistsException')
                continue;
            if (err.name === 'ImageTagAlreadyExistsException') {
                throw new errors/* ModelshipError */.W7(`Tag ${imageTag} already names another image in the immutable repository ${repositoryName}.`, 'Use a tag that is not taken yet (tags: ...), or make the repository mutable.');
            }
            throw err;
        }
    }
    return { ...image, tags: [...image.tags, ...missing] };
}

// EXTERNAL MODULE: ./actions/build-container/src/imageTags.ts
var imageTags = __webpack_require__(6054);
;// CONCATENATED MODULE: ./actions/build-container/src/imageServe.ts
/** How a ping answer reads in a message. */
const describeAnswer = (answer) => answer === undefined ? 'no answer yet' : 'status' in answer ? `HTTP ${answer.status}` : answer.error;
/** The last lines of a process's output, kept as it runs. */
function outputTail(limit) {
    let lines = [];
    let partial = '';
    return {
        add(chunk) {
            const parts = (partial + chunk).split(/\r?\n/);
            partial = parts.pop() ?? '';
            lines = [...lines, ...parts].slice(-limit);
        },
        lines: () => (partial ? [...lines, partial] : lines).slice(-limit),
    };
}

;// CONCATENATED MODULE: ./actions/build-container/src/sagemakerContract.ts
const SHELLS = new Set(['/bin/sh', 'sh', '/bin/bash', 'bash', '/usr/bin/sh', '/usr/bin/bash']);
/** `ENTRYPOINT cmd args` in a Dockerfile becomes `["/bin/sh", "-c", "cmd args"]`. */
const isShellForm = (entrypoint) => entrypoint.length >= 2 && SHELLS.has(entrypoint[0]) && entrypoint[1] === '-c';
/**
 * SageMaker starts a BYOC image as `docker run <image> serve`: the `serve` argument reaches the
 * program only through an exec-form ENTRYPOINT (a shell-form one drops it); with no ENTRYPOINT, `serve`
 * itself must be a program on the image's PATH.
 */
function checkEntrypoint(config) {
    const entrypoint = config.entrypoint ?? [];
    if (entrypoint.length === 0) {
        return {
            passed: true,
            findings: [
                'No ENTRYPOINT: SageMaker runs `serve` as the command, so the image must have a `serve` program on its PATH.',
            ],
            notChecked: [],
        };
    }
    if (isShellForm(entrypoint)) {
        return {
            passed: false,
            findings: [
                `ENTRYPOINT is shell form (${JSON.stringify(entrypoint)}): SageMaker's \`serve\` argument never reaches the program. Write it in exec form, e.g. ENTRYPOINT ["python", "serve.py"].`,
            ],
            notChecked: [],
        };
    }
    return {
        passed: true,
        findings: [`ENTRYPOINT is exec form: ${JSON.stringify(entrypoint)} serve.`],
        notChecked: [],
    };
}
/** The sentence for a check that the builder could not make at all. */
const uncheckedImage = (reason) => ({
    passed: true,
    findings: [],
    notChecked: [reason],
});

;// CONCATENATED MODULE: ./actions/build-container/src/pingCheck.ts


/**
 * `docker run <image> serve` as a process list: an exec-form ENTRYPOINT gets `serve` as its argument
 * (the image's CMD is replaced); with no ENTRYPOINT, `serve` itself is the program.
 */
const serveCommand = (config) => [...(config.entrypoint ?? []), 'serve'];
const PING_URL = 'http://127.0.0.1:8080/ping';
/** How long a started image gets to answer /ping with 200. */
const PING_WAIT_MS = 60_000;
const PING_EVERY_MS = 1_000;
const CONTRACT = 'SageMaker starts the image as `docker run <image> serve` and expects a server on port 8080 (any address) that answers GET /ping with 200.';
const PORT_TAKEN = /address already in use|port is already allocated|EADDRINUSE/i;
/** Polls /ping until 200 from a container that still runs, its exit, or the end of the wait. */
async function waitForPing(ports, container) {
    const startedAt = ports.clock.now();
    let last;
    for (;;) {
        last = await ports.ping(PING_URL);
        // An answer while our container is gone comes from someone else's server.
        const exitCode = await container.exitCode();
        if (exitCode !== undefined)
            return { kind: 'exited', exitCode, last };
        if ('status' in last && last.status === 200)
            return { kind: 'healthy', afterMs: ports.clock.now() - startedAt };
        if (ports.clock.now() - startedAt >= PING_WAIT_MS)
            return { kind: 'timeout', last };
        await ports.clock.sleep(PING_EVERY_MS, ports.signal);
    }
}
/** The output on lines of its own in a failure; on one line in a not-checked note, which the summary lists. */
const outputText = (lines, separator = '\n') => lines.length ? ` Its last output:${separator}${lines.join(separator)}` : ' It printed nothing.';
/** Turns the outcome into the check: passed, failed with what SageMaker expects, or plainly not checked. */
function judge(outcome, command, output) {
    const started = `\`${command.join(' ')}\``;
    if (outcome.kind === 'healthy') {
        const seconds = Math.round(outcome.afterMs / 1000);
        return {
            passed: true,
            findings: [`GET /ping on port 8080 answered 200 ${seconds} s after the image started as ${started}.`],
            notChecked: [],
        };
    }
    if (outcome.kind === 'exited' && output.some((line) => PORT_TAKEN.test(line))) {
        return uncheckedImage(`GET /ping after \`serve\` was not checked: port 8080 on this runner is taken by another process, so the image could not listen there.${outputText(output, ' | ')}`);
    }
    if (outcome.kind === 'exited' && outcome.exitCode === 125) {
        return uncheckedImage(`GET /ping after \`serve\` was not checked: the container engine could not start a container on this runner (exit 125).${outputText(output, ' | ')}`);
    }
    const what = outcome.kind === 'exited'
        ? `${started} exited with code ${outcome.exitCode} before GET /ping answered 200`
        : `GET /ping on port 8080 did not answer 200 within ${PING_WAIT_MS / 1000} s after ${started}`;
    return {
        passed: false,
        findings: [`${what} (last answer: ${describeAnswer(outcome.last)}).${outputText(output)}`, CONTRACT],
        notChecked: [],
    };
}
/**
 * Starts the image as SageMaker does and waits for GET /ping to answer 200 on port 8080; the container
 * is stopped and removed whatever happened. A port that answers before the image starts belongs to
 * someone else: then the check says it could not run rather than testing their server.
 */
async function checkPing(ports, imageRef, config) {
    const before = await ports.ping(PING_URL);
    if (!('refused' in before && before.refused)) {
        return uncheckedImage(`GET /ping after \`serve\` was not checked: port 8080 on this runner is already in use (it gave ${describeAnswer(before)} before the image started).`);
    }
    const command = serveCommand(config);
    ports.logger.info(`Starting the image as ${JSON.stringify(command)} and calling ${PING_URL}.`);
    const container = await ports.serve(imageRef, command);
    try {
        const outcome = await waitForPing(ports, container);
        const output = outcome.kind === 'healthy' ? [] : await container.lastOutput();
        return judge(outcome, command, output);
    }
    finally {
        await container.remove();
    }
}

;// CONCATENATED MODULE: ./actions/build-container/src/localBuild.ts



/**
 * Checks the built image before it is pushed, so a broken image never reaches the repository: the
 * ENTRYPOINT first (a shell-form one would drop `serve`, so starting it proves nothing), then /ping.
 */
async function checkImage(engine, imageRef, edges) {
    const config = await engine.imageConfig(imageRef);
    const entrypoint = checkEntrypoint(config);
    if (!entrypoint.passed)
        return entrypoint;
    const ping = await checkPing({ ...edges, serve: engine.serve, ping: engine.ping }, imageRef, config);
    return {
        passed: ping.passed,
        findings: [...entrypoint.findings, ...ping.findings],
        notChecked: [...entrypoint.notChecked, ...ping.notChecked],
    };
}
function reportCheck(check, logger) {
    for (const finding of check.findings)
        logger.info(finding);
    for (const missing of check.notChecked)
        logger.info(`Not checked: ${missing}`);
    if (!check.passed) {
        throw new errors/* ModelshipError */.W7(`The image fails the SageMaker check, so it was not pushed: ${check.findings.join(' ')}`, 'Fix the image as said (run it locally with `docker run -p 8080:8080 <image> serve` and `curl localhost:8080/ping`), or set sagemaker-check: false for an image that SageMaker does not serve.');
    }
}
/** Log in, build, check, push with a local engine; its storage and login are removed whatever happens. */
async function buildLocally(engine, request, edges) {
    const { logger } = edges;
    try {
        const { login, imageRef } = request;
        if (login)
            await logger.group(`Log in to ${login.registry}`, () => engine.login(login));
        await logger.group(`Build with ${engine.name}`, () => engine.build(request.definition, imageRef));
        let check;
        if (request.sagemakerCheck) {
            check = await logger.group('SageMaker check', async () => {
                const found = await checkImage(engine, imageRef, edges);
                reportCheck(found, logger);
                return found;
            });
        }
        if (login)
            await logger.group(`Push ${imageRef}`, () => engine.push(imageRef));
        return check;
    }
    finally {
        await engine.dispose();
    }
}

;// CONCATENATED MODULE: ./actions/build-container/src/ecrLogin.ts


/**
 * GetAuthorizationToken, decoded. The password (and the token that carries it) is masked before anything
 * else happens, so no later log line, error or command echo can show it.
 */
async function ecrLogin(ecr, setSecret) {
    const answer = await ecr.send(new client_ecr_dist_cjs/* GetAuthorizationTokenCommand */.Eu6({}));
    const data = answer.authorizationData?.[0];
    if (!data?.authorizationToken || !data.proxyEndpoint) {
        throw new errors/* ModelshipError */.W7('ECR GetAuthorizationToken returned no token or no registry address.', 'Check the credentials allow ecr:GetAuthorizationToken, then run the step again.');
    }
    setSecret(data.authorizationToken);
    const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const password = decoded.slice(colon + 1);
    setSecret(password);
    const endpoint = new URL(data.proxyEndpoint);
    return {
        registry: endpoint.host,
        username: decoded.slice(0, colon),
        password,
        plainHttp: endpoint.protocol === 'http:',
    };
}

;// CONCATENATED MODULE: ./actions/build-container/src/ecrRepository.ts


/** ECR's lifecycle policy text for "keep the newest N images, expire the rest". */
function keepNewestPolicy(keepImages) {
    return JSON.stringify({
        rules: [
            {
                rulePriority: 1,
                description: `Keep the newest ${keepImages} images (modelship build-container keep-images)`,
                selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keepImages },
                action: { type: 'expire' },
            },
        ],
    });
}
async function findRepository(ecr, name) {
    try {
        const answer = await ecr.send(new client_ecr_dist_cjs/* DescribeRepositoriesCommand */.pE_({ repositoryNames: [name] }));
        return answer.repositories?.[0];
    }
    catch (err) {
        if (err.name === 'RepositoryNotFoundException')
            return undefined;
        throw err;
    }
}
async function createRepository(ecr, settings) {
    const answer = await ecr.send(new client_ecr_dist_cjs/* CreateRepositoryCommand */.WTe({
        repositoryName: settings.name,
        imageScanningConfiguration: { scanOnPush: settings.scanOnPush },
        imageTagMutability: settings.immutableTags ? 'IMMUTABLE' : 'MUTABLE',
        tags: settings.tags.map(({ Key, Value }) => ({ Key, Value })),
    }));
    if (settings.keepImages > 0) {
        await ecr.send(new client_ecr_dist_cjs/* PutLifecyclePolicyCommand */.Rcn({
            repositoryName: settings.name,
            lifecyclePolicyText: keepNewestPolicy(settings.keepImages),
        }));
    }
    return answer.repository;
}
/** The repository, created with its scanning, tag mutability and lifecycle rule when asked and missing. */
async function ensureRepository(ecr, settings) {
    const found = await findRepository(ecr, settings.name);
    if (found?.repositoryUri)
        return { uri: found.repositoryUri, created: false };
    if (!settings.create) {
        throw new errors/* ModelshipError */.W7(`ECR repository ${settings.name} does not exist, and create-repository is false.`, 'Create the repository, or set create-repository: true to let the action create it.');
    }
    const created = await createRepository(ecr, settings);
    if (!created?.repositoryUri) {
        throw new errors/* ModelshipError */.W7(`ECR created repository ${settings.name} but returned no URI.`);
    }
    return { uri: created.repositoryUri, created: true };
}

;// CONCATENATED MODULE: ./actions/build-container/src/registryTarget.ts


/** The image reference engines push to: the login's registry, the repository, a tag. */
const pushRef = (target, tag) => `${target.login.registry}/${target.repository}:${tag}`;
/** Logs in to ECR (the password masked first) and makes sure the repository exists, as asked. */
async function prepareRegistry(ports, request) {
    const login = await ecrLogin(ports.ecr, ports.setSecret);
    const { inputs } = request;
    const repository = await ensureRepository(ports.ecr, {
        name: inputs.repository,
        create: inputs['create-repository'],
        scanOnPush: inputs['scan-on-push'],
        immutableTags: inputs['immutable-tags'],
        keepImages: inputs['keep-images'],
        tags: request.resourceTags,
    });
    return { login, repository: inputs.repository, repositoryUri: repository.uri, created: repository.created };
}

;// CONCATENATED MODULE: ./actions/build-container/src/buildContainer.ts







const CODEBUILD_UNCHECKED = 'the image was built in CodeBuild, so the runner could neither inspect its ENTRYPOINT nor start it to call GET /ping.';
/** Phase: the content hash, published at once; the image's ctx tag is made from it. */
async function hashPhase(ports, request) {
    const hash = await ports.logger.group('Hash the build context', () => ports.hashBuild(request.definition));
    ports.logger.info(`Context hash ${hash} (tag ${(0,imageTags/* contextTag */.qA)(hash)}).`);
    ports.setOutput('context-hash', hash);
    return hash;
}
/** Phase: an image of the same content already in the repository, when skip-unchanged allows it. */
async function unchangedPhase(ports, request, ctxTag) {
    if (!request.inputs['skip-unchanged'])
        return undefined;
    const found = await findImageByTag(ports.ecr, request.inputs.repository, ctxTag);
    if (found)
        ports.logger.info(`Skipping the build: ${found.digest} already carries ${ctxTag}, built from this very context.`);
    else
        ports.logger.info(`No image carries ${ctxTag} yet: building.`);
    return found;
}
/** Phase: build and push with the chosen builder. */
async function buildPhase(ports, request, target, ctxTag) {
    const { inputs } = request;
    const imageRef = pushRef(target, ctxTag);
    if (inputs.builder === 'codebuild') {
        const codeBuildBuildId = await ports.logger.group(`Build in CodeBuild (${inputs['codebuild-project']})`, () => buildInCodeBuild({ ...ports, onStarted: (id) => ports.setOutput('codebuild-build-id', id) }, {
            project: inputs['codebuild-project'],
            sourceVersion: request.sourceVersion,
            definition: request.definition,
            workspace: request.workspace,
            image: { registry: target.login.registry, imageRef, plainHttp: target.login.plainHttp },
        }));
        return {
            builder: 'codebuild',
            codeBuildBuildId,
            check: inputs['sagemaker-check'] ? uncheckedImage(CODEBUILD_UNCHECKED) : undefined,
        };
    }
    const engine = await ports.localEngine(inputs.builder);
    const check = await buildLocally(engine, {
        definition: request.definition,
        imageRef,
        login: target.login,
        sagemakerCheck: inputs['sagemaker-check'],
    }, ports);
    return { builder: engine.name, check };
}
/** Phase: the pushed image as ECR has it (found by its ctx tag), with the requested tags added. */
async function tagPhase(ports, request, ctxTag, existing) {
    const repository = request.inputs.repository;
    const image = existing ?? (await findImageByTag(ports.ecr, repository, ctxTag));
    if (!image) {
        throw new errors/* ModelshipError */.W7(`The build pushed ${ctxTag}, but ECR repository ${repository} has no image with that tag.`, 'Check that the build pushed to this repository and region, then run the step again.');
    }
    return ports.logger.group(`Tag ${image.digest}`, () => addImageTags(ports.ecr, repository, image, request.tags));
}
/** A build with push: false: built and checked on the runner, nothing sent to ECR. */
async function buildWithoutPush(ports, request, ctxTag) {
    const { inputs } = request;
    const engine = await ports.localEngine(inputs.builder);
    const imageRef = `${inputs.repository}:${ctxTag}`;
    const check = await buildLocally(engine, { definition: request.definition, imageRef, sagemakerCheck: inputs['sagemaker-check'] }, ports);
    return { builder: engine.name, check };
}
/**
 * The step's story: hash what the build sees; with push, log in and find or create the repository;
 * when an image of the same content is there, tag it and stop; otherwise build (docker, buildah or
 * CodeBuild), check and push, then tag. Outputs are set as soon as each is known.
 */
async function buildContainer(ports, request) {
    const startedAtMs = ports.clock.now();
    const elapsed = () => Math.round((ports.clock.now() - startedAtMs) / 1000);
    const { inputs } = request;
    const contextHash = await hashPhase(ports, request);
    const ctxTag = (0,imageTags/* contextTag */.qA)(contextHash);
    const base = { repository: inputs.repository, contextHash, tags: [...request.tags, ctxTag] };
    if (!inputs.push) {
        const outcome = await buildWithoutPush(ports, request, ctxTag);
        return { ...base, ...outcome, skipped: false, pushed: false, durationSeconds: elapsed() };
    }
    const target = await ports.logger.group('Log in to ECR', () => prepareRegistry(ports, request));
    const existing = await unchangedPhase(ports, request, ctxTag);
    const outcome = existing ? { builder: inputs.builder } : await buildPhase(ports, request, target, ctxTag);
    const image = await tagPhase(ports, request, ctxTag, existing);
    return {
        ...base,
        ...outcome,
        skipped: Boolean(existing),
        pushed: true,
        imageUri: `${target.repositoryUri}@${image.digest}`,
        digest: image.digest,
        sizeInBytes: image.sizeInBytes,
        repositoryCreated: target.created,
        durationSeconds: elapsed(),
    };
}

// EXTERNAL MODULE: ./actions/build-container/src/buildInputProblems.ts
var buildInputProblems = __webpack_require__(7308);
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

;// CONCATENATED MODULE: ./actions/build-container/src/buildSummary.ts

const megabytes = (bytes) => bytes === undefined ? undefined : `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 3 : 1)} MB`;
function headline(result) {
    if (result.skipped)
        return `Build skipped: ${result.repository} already has this context's image`;
    if (!result.pushed)
        return `Built ${result.repository} (not pushed)`;
    return `Built and pushed ${result.repository}`;
}
function checkLines(result) {
    if (!result.check)
        return [];
    return [
        ...result.check.findings.map((finding) => `SageMaker check: ${finding}`),
        ...result.check.notChecked.map((reason) => `Not checked: ${reason}`),
    ];
}
/** The job summary, readable in ten seconds: what image, built or skipped and why, how long. */
function buildSummaryMarkdown(result) {
    const why = result.skipped
        ? `Nothing the build sees changed (context hash ${inlineCode(result.contextHash.slice(0, 12))}): the image was tagged, not rebuilt.`
        : undefined;
    const table = markdownKeyValueTable([
        ['Image', result.imageUri ? inlineCode(result.imageUri) : undefined],
        ['Digest', result.digest ? inlineCode(result.digest) : undefined],
        ['Size', megabytes(result.sizeInBytes)],
        ['Tags', result.tags.map(inlineCode).join(', ')],
        [
            'Outcome',
            result.skipped ? 'skipped (unchanged)' : result.pushed ? 'built and pushed' : 'built, not pushed',
        ],
        ['Builder', result.builder],
        ['CodeBuild build', result.codeBuildBuildId ? inlineCode(result.codeBuildBuildId) : undefined],
        ['Repository', result.repositoryCreated ? `${result.repository} (created)` : result.repository],
        ['Time', `${result.durationSeconds} s`],
    ], ['', '']);
    const notes = checkLines(result);
    return [markdownHeading(headline(result)), why, table, notes.length ? markdownList(notes) : undefined]
        .filter(Boolean)
        .join('\n\n');
}

;// CONCATENATED MODULE: ./actions/build-container/src/buildStep.ts





/** Resolve: the build definition, tags and provenance from the inputs and the run. */
function buildRequestOf(context, workspace) {
    const { inputs, env } = context;
    const paths = (0,buildInputProblems/* buildPaths */.J)(inputs, workspace);
    return {
        inputs,
        workspace,
        definition: {
            ...paths,
            buildArgs: inputs['build-args'] ?? {},
            target: inputs.target,
            platform: inputs.platform,
        },
        tags: (0,imageTags/* requestedTags */.yx)(inputs.tags, env),
        sourceVersion: env.GITHUB_SHA,
        resourceTags: provenanceTags(provenanceFromEnvironment(env, 'build-container')),
    };
}
function reportOutputs(context, result) {
    const { setOutput } = context;
    setOutput('image-tag', result.tags[0] ?? (0,imageTags/* contextTag */.qA)(result.contextHash));
    setOutput('skipped', String(result.skipped));
    if (result.imageUri)
        setOutput('image-uri', result.imageUri);
    if (result.digest)
        setOutput('image-digest', result.digest);
}
/** The whole step: resolve, build (or skip), then outputs and the job summary. */
async function buildStep(context, ports) {
    const request = buildRequestOf(context, ports.workspace);
    const { setOutput, clock, logger, signal } = context;
    const result = await buildContainer({ ...ports, setOutput, clock, logger, signal }, request);
    reportOutputs(context, result);
    logger.info(result.skipped
        ? `Skipped the build: ${result.imageUri} has this context already; tagged ${result.tags.join(', ')}.`
        : `${result.pushed ? 'Pushed' : 'Built'} ${result.imageUri ?? result.repository} in ${result.durationSeconds} s.`);
    await ports.writeSummary(buildSummaryMarkdown(result));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __webpack_require__(4158);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./actions/build-container/src/contextFiles.ts



async function walk(dir, prefix, into) {
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            await walk(external_node_path_default().join(dir, entry.name), relative, into);
        else if (entry.isSymbolicLink())
            into.push({ path: relative, kind: 'symlink' });
        else if (entry.isFile())
            into.push({ path: relative, kind: 'file' });
    }
}
async function dockerignoreRules(contextDir) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(contextDir, '.dockerignore'), 'utf8').catch(() => '');
    return text.split(/\r?\n/).filter((line) => line.trim() && !line.trim().startsWith('#'));
}
/**
 * The files of the context that the build sees: everything but what `.dockerignore` excludes (its own
 * rules, read with docker's matcher), sorted so that the order never depends on the file system.
 */
async function contextEntries(contextDir) {
    const all = [];
    await walk(contextDir, '', all);
    const matcher = ignore_default()().add(await dockerignoreRules(contextDir));
    return all
        .filter((entry) => !matcher.ignores(entry.path))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./actions/build-container/src/contextHash.ts




const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/** One line per entry: its path, whether it is executable (which the image keeps), and its content's hash. */
async function entryLine(contextDir, entry) {
    const full = external_node_path_default().join(contextDir, ...entry.path.split('/'));
    if (entry.kind === 'symlink')
        return `link ${entry.path} -> ${await (0,promises_.readlink)(full)}`;
    const { mode } = await (0,promises_.stat)(full);
    const executable = (mode & 0o111) !== 0 ? 'x' : '-';
    return `file ${entry.path} ${executable} ${sha256(await (0,promises_.readFile)(full))}`;
}
/**
 * The content hash of a build: the files `.dockerignore` lets through, the Dockerfile (wherever it is),
 * the build args, the target and the platform. The same inputs give the same hash on any machine, so an
 * image tagged `ctx-<hash>` was built from exactly this.
 */
async function contextHash(definition) {
    const lines = ['modelship-context-v1'];
    for (const entry of await contextEntries(definition.contextDir)) {
        lines.push(await entryLine(definition.contextDir, entry));
    }
    lines.push(`dockerfile ${sha256(await (0,promises_.readFile)(definition.dockerfilePath))}`);
    for (const name of Object.keys(definition.buildArgs).sort()) {
        lines.push(`arg ${JSON.stringify(name)}=${JSON.stringify(definition.buildArgs[name])}`);
    }
    lines.push(`target ${definition.target ?? ''}`, `platform ${definition.platform}`);
    return sha256(lines.join('\n'));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./actions/build-container/src/commandFailure.ts

/** The last lines of a failed command's output, which say why it failed. */
const tail = (text) => text.trim().split('\n').slice(-5).join('\n');
/** The result of a command that must succeed, or a ModelshipError saying what failed and what to do. */
function succeeded(what, result, program, hint) {
    if (!result) {
        throw new errors/* ModelshipError */.W7(`${what} failed: ${program} is not installed on this runner.`, hint);
    }
    if (result.exitCode !== 0) {
        throw new errors/* ModelshipError */.W7(`${what} failed (${program} exited with ${result.exitCode}):\n${tail(result.stderr || result.stdout)}`, hint);
    }
    return result;
}

;// CONCATENATED MODULE: ./actions/build-container/src/containerEngine.ts
/** The flags every builder takes from the build definition: Dockerfile, platform, args, target. */
function buildFlags(definition) {
    const flags = ['--file', definition.dockerfilePath, '--platform', definition.platform];
    for (const [name, value] of Object.entries(definition.buildArgs))
        flags.push('--build-arg', `${name}=${value}`);
    if (definition.target)
        flags.push('--target', definition.target);
    return flags;
}
/** Reads `Entrypoint`/`Cmd` from an image config as docker and buildah print it (JSON). */
function parseImageConfig(json) {
    const config = (JSON.parse(json || 'null') ?? {});
    return { entrypoint: config.Entrypoint ?? undefined, cmd: config.Cmd ?? undefined };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./actions/build-container/src/backgroundProcess.ts


const OUTPUT_LINES = 20;
function backgroundProcess_startBackground(command, args) {
    const tail = outputTail(OUTPUT_LINES);
    const child = (0,external_node_child_process_.spawn)(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    let code;
    const ended = new Promise((resolve) => {
        child.on('error', (err) => {
            tail.add(`${err.message}\n`);
            code ??= 127;
            resolve();
        });
        child.on('close', (exitCode, signal) => {
            code ??= exitCode ?? (signal ? 128 : 1);
            resolve();
        });
    });
    child.stdout.setEncoding('utf8').on('data', tail.add);
    child.stderr.setEncoding('utf8').on('data', tail.add);
    return {
        exitCode: () => code,
        lastOutput: () => tail.lines(),
        async stop(graceMs = 10_000) {
            if (code !== undefined)
                return;
            // A program that never started has no pid; killing it would swallow its pending 'error' event.
            if (child.pid === undefined)
                return ended;
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            await ended;
            clearTimeout(timer);
        },
    };
}

;// CONCATENATED MODULE: ./actions/build-container/src/buildahServe.ts

const HINT = 'buildah runs the image with --isolation chroot on the host network; it needs root (or rootless buildah with subuids).';
/**
 * `buildah from` the built image, then `buildah run` the serve command in the background. Chroot
 * isolation cannot give the container a network of its own, so it listens on the host's port 8080,
 * exactly where SageMaker's `-p 8080:8080` would put it. `buildah run` does not apply the image's
 * ENTRYPOINT, which is why the whole command comes in.
 */
function buildahServe(runner, storage, start) {
    return async (imageRef, command) => {
        const created = succeeded('buildah from', await runner.run('buildah', [...storage, 'from', '--pull=never', imageRef], { quiet: true }), 'buildah', HINT);
        const container = created.stdout.trim().split('\n').pop();
        const args = [...storage, 'run', '--isolation', 'chroot', '--network', 'host', container, '--'];
        const server = start('buildah', [...args, ...command]);
        let removed = false;
        return {
            exitCode: async () => server.exitCode(),
            lastOutput: async () => server.lastOutput(),
            async remove() {
                if (removed)
                    return;
                removed = true;
                await server.stop();
                await runner.run('buildah', [...storage, 'rm', container], { quiet: true });
            },
        };
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./actions/build-container/src/httpPing.ts

const TIMEOUT_MS = 2_000;
/** GET over the loopback with node's http client; a slow or silent server counts as an error. */
function httpPing(url) {
    return new Promise((resolve) => {
        const request = external_node_http_default().get(url, { timeout: TIMEOUT_MS, agent: false }, (response) => {
            response.resume();
            resolve({ status: response.statusCode ?? 0 });
        });
        request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
        request.on('error', (err) => resolve({
            error: err.code ? `${err.code} (${err.message})` : err.message,
            refused: err.code === 'ECONNREFUSED',
        }));
    });
}

;// CONCATENATED MODULE: ./actions/build-container/src/buildahEngine.ts







const buildahEngine_HINT = 'Read the buildah output above; buildah needs to run as root (or rootless with subuids) with --storage-driver vfs --isolation chroot on hosted runners.';
/**
 * buildah with its own storage and login file under `workDir`, so that runs never share images or
 * credentials, and `dispose` removes both. vfs storage and chroot isolation work without a daemon,
 * overlay mounts or user namespaces.
 */
function buildahEngine(runner, workDir, startBackground = backgroundProcess_startBackground, ping = httpPing) {
    const authFile = external_node_path_default().join(workDir, 'auth.json');
    const storage = storageFlags(workDir);
    let tlsVerify = '--tls-verify=true';
    const buildah = async (what, args, options = {}) => succeeded(what, await runner.run('buildah', [...storage, ...args], options), 'buildah', buildahEngine_HINT);
    return {
        name: 'buildah',
        async login(login) {
            tlsVerify = `--tls-verify=${!login.plainHttp}`;
            await buildah('buildah login', loginArguments(authFile, tlsVerify, login), { stdin: login.password });
        },
        async build(definition, imageRef) {
            await buildah('buildah bud', [
                'bud',
                '--isolation',
                'chroot',
                ...buildFlags(definition),
                '--tag',
                imageRef,
                definition.contextDir,
            ]);
        },
        async imageConfig(imageRef) {
            const inspected = await buildah('buildah inspect', ['inspect', '--type', 'image', imageRef], {
                quiet: true,
            });
            // The whole description, as JSON; its OCI config is the image's own.
            const config = JSON.parse(inspected.stdout).OCIv1?.config;
            return parseImageConfig(JSON.stringify(config ?? null));
        },
        async push(imageRef) {
            await buildah('buildah push', [
                'push',
                '--authfile',
                authFile,
                tlsVerify,
                imageRef,
                `docker://${imageRef}`,
            ]);
        },
        serve: buildahServe(runner, storage, startBackground),
        ping,
        async dispose() {
            await (0,promises_.rm)(workDir, { recursive: true, force: true });
        },
    };
}
/** The run's own image storage: vfs needs no overlay mounts or user namespaces. */
const storageFlags = (workDir) => [
    '--root',
    external_node_path_default().join(workDir, 'root'),
    '--runroot',
    external_node_path_default().join(workDir, 'runroot'),
    '--storage-driver',
    'vfs',
];
/** The password goes on stdin, never in the arguments, where a process listing would show it. */
function loginArguments(authFile, tlsVerify, login) {
    return [
        'login',
        '--authfile',
        authFile,
        tlsVerify,
        '--username',
        login.username,
        '--password-stdin',
        login.registry,
    ];
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
;// CONCATENATED MODULE: ./actions/build-container/src/commandRunner.ts

const notInstalled = (err) => /Unable to locate executable file/.test(err.message);
/** The runner's way: @actions/exec, which streams the output into the step's log. */
function actionsCommandRunner(env) {
    return {
        async run(command, args, options = {}) {
            try {
                const result = await (0,exec/* getExecOutput */.H)(command, args, {
                    ignoreReturnCode: true,
                    silent: options.quiet ?? false,
                    input: options.stdin === undefined ? undefined : Buffer.from(options.stdin),
                    env: { ...env, ...options.env },
                });
                return result;
            }
            catch (err) {
                if (notInstalled(err))
                    return undefined;
                throw err;
            }
        },
    };
}

;// CONCATENATED MODULE: ./actions/build-container/src/dockerServe.ts
const dockerServe_OUTPUT_LINES = '20';
/** A `docker run` that failed before a container ran: its exit code and docker's own message. */
const notStarted = (exitCode, output) => ({
    exitCode: async () => exitCode,
    lastOutput: async () => output.trim().split('\n').slice(-Number(dockerServe_OUTPUT_LINES)),
    remove: async () => undefined,
});
/**
 * `docker run -d -p 8080:8080 <image> serve`, as SageMaker runs it: docker applies the ENTRYPOINT
 * itself, so only the arguments after it are passed. docker exits 125 when it could not start the
 * container at all (daemon trouble, or the port already allocated).
 */
function dockerServe(runner, env) {
    return async (imageRef) => {
        const docker = (args) => runner.run('docker', args, { quiet: true, env });
        const run = await docker(['run', '-d', '-p', '8080:8080', imageRef, 'serve']);
        if (!run)
            return notStarted(127, 'docker is not installed.');
        if (run.exitCode !== 0)
            return notStarted(run.exitCode, `${run.stdout}\n${run.stderr}`);
        const id = run.stdout.trim();
        let removed = false;
        return {
            async exitCode() {
                const state = await docker(['inspect', '--format', '{{.State.Running}} {{.State.ExitCode}}', id]);
                const [running, code] = (state?.stdout ?? 'false 125').trim().split(' ');
                return running === 'true' ? undefined : Number(code);
            },
            async lastOutput() {
                const logs = await docker(['logs', '--tail', dockerServe_OUTPUT_LINES, id]);
                return `${logs?.stdout ?? ''}${logs?.stderr ?? ''}`.trim().split('\n').filter(Boolean);
            },
            async remove() {
                if (removed)
                    return;
                removed = true;
                await docker(['rm', '--force', id]);
            },
        };
    };
}

;// CONCATENATED MODULE: ./actions/build-container/src/dockerEngine.ts





const dockerEngine_HINT = 'Read the docker output above; `docker info` shows whether the daemon is healthy.';
/**
 * docker (with buildx when installed), logging in with its own config directory (DOCKER_CONFIG under
 * `configDir`) so that the ECR login does not outlive the step in the runner's ~/.docker.
 */
function dockerEngine(runner, configDir, buildx, ping = httpPing) {
    const env = { DOCKER_CONFIG: configDir };
    const docker = async (what, args, options = {}) => succeeded(what, await runner.run('docker', args, { ...options, env }), 'docker', dockerEngine_HINT);
    return {
        name: buildx ? 'docker buildx' : 'docker',
        async login(login) {
            await docker('docker login', ['login', '--username', login.username, '--password-stdin', login.registry], {
                stdin: login.password,
            });
        },
        async build(definition, imageRef) {
            const command = buildx ? ['buildx', 'build', '--load'] : ['build'];
            await docker('docker build', [
                ...command,
                ...buildFlags(definition),
                '--tag',
                imageRef,
                definition.contextDir,
            ]);
        },
        async imageConfig(imageRef) {
            const inspected = await docker('docker image inspect', ['image', 'inspect', '--format', '{{json .Config}}', imageRef], { quiet: true });
            return parseImageConfig(inspected.stdout);
        },
        async push(imageRef) {
            await docker('docker push', ['push', imageRef]);
        },
        serve: dockerServe(runner, env),
        ping,
        async dispose() {
            await (0,promises_.rm)(configDir, { recursive: true, force: true });
        },
    };
}

;// CONCATENATED MODULE: ./actions/build-container/src/engineDetection.ts

const answers = async (runner, command, args) => (await runner.run(command, args, { quiet: true }))?.exitCode === 0;
/**
 * The engine that can build here. `docker` means a docker daemon that answers `docker info` (a client
 * binary alone builds nothing), else buildah; `buildah` means buildah only. Neither: an error that names
 * what to install, and CodeBuild as the way out for runners without a container engine.
 */
async function detectEngine(builder, runner, logger) {
    if (builder === 'docker') {
        if (await answers(runner, 'docker', ['info'])) {
            return { kind: 'docker', buildx: await answers(runner, 'docker', ['buildx', 'version']) };
        }
        if (await answers(runner, 'buildah', ['--version'])) {
            logger.info('No docker daemon answers `docker info` on this runner: building with buildah instead.');
            return { kind: 'buildah' };
        }
    }
    else if (await answers(runner, 'buildah', ['--version'])) {
        return { kind: 'buildah' };
    }
    throw new errors/* ModelshipError */.W7(builder === 'docker'
        ? 'No container engine on this runner: no docker daemon answers `docker info`, and buildah is not installed.'
        : 'buildah is not installed on this runner.', 'Install buildah (apt-get install buildah) or use a runner with docker, or set builder: codebuild with codebuild-project to build in AWS CodeBuild.');
}

;// CONCATENATED MODULE: ./actions/build-container/src/runnerEdges.ts







/** Finds the engine and gives it a private directory under RUNNER_TEMP for its storage and login. */
function localEngineFinder(env, logger) {
    const runner = actionsCommandRunner(env);
    return async (builder) => {
        const kind = await detectEngine(builder, runner, logger);
        const workDir = await (0,promises_.mkdtemp)(external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), `modelship-${kind.kind}-`));
        return kind.kind === 'docker'
            ? dockerEngine(runner, workDir, kind.buildx)
            : buildahEngine(runner, workDir);
    };
}

;// CONCATENATED MODULE: ./actions/build-container/src/wiredBuild.ts








/** The step on the real clients and engines. */
const runWiredBuild = (context, workspace) => buildStep(context, wirePorts(context, workspace));
/** The real clients (region, retries and user agent from the shared settings), engines and summary. */
function wirePorts({ inputs: { region }, env, logger }, workspace) {
    const settings = awsClientSettings({ region, env, action: 'build-container', version: MODELSHIP_VERSION });
    return {
        workspace,
        ecr: new client_ecr_dist_cjs/* ECRClient */.S70(settings),
        codebuild: new client_codebuild_dist_cjs/* CodeBuildClient */.bex(settings),
        logs: new dist_cjs/* CloudWatchLogsClient */.TFr(settings),
        localEngine: localEngineFinder(env, logger),
        hashBuild: contextHash,
        setSecret: (value) => core.setSecret(value),
        writeSummary: (markdown) => writeJobSummary(markdown, { env }),
    };
}


/***/ })

};
