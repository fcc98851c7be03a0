export const id = 370;
export const ids = [370];
export const modules = {

/***/ 2370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCodeDeployStep: () => (/* binding */ runCodeDeployStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codedeploy/dist-cjs/index.js
var client_codedeploy_dist_cjs = __webpack_require__(7507);
// EXTERNAL MODULE: ./shared/src/deploymentConfig.ts
var deploymentConfig = __webpack_require__(8550);
// EXTERNAL MODULE: ./shared/src/provenance.ts
var provenance = __webpack_require__(8992);
// EXTERNAL MODULE: ./shared/src/pullRequestCommenter.ts + 1 modules
var pullRequestCommenter = __webpack_require__(863);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/appSpecInput.ts



/**
 * The `appspec` input is the AppSpec itself (YAML or JSON, so it has a line break or starts with `{`)
 * or a file in the workspace holding it.
 */
async function loadAppSpec(value, workspace) {
    if (value.includes('\n') || value.trimStart().startsWith('{'))
        return value;
    const file = external_node_path_default().resolve(workspace, value);
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw errors/* InputError */.dz.single({
            input: 'appspec',
            value,
            allowed: `AppSpec content (YAML or JSON), or a file in the workspace; ${file} cannot be read (${err.code ?? err.message})`,
        });
    }
}

// EXTERNAL MODULE: ./shared/src/transientAwsError.ts
var transientAwsError = __webpack_require__(8192);
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
    const checks = new transientAwsError/* TransientReadTolerance */.Kc(`The check for ${options.description}`);
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

// EXTERNAL MODULE: ./shared/src/duration.ts
var duration = __webpack_require__(2515);
// EXTERNAL MODULE: ./shared/src/alarmPreCheck.ts
var alarmPreCheck = __webpack_require__(5325);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/codeDeployDeployment.ts



/**
 * Deploys a model served on Lambda or ECS through CodeDeploy and reports the truth: success is the
 * deployment's `Succeeded`, read back; a deployment CodeDeploy stopped and rolled back is a failure that
 * says why. Everything that can be wrong with the request fails before anything changes.
 * resolve → check (group, platform, alarms) → plan | deploy → wait → report.
 */
async function deployWithCodeDeploy(ports, request) {
    const target = codeDeployTargetOf(request);
    const alarms = await guardingAlarms(ports, target, request.inputs.alarms);
    if (request.inputs.mode === 'plan') {
        ports.logger.info(`Plan: CodeDeploy ${target.application}/${target.group} would move ${target.from} → ${target.to} with ${target.config.deploymentConfigName}${alarms.length ? `, guarded by ${alarms.join(', ')}` : ''}. Nothing changed.`);
        return codeDeployResultOf(ports, request, target, { status: 'planned' });
    }
    const deploymentId = await startDeployment(ports, request, target, alarms);
    if (!request.inputs.wait) {
        return codeDeployResultOf(ports, request, target, { status: 'in-progress', deploymentId });
    }
    const ended = await waitForDeployment(ports, deploymentId, {
        deadlineMs: request.startedAtMs + request.inputs['timeout-minutes'] * 60_000,
        what: `CodeDeploy deployment ${deploymentId} to finish`,
    });
    return codeDeployResultOf(ports, request, target, {
        status: outcomeOf(ended),
        deploymentId,
        rollbackDeploymentId: ended.rollbackInfo?.rollbackDeploymentId,
        reason: reasonOf(ended),
    });
}
function codeDeployTargetOf(request) {
    const traffic = readAppSpecTraffic(request.appSpec);
    return {
        application: request.inputs['codedeploy-application'],
        group: request.inputs['codedeploy-deployment-group'],
        traffic,
        config: (0,deploymentConfig/* toCodeDeployConfigName */.zo)(request.strategy, traffic.platform),
        from: servingLabel(traffic, 'current'),
        to: servingLabel(traffic, 'target'),
    };
}
function codeDeployResultOf(ports, request, target, outcome) {
    return {
        application: target.application,
        group: target.group,
        deploymentConfigName: target.config.deploymentConfigName,
        from: target.from,
        to: target.to,
        ...outcome,
        durationSeconds: (0,duration/* elapsedSeconds */.us)(request.startedAtMs, ports.clock.now()),
    };
}
/** The custom deployment config if one is needed, then the deployment; returns its id. */
async function startDeployment(ports, request, target, alarms) {
    const { config } = target;
    if (config.create) {
        try {
            await ports.codedeploy.send(new client_codedeploy_dist_cjs/* CreateDeploymentConfigCommand */.JKx(config.create));
            ports.logger.info(`Created CodeDeploy deployment config ${config.deploymentConfigName}.`);
        }
        catch (err) {
            // Deterministic names: a config created by an earlier run is the same config.
            if (err.name !== 'DeploymentConfigAlreadyExistsException')
                throw err;
        }
    }
    const override = request.inputs.alarms;
    const created = await ports.codedeploy.send(new client_codedeploy_dist_cjs/* CreateDeploymentCommand */.ttP({
        applicationName: target.application,
        deploymentGroupName: target.group,
        revision: { revisionType: 'AppSpecContent', appSpecContent: { content: request.appSpec } },
        deploymentConfigName: config.deploymentConfigName,
        description: provenanceDescription(request.provenance),
        ...(override?.length
            ? { overrideAlarmConfiguration: { enabled: true, alarms: override.map((name) => ({ name })) } }
            : {}),
    }));
    const deploymentId = created.deploymentId;
    ports.setOutput('codedeploy-deployment-id', deploymentId);
    ports.logger.info(`CodeDeploy deployment ${deploymentId}: ${target.from} → ${target.to} with ${config.deploymentConfigName}${alarms.length ? `, guarded by ${alarms.join(', ')}` : ' (no alarms: nothing can stop it automatically)'}.`);
    return deploymentId;
}
/** A stopped or failed deployment that CodeDeploy rolled back is `rolled-back`; any other end but success is `failed`. */
function outcomeOf(ended) {
    if (ended.status === 'Succeeded')
        return 'deployed';
    return ended.rollbackInfo?.rollbackDeploymentId ? 'rolled-back' : 'failed';
}
function reasonOf(ended) {
    if (ended.status === 'Succeeded')
        return undefined;
    const why = ended.errorInformation?.message ?? ended.rollbackInfo?.rollbackMessage;
    return `CodeDeploy deployment ${ended.deploymentId} ended ${ended.status}${ended.errorInformation?.code ? ` (${ended.errorInformation.code})` : ''}${why ? `: ${why}` : ''}.`;
}
/**
 * The alarms that will guard the deployment (the `alarms` input, else the group's), checked first: an
 * unknown group or an alarm already in ALARM fails here, before anything changes.
 */
async function guardingAlarms(ports, target, override) {
    const { application, group, traffic } = target;
    let groupInfo;
    try {
        groupInfo = (await ports.codedeploy.send(new client_codedeploy_dist_cjs/* GetDeploymentGroupCommand */.WOp({ applicationName: application, deploymentGroupName: group }))).deploymentGroupInfo;
    }
    catch (err) {
        const name = err.name;
        if (name === 'ApplicationDoesNotExistException' || name === 'DeploymentGroupDoesNotExistException') {
            throw new errors/* ModelshipError */.W7(`CodeDeploy ${name === 'ApplicationDoesNotExistException' ? `application ${application}` : `deployment group ${application}/${group}`} does not exist; nothing changed.`, 'Check codedeploy-application, codedeploy-deployment-group and region (or AWS_REGION).');
        }
        throw err;
    }
    if (groupInfo?.computePlatform && groupInfo.computePlatform !== traffic.platform) {
        throw new errors/* ModelshipError */.W7(`Deployment group ${application}/${group} deploys to ${groupInfo.computePlatform}, but the AppSpec describes a ${traffic.platform} resource (${traffic.resource}); nothing changed.`, 'Use an AppSpec for the platform of the group, or the group made for this resource.');
    }
    const configured = groupInfo?.alarmConfiguration?.enabled
        ? (groupInfo.alarmConfiguration.alarms ?? []).map((a) => a.name)
        : [];
    const alarms = override?.length ? override : configured;
    if (alarms.length === 0)
        return [];
    await (0,alarmPreCheck/* checkAlarmsUsable */.n)(ports, alarms, {
        guarding: 'the deployment',
        firingConsequence: 'CodeDeploy would stop the deployment at once',
        missingHint: 'Create the alarm first, or leave it out of alarms (or of the deployment group).',
        firingHint: 'Find out why the alarm fires on the version serving now, and deploy once it is back to OK.',
    });
    return alarms;
}
/** CodeDeploy deployments carry no tags: the description records where the deployment came from. */
function provenanceDescription(provenance) {
    const parts = [
        'modelship deploy-endpoint',
        provenance.gitSha && `commit ${provenance.gitSha}`,
        provenance.ref && `ref ${provenance.ref}`,
        provenance.runUrl && `run ${provenance.runUrl}`,
    ].filter(Boolean);
    return parts.join('; ').slice(0, 1000);
}

// EXTERNAL MODULE: ./shared/src/markdown.ts
var markdown = __webpack_require__(1229);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/codeDeploySummary.ts

const STATUS_LINE = {
    deployed: '✅ Deployed',
    'rolled-back': '❌ Rolled back by CodeDeploy',
    failed: '❌ Failed',
    planned: '📝 Planned (nothing changed)',
    'in-progress': '⏳ Started (not waited for)',
};
/** The job summary of a CodeDeploy deployment: outcome first, then what moved where, and the links. */
function codeDeploySummaryMarkdown(result, region) {
    const lines = [
        `## ${STATUS_LINE[result.status]}: CodeDeploy \`${result.application}/${result.group}\``,
        '',
    ];
    if (result.reason)
        lines.push(`> ${result.reason}`, '');
    lines.push((0,markdown/* markdownTable */.Qj)(['', ''], [
        ['Traffic', `${result.from} → ${result.to}`],
        ['Deployment config', result.deploymentConfigName],
        ['Deployment', result.deploymentId ?? '(none created)'],
        ['Duration', `${result.durationSeconds} s`],
    ]), '');
    const links = [result.deploymentId, result.rollbackDeploymentId]
        .filter((id) => Boolean(id))
        .map((id, i) => `[${i === 0 ? 'Deployment' : 'Rollback deployment'} ${id}](${(0,markdown/* codeDeployConsoleUrl */.bf)(region, id)})`);
    if (links.length)
        lines.push(links.join(' · '), '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./actions/deploy-endpoint/src/deployContext.ts + 1 modules
var deployContext = __webpack_require__(9484);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/codeDeployStep.ts








/** The step for `target: codedeploy`: the SageMaker step's counterpart for models served on Lambda or ECS. */
async function runCodeDeployStep(context) {
    const { inputs, env } = context;
    const startedAtMs = context.clock.now();
    // CodeDeploy shifts shares of requests, not instances: no instance-count refinement applies.
    const strategy = (0,deploymentConfig/* parseDeploymentConfig */.B8)(inputs['deployment-config']);
    const appSpec = await loadAppSpec(inputs.appspec, env.GITHUB_WORKSPACE ?? process.cwd());
    const settings = (0,deployContext/* deployClientSettings */.O)({ inputs, env });
    const result = await deployWithCodeDeploy({
        codedeploy: new client_codedeploy_dist_cjs/* CodeDeployClient */.cHd(settings),
        cloudwatch: new dist_cjs/* CloudWatchClient */.WBn(settings),
        clock: context.clock,
        logger: context.logger,
        signal: context.signal,
        setOutput: context.setOutput,
    }, { inputs, appSpec, strategy, provenance: (0,provenance/* provenanceFromEnvironment */.pN)(env, 'deploy-endpoint'), startedAtMs }).catch((err) => {
        (0,deployContext/* reportFailedStep */.G)(context, startedAtMs);
        throw err;
    });
    context.setOutput('status', result.status);
    context.setOutput('rolled-back', String(result.status === 'rolled-back'));
    context.setOutput('duration-seconds', String(result.durationSeconds));
    const summary = codeDeploySummaryMarkdown(result, settings.region);
    await core.summary.addRaw(summary).write();
    if (inputs['comment-on-pr'] && inputs['github-token']) {
        await (0,pullRequestCommenter/* commentOnPullRequest */.r)({
            token: inputs['github-token'],
            key: `deploy-endpoint/codedeploy/${result.application}/${result.group}/${env.GITHUB_WORKFLOW ?? ''}`,
            body: summary,
            logger: context.logger,
        });
    }
    failUnlessDeployed(result);
}
function failUnlessDeployed(result) {
    if (result.status !== 'rolled-back' && result.status !== 'failed')
        return;
    throw new errors/* ModelshipError */.W7(`The deployment of ${result.to} ${result.status === 'rolled-back' ? 'was rolled back' : 'failed'}. ${result.reason ?? ''}`.trim(), result.status === 'rolled-back'
        ? `${result.from} serves again. Look at the alarms and the logs of ${result.to} before deploying it again.`
        : `Look at deployment ${result.deploymentId ?? ''} in the CodeDeploy console.`);
}


/***/ }),

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

/***/ 5325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ checkAlarmsUsable),
/* harmony export */   w: () => (/* binding */ unusableAlarmsError)
/* harmony export */ });
/* harmony import */ var _alarmStates__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8996);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3904);


