export const id = 186;
export const ids = [186];
export const modules = {

/***/ 8186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBatchTransformStep: () => (/* binding */ runBatchTransformStep)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./shared/src/aws.ts + 1 modules
var aws = __webpack_require__(4407);
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

// EXTERNAL MODULE: ./shared/src/pullRequestCommenter.ts + 1 modules
var pullRequestCommenter = __webpack_require__(863);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./shared/src/provenance.ts
var provenance = __webpack_require__(8992);
// EXTERNAL MODULE: ./actions/deploy-endpoint/src/modelSource.ts
var modelSource = __webpack_require__(5111);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/transformJobName.ts
/**
 * `<base>-<short sha>-<UTC time to the millisecond>`: a re-run of the same commit starts a new job
 * rather than colliding with the old one (job names are unique in an account and region for good).
 * SageMaker allows 63 letters, digits and inner hyphens; the base is shortened, never the suffix.
 */
function transformJobName(base, gitSha, nowMs, attempt = 0) {
    const stamp = new Date(nowMs)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace('T', '-')
        .replace('.', '-')
        .replace('Z', '');
    const suffix = [gitSha?.slice(0, 7).toLowerCase(), stamp, attempt ? String(attempt + 1) : '']
        .filter(Boolean)
        .join('-');
    const head = base.slice(0, 62 - suffix.length).replace(/-+$/, '');
    return `${head}-${suffix}`;
}
/** The base of the model and job names: endpoint-name, else the repository's name as SageMaker spells names. */
function batchNameBase(endpointName, env) {
    if (endpointName)
        return endpointName;
    const repository = (env.GITHUB_REPOSITORY ?? '').split('/').pop() ?? '';
    return repository.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'batch';
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/batchRequest.ts



function batchRequestOf(inputs, env, region, startedAtMs) {
    return {
        inputs,
        region,
        source: (0,modelSource/* modelSourceOf */.K)(inputs),
        provenance: (0,provenance/* provenanceFromEnvironment */.pN)(env, 'deploy-endpoint'),
        nameBase: batchNameBase(inputs['endpoint-name'], env),
        startedAtMs,
    };
}
/** When the action stops waiting (SageMaker goes on): `timeout-minutes` after the step started. */
const batchDeadlineOf = (request) => request.startedAtMs + request.inputs['timeout-minutes'] * 60_000;
/** Each job writes under its own prefix, so a re-run never overwrites or miscounts an earlier run's output. */
const outputPathOf = (request, jobName) => `${request.inputs['batch-output'].replace(/\/+$/, '')}/${jobName}/`;
/** The CreateTransformJob request: SageMaker's defaults written out, so the plan shows what runs. */
function transformJobSpec(request, names, tags) {
    const { inputs } = request;
    const join = inputs['batch-join-source'];
    const filtered = inputs['batch-input-filter'] || inputs['batch-output-filter'] || join;
    const spec = {
        name: names.job,
        modelName: names.model,
        input: inputs['batch-input'],
        outputPath: outputPathOf(request, names.job),
        instanceType: inputs['instance-type'],
        instanceCount: inputs['instance-count'],
    };
    return {
        ...spec,
        request: {
            TransformJobName: spec.name,
            ModelName: spec.modelName,
            BatchStrategy: inputs['batch-strategy'] ?? 'MultiRecord',
            MaxPayloadInMB: inputs['batch-max-payload-mb'] ?? 6,
            MaxConcurrentTransforms: inputs['batch-max-concurrent-transforms'],
            TransformInput: {
                DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: spec.input } },
                ContentType: inputs['batch-content-type'],
                SplitType: inputs['batch-split-type'] ?? 'Line',
            },
            TransformOutput: {
                S3OutputPath: spec.outputPath,
                AssembleWith: inputs['batch-assemble-with'] ?? 'Line',
            },
            TransformResources: { InstanceType: spec.instanceType, InstanceCount: spec.instanceCount },
            DataProcessing: filtered
                ? {
                    InputFilter: inputs['batch-input-filter'],
                    OutputFilter: inputs['batch-output-filter'],
                    JoinSource: join,
                }
                : undefined,
            Tags: tags,
        },
    };
}
/** The same job under another name, writing under that name's own output prefix. */
function renamedJob(request, spec, name) {
    const outputPath = outputPathOf(request, name);
    return {
        ...spec,
        name,
        outputPath,
        request: {
            ...spec.request,
            TransformJobName: name,
            TransformOutput: { ...spec.request.TransformOutput, S3OutputPath: outputPath },
        },
    };
}

