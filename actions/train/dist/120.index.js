export const id = 120;
export const ids = [120];
export const modules = {

/***/ 1120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWiredTrain: () => (/* binding */ runWiredTrain)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(303);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
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

;// CONCATENATED MODULE: ./actions/train/src/metricsReport.ts
function metricsReport(metrics, source) {
    return {
        metrics: Object.fromEntries(Object.entries(metrics).map(([name, value]) => [name, { value }])),
        ...source,
    };
}
/** The metrics of a report, ignoring anything that is not a number; empty for a report of another shape. */
function metricsOfReport(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return {};
    }
    const metrics = parsed?.metrics ?? {};
    const out = {};
    for (const [name, entry] of Object.entries(metrics)) {
        if (typeof entry?.value === 'number')
            out[name] = entry.value;
    }
    return out;
}
/** s3://bucket/key → bucket and key. */
function splitS3Uri(uri) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
    if (!match)
        throw new Error(`${uri} is not an S3 URI`);
    return { Bucket: match[1], Key: match[2] };
}
/** Where the report of a job goes: beside its model, under output-path. */
function metricsReportUri(outputPath, jobName) {
    return `${outputPath.replace(/\/+$/, '')}/${jobName}/modelship/metrics.json`;
}

;// CONCATENATED MODULE: ./actions/train/src/champion.ts



/**
 * The champion of a model package group, or undefined when the group has no Approved version (or does
 * not exist yet). ListModelPackages sorts Ascending by default, so the newest needs Descending.
 */
async function findChampion(ports, group) {
    const listed = await ports.sagemaker
        .send(new client_sagemaker_dist_cjs/* ListModelPackagesCommand */.MTG({
        ModelPackageGroupName: group,
        ModelApprovalStatus: 'Approved',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 1,
    }))
        .catch((err) => {
        if (isMissingGroup(err))
            return { ModelPackageSummaryList: [] };
        throw err;
    });
    const arn = listed.ModelPackageSummaryList?.[0]?.ModelPackageArn;
    if (!arn)
        return undefined;
    const described = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeModelPackageCommand */.Uxr({ ModelPackageName: arn }));
    const reportUri = described.ModelMetrics?.ModelQuality?.Statistics?.S3Uri;
    return {
        arn,
        version: described.ModelPackageVersion,
        metrics: reportUri ? await readReport(ports, reportUri) : {},
    };
}
async function readReport(ports, uri) {
    try {
        const object = await ports.s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs(splitS3Uri(uri)));
        return metricsOfReport((await object.Body?.transformToString()) ?? '');
    }
    catch (err) {
        // A report that is gone leaves a champion without metrics: its conditions then fail, saying so.
        if (err.name === 'NoSuchKey')
            return {};
        throw err;
    }
}
/** A group that does not exist yet has no champion; it is created when the first version is registered. */
const isMissingGroup = (err) => err.name === 'ValidationException' && /does not exist/i.test(err.message);

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

;// CONCATENATED MODULE: ./actions/train/src/modelRegistration.ts





// CustomerMetadataProperties allow letters, spaces, digits and _.:/=+-@, values up to 256 characters.
const metadataValue = (value) => value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, 256);
/** Provenance of the version: commit, ref, run, and the image (its digest when the URI pins one). */
function provenanceMetadata(env, image) {
    const provenance = provenanceFromEnvironment(env, 'train');
    const digest = /@(sha256:[a-f0-9]{64})$/.exec(image)?.[1];
    const entries = [
        ['git-sha', provenance.gitSha],
        ['ref', provenance.ref],
        ['repository', provenance.repository],
        ['run-url', provenance.runUrl],
        ['image', image],
        ['image-digest', digest],
    ];
    return Object.fromEntries(entries.filter((e) => Boolean(e[1])).map(([k, v]) => [k, metadataValue(v)]));
}
async function ensureGroup(ports, group, env) {
    try {
        await ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeModelPackageGroupCommand */.ruq({ ModelPackageGroupName: group }));
    }
    catch (err) {
        if (!isMissingGroup(err))
            throw err;
        ports.logger.info(`Model package group ${group} does not exist yet: creating it.`);
        await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateModelPackageGroupCommand */.EWw({
            ModelPackageGroupName: group,
            ModelPackageGroupDescription: 'Created by modelship train.',
            Tags: provenanceTags(provenanceFromEnvironment(env, 'train')),
        }));
    }
}
/**
 * Registers the trained model as a new version of the group (created when missing): the image and the
 * artifact, the metrics as a JSON report written under output-path and referenced from ModelMetrics,
 * and provenance in CustomerMetadataProperties. Returns the version's ARN.
 */
