export const id = 171;
export const ids = [171];
export const modules = {

/***/ 9484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ deployClientSettings),
  G: () => (/* binding */ reportFailedStep)
});

// EXTERNAL MODULE: ./shared/src/duration.ts
var duration = __webpack_require__(2515);
// EXTERNAL MODULE: ./shared/src/aws.ts + 1 modules
var aws = __webpack_require__(4407);
;// CONCATENATED MODULE: ./shared/src/version.ts
const MODELSHIP_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/deployContext.ts

/** A step that fails before an outcome is known still says so in its outputs. */
function reportFailedStep(context, startedAtMs) {
    context.setOutput('status', 'failed');
    context.setOutput('rolled-back', 'false');
    context.setOutput('duration-seconds', String((0,duration/* elapsedSeconds */.us)(startedAtMs, context.clock.now())));
}
/** The AWS client settings every deploy-endpoint step builds its clients from (region, retries, user agent). */
function deployClientSettings(context) {
    return (0,aws/* awsClientSettings */.SQ)({
        region: context.inputs.region,
        env: context.env,
        action: 'deploy-endpoint',
        version: MODELSHIP_VERSION,
    });
}


/***/ }),

/***/ 9395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ deadlineOf),
/* harmony export */   _n: () => (/* binding */ deployRequestOf),
/* harmony export */   iP: () => (/* binding */ endpointNameOf)
/* harmony export */ });
/* harmony import */ var _modelship_shared__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8550);
/* harmony import */ var _modelship_shared__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2086);
/* harmony import */ var _modelship_shared__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8992);
/* harmony import */ var _modelSource__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5111);


/** The endpoint the request names; deployInputProblems requires it with target sagemaker. */
const endpointNameOf = (request) => request.inputs['endpoint-name'];
/** When the action stops waiting (SageMaker goes on): `timeout-minutes` after the deployment started. */
const deadlineOf = (request) => request.startedAtMs + request.inputs['timeout-minutes'] * 60_000;
/** Resolve the request: every input parsed (strategy, source, thresholds) before the first AWS call. */
function deployRequestOf(inputs, env, region, startedAtMs) {
    return {
        inputs,
        region,
        strategy: (0,_modelship_shared__WEBPACK_IMPORTED_MODULE_0__/* .parseDeploymentConfig */ .B8)(inputs['deployment-config'], {
            terminationWaitSeconds: inputs['termination-wait-seconds'],
            maxExecutionSeconds: inputs['max-execution-seconds'],
            // Serverless variants have no instances: their steps are shares of requests, not of a fleet.
            instanceCount: inputs['endpoint-type'] === 'serverless' ? undefined : inputs['instance-count'],
        }),
        source: (0,_modelSource__WEBPACK_IMPORTED_MODULE_1__/* .modelSourceOf */ .K)(inputs),
        thresholds: inputs['alarm-thresholds'] ? (0,_modelship_shared__WEBPACK_IMPORTED_MODULE_2__/* .parseAlarmThresholds */ .Fi)(inputs['alarm-thresholds']) : [],
        provenance: (0,_modelship_shared__WEBPACK_IMPORTED_MODULE_3__/* .provenanceFromEnvironment */ .pN)(env, 'deploy-endpoint'),
        startedAtMs,
    };
}


/***/ }),

/***/ 5111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ modelSourceOf)
/* harmony export */ });
/* harmony import */ var _modelship_shared__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);

const SOURCES = ['model-package-arn', 'image', 'model-name', 'containers'];
function modelSourceOf(inputs) {
    const given = SOURCES.filter((name) => inputs[name] !== undefined);
    if (given.length !== 1) {
        throw _modelship_shared__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.single({
            input: given.length ? given.join(' + ') : 'model-package-arn',
            value: given.map((name) => String(inputs[name])).join(' + '),
            allowed: `give exactly one model source: ${SOURCES.join(', ')}`,
        });
    }
    if (inputs['model-package-arn'])
        return { kind: 'package', arn: inputs['model-package-arn'] };
    if (inputs['model-name'])
        return { kind: 'model', name: inputs['model-name'] };
    if (inputs.image) {
        return {
            kind: 'image',
            container: {
                Image: inputs.image,
                ModelDataUrl: inputs['model-data-url'],
                Environment: inputs.environment,
                Mode: inputs['multi-model'] ? 'MultiModel' : 'SingleModel',
            },
        };
    }
    return {
        kind: 'containers',
        containers: containersOf(inputs.containers ?? []),
        mode: inputs['inference-execution-mode'],
    };
}
function containersOf(records) {
    const problems = [];
    const containers = records.map((record, index) => {
        const image = record.image;
        if (typeof image !== 'string' || !image) {
            problems.push({
                input: 'containers',
                value: JSON.stringify(record),
                allowed: `entry ${index + 1} needs "image"; each entry has image, model-data-url, environment and hostname`,
            });
        }
        return {
            Image: String(image),
            ModelDataUrl: record['model-data-url'],
            Environment: record.environment,
            ContainerHostname: record.hostname,
        };
    });
    if (containers.length === 0 || containers.length > 15) {
        problems.push({
            input: 'containers',
            value: String(containers.length),
            allowed: 'give 1 to 15 containers',
        });
    }
    if (problems.length)
        throw new _modelship_shared__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(problems);
    return containers;
}