// EXTERNAL MODULE: ./shared/src/duration.ts
var duration = __webpack_require__(2515);
// EXTERNAL MODULE: ./shared/src/markdown.ts
var markdown = __webpack_require__(1229);
// EXTERNAL MODULE: ./shared/src/sagemakerResources.ts
var sagemakerResources = __webpack_require__(1802);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/s3Objects.ts

/** `s3://bucket/some/prefix` as the bucket and the key prefix S3 lists by. */
function s3Location(uri) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
    if (!match)
        throw new RangeError(`"${uri}" is not an S3 URI (s3://bucket/prefix).`);
    return { bucket: match[1], prefix: match[2] };
}
/** How many objects lie under an S3 prefix, as a transform job sees it (folders' zero-byte markers aside). */
async function countObjects(ports, uri) {
    const { bucket, prefix } = s3Location(uri);
    let count = 0;
    let token;
    do {
        const page = await ports.s3.send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        count += (page.Contents ?? []).filter((o) => !(o.Key?.endsWith('/') && !o.Size)).length;
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return count;
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/batchPlan.ts



/** How many earlier jobs of the same name base are read to find one of the same model. */
const EARLIER_JOBS_READ = 10;
/** Plan: count the input, see whether the model exists, and find how long the same model took last time. */
async function planBatchTransform(ports, request, model, job) {
    const objectsIn = await countObjects(ports, request.inputs['batch-input']);
    const earlierRun = await earlierRunOf(ports, request.nameBase, model.name);
    const plan = {
        jobName: job.name,
        modelName: model.name,
        images: model.images,
        model: !model.settings ? 'existing' : (await (0,sagemakerResources/* modelExists */.kY)(ports, model.name)) ? 'reuse' : 'create',
        input: job.input,
        outputPath: job.outputPath,
        objectsIn,
        instanceType: job.instanceType,
        instanceCount: job.instanceCount,
        earlierRun,
        instanceSeconds: earlierRun ? earlierRun.durationSeconds * job.instanceCount : undefined,
    };
    ports.logger.info(planLine(plan));
    if (objectsIn === 0)
        ports.logger.warning(`batch-input ${plan.input} holds no objects: a deploy would stop here.`);
    return plan;
}
/** The plan in one line: what runs where, on what, and for how long it is expected to. */
function planLine(plan) {
    const model = { create: 'a new model', reuse: 'the model this commit made', existing: 'the model' }[plan.model];
    return `Transform job ${plan.jobName} runs ${model} ${plan.modelName} on ${plan.instanceCount} × ${plan.instanceType} over ${plan.objectsIn} object(s) in ${plan.input}, writing to ${plan.outputPath}; ${costWindow(plan)}.`;
}
/** The expected cost window, in instance time, from the last completed run of the same model. */
function costWindow(plan) {
    if (!plan.earlierRun || plan.instanceSeconds === undefined) {
        return 'expected duration unknown (no earlier completed run of this model)';
    }
    return `expected ~${(0,duration/* formatDuration */.a3)(plan.earlierRun.durationSeconds)} (as ${plan.earlierRun.jobName}), ${plan.instanceCount} × ${plan.instanceType} for ~${(0,duration/* formatDuration */.a3)(plan.instanceSeconds)} of instance time`;
}
async function earlierRunOf(ports, nameBase, modelName) {
    const listed = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* ListTransformJobsCommand */.myj({
        NameContains: nameBase,
        StatusEquals: 'Completed',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: EARLIER_JOBS_READ,
    }));
    for (const summary of listed.TransformJobSummaries ?? []) {
        const job = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeTransformJobCommand */.E9g({ TransformJobName: summary.TransformJobName }));
        if (job.ModelName !== modelName || !job.TransformStartTime || !job.TransformEndTime)
            continue;
        return {
            jobName: job.TransformJobName,
            durationSeconds: (0,duration/* elapsedSeconds */.us)(job.TransformStartTime.getTime(), job.TransformEndTime.getTime()),
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/batchSummary.ts


const STATUS_LINE = {
    completed: '✅ Completed',
    failed: '❌ Failed',
    stopped: '⏹️ Stopped',
    planned: '📝 Planned (nothing changed)',
    'in-progress': '⏳ Started (not waited for)',
};
/** The transform job in the SageMaker console, which a person opens first when it fails. */
function transformJobConsoleUrl(region, jobName) {
    return `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}#/transform-jobs/${encodeURIComponent(jobName)}`;
}
/** The job summary: outcome first, then what went in and came out, how long it took, and where to look. */
function batchSummaryMarkdown(result, region) {
    const { plan } = result;
    const lines = [`## ${STATUS_LINE[result.status]}: transform job \`${result.jobName}\``, ''];
    if (result.reason)
        lines.push(`> ${result.reason}`, '');
    const rows = [
        ['Model', `${plan.modelName} (${plan.images.join(', ')})${plan.model === 'create' ? ', created' : ''}`],
        ['Input', `${plan.input} (${plan.objectsIn} object(s))`],
        [
            'Output',
            `${result.outputPath}${result.objectsOut === undefined ? '' : ` (${result.objectsOut} object(s))`}`,
        ],
        ['Instances', `${plan.instanceCount} × ${plan.instanceType}`],
    ];
    if (result.status === 'planned')
        rows.push(['Expected', costWindow(plan)]);
    else {
        rows.push([
            'Duration',
            `${(0,duration/* formatDuration */.a3)(result.durationSeconds)} (the job itself: ${result.jobSeconds === undefined ? 'unknown' : (0,duration/* formatDuration */.a3)(result.jobSeconds)})`,
        ]);
    }
    lines.push((0,markdown/* markdownTable */.Qj)(['', ''], rows), '');
    if (result.logTail.length && result.status === 'failed') {
        lines.push('### Last lines of the job log', '', '```', ...result.logTail, '```', '');
    }
    if (result.status !== 'planned') {
        lines.push(`[Transform job in the SageMaker console](${transformJobConsoleUrl(region, result.jobName)})`, '');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./shared/src/resourceNames.ts
var resourceNames = __webpack_require__(83);
// EXTERNAL MODULE: ./actions/deploy-endpoint/src/resolveDeployment.ts + 1 modules
var resolveDeployment = __webpack_require__(2565);
// EXTERNAL MODULE: ./actions/deploy-endpoint/src/sagemakerLookups.ts
var sagemakerLookups = __webpack_require__(7724);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/batchModel.ts




/**
 * Resolve: the model's containers (a registry version must be Approved) and its deterministic name,
 * `<base>-<commit>-<settings hash>`, so that a re-run of the same commit finds the model it made.
 */
async function resolveBatchModel(ports, request) {
    const containers = await (0,sagemakerLookups/* resolveContainers */.n)(ports, request.source);
    const images = containers.map((c) => c.Image ?? '?');
    if (request.source.kind === 'model')
        return { name: request.source.name, images };
    const settings = (0,resolveDeployment/* modelSettingsOf */.i)(request, containers);
    // Without a commit (a run outside GitHub) the settings hash alone tells models apart.
    const name = (0,resourceNames/* deterministicName */.Ym)(request.nameBase, request.provenance.gitSha ?? '0000000', settings);
    return { name, images, settings };
}
/** The tags of everything the batch path creates: where it came from, and the user's own. */
function batchTags(request) {
    return (0,provenance/* provenanceTags */.Xy)({
        ...request.provenance,
        modelPackageArn: request.source.kind === 'package' ? request.source.arn : undefined,
    }, request.inputs.tags ?? {});
}
/** Provision: create the model unless an earlier run of this commit did. Says which it was. */
async function provisionBatchModel(ports, model, tags) {
    ports.setOutput('model-name', model.name);
    if (!model.settings) {
        ports.logger.info(`The job runs the existing model ${model.name}.`);
        return;
    }
    if (await (0,sagemakerResources/* modelExists */.kY)(ports, model.name)) {
        ports.logger.info(`Model ${model.name} exists (an earlier run of this commit made it): reusing it.`);
        return;
    }
    await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateModelCommand */.TIE({ ModelName: model.name, ...model.settings, Tags: tags }));
    ports.logger.info(`Created model ${model.name}.`);
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/batchResult.ts

/** The report phase: the plan, how it ended, and how long the step took. */
function batchResultOf(request, plan, outcome, nowMs) {
    return {
        plan,
        jobName: plan.jobName,
        outputPath: plan.outputPath,
        logTail: [],
        ...outcome,
        durationSeconds: (0,duration/* elapsedSeconds */.us)(request.startedAtMs, nowMs),
    };
}

// EXTERNAL MODULE: ./shared/src/transientAwsError.ts
var transientAwsError = __webpack_require__(8192);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/transformLogFollower.ts

const TRANSFORM_LOG_GROUP = '/aws/sagemaker/TransformJobs';
const TAIL_LINES = 20;
/**
 * Reads a transform job's log streams (`<job>/<instance>`, one per instance) as they grow. Each read
 * asks from the newest timestamp seen and drops events already printed, so nothing is printed twice and
 * nothing is skipped when events share a timestamp. The last lines are kept for a failure's message.
 */
class TransformLogFollower {
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
                logGroupName: TRANSFORM_LOG_GROUP,
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

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/followTransformJob.ts




const TERMINAL = ['Completed', 'Failed', 'Stopped'];
const FIRST_POLL_MS = 2_000;
const MAX_POLL_MS = 10_000;
/** A progress line at least this often while nothing changes, so a long job visibly lives. */
const HEARTBEAT_MS = 60_000;
/**
 * Follows a transform job to its end: its CloudWatch log as it grows, and a progress line (status,
 * output objects written of the input objects, elapsed) when something changes. A cancelled step stops
 * the job and says so; a job that outlives timeout-minutes is left running, which the caller reports.
 */
async function followTransformJob(ports, job) {
    const follow = {
        ports,
        job,
        logs: new TransformLogFollower(ports.logs, job.name),
        lastLine: { text: '', atMs: 0 },
    };
    let cancelled = false;
    const describes = new transientAwsError/* TransientReadTolerance */.Kc(`DescribeTransformJob on ${job.name}`);
    for (let poll = 0;; poll++) {
        const described = await describes.read(() => ports.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeTransformJobCommand */.E9g({ TransformJobName: job.name })));
        if (!described) {
            // Throttled or a 5xx: no news this poll; ten in a row fail the step, saying so.
            await sleepUnlessCancelled(ports, FIRST_POLL_MS, cancelled);
            continue;
        }
        for (const line of await follow.logs.read())
            ports.logger.info(line);
        const status = described.TransformJobStatus ?? 'Unknown';
        if (TERMINAL.includes(status))
            return { kind: 'ended', job: described, cancelled, logTail: follow.logs.tail };
        await printProgress(follow, status);
        if (ports.signal.aborted && !cancelled) {
            cancelled = true;
            await stopJob(follow);
        }
        if (!cancelled && ports.clock.now() > job.deadlineMs) {
            return { kind: 'timed-out', status, logTail: follow.logs.tail };
        }
        await sleepUnlessCancelled(ports, Math.min(FIRST_POLL_MS * 1.5 ** poll, MAX_POLL_MS), cancelled);
    }
}
/** `[1m05s] InProgress: 3 of 10 object(s) written`, printed when it changes or a minute went by. */
async function printProgress(follow, status) {
    const { clock, logger } = follow.ports;
    const written = await countObjects(follow.ports, follow.job.outputPath);
    const text = `${status}: ${written} of ${follow.job.objectsIn} object(s) written`;
    const now = clock.now();
    if (text === follow.lastLine.text && now - follow.lastLine.atMs < HEARTBEAT_MS)
        return;
    logger.info(`[${(0,duration/* formatElapsed */.C7)(now - follow.job.startedAtMs)}] ${text}`);
    follow.lastLine = { text, atMs: now };
}
/** Stops the job the step started; SageMaker then takes it through Stopping to Stopped. */
async function stopJob(follow) {
    const { sagemaker, logger } = follow.ports;
    logger.warning(`The step was cancelled: stopping transform job ${follow.job.name}.`);
    try {
        await sagemaker.send(new client_sagemaker_dist_cjs/* StopTransformJobCommand */.Heu({ TransformJobName: follow.job.name }));
    }
    catch (err) {
        // It ended between the last poll and the stop: the next poll reports how.
        if (err.name !== 'ValidationException')
            throw err;
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

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/startTransformJob.ts



const ATTEMPTS = 3;
/**
 * Creates the transform job. Its name carries the time to the millisecond, so a collision means two
 * steps started in the same millisecond: the name (and its output prefix) gets a counter and is tried
 * again. The job's name and output path are outputs from this moment on.
 */
async function startTransformJob(ports, request, planned) {
    let job = planned;
    for (let attempt = 1;; attempt++) {
        try {
            await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateTransformJobCommand */.zmV(job.request));
            break;
        }
        catch (err) {
            if (err.name !== 'ResourceInUse' || attempt >= ATTEMPTS)
                throw err;
            const name = transformJobName(request.nameBase, request.provenance.gitSha, ports.clock.now(), attempt);
            ports.logger.info(`A job named ${job.name} exists already: starting this one as ${name}.`);
            job = renamedJob(request, job, name);
        }
    }
    ports.setOutput('transform-job-name', job.name);
    ports.setOutput('output-path', job.outputPath);
    ports.logger.info(`Started transform job ${job.name} (${job.instanceCount} × ${job.instanceType}).`);
    return job;
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/batchTransform.ts









/**
 * Runs the model over an S3 prefix as a transform job and reports the truth about it: success is the
 * job's Completed, anything else (failed, stopped, still running at the deadline) fails the step.
 * resolve → plan → provision the model → start the job → follow it → report.
 */
async function batchTransform(ports, request) {
    const { logger } = ports;
    const model = await logger.group('Resolve the model', () => resolveBatchModel(ports, request));
    const tags = batchTags(request);
    const name = transformJobName(request.nameBase, request.provenance.gitSha, ports.clock.now());
    const planned = transformJobSpec(request, { job: name, model: model.name }, tags);
    const plan = await logger.group('Plan', () => planBatchTransform(ports, request, model, planned));
    if (request.inputs.mode === 'plan')
        return batchResultOf(request, plan, { status: 'planned' }, ports.clock.now());
    refuseEmptyInput(plan);
    await logger.group('Provision', () => provisionBatchModel(ports, model, tags));
    refuseCancelled(ports.signal);
    const job = await startTransformJob(ports, request, planned);
    const started = { jobName: job.name, outputPath: job.outputPath };
    if (!request.inputs.wait) {
        logger.info(`wait is false: the step ends here; the job goes on in SageMaker.`);
        return batchResultOf(request, plan, { status: 'in-progress', ...started }, ports.clock.now());
    }
    const end = await logger.group(`Transform job ${started.jobName}`, () => followTransformJob(ports, {
        name: started.jobName,
        outputPath: started.outputPath,
        objectsIn: plan.objectsIn,
        startedAtMs: request.startedAtMs,
        deadlineMs: batchDeadlineOf(request),
    }));
    return reportEnd(ports, request, plan, job, end);
}
/** A prefix with nothing under it would fail the job after its instances started: fail before, for free. */
function refuseEmptyInput(plan) {
    if (plan.objectsIn > 0)
        return;
    throw new errors/* ModelshipError */.W7(`batch-input ${plan.input} holds no objects, so the transform job would have nothing to do.`, 'Upload the records first, or fix batch-input (an S3 prefix: every object under it is transformed).');
}
/** A step cancelled before its job started must not start one that nobody will follow or stop. */
function refuseCancelled(signal) {
    if (!signal.aborted)
        return;
    throw new errors/* ModelshipError */.W7('The step was cancelled before the transform job started; no job was started.');
}
const STATUS_OF = {
    Completed: 'completed',
    Failed: 'failed',
    Stopped: 'stopped',
};
/** Report: the job's status in the action's words, the output objects it wrote, and why it did not complete. */
async function reportEnd(ports, request, plan, job, end) {
    const { name: jobName, outputPath } = job;
    const objectsOut = await countObjects(ports, outputPath);
    if (end.kind === 'timed-out') {
        const reason = `Transform job ${jobName} is still ${end.status} after timeout-minutes (${request.inputs['timeout-minutes']}); the step stopped waiting, the job goes on.`;
        return batchResultOf(request, plan, { status: 'in-progress', jobName, outputPath, objectsOut, reason, logTail: end.logTail }, ports.clock.now());
    }
    const described = end.job;
    const status = STATUS_OF[described.TransformJobStatus ?? ''] ?? 'failed';
    const jobSeconds = described.TransformStartTime && described.TransformEndTime
        ? (0,duration/* elapsedSeconds */.us)(described.TransformStartTime.getTime(), described.TransformEndTime.getTime())
        : undefined;
    const reason = status === 'completed'
        ? undefined
        : end.cancelled
            ? `The step was cancelled; transform job ${jobName} was stopped.`
            : (described.FailureReason ?? `Transform job ${jobName} ended ${described.TransformJobStatus}.`);
    ports.logger.info(`Transform job ${jobName} ${described.TransformJobStatus}: ${objectsOut} object(s) in ${outputPath}.`);
    return batchResultOf(request, plan, { status, jobName, outputPath, objectsOut, jobSeconds, reason, logTail: end.logTail }, ports.clock.now());
}

// EXTERNAL MODULE: ./actions/deploy-endpoint/src/deployContext.ts + 1 modules
var deployContext = __webpack_require__(9484);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/batchTransformStep.ts








/** The step for `endpoint-type: batch-transform`: run the job, set outputs, summarise, fail honestly. */
async function runBatchTransformStep(context) {
    const startedAtMs = context.clock.now();
    const settings = (0,deployContext/* deployClientSettings */.O)(context);
    const request = batchRequestOf(context.inputs, context.env, settings.region, startedAtMs);
    const ports = {
        sagemaker: new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(settings),
        logs: new dist_cjs/* CloudWatchLogsClient */.TFr(settings),
        s3: new client_s3_dist_cjs/* S3Client */.YxF((0,aws/* s3ClientSettings */.Lz)(settings, context.env)),
        clock: context.clock,
        logger: context.logger,
        signal: context.signal,
        setOutput: context.setOutput,
    };
    const result = await batchTransform(ports, request).catch((err) => {
        (0,deployContext/* reportFailedStep */.G)(context, startedAtMs);
        throw err;
    });
    setResultOutputs(context, result);
    const summary = batchSummaryMarkdown(result, settings.region);
    await writeJobSummary(summary, { env: context.env });
    if (context.inputs['comment-on-pr'] && context.inputs['github-token']) {
        await (0,pullRequestCommenter/* commentOnPullRequest */.r)({
            token: context.inputs['github-token'],
            key: `deploy-endpoint/batch/${request.nameBase}/${context.env.GITHUB_WORKFLOW ?? ''}`,
            body: summary,
            logger: context.logger,
            env: context.env,
        });
    }
    failUnlessCompleted(result);
}
function setResultOutputs(context, result) {
    const { setOutput } = context;
    setOutput('transform-job-name', result.status === 'planned' ? '' : result.jobName);
    setOutput('output-path', result.outputPath);
    setOutput('model-name', result.plan.modelName);
    setOutput('status', result.status);
    if (result.objectsOut !== undefined)
        setOutput('records', String(result.objectsOut));
    setOutput('duration-seconds', String(result.durationSeconds));
    setOutput('plan', JSON.stringify(result.plan));
}
/** The step's status is the truth: a failed, stopped or unfinished job fails it, with the job's own words. */
function failUnlessCompleted(result) {
    if (result.status === 'completed' || result.status === 'planned')
        return;
    if (result.status === 'in-progress' && !result.reason)
        return;
    const tail = result.status === 'failed' && result.logTail.length
        ? `\nLast lines of the job log:\n${result.logTail.join('\n')}`
        : '';
    throw new errors/* ModelshipError */.W7(`Transform job ${result.jobName} ${result.status === 'in-progress' ? 'did not finish' : result.status}: ${result.reason ?? 'no reason given'}${tail}`, result.status === 'failed'
        ? 'Read the job log above; a ClientError names the input object and what the model answered.'
        : undefined);
}


/***/ })

};