async function registerModelVersion(ports, request, env) {
    await ensureGroup(ports, request.group, env);
    const reportName = request.source.trainingJob ?? request.source.pipelineExecution ?? 'model';
    const reportUri = metricsReportUri(request.outputPath, reportName);
    const report = metricsReport(request.metrics, { ...request.source, gate: request.gate });
    await ports.s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({
        ...splitS3Uri(reportUri),
        Body: JSON.stringify(report, null, 2),
        ContentType: 'application/json',
    }));
    const created = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateModelPackageCommand */.N$s({
        ModelPackageGroupName: request.group,
        ModelPackageDescription: `Trained by ${reportName}.`,
        ModelApprovalStatus: request.approvalStatus,
        InferenceSpecification: {
            Containers: [{ Image: request.image, ModelDataUrl: request.modelDataUrl }],
            SupportedContentTypes: ['text/csv', 'application/json'],
            SupportedResponseMIMETypes: ['application/json', 'text/csv'],
        },
        ModelMetrics: { ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: reportUri } } },
        CustomerMetadataProperties: provenanceMetadata(env, request.image),
        Tags: provenanceTags(provenanceFromEnvironment(env, 'train')),
    }));
    return created.ModelPackageArn;
}

// EXTERNAL MODULE: ./actions/train/src/qualityGate.ts
var qualityGate = __webpack_require__(4972);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/train/src/channels.ts
var src_channels = __webpack_require__(2768);
// EXTERNAL MODULE: ./actions/train/src/nameValueMap.ts
var nameValueMap = __webpack_require__(3010);
;// CONCATENATED MODULE: ./actions/train/src/trainingJobName.ts
/**
 * The default training job name: the repository, the short SHA and a UTC timestamp with milliseconds,
 * so that re-runs and two train steps in one run never collide. SageMaker allows 63 characters of
 * letters, digits and inner hyphens.
 */
function defaultTrainingJobName(env, now) {
    const repository = (env.GITHUB_REPOSITORY ?? 'model').split('/').pop() ?? 'model';
    const sha = (env.GITHUB_SHA ?? '').slice(0, 7);
    const stamp = new Date(now)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace('T', '-')
        .replace('.', '-')
        .replace('Z', '');
    const suffix = [sha, stamp].filter(Boolean).join('-');
    const base = repository.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'model';
    return `${base.slice(0, 62 - suffix.length)}-${suffix}`.replace(/^-+/, '');
}

;// CONCATENATED MODULE: ./actions/train/src/trainPlan.ts