/**
 * Why alarms in these states cannot guard `use.guarding`: alarms that do not exist and alarms already in
 * ALARM, all named at once. Undefined when every alarm is usable.
 */
function unusableAlarmsError(states, use) {
    const missing = states.filter((s) => s.state === 'MISSING').map((s) => s.name);
    const firing = (0,_alarmStates__WEBPACK_IMPORTED_MODULE_0__/* .inAlarm */ .t)(states).map((s) => s.name);
    if (!missing.length && !firing.length)
        return undefined;
    const sentences = [
        missing.length ? `Alarm ${missing.join(', ')} does not exist, so it cannot guard ${use.guarding}.` : '',
        firing.length ? `Alarm ${firing.join(', ')} is in ALARM now, so ${use.firingConsequence}.` : '',
    ].filter(Boolean);
    const hints = [missing.length ? use.missingHint : '', firing.length ? use.firingHint : ''].filter(Boolean);
    return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${sentences.join(' ')} Nothing changed.`, hints.join(' '));
}
/**
 * The check before anything changes: reads the named alarms (one DescribeAlarms per 100) and throws a
 * ModelshipError naming every missing alarm and every alarm already in ALARM. Returns the states, so a
 * caller can reuse them (for plan warnings, say) without asking CloudWatch again.
 */
async function checkAlarmsUsable(ports, names, use) {
    if (!names.length)
        return [];
    const states = await (0,_alarmStates__WEBPACK_IMPORTED_MODULE_0__/* .alarmStates */ .c)(ports, names);
    const problem = unusableAlarmsError(states, use);
    if (problem)
        throw problem;
    return states;
}


/***/ }),

/***/ 8996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ alarmStates),
/* harmony export */   t: () => (/* binding */ inAlarm)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4085);

/** DescribeAlarms takes at most 100 names a call. */
const NAMES_PER_CALL = 100;
/** Current states of the named alarms; names that do not exist come back with state `MISSING`. */
async function alarmStates(ports, names) {
    const found = new Map();
    for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
        const page = await ports.cloudwatch.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__/* .DescribeAlarmsCommand */ .zWD({ AlarmNames: names.slice(i, i + NAMES_PER_CALL) }));
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
const inAlarm = (states) => states.filter((s) => s.state === 'ALARM');


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