/***/ }),

/***/ 2565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ modelSettingsOf),
  M: () => (/* binding */ resolveDeployment)
});

// EXTERNAL MODULE: ./shared/src/sagemakerResources.ts
var sagemakerResources = __webpack_require__(1802);
// EXTERNAL MODULE: ./shared/src/resourceNames.ts
var resourceNames = __webpack_require__(83);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./actions/deploy-endpoint/src/deployRequest.ts
var deployRequest = __webpack_require__(9395);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/endpointConfigRequest.ts
/** The endpoint config's settings, without name and tags: also what its deterministic name hashes. */
function endpointConfigSettings(inputs, modelName) {
    const variant = { VariantName: inputs['variant-name'], ModelName: modelName };
    if (inputs['endpoint-type'] === 'serverless') {
        variant.ServerlessConfig = {
            MemorySizeInMB: inputs['serverless-memory-mb'],
            MaxConcurrency: inputs['serverless-max-concurrency'],
            ProvisionedConcurrency: inputs['serverless-provisioned-concurrency'],
        };
    }
    else {
        variant.InstanceType = inputs['instance-type'];
        variant.InitialInstanceCount = inputs['instance-count'];
        variant.InitialVariantWeight = 1;
    }
    const settings = {
        ProductionVariants: [variant],
    };
    if (inputs['endpoint-type'] === 'async') {
        settings.AsyncInferenceConfig = {
            OutputConfig: {
                S3OutputPath: inputs['async-output-path'],
                S3FailurePath: inputs['async-failure-path'],
            },
            ClientConfig: inputs['async-max-concurrent-invocations']
                ? { MaxConcurrentInvocationsPerInstance: inputs['async-max-concurrent-invocations'] }
                : undefined,
        };
    }
    if (inputs['data-capture-percent'] !== undefined && inputs['data-capture-s3-uri']) {
        settings.DataCaptureConfig = {
            EnableCapture: true,
            InitialSamplingPercentage: inputs['data-capture-percent'],
            DestinationS3Uri: inputs['data-capture-s3-uri'],
            CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
        };
    }
    return settings;
}

// EXTERNAL MODULE: ./actions/deploy-endpoint/src/sagemakerLookups.ts
var sagemakerLookups = __webpack_require__(7724);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/resolveDeployment.ts




/**
 * Resolve: the model's containers, the endpoint as it is (which must not be in the middle of an update),
 * and the deterministic names of the model and config to deploy.
 */