function trainingJobSpec(values, env, now) {
    const channels = values['input-data'] ? (0,src_channels/* parseChannels */.mq)(values['input-data'], dist.parse) : { channels: [] };
    const subnets = values['vpc-subnets'] ?? [];
    return {
        name: values['job-name'] ?? defaultTrainingJobName(env, now),
        image: values.image,
        roleArn: values['execution-role-arn'],
        instanceType: values['instance-type'] ?? 'ml.m5.large',
        instanceCount: values['instance-count'] ?? 1,
        volumeSizeGb: values['volume-size-gb'] ?? 30,
        channels: 'channels' in channels ? channels.channels : [],
        outputPath: values['output-path'],
        hyperparameters: (0,nameValueMap/* nameValues */.W)(values.hyperparameters, dist.parse),
        metricDefinitions: values['metric-definitions'] ?? {},
        maxRuntimeSeconds: values['max-runtime-seconds'] ?? 86400,
        spot: values.spot
            ? { maxWaitSeconds: values['max-wait-seconds'], checkpointS3Uri: values['checkpoint-s3-uri'] }
            : undefined,
        vpc: subnets.length ? { subnets, securityGroups: values['vpc-security-groups'] ?? [] } : undefined,
        tags: values.tags ?? {},
    };
}
/** Inputs (already checked, one by one and across) to the plan of the step. */
function resolveTrainPlan(values, env, now) {
    const source = values['pipeline-name']
        ? {
            kind: 'pipeline',
            pipelineName: values['pipeline-name'],
            parameters: (0,nameValueMap/* nameValues */.W)(values['pipeline-parameters'], dist.parse),
        }
        : { kind: 'job', job: trainingJobSpec(values, env, now) };
    const group = values['model-package-group'];
    return {
        source,
        wait: values.wait ?? true,
        timeoutMs: (values['timeout-minutes'] ?? 120) * 60_000,
        gate: values.gate ? ((0,qualityGate/* parseQualityGate */.IQ)(values.gate) ?? []) : [],
        registry: group
            ? {
                group,
                approvalStatus: (values['approval-status'] ?? 'PendingManualApproval'),
            }
            : undefined,
        outputPath: values['output-path'],
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

;// CONCATENATED MODULE: ./actions/train/src/trainReport.ts

const format = (n) => (n === undefined ? '–' : String(Number(n.toPrecision(6))));
const delta = (value, base) => {
    if (value === undefined || base === undefined)
        return '–';
    const d = Number((value - base).toPrecision(6));
    return d > 0 ? `+${d}` : String(d);
};
/** The metrics, new against the champion with the difference, and the gate's verdict on each. */
function metricsTable(result) {
    const names = [
        ...new Set([...Object.keys(result.metrics), ...result.verdicts.map((v) => v.condition.metric)]),
    ];
    if (!names.length)
        return 'No metrics were reported.';
    const gateOf = (name) => result.verdicts
        .filter((v) => v.condition.metric === name)
        .map((v) => `${v.passed ? '✅' : '❌'} ${v.condition.text}`)
        .join('<br>') || '';
    const rows = names.map((name) => {
        const base = result.champion?.metrics[name];
        return [
            inlineCode(name),
            format(result.metrics[name]),
            format(base),
            delta(result.metrics[name], base),
            gateOf(name),
        ];
    });
    return markdownTable(['Metric', 'New', 'Champion', 'Δ', 'Gate'], rows);
}
/** A Mermaid line chart per metric the regexes captured more than once (e.g. per epoch). */
function metricCharts(series) {
    return Object.entries(series).map(([name, values]) => {
        const label = name.replace(/"/g, "'");
        return mermaidBlock([
            'xychart-beta',
            `  title "${label}"`,
            `  x-axis "record" [${values.map((_, i) => i + 1).join(', ')}]`,
            `  y-axis "${label}"`,
            `  line [${values.map((v) => format(v)).join(', ')}]`,
        ].join('\n'));
    });
}
function championLine(result) {
    if (!result.group)
        return undefined;
    if (!result.champion)
        return `No champion: ${inlineCode(result.group)} has no Approved version yet.`;
    const version = result.champion.version ? ` (version ${result.champion.version})` : '';
    return `Champion: ${inlineCode(result.champion.arn)}${version}, the newest Approved version of ${inlineCode(result.group)}.`;
}
/** The job summary and PR comment: outcome first, then the numbers, then the detail. */
function trainSummary(result) {
    const parts = [
        markdownHeading(`${result.succeeded ? '✅' : '❌'} train: ${result.headline}`),
        markdownKeyValueTable([
            ['Status', result.status],
            ['Training job', result.trainingJobName && inlineCode(result.trainingJobName)],
            ['Pipeline execution', result.pipelineExecutionArn && inlineCode(result.pipelineExecutionArn)],
            ['Model data', result.modelDataUrl && inlineCode(result.modelDataUrl)],
            ['Model package', result.modelPackageArn && inlineCode(result.modelPackageArn)],
            ['Failure reason', result.failureReason],
        ], ['', '']),
        championLine(result),
        metricsTable(result),
        ...metricCharts(result.series),
    ];
    const failedConditions = result.verdicts
        .filter((v) => !v.passed)
        .map((v) => `${v.condition.text}: ${v.reason}`);
    if (failedConditions.length)
        parts.push(`Gate failed:\n\n${markdownList(failedConditions)}`);
    if (!result.succeeded && result.logTail.length)
        parts.push(markdownDetails(`Last ${result.logTail.length} log lines`, codeBlock(result.logTail.join('\n'))));
    return parts.filter(Boolean).join('\n\n') + '\n';
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
class TransientReadTolerance {
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

;// CONCATENATED MODULE: ./actions/train/src/metricSeries.ts
/**
 * Every value the metric regexes capture in the log, in order, as SageMaker reads them: group 1 of
 * each match, on each line. The last value of a metric is its final value; a metric seen more than once
 * (e.g. per epoch) is a series worth a chart.
 */
class MetricSeries {
    patterns;
    values = {};
    constructor(definitions) {
        this.patterns = Object.entries(definitions).map(([name, regex]) => [name, new RegExp(regex)]);
    }
    read(line) {
        for (const [name, pattern] of this.patterns) {
            const match = pattern.exec(line);
            const value = match?.[1] === undefined ? NaN : Number(match[1]);
            if (Number.isFinite(value))
                (this.values[name] ??= []).push(value);
        }
    }
    /** Metrics captured more than once. */
    repeated() {
        return Object.fromEntries(Object.entries(this.values).filter(([, values]) => values.length > 1));
    }
}

;// CONCATENATED MODULE: ./actions/train/src/trainingLogFollower.ts

const TRAINING_LOG_GROUP = '/aws/sagemaker/TrainingJobs';
const TAIL_LINES = 50;
/**
 * Reads a training job's log streams (`<job>/algo-1-...`, one per instance) as they grow. Each read asks
 * for events from the newest timestamp seen, and drops the ones already printed, so nothing is printed
 * twice and nothing is skipped when events share a timestamp.
 */
class TrainingLogFollower {
    logs;
    jobName;
    seen = new Set();
    from = 0;
    tail = [];
    constructor(logs, jobName) {
        this.logs = logs;
        this.jobName = jobName;
    }
    /** The lines that arrived since the last read; none while the job has no stream yet. */
    async read() {
        const lines = [];
        let nextToken;
        do {
            const page = await this.page(nextToken);
            for (const event of page.events ?? []) {
                const id = event.eventId ?? `${event.logStreamName}:${event.timestamp}:${event.message}`;
                if (this.seen.has(id))
                    continue;
                this.seen.add(id);
                this.from = Math.max(this.from, event.timestamp ?? 0);
                lines.push((event.message ?? '').replace(/\n$/, ''));
            }
            nextToken = page.nextToken;
        } while (nextToken);
        this.tail.push(...lines);
        this.tail.splice(0, Math.max(0, this.tail.length - TAIL_LINES));
        return lines;
    }
    async page(nextToken) {
        try {
            return await this.logs.send(new dist_cjs/* FilterLogEventsCommand */.nsW({
                logGroupName: TRAINING_LOG_GROUP,
                logStreamNamePrefix: `${this.jobName}/`,
                startTime: this.from || undefined,
                nextToken,
            }));
        }
        catch (err) {
            // Before the job's first line, the group itself may not exist yet.
            if (err.name === 'ResourceNotFoundException')
                return { events: [], nextToken: undefined };
            throw err;
        }
    }
}

;// CONCATENATED MODULE: ./actions/train/src/followTrainingJob.ts




const TERMINAL = ['Completed', 'Failed', 'Stopped'];
const FIRST_POLL_MS = 1_000;
const MAX_POLL_MS = 10_000;
/** Elapsed time as people read it: 42s, 3m05s. */
const elapsedText = (ms) => {
    const seconds = Math.round(ms / 1000);
    return seconds < 60
        ? `${seconds}s`
        : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
};
/** Prints the secondary status transitions that happened since the last poll, and the new log lines. */
async function printProgress(follow, job) {
    const { logger, clock } = follow.ports;
    const transitions = job.SecondaryStatusTransitions ?? [];
    for (const transition of transitions.slice(follow.printedTransitions)) {
        const elapsed = elapsedText(clock.now() - follow.started);
        logger.info(`[${elapsed}] ${transition.Status}: ${transition.StatusMessage ?? ''}`.trimEnd());
    }
    follow.printedTransitions = Math.max(follow.printedTransitions, transitions.length);
    for (const line of await follow.logs.read()) {
        logger.info(line);
        follow.series.read(line);
    }
}
/** Stops the job the step started, and waits until SageMaker says it is stopped. */
async function stopJob(follow) {
    const { sagemaker, logger } = follow.ports;
    logger.warning(`The step was cancelled: stopping training job ${follow.name}.`);
    await sagemaker.send(new client_sagemaker_dist_cjs/* StopTrainingJobCommand */.JxN({ TrainingJobName: follow.name }));
}
/**
 * Follows a training job to its end: its secondary status transitions and its CloudWatch log as they
 * happen, polled with the injected clock. A cancelled step stops the job and waits for Stopped; a job
 * that outlives the timeout fails the step, and keeps running in SageMaker, which the error says.
 */
async function followTrainingJob(ports, name, options) {
    const { clock, signal, sagemaker } = ports;
    const follow = {
        ports,
        name,
        logs: new TrainingLogFollower(ports.logs, name),
        series: new MetricSeries(options.metricDefinitions),
        started: clock.now(),
        printedTransitions: 0,
    };
    let cancelled = false;
    const describes = new TransientReadTolerance(`DescribeTrainingJob on ${name}`);
    for (let poll = 0;; poll++) {
        const job = await describes.read(() => sagemaker.send(new client_sagemaker_dist_cjs/* DescribeTrainingJobCommand */.Sjt({ TrainingJobName: name })));
        if (!job) {
            // Throttled or a 5xx: no news this poll; ten in a row fail the step, saying so.
            await sleepUnlessCancelled(ports, FIRST_POLL_MS, cancelled);
            continue;
        }
        await printProgress(follow, job);
        const status = job.TrainingJobStatus ?? 'Unknown';
        if (TERMINAL.includes(status))
            return { job, status, cancelled, series: follow.series, logTail: follow.logs.tail };
        if (signal.aborted && !cancelled) {
            cancelled = true;
            await stopJob(follow);
        }
        if (!cancelled && clock.now() - follow.started > options.timeoutMs) {
            throw new errors/* ModelshipError */.W7(`Training job ${name} is still ${status} after timeout-minutes; the step stopped waiting, the job goes on.`, 'Raise timeout-minutes, or stop the job in the SageMaker console if it should not run on.');
        }
        await sleepUnlessCancelled(ports, Math.min(FIRST_POLL_MS * 1.5 ** poll, MAX_POLL_MS), cancelled);
    }
}
/** A sleep that a cancel cuts short (so the job is stopped at once); after the cancel, a plain sleep. */
async function sleepUnlessCancelled(ports, ms, cancelled) {
    try {
        await ports.clock.sleep(ms, cancelled ? undefined : ports.signal);
    }
    catch (err) {
        if (!ports.signal.aborted)
            throw err;
    }
}

;// CONCATENATED MODULE: ./actions/train/src/followPipeline.ts



const followPipeline_TERMINAL = ['Succeeded', 'Failed', 'Stopped'];
const followPipeline_FIRST_POLL_MS = 1_000;
const followPipeline_MAX_POLL_MS = 10_000;
async function listSteps(sagemaker, arn) {
    const steps = [];
    let NextToken;
    do {
        const page = await sagemaker.send(new client_sagemaker_dist_cjs/* ListPipelineExecutionStepsCommand */.BTz({ PipelineExecutionArn: arn, NextToken }));
        steps.push(...(page.PipelineExecutionSteps ?? []));
        NextToken = page.NextToken;
    } while (NextToken);
    // The API lists newest first; the log reads better in the order the steps started.
    return steps.reverse();
}
/** Prints each step whose status changed since the last poll. */
function printStepChanges(ports, steps, seen, started) {
    for (const step of steps) {
        const name = step.StepName ?? '?';
        const status = step.StepStatus ?? 'Unknown';
        if (seen.get(name) === status)
            continue;
        seen.set(name, status);
        const reason = step.FailureReason ? `: ${step.FailureReason}` : '';
        ports.logger.info(`[${elapsedText(ports.clock.now() - started)}] step ${name} ${status}${reason}`);
    }
}
const trainingJobOf = (steps) => steps
    .map((s) => s.Metadata?.TrainingJob?.Arn)
    .find(Boolean)
    ?.split('/')
    .pop();
/**
 * Follows a pipeline execution to its end, printing each step's status as it changes. A cancelled step
 * stops the execution (which stops its running training job) and waits until it is Stopped.
 */
async function followPipeline(ports, arn, timeoutMs) {
    const { clock, signal, sagemaker, logger } = ports;
    const started = clock.now();
    const seen = new Map();
    let cancelled = false;
    for (let poll = 0;; poll++) {
        const execution = await sagemaker.send(new client_sagemaker_dist_cjs/* DescribePipelineExecutionCommand */.lMO({ PipelineExecutionArn: arn }));
        const steps = await listSteps(sagemaker, arn);
        printStepChanges(ports, steps, seen, started);
        const status = execution.PipelineExecutionStatus ?? 'Unknown';
        if (followPipeline_TERMINAL.includes(status))
            return { execution, status, cancelled, steps, trainingJobName: trainingJobOf(steps) };
        if (signal.aborted && !cancelled) {
            cancelled = true;
            logger.warning(`The step was cancelled: stopping pipeline execution ${arn}.`);
            await sagemaker.send(new client_sagemaker_dist_cjs/* StopPipelineExecutionCommand */.krr({ PipelineExecutionArn: arn }));
        }
        if (!cancelled && clock.now() - started > timeoutMs) {
            throw new errors/* ModelshipError */.W7(`Pipeline execution ${arn} is still ${status} after timeout-minutes; the step stopped waiting, the execution goes on.`, 'Raise timeout-minutes, or stop the execution in SageMaker Studio if it should not run on.');
        }
        await sleepUnlessCancelled(ports, Math.min(followPipeline_FIRST_POLL_MS * 1.5 ** poll, followPipeline_MAX_POLL_MS), cancelled);
    }
}

;// CONCATENATED MODULE: ./actions/train/src/trainingJobFailure.ts
/** What SageMaker's terse secondary statuses mean, in words a person acts on. */
const EXPLAINED = {
    Interrupted: 'The spot instances were reclaimed (a spot interruption). With checkpoint-s3-uri set, a new run resumes from the last checkpoint; otherwise raise max-wait-seconds or train without spot.',
    MaxWaitTimeExceeded: 'Spot capacity plus training took longer than max-wait-seconds (MaxWaitTime), so SageMaker stopped the job. Raise max-wait-seconds, or train without spot.',
    MaxRuntimeExceeded: 'Training ran longer than max-runtime-seconds (MaxRuntimeInSeconds), so SageMaker stopped it. Raise max-runtime-seconds, or train for fewer epochs.',
};
/** Why a job did not complete, with the spot and time limits explained; undefined for a completed job. */
function trainingJobFailure(job) {
    if (job.TrainingJobStatus === 'Completed')
        return undefined;
    const explanation = EXPLAINED[job.SecondaryStatus ?? ''];
    const reason = job.FailureReason ?? (job.TrainingJobStatus === 'Stopped' ? 'The job was stopped.' : undefined);
    return [reason, explanation].filter(Boolean).join(' ') || `The job ended ${job.TrainingJobStatus}.`;
}

;// CONCATENATED MODULE: ./actions/train/src/trainingJobRequest.ts


/** The run id and attempt, which the job name leaves out, go in the tags with the provenance. */
function trainingJobTags(env, extra) {
    const run = {};
    if (env.GITHUB_RUN_ID)
        run['modelship:run-id'] = env.GITHUB_RUN_ID;
    if (env.GITHUB_RUN_ATTEMPT)
        run['modelship:run-attempt'] = env.GITHUB_RUN_ATTEMPT;
    return provenanceTags(provenanceFromEnvironment(env, 'train'), { ...run, ...extra });
}
/** CreateTrainingJob's request; hyperparameters are strings already, as the API requires. */
function trainingJobRequest(spec, env) {
    return {
        TrainingJobName: spec.name,
        RoleArn: spec.roleArn,
        AlgorithmSpecification: {
            TrainingImage: spec.image,
            TrainingInputMode: 'File',
            MetricDefinitions: Object.entries(spec.metricDefinitions).map(([Name, Regex]) => ({ Name, Regex })),
        },
        HyperParameters: Object.keys(spec.hyperparameters).length ? spec.hyperparameters : undefined,
        InputDataConfig: spec.channels.length ? (0,src_channels/* inputDataConfig */.Jq)(spec.channels) : undefined,
        OutputDataConfig: { S3OutputPath: spec.outputPath },
        ResourceConfig: {
            InstanceType: spec.instanceType,
            InstanceCount: spec.instanceCount,
            VolumeSizeInGB: spec.volumeSizeGb,
        },
        StoppingCondition: {
            MaxRuntimeInSeconds: spec.maxRuntimeSeconds,
            MaxWaitTimeInSeconds: spec.spot?.maxWaitSeconds,
        },
        EnableManagedSpotTraining: spec.spot ? true : undefined,
        CheckpointConfig: spec.spot?.checkpointS3Uri ? { S3Uri: spec.spot.checkpointS3Uri } : undefined,
        VpcConfig: spec.vpc
            ? { Subnets: spec.vpc.subnets, SecurityGroupIds: spec.vpc.securityGroups }
            : undefined,
        Tags: trainingJobTags(env, spec.tags),
    };
}

;// CONCATENATED MODULE: ./actions/train/src/trainingRun.ts





const finalMetrics = (job) => Object.fromEntries((job.FinalMetricDataList ?? [])
    .filter((m) => m.MetricName && typeof m.Value === 'number')
    .map((m) => [m.MetricName, m.Value]));
/** Creates the training job; its name and the artifact's URI are outputs from this moment on. */
async function startTrainingJob(ports, spec, env) {
    await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateTrainingJobCommand */.jkj(trainingJobRequest(spec, env)));
    ports.setOutput('training-job-name', spec.name);
    ports.logger.info(`Started training job ${spec.name} (${spec.instanceCount} × ${spec.instanceType}).`);
}
/** Follows the job the step started to its end, with its log and status changes. */
async function runTrainingJob(ports, spec, timeoutMs) {
    const outcome = await ports.logger.group(`Training job ${spec.name}`, () => followTrainingJob(ports, spec.name, { metricDefinitions: spec.metricDefinitions, timeoutMs }));
    const { job } = outcome;
    return {
        status: outcome.status,
        succeeded: outcome.status === 'Completed',
        cancelled: outcome.cancelled,
        trainingJobName: spec.name,
        image: spec.image,
        modelDataUrl: job.ModelArtifacts?.S3ModelArtifacts,
        metrics: finalMetrics(job),
        series: outcome.series.repeated(),
        failureReason: trainingJobFailure(job),
        logTail: outcome.logTail,
    };
}
/** Starts the pipeline execution; its ARN is an output from this moment on. */
async function startPipeline(ports, pipelineName, parameters) {
    const started = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* StartPipelineExecutionCommand */.QqH({
        PipelineName: pipelineName,
        PipelineParameters: Object.entries(parameters).map(([Name, Value]) => ({ Name, Value })),
    }));
    const arn = started.PipelineExecutionArn;
    ports.setOutput('pipeline-execution-arn', arn);
    ports.logger.info(`Started pipeline execution ${arn}.`);
    return arn;
}
/** Follows the execution to its end; the metrics and artifact are those of the training job a step ran. */
async function runPipeline(ports, arn, timeoutMs) {
    const outcome = await ports.logger.group(`Pipeline execution ${arn.split('/').pop()}`, () => followPipeline(ports, arn, timeoutMs));
    const jobName = outcome.trainingJobName && (await trainingJobNamed(ports, outcome.trainingJobName));
    const job = jobName
        ? await ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeTrainingJobCommand */.Sjt({ TrainingJobName: jobName }))
        : undefined;
    const failedStep = outcome.steps.find((s) => s.StepStatus === 'Failed');
    return {
        status: outcome.status,
        succeeded: outcome.status === 'Succeeded',
        cancelled: outcome.cancelled,
        trainingJobName: jobName || undefined,
        pipelineExecutionArn: arn,
        image: job?.AlgorithmSpecification?.TrainingImage,
        modelDataUrl: job?.ModelArtifacts?.S3ModelArtifacts,
        metrics: job ? finalMetrics(job) : {},
        series: {},
        failureReason: outcome.execution.FailureReason ??
            (failedStep
                ? `Step ${failedStep.StepName} failed: ${failedStep.FailureReason ?? 'no reason given'}`
                : undefined),
        logTail: [],
    };
}
/** A step's metadata names its job by ARN, which SageMaker lower-cases; the job keeps its own case. */
async function trainingJobNamed(ports, lowerCased) {
    const listed = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* ListTrainingJobsCommand */.yaV({ SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 100 }));
    return (listed.TrainingJobSummaries?.map((j) => j.TrainingJobName).find((n) => n?.toLowerCase() === lowerCased.toLowerCase()) ?? lowerCased);
}

;// CONCATENATED MODULE: ./actions/train/src/trainStep.ts







/** Phase: the champion the gate and the summary compare with, when there is a group. */
async function lookUpChampion(ports, plan) {
    if (!plan.registry)
        return undefined;
    const { group } = plan.registry;
    return ports.logger.group(`Champion of ${group}`, async () => {
        const champion = await findChampion(ports, group);
        ports.logger.info(champion
            ? `Champion: ${champion.arn} with ${JSON.stringify(champion.metrics)}.`
            : `No champion: ${group} has no Approved version yet, so conditions against the champion pass.`);
        return champion;
    });
}
/** Phase: start the job or the execution, then follow it to its end (unless wait is false). */
async function startAndFollow(ports, plan, env) {
    const { source } = plan;
    if (source.kind === 'job') {
        await startTrainingJob(ports, source.job, env);
        return plan.wait ? runTrainingJob(ports, source.job, plan.timeoutMs) : undefined;
    }
    const arn = await startPipeline(ports, source.pipelineName, source.parameters);
    return plan.wait ? runPipeline(ports, arn, plan.timeoutMs) : undefined;
}
/** Phase: judge the gate on the final metrics of a run that succeeded. */
function judgeGate(ports, plan, run, champion) {
    if (!plan.gate.length || !run.succeeded)
        return [];
    const verdicts = (0,qualityGate/* judgeQualityGate */.aP)(plan.gate, run.metrics, champion?.metrics);
    for (const v of verdicts)
        ports.logger.info(`${v.passed ? 'passed' : 'FAILED'}: ${v.condition.text} (${v.reason})`);
    return verdicts;
}
/** Phase: register a version when the run succeeded, the gate passed and there is a group. */
async function registerIfPassed(ports, plan, run, verdicts, env) {
    if (!plan.registry || !run.succeeded || verdicts.some((v) => !v.passed))
        return undefined;
    if (!run.image || !run.modelDataUrl || !plan.outputPath) {
        ports.logger.warning('Nothing to register: the run produced no training job artifact.');
        return undefined;
    }
    const { group, approvalStatus } = plan.registry;
    return ports.logger.group(`Register in ${group}`, async () => {
        const arn = await registerModelVersion(ports, {
            group,
            approvalStatus,
            image: run.image,
            modelDataUrl: run.modelDataUrl,
            metrics: run.metrics,
            outputPath: plan.outputPath,
            source: {
                trainingJob: run.trainingJobName,
                pipelineExecution: run.pipelineExecutionArn?.split('/').pop(),
            },
            gate: plan.gate.map((c) => c.text),
        }, env);
        ports.logger.info(`Registered ${arn} as ${approvalStatus}.`);
        return arn;
    });
}
/** The outcome in one word and one line, and whether the step succeeded. */
function verdictOf(run, verdicts) {
    const what = run.pipelineExecutionArn ? 'pipeline execution' : `training job ${run.trainingJobName}`;
    if (run.cancelled)
        return { status: 'Stopped', headline: `cancelled; the ${what} was stopped`, succeeded: false };
    if (!run.succeeded)
        return { status: run.status, headline: `the ${what} ended ${run.status}`, succeeded: false };
    const failed = verdicts.filter((v) => !v.passed).length;
    if (failed)
        return {
            status: 'gate-failed',
            headline: `the gate failed (${failed} of ${verdicts.length} conditions)`,
            succeeded: false,
        };
    return {
        status: run.status,
        headline: verdicts.length ? `${run.status}, the gate passed` : run.status,
        succeeded: true,
    };
}
/** Phase: outputs, job summary and PR comment, then the step's status. */
async function report(ports, result, env) {
    ports.setOutput('status', result.status);
    ports.setOutput('metrics', JSON.stringify(result.metrics));
    ports.setOutput('gate-passed', result.verdicts.length ? String(result.verdicts.every((v) => v.passed)) : '');
    if (result.modelDataUrl)
        ports.setOutput('model-data-url', result.modelDataUrl);
    if (result.modelPackageArn)
        ports.setOutput('model-package-arn', result.modelPackageArn);
    const markdown = trainSummary(result);
    await ports.writeSummary(markdown);
    const subject = result.group ?? result.trainingJobName ?? result.pipelineExecutionArn ?? 'train';
    await ports.commentOnPullRequest?.({
        key: pullRequestCommentKey('train', env.GITHUB_WORKFLOW, subject),
        body: markdown,
    });
    if (result.succeeded)
        return;
    const failures = (0,qualityGate/* qualityGateFailures */._3)(result.verdicts);
    if (failures.length)
        throw new errors/* ModelshipError */.W7(`The quality gate failed:\n${failures.join('\n')}`, 'The model was not registered. Improve it, or change the gate if it asks too much.');
    const tail = result.logTail.length
        ? `\nLast ${result.logTail.length} log lines:\n${result.logTail.join('\n')}`
        : '';
    throw new errors/* ModelshipError */.W7(`train: ${result.headline}. ${result.failureReason ?? ''}`.trim() + tail, 'Read the reason and the log above; fix the code, data or settings it names, then re-run.');
}
/** The step: resolve → champion → start and follow → gate → register → report. */
async function trainStep(values, env, ports) {
    const plan = resolveTrainPlan(values, env, ports.clock.now());
    const champion = await lookUpChampion(ports, plan);
    const run = await startAndFollow(ports, plan, env);
    if (!run) {
        ports.setOutput('status', 'started');
        ports.logger.info('wait is false: the step ends here, and the job goes on in SageMaker.');
        return;
    }
    const verdicts = judgeGate(ports, plan, run, champion);
    const modelPackageArn = await registerIfPassed(ports, plan, run, verdicts, env);
    const result = {
        ...run,
        ...verdictOf(run, verdicts),
        modelPackageArn,
        group: plan.registry?.group,
        champion,
        verdicts,
    };
    await report(ports, result, env);
}

;// CONCATENATED MODULE: ./actions/train/src/wiredTrain.ts





/** The step on the real clients. */
const runWiredTrain = (context) => trainStep(context.inputs, context.env, wirePorts(context));
/** The real clients (region, retries and user agent from the shared settings), summary and comment. */
function wirePorts({ inputs: values, env, logger, clock, signal, setOutput }) {
    const settings = awsClientSettings({ region: values.region, env, action: 'train', version: MODELSHIP_VERSION });
    const token = values['comment-on-pr'] ? values['github-token'] : undefined;
    return {
        sagemaker: new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(settings),
        logs: new dist_cjs/* CloudWatchLogsClient */.TFr(settings),
        s3: new client_s3_dist_cjs/* S3Client */.YxF(s3ClientSettings(settings, env)),
        clock,
        logger,
        signal,
        setOutput,
        region: settings.region,
        writeSummary: (markdown) => writeJobSummary(markdown, { env }),
        commentOnPullRequest: token
            ? (comment) => commentOnPullRequest({ ...comment, token, logger, env })
            : undefined,
    };
}


/***/ })

};