async function resolveDeployment(ports, request) {
    const endpointName = (0,deployRequest/* endpointNameOf */.iP)(request);
    const containers = await (0,sagemakerLookups/* resolveContainers */.n)(ports, request.source);
    const existing = await (0,sagemakerResources/* findEndpoint */.vS)(ports, endpointName);
    const previousConfig = existing?.EndpointConfigName
        ? await (0,sagemakerResources/* findEndpointConfig */.NW)(ports, existing.EndpointConfigName)
        : undefined;
    const modelSettings = modelSettingsOf(request, containers);
    // Without a commit (a run outside GitHub) the settings hash alone tells deployments apart.
    const gitSha = request.provenance.gitSha ?? '0000000';
    const modelName = request.source.kind === 'model'
        ? request.source.name
        : (0,resourceNames/* deterministicName */.Ym)(endpointName, gitSha, modelSettings);
    const configSettings = endpointConfigSettings(request.inputs, modelName);
    const endpointConfigName = (0,resourceNames/* deterministicName */.Ym)(endpointName, gitSha, configSettings);
    const shifting = shiftingMode(request, existing, endpointConfigName);
    const followsInFlight = shifting === 'guardrails' &&
        existing?.EndpointStatus === 'Updating' &&
        existing.PendingDeploymentSummary?.EndpointConfigName === endpointConfigName;
    if (!followsInFlight)
        refuseEndpointInFlight(endpointName, existing);
    ports.logger.info(`Endpoint ${endpointName} ${existing ? `serves ${existing.EndpointConfigName}` : 'does not exist yet'}; model ${modelName} goes out as endpoint config ${endpointConfigName} (${SHIFTING_WORDS[shifting]}).`);
    return {
        endpointName,
        containers,
        existing,
        previousConfig: previousConfig ?? undefined,
        previousContainers: await previousModelContainers(ports, previousConfig?.ProductionVariants?.[0]?.ModelName),
        previousEndpointConfigName: existing?.EndpointConfigName,
        modelName,
        modelSettings,
        endpointConfigName,
        configSettings,
        shifting,
        followsInFlight,
    };
}
const SHIFTING_WORDS = {
    create: 'a new endpoint',
    guardrails: 'an update under SageMaker guardrails',
    weights: 'an update that shifts variant weights step by step',
    unchanged: 'already deployed',
};
/** Check: an endpoint being created or updated cannot take another update. */
function refuseEndpointInFlight(endpointName, existing) {
    if (!existing || existing.EndpointStatus === 'InService')
        return;
    throw new errors/* ModelshipError */.W7(`Endpoint ${endpointName} is ${existing.EndpointStatus}${existing.FailureReason ? ` (${existing.FailureReason})` : ''}; it must be InService to be updated.`, existing.EndpointStatus === 'Failed'
        ? 'A Failed endpoint can only be deleted: delete it and run again to create it anew.'
        : 'Wait for the current update to end, or stop it with the rollback action (in-flight: force).');
}
/** The model's settings (role, containers, network), which its deterministic name hashes. */
function modelSettingsOf(request, containers) {
    const { inputs } = request;
    const vpc = inputs['vpc-subnets']?.length && inputs['vpc-security-groups']?.length
        ? { Subnets: inputs['vpc-subnets'], SecurityGroupIds: inputs['vpc-security-groups'] }
        : undefined;
    return {
        ExecutionRoleArn: inputs['execution-role-arn'],
        ...(containers.length > 1
            ? {
                Containers: containers,
                InferenceExecutionConfig: {
                    Mode: request.source.kind === 'containers' ? request.source.mode : 'Serial',
                },
            }
            : { PrimaryContainer: containers[0] }),
        VpcConfig: vpc,
        EnableNetworkIsolation: inputs['network-isolation'] || undefined,
    };
}
/** Guardrails where SageMaker runs them; client-side weights where it would silently go all at once. */
function shiftingMode(request, existing, endpointConfigName) {
    if (!existing)
        return 'create';
    if (existing.EndpointConfigName === endpointConfigName)
        return 'unchanged';
    const choice = request.inputs['traffic-shifting'];
    if (choice !== 'auto')
        return choice;
    const type = request.inputs['endpoint-type'];
    return (type === 'serverless' || type === 'async') && request.strategy.kind !== 'all-at-once'
        ? 'weights'
        : 'guardrails';
}
async function previousModelContainers(ports, modelName) {
    if (!modelName)
        return undefined;
    try {
        return await (0,sagemakerLookups/* resolveContainers */.n)(ports, { kind: 'model', name: modelName });
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ resolveContainers)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4459);
/* harmony import */ var _modelship_shared__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3904);


/** The containers to deploy. A registry version must be Approved: the registry is the release gate. */
async function resolveContainers(ports, source) {
    switch (source.kind) {
        case 'image':
            return [source.container];
        case 'containers':
            return source.containers;
        case 'model': {
            const model = await ports.sagemaker.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .DescribeModelCommand */ .utY({ ModelName: source.name }));
            return model.Containers ?? (model.PrimaryContainer ? [model.PrimaryContainer] : []);
        }
        case 'package': {
            const pkg = await ports.sagemaker.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .DescribeModelPackageCommand */ .Uxr({ ModelPackageName: source.arn }));
            if (pkg.ModelApprovalStatus !== 'Approved') {
                throw new _modelship_shared__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`Model package ${source.arn} is ${pkg.ModelApprovalStatus ?? 'not approved'}; only Approved versions are deployed.`, 'Approve it in the model registry (UpdateModelPackage ModelApprovalStatus=Approved), or deploy another version.');
            }
            return (pkg.InferenceSpecification?.Containers ?? []).map((c) => ({
                Image: c.Image,
                ModelDataUrl: c.ModelDataUrl,
                Environment: c.Environment,
            }));
        }
    }
}


/***/ }),

/***/ 4407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SQ: () => (/* binding */ awsClientSettings),
  Lz: () => (/* binding */ s3ClientSettings)
});

// UNUSED EXPORTS: maskCredentials

// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var dist_cjs = __webpack_require__(1279);
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
        requestHandler: new dist_cjs.NodeHttpHandler({
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



/***/ }),

/***/ 1229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ sagemakerConsoleUrl),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   bf: () => (/* binding */ codeDeployConsoleUrl)
/* harmony export */ });
/* unused harmony exports markdownKeyValueTable, markdownHeading, markdownLink, markdownList, inlineCode, codeBlock, mermaidBlock, markdownDetails */
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


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xy: () => (/* binding */ provenanceTags),
/* harmony export */   pN: () => (/* binding */ provenanceFromEnvironment)
/* harmony export */ });
/* unused harmony exports PROVENANCE_KEYS, TAG_KEY_MAX, TAG_VALUE_MAX, workflowRunUrl, readProvenance */
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


/***/ }),

/***/ 863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ commentOnPullRequest)
});

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


/***/ }),

/***/ 83:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ deterministicName)
/* harmony export */ });
/* unused harmony exports canonicalJson, configHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _awsNames__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2740);


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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(config)).digest('hex').slice(0, CONFIG_HASH_LENGTH);
}
/**
 * `<base>-<short sha>-<config hash>`: a re-run of the same commit with the same config finds the model
 * or endpoint config it made before, and any change to the config gets a new name. Hash only what
 * defines the resource, not its tags: the run URL in provenance tags changes on every re-run.
 * Over 63 characters the base is shortened, never the suffix, which is what makes the name unique.
 */
function deterministicName(base, gitSha, config) {
    if (!_awsNames__WEBPACK_IMPORTED_MODULE_1__/* .SAGEMAKER_NAME */ .bm.test(base))
        throw new RangeError(`Name base "${base}" is not a SageMaker name (letters, digits, hyphens).`);
    if (!new RegExp(`^[0-9a-fA-F]{${SHA_LENGTH},}$`).test(gitSha))
        throw new RangeError(`"${gitSha}" is not a git commit sha (at least ${SHA_LENGTH} hex digits).`);
    const suffix = `-${gitSha.slice(0, SHA_LENGTH).toLowerCase()}-${configHash(config)}`;
    // Trailing hyphens of a cut base would run into the suffix's own.
    const head = base.slice(0, MAX_NAME - suffix.length).replace(/-+$/, '');
    return `${head}${suffix}`;
}


/***/ }),

/***/ 1802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NW: () => (/* binding */ findEndpointConfig),
/* harmony export */   kY: () => (/* binding */ modelExists),
/* harmony export */   vS: () => (/* binding */ findEndpoint)
/* harmony export */ });
/* unused harmony export isSageMakerNotFound */
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4459);

/** SageMaker answers a missing resource with a ValidationException "Could not find …". */
const isSageMakerNotFound = (err) => err.name === 'ValidationException' && /Could not find/.test(err.message);
/** The endpoint, or undefined when it does not exist; other errors propagate. */
async function findEndpoint(ports, name) {
    try {
        return await ports.sagemaker.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .DescribeEndpointCommand */ .CX3({ EndpointName: name }));
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
        return await ports.sagemaker.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .DescribeEndpointConfigCommand */ .uoq({ EndpointConfigName: name }));
    }
    catch (err) {
        if (isSageMakerNotFound(err))
            return undefined;
        throw err;
    }
}
async function modelExists(ports, name) {
    try {
        await ports.sagemaker.send(new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_0__/* .DescribeModelCommand */ .utY({ ModelName: name }));
        return true;
    }
    catch (err) {
        if (isSageMakerNotFound(err))
            return false;
        throw err;
    }
}


/***/ }),

/***/ 8192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ TransientReadTolerance)
/* harmony export */ });
/* unused harmony exports isTransientAwsError, TRANSIENT_READS_TOLERATED */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);

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
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${this.what} failed ${this.inARow} polls in a row with transient errors (last: ${detail}); stopped waiting.`, 'AWS is throttling or failing this account and region; the resource itself may be fine. Look at it in the AWS console, and re-run when the API answers again.');
        }
    }
}


/***/ })

};
