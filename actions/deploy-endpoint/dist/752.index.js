export const id = 752;
export const ids = [752];
export const modules = {

/***/ 752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSageMakerStep: () => (/* binding */ runSageMakerStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-application-auto-scaling/dist-cjs/index.js
var dist_cjs = __webpack_require__(1491);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
// EXTERNAL MODULE: ./shared/src/pullRequestCommenter.ts + 1 modules
var pullRequestCommenter = __webpack_require__(863);
// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./actions/deploy-endpoint/src/deployContext.ts + 1 modules
var deployContext = __webpack_require__(9484);
// EXTERNAL MODULE: ./shared/src/alarmStates.ts
var alarmStates = __webpack_require__(8996);
// EXTERNAL MODULE: ./shared/src/transientAwsError.ts
var transientAwsError = __webpack_require__(8192);
;// CONCATENATED MODULE: ./shared/src/alarmWatch.ts


/** How often the alarms are read while the action itself guards a bake or a rollback window. */
const ALARM_POLL_MS = 2_000;
/**
 * Reads the alarms every ALARM_POLL_MS for `durationMs` (once at least, even for 0) and ends at the
 * first alarm in ALARM, at a cancel, or when the time is up. With no alarms it only waits.
 */
async function watchAlarmsFor(ports, alarms, durationMs) {
    const end = ports.clock.now() + durationMs;
    const reads = new transientAwsError/* TransientReadTolerance */.Kc(`DescribeAlarms on ${alarms.join(', ')}`);
    for (;;) {
        // A throttled read is no news: nothing fired as far as this poll can tell.
        const states = alarms.length ? await reads.read(() => (0,alarmStates/* alarmStates */.c)(ports, [...alarms])) : [];
        const fired = (0,alarmStates/* inAlarm */.t)(states ?? []).map((a) => a.name);
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

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/autoScalingRegistration.ts


/** Registers the variant for target tracking on invocations per instance, and any scheduled capacity. */
async function registerAutoScaling(ports, target, settings) {
    const scope = variantScalingScope(target.endpointName, target.variantName);
    await ports.autoscaling.send(new dist_cjs/* RegisterScalableTargetCommand */.Jr({ ...scope, MinCapacity: settings.min, MaxCapacity: settings.max }));
    if (settings.targetInvocationsPerInstance) {
        await ports.autoscaling.send(new dist_cjs/* PutScalingPolicyCommand */.OJ({
            ...scope,
            PolicyName: `${target.endpointName}-invocations`,
            PolicyType: 'TargetTrackingScaling',
            TargetTrackingScalingPolicyConfiguration: {
                TargetValue: settings.targetInvocationsPerInstance,
                PredefinedMetricSpecification: { PredefinedMetricType: 'SageMakerVariantInvocationsPerInstance' },
            },
        }));
    }
    for (const [index, entry] of (settings.schedule ?? []).entries()) {
        await ports.autoscaling.send(new dist_cjs/* PutScheduledActionCommand */.cx({
            ...scope,
            ScheduledActionName: `${target.endpointName}-schedule-${index + 1}`,
            Schedule: String(entry.schedule),
            ScalableTargetAction: { MinCapacity: Number(entry.min), MaxCapacity: Number(entry.max) },
        }));
    }
    ports.logger.info(`Auto scaling of ${scope.ResourceId}: ${settings.min} to ${settings.max} instances.`);
}

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
        this.reads = new transientAwsError/* TransientReadTolerance */.Kc(`DescribeAlarms on ${names.join(', ')}`);
    }
    get watching() {
        return this.names.length > 0;
    }
    /** The alarms in ALARM at the last read. */
    get inAlarmNow() {
        return (0,alarmStates/* inAlarm */.t)(this.current).map((a) => a.name);
    }
    get firedAlarms() {
        return [...this.fired.values()];
    }
    /** Reads the alarms (nothing to read without any); true when the set in ALARM changed since the last read. */
    async read(nowMs) {
        if (!this.watching)
            return false;
        const states = await this.reads.read(() => (0,alarmStates/* alarmStates */.c)(this.ports, [...this.names]));
        // A throttled read tells nothing new: the states stay those of the last read.
        if (!states)
            return false;
        this.current = states;
        for (const alarm of (0,alarmStates/* inAlarm */.t)(this.current))
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
    const describes = new transientAwsError/* TransientReadTolerance */.Kc(`DescribeEndpoint on ${request.endpointName}`);
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

// EXTERNAL MODULE: ./actions/deploy-endpoint/src/deployRequest.ts
var deployRequest = __webpack_require__(9395);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/endpointWatch.ts


/**
 * Follows the endpoint until its create or update ends: the one wait of deploy-endpoint. Progress lines
 * count from the deployment's start, so the elapsed time goes on across steps.
 */
function watchEndpoint(ports, request, watch) {
    return watchEndpointUpdate(ports, {
        endpointName: (0,deployRequest/* endpointNameOf */.iP)(request),
        requestedConfig: watch.requestedConfig,
        guardingAlarms: watch.guardingAlarms ?? [],
        plannedShares: watch.plannedShares ?? [100],
        newVariantName: watch.newVariantName,
        startedAtMs: request.startedAtMs,
        deadlineMs: watch.deadlineMs ?? (0,deployRequest/* deadlineOf */.G0)(request),
        plan: watch.bakeSeconds === undefined ? {} : { bakeMs: watch.bakeSeconds * 1000 },
    });
}
/** True when the watch saw the endpoint InService on the requested config. */
const reachedRequestedConfig = (watched) => watched.kind === 'finished' && watched.outcome.kind === 'deployed';
/** Why a watch did not end on the requested config, in words. */
function whyNotReached(watched, requestedConfig) {
    return watched.kind === 'finished' && 'reason' in watched.outcome
        ? watched.outcome.reason
        : `endpoint did not reach ${requestedConfig} (${watched.kind})`;
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/afterShift.ts





/**
 * After the shift: the rollback window on a deployed update, auto scaling registered on a deployed
 * endpoint, and the threshold alarms removed unless keep-alarms. Returns the final outcome.
 */
async function afterShift(ports, request, target, planned, shifted) {
    if (shifted.status === 'in-progress')
        return shifted;
    let outcome = shifted;
    if (outcome.status === 'deployed') {
        const windowed = await watchRollbackWindow(ports, request, target, planned.guardingAlarms);
        if (windowed)
            outcome = { ...outcome, ...windowed, status: 'rolled-back' };
    }
    const { inputs } = request;
    if (outcome.status === 'deployed' &&
        inputs['autoscaling-min'] !== undefined &&
        inputs['autoscaling-max'] !== undefined) {
        await registerAutoScaling(ports, { endpointName: target.endpointName, variantName: inputs['variant-name'] }, {
            min: inputs['autoscaling-min'],
            max: inputs['autoscaling-max'],
            targetInvocationsPerInstance: inputs['autoscaling-target-invocations'],
            schedule: inputs['autoscaling-schedule'],
        });
    }
    if (!inputs['keep-alarms'] && planned.thresholdAlarms.length) {
        await ports.cloudwatch.send(new client_cloudwatch_dist_cjs/* DeleteAlarmsCommand */.nds({ AlarmNames: planned.thresholdAlarms.map((a) => a.AlarmName) }));
    }
    return outcome;
}
/**
 * After all traffic moved, the alarms keep watching for `rollback-window-seconds`: a regression that
 * shows only under full traffic still rolls back, here by the action, to the previous config.
 */
async function watchRollbackWindow(ports, request, target, alarms) {
    const seconds = request.inputs['rollback-window-seconds'];
    const previousConfig = target.previousEndpointConfigName;
    if (seconds <= 0 || !target.existing || !previousConfig)
        return undefined;
    if (!alarms.length) {
        ports.logger.warning('rollback-window-seconds is set but no alarms guard the deployment: there is nothing to watch.');
        return undefined;
    }
    ports.logger.info(`Watching ${alarms.join(', ')} for ${seconds} s before calling the deployment done.`);
    const watched = await watchAlarmsFor(ports, alarms, seconds * 1000);
    if (watched.kind !== 'fired')
        return undefined;
    const names = watched.alarms.join(', ');
    ports.logger.error(`Alarm ${names} fired in the rollback window: rolling back to ${previousConfig}.`);
    await ports.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateEndpointCommand */.sU7({ EndpointName: target.endpointName, EndpointConfigName: previousConfig }));
    const back = await watchEndpoint(ports, request, {
        requestedConfig: previousConfig,
        plannedShares: [0],
        deadlineMs: ports.clock.now() + request.inputs['timeout-minutes'] * 60_000,
    });
    const where = reachedRequestedConfig(back)
        ? `the endpoint is back on ${previousConfig}`
        : `the rollback to ${previousConfig} did not complete`;
    return {
        reason: `Alarm ${names} went into ALARM within the rollback window after ${target.endpointConfigName} took all traffic; ${where}.`,
        firedAlarms: watched.alarms,
    };
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/deployResult.ts

/** The report phase: what was deployed, how it ended, and how long it took. */
function deployResultOf(request, target, plan, outcome, nowMs) {
    return {
        endpointArn: target.existing?.EndpointArn,
        endpointConfigName: target.endpointConfigName,
        previousEndpointConfigName: target.previousEndpointConfigName,
        modelName: target.modelName,
        plan,
        firedAlarms: [],
        samples: [],
        ...outcome,
        durationSeconds: (0,duration/* elapsedSeconds */.us)(request.startedAtMs, nowMs),
    };
}

// EXTERNAL MODULE: ./shared/src/deploymentConfig.ts
var src_deploymentConfig = __webpack_require__(8550);
// EXTERNAL MODULE: ./shared/src/trafficPlan.ts
var trafficPlan = __webpack_require__(1949);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/shiftOutcome.ts
/** What a watched create or guardrails update means for the deployment, with the alarms that fired. */
function shiftOutcomeOf(logger, watched, shifting, guardingAlarms) {
    const samples = watched.samples;
    switch (watched.kind) {
        case 'cancelled':
            return {
                status: 'failed',
                firedAlarms: [],
                samples,
                reason: shifting === 'guardrails'
                    ? 'The job was cancelled while waiting. SageMaker stays in charge of the deployment and keeps guarding it with its alarms; follow it in the console or run the rollback action.'
                    : 'The job was cancelled while the endpoint was being created.',
            };
        case 'timed-out':
            return {
                status: 'failed',
                firedAlarms: [],
                samples,
                reason: `The endpoint was still ${watched.snapshot.EndpointStatus} when timeout-minutes ran out; SageMaker goes on with the deployment.`,
            };
        case 'finished':
            return finishedOutcome(logger, watched, guardingAlarms);
    }
}
function finishedOutcome(logger, watched, guardingAlarms) {
    const { outcome, samples } = watched;
    // An alarm may be back to OK by the next poll; SageMaker's FailureReason still names it.
    const reason = 'reason' in outcome ? outcome.reason : '';
    const firedAlarms = [
        ...new Set([
            ...watched.firedAlarms.map((a) => a.name),
            ...guardingAlarms.filter((name) => reason.includes(name)),
        ]),
    ];
    switch (outcome.kind) {
        case 'deployed':
            return { status: 'deployed', firedAlarms, samples };
        case 'rolled-back':
        case 'failed':
            return { status: outcome.kind, reason: outcome.reason, firedAlarms, samples };
        default:
            logger.debug(`unexpected outcome ${JSON.stringify(outcome)}`);
            return { status: 'failed', reason: 'The deployment ended in an unknown state.', firedAlarms, samples };
    }
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/guardrailsUpdate.ts




/** A new endpoint: created on the new config, then followed until it is InService. */
async function createEndpoint(ports, request, target, tags) {
    const created = await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateEndpointCommand */.fRi({
        EndpointName: target.endpointName,
        EndpointConfigName: target.endpointConfigName,
        Tags: tags,
    }));
    const endpointArn = created.EndpointArn;
    ports.setOutput('endpoint-arn', endpointArn ?? '');
    ports.logger.info(`Creating endpoint ${target.endpointName} on ${target.endpointConfigName}.`);
    if (!request.inputs.wait)
        return { status: 'in-progress', endpointArn, firedAlarms: [], samples: [] };
    const watched = await watchEndpoint(ports, request, { requestedConfig: target.endpointConfigName });
    return { ...shiftOutcomeOf(ports.logger, watched, 'create', []), endpointArn };
}
/**
 * An update SageMaker runs and guards itself (blue/green canary, linear, all at once, or rolling), with
 * auto scaling suspended around an instance-type change; followed until it ends, unless wait is false.
 */
async function updateUnderGuardrails(ports, request, target, planned) {
    const instanceCount = target.configSettings.ProductionVariants?.[0]?.InitialInstanceCount;
    const deploymentConfig = (0,src_deploymentConfig/* toSageMakerDeploymentConfig */.hI)(request.strategy, {
        instanceCount,
        alarms: planned.guardingAlarms,
    });
    const previousVariant = target.previousConfig?.ProductionVariants?.[0];
    const newVariant = target.configSettings.ProductionVariants?.[0];
    const scope = {
        endpointName: target.endpointName,
        variantName: request.inputs['variant-name'],
        instanceTypeChanges: Boolean(previousVariant && newVariant && previousVariant.InstanceType !== newVariant.InstanceType),
    };
    const watched = await withAutoScalingSuspended(ports, scope, async () => {
        if (target.followsInFlight) {
            ports.logger.info(`${target.endpointName} is already updating to ${target.endpointConfigName}, started by an earlier run of this deployment: following that update instead of starting another.`);
        }
        else {
            await ports.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateEndpointCommand */.sU7({
                EndpointName: target.endpointName,
                EndpointConfigName: target.endpointConfigName,
                DeploymentConfig: deploymentConfig,
            }));
            ports.logger.info(updateLine(request, target, planned.guardingAlarms));
        }
        if (!request.inputs.wait)
            return undefined;
        return watchEndpoint(ports, request, {
            requestedConfig: target.endpointConfigName,
            guardingAlarms: planned.guardingAlarms,
            plannedShares: (0,trafficPlan/* greenShares */.o5)(request.strategy, instanceCount),
            bakeSeconds: request.strategy.intervalSeconds,
        });
    });
    if (!watched)
        return { status: 'in-progress', firedAlarms: [], samples: [] };
    return shiftOutcomeOf(ports.logger, watched, 'guardrails', planned.guardingAlarms);
}
function updateLine(request, target, alarms) {
    const guard = alarms.length
        ? `, guarded by ${alarms.join(', ')}`
        : ' (no alarms: nothing can roll it back automatically)';
    return `Updating ${target.endpointName} from ${target.previousEndpointConfigName} to ${target.endpointConfigName} with ${request.strategy.preset} under SageMaker guardrails${guard}.`;
}

// EXTERNAL MODULE: ./shared/src/alarmThresholds.ts
var alarmThresholds = __webpack_require__(2086);
// EXTERNAL MODULE: ./shared/src/alarmPreCheck.ts
var alarmPreCheck = __webpack_require__(5325);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/candidateVariant.ts
/** The new model's variant while it runs beside the old one: the usual name and the new config's suffix. */
function candidateVariantName(variantName, endpointConfigName) {
    return `${variantName}-${endpointConfigName.slice(-14)}`.slice(0, 63);
}

;// CONCATENATED MODULE: ./shared/src/deploymentWarnings.ts


/**
 * Why SageMaker's guardrails would not cover an update between these configs. Such an update still
 * succeeds, but as blue/green all-at-once with no bake, so the alarms never get a chance.
 */
function guardrailExclusions(...shapes) {
    const reasons = new Set();
    for (const shape of shapes) {
        if (!shape)
            continue;
        if (shape.variants.some((v) => v.serverless))
            reasons.add('serverless');
        if (shape.variants.length > 1)
            reasons.add('multi-variant');
        if (shape.async)
            reasons.add('asynchronous inference');
        const inf1 = shape.variants.find((v) => v.instanceType?.startsWith('ml.inf1.'));
        if (inf1)
            reasons.add(`Inf1 instances (${inf1.instanceType})`);
        if (shape.marketplace)
            reasons.add('AWS Marketplace model');
    }
    return [...reasons];
}
const rollingExcluded = (shape) => !!shape && (shape.variants.length > 1 || shape.variants.some((v) => v.serverless));
/** Plan mode's list of what would go wrong or differ from what the user asked; deploy mode prints it too. */
function deploymentWarnings(input) {
    const { strategy, trafficShifting, current, next } = input;
    const warnings = [];
    const rollingRefused = strategy.kind === 'rolling' && (rollingExcluded(current) || rollingExcluded(next));
    if (rollingRefused) {
        warnings.push({
            code: 'rolling-not-allowed',
            severity: 'error',
            message: `${strategy.preset} is a rolling update, which SageMaker does not allow for serverless or multi-variant endpoints; use Canary or Linear with traffic-shifting weights.`,
        });
    }
    if (!current) {
        warnings.push({
            code: 'new-endpoint',
            severity: 'info',
            message: `The endpoint is created, not updated: ${strategy.preset} applies from the next update.`,
        });
        return warnings;
    }
    if (trafficShifting === 'guardrails') {
        const reasons = guardrailExclusions(current, next);
        const shifts = strategy.kind !== 'all-at-once' || strategy.intervalSeconds > 0;
        if (reasons.length && shifts && !rollingRefused) {
            warnings.push({
                code: 'guardrails-excluded',
                severity: 'warning',
                message: `SageMaker's guardrails do not cover this endpoint (${reasons.join(', ')}): ${strategy.preset} would silently run all at once, with no bake and no alarm rollback. Use traffic-shifting weights (auto chooses it).`,
            });
        }
        const [before] = current.variants;
        const [after] = next.variants;
        if (current.variants.length === 1 && next.variants.length === 1 && before && after) {
            if (before.variantName !== after.variantName) {
                warnings.push({
                    code: 'variant-renamed',
                    severity: 'warning',
                    message: `The variant is renamed from ${before.variantName} to ${after.variantName}: guardrails need the new config to keep the variant name, and alarms on VariantName=${before.variantName} would not watch the new fleet. Keep variant-name ${before.variantName}.`,
                });
            }
            const rounded = roundingNote(strategy, after.instanceCount);
            if (rounded)
                warnings.push({ code: 'steps-rounded', severity: 'info', message: rounded });
        }
    }
    warnings.push(...alarmWarnings(input));
    return warnings;
}
function roundingNote(strategy, instanceCount) {
    if (strategy.kind === 'all-at-once' || instanceCount === undefined)
        return undefined;
    const exact = (0,trafficPlan/* greenShares */.o5)(strategy, instanceCount);
    const nominal = (0,trafficPlan/* greenShares */.o5)(strategy);
    if (exact.length === nominal.length && exact.every((share, i) => share === nominal[i]))
        return undefined;
    const [first] = exact;
    return strategy.kind === 'canary'
        ? `On ${instanceCount} instances the canary is whole instances: it takes ${first}% of traffic, not ${strategy.percent}%.`
        : `On ${instanceCount} instances each step is whole instances: ${strategy.preset} moves traffic in ${exact.length} steps (${exact.join('%, ')}%), not ${nominal.length}.`;
}
function alarmWarnings({ strategy, trafficShifting, alarms }) {
    const warnings = [];
    if (alarms.length === 0) {
        warnings.push({
            code: 'no-alarms',
            severity: 'warning',
            message: trafficShifting === 'guardrails'
                ? 'No alarms guard the deployment: SageMaker rolls back only when an alarm fires. Set alarms or alarm-thresholds.'
                : 'No alarms guard the deployment: the action can only roll back on errors. Set alarms or alarm-thresholds.',
        });
        return warnings;
    }
    if (trafficShifting === 'guardrails' && alarms.length > src_deploymentConfig/* MAX_GUARDING_ALARMS */.kD) {
        warnings.push({
            code: 'too-many-alarms',
            severity: 'error',
            message: `SageMaker guards a deployment with at most ${src_deploymentConfig/* MAX_GUARDING_ALARMS */.kD} alarms; there are ${alarms.length} (named and alarm-thresholds together).`,
        });
    }
    const firing = alarms.filter((a) => a.state === 'ALARM').map((a) => a.name);
    if (firing.length) {
        warnings.push({
            code: 'alarm-in-alarm',
            severity: 'error',
            message: `Already in ALARM before the update: ${firing.join(', ')}. The deployment stops before anything changes; fix the endpoint or the alarm first.`,
        });
    }
    for (const alarm of alarms) {
        if (alarm.periodSeconds === undefined || alarm.evaluationPeriods === undefined)
            continue;
        const window = alarm.periodSeconds * alarm.evaluationPeriods;
        if (strategy.intervalSeconds < window) {
            warnings.push({
                code: 'bake-shorter-than-alarm',
                severity: 'warning',
                message: `Alarm ${alarm.name} needs ${window} s (${alarm.evaluationPeriods} × ${alarm.periodSeconds} s) to fire, longer than the ${strategy.intervalSeconds} s bake of ${strategy.preset}: it could never stop a step. Bake at least ${window} s.`,
            });
        }
    }
    return warnings;
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/deploymentPlan.ts

function shapeOf(config) {
    if (!config)
        return undefined;
    return {
        variants: (config.ProductionVariants ?? []).map((v) => ({
            variantName: v.VariantName ?? '',
            instanceType: v.InstanceType,
            instanceCount: v.InitialInstanceCount,
            serverless: Boolean(v.ServerlessConfig),
        })),
        async: Boolean(config.AsyncInferenceConfig),
    };
}
function planDeployment(facts) {
    const variant = facts.newConfig.ProductionVariants?.[0];
    const previousVariant = facts.previousConfig?.ProductionVariants?.[0];
    const changes = [];
    const change = (what, from, to) => {
        if (String(from ?? '-') !== String(to ?? '-'))
            changes.push({ what, from: String(from ?? '-'), to: String(to ?? '-') });
    };
    const images = facts.containers.map((c) => c.Image ?? '?');
    if (facts.previousConfig) {
        change('model', previousVariant?.ModelName, variant?.ModelName);
        change('image', facts.previousContainers?.map((c) => c.Image).join(', '), images.join(', '));
        change('model data', facts.previousContainers?.map((c) => c.ModelDataUrl).join(', '), facts.containers.map((c) => c.ModelDataUrl).join(', '));
        change('instance type', previousVariant?.InstanceType, variant?.InstanceType);
        change('instance count', previousVariant?.InitialInstanceCount, variant?.InitialInstanceCount);
    }
    const shifts = facts.shifting === 'guardrails' || facts.shifting === 'weights';
    const timeline = shifts
        ? (0,trafficPlan/* deploymentTimeline */.lw)(facts.strategy, {
            trafficShifting: facts.shifting,
            instanceCount: variant?.InitialInstanceCount,
            rollbackWindowSeconds: facts.rollbackWindowSeconds,
        })
        : undefined;
    const found = deploymentWarnings({
        strategy: facts.strategy,
        trafficShifting: facts.shifting === 'weights' ? 'weights' : 'guardrails',
        current: shapeOf(facts.previousConfig),
        next: shapeOf(facts.newConfig),
        alarms: facts.alarms,
    });
    return {
        endpointName: facts.endpointName,
        action: facts.shifting === 'create' ? 'create' : facts.shifting === 'unchanged' ? 'no-change' : 'update',
        shifting: facts.shifting,
        strategy: facts.strategy.preset,
        model: {
            name: facts.modelName,
            images,
            modelDataUrls: facts.containers.map((c) => c.ModelDataUrl ?? '-'),
        },
        endpointConfigName: facts.endpointConfigName,
        previousEndpointConfigName: facts.previousConfig?.EndpointConfigName,
        changes,
        steps: (timeline?.steps ?? []).map((s) => ({
            newFleetPercent: s.greenTrafficPercent,
            bakeSeconds: s.bakeSeconds,
            startsAtSeconds: s.startSeconds,
        })),
        expectedDurationSeconds: timeline?.totalSeconds ?? 0,
        doubleFleetSeconds: timeline?.doubleFleetSeconds ?? 0,
        warnings: found.filter((w) => w.severity !== 'info').map((w) => w.message),
        notes: found.filter((w) => w.severity === 'info').map((w) => w.message),
    };
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/planAlarmsAndTraffic.ts




/** Plan: what would change, the expected course, and warnings; reads alarms, changes nothing. */
async function planAlarmsAndTraffic(ports, request, target) {
    const thresholdAlarms = thresholdAlarmsFor(request, target);
    const namedAlarms = request.inputs.alarms ?? [];
    const namedStates = namedAlarms.length ? await (0,alarmStates/* alarmStates */.c)(ports, namedAlarms) : [];
    const report = planDeployment({
        endpointName: target.endpointName,
        modelName: target.modelName,
        containers: target.containers,
        endpointConfigName: target.endpointConfigName,
        newConfig: target.configSettings,
        previousConfig: target.previousConfig,
        previousContainers: target.previousContainers,
        strategy: request.strategy,
        shifting: target.shifting,
        alarms: watchedAlarms(namedStates, thresholdAlarms),
        rollbackWindowSeconds: request.inputs['rollback-window-seconds'],
    });
    ports.logger.info(planLine(report));
    for (const warning of report.warnings)
        ports.logger.warning(warning);
    for (const missing of namedStates.filter((a) => a.state === 'MISSING')) {
        report.warnings.push(`Alarm ${missing.name} does not exist: it cannot guard the deployment.`);
    }
    return {
        report,
        namedStates,
        thresholdAlarms,
        guardingAlarms: [...namedAlarms, ...thresholdAlarms.map((a) => a.AlarmName)],
    };
}
function planLine(report) {
    const steps = report.steps.map((s) => `${s.newFleetPercent}%`).join(' → ');
    const changes = report.changes.map((c) => `${c.what} ${c.from} → ${c.to}`).join('; ');
    return `Plan: ${report.action} with ${report.strategy}${steps ? `, traffic on the new fleet ${steps}` : ''}, about ${(0,duration/* formatDuration */.a3)(report.expectedDurationSeconds)}${changes ? `; ${changes}` : ''}.`;
}
/** Check: every named alarm exists and none is in ALARM already; else nothing changes. */
function refuseUnusableAlarms(planned) {
    const unusable = (0,alarmPreCheck/* unusableAlarmsError */.w)(planned.namedStates, {
        guarding: 'the deployment',
        firingConsequence: 'a deployment guarded by it would roll back at once, and it was not started',
        missingHint: 'Create the alarm first, or use alarm-thresholds to let the action create alarms for the new fleet.',
        firingHint: 'Find out why the alarm fires on the current endpoint first.',
    });
    if (unusable)
        throw unusable;
}
/** Guardrails tell the new fleet apart by its EndpointConfigName dimension; weights mode by its variant. */
function thresholdAlarmsFor(request, target) {
    if (!request.thresholds.length)
        return [];
    const variantName = request.inputs['variant-name'];
    const scope = target.shifting === 'weights'
        ? {
            endpointName: target.endpointName,
            variantName: candidateVariantName(variantName, target.endpointConfigName),
        }
        : { endpointName: target.endpointName, variantName, endpointConfigName: target.endpointConfigName };
    return (0,alarmThresholds/* thresholdAlarmInputs */.mI)(request.thresholds, scope);
}
/** One DescribeAlarms answers both the pre-checks and the plan's bake-versus-alarm warnings. */
function watchedAlarms(namedStates, thresholdAlarms) {
    return [
        ...namedStates
            .filter((a) => a.state !== 'MISSING')
            .map((a) => ({
            name: a.name,
            state: a.state,
            periodSeconds: a.periodSeconds,
            evaluationPeriods: a.evaluationPeriods,
        })),
        ...thresholdAlarms.map((a) => ({
            name: a.AlarmName,
            periodSeconds: a.Period,
            evaluationPeriods: a.EvaluationPeriods,
        })),
    ];
}

// EXTERNAL MODULE: ./shared/src/provenance.ts
var provenance = __webpack_require__(8992);
// EXTERNAL MODULE: ./shared/src/sagemakerResources.ts
var sagemakerResources = __webpack_require__(1802);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/provisionResources.ts



/**
 * Provision: the model, the endpoint config and the threshold alarms, each tagged with where it came
 * from; what an earlier run created is reused. Returns the tags, for what the shift creates.
 */
async function provisionResources(ports, request, target, planned) {
    ports.setOutput('model-name', target.modelName);
    ports.setOutput('endpoint-config-name', target.endpointConfigName);
    ports.setOutput('previous-endpoint-config-name', target.previousEndpointConfigName ?? '');
    const tags = (0,provenance/* provenanceTags */.Xy)({
        ...request.provenance,
        modelPackageArn: request.source.kind === 'package' ? request.source.arn : undefined,
        previousEndpointConfig: target.previousEndpointConfigName,
    }, request.inputs.tags ?? {});
    if (request.source.kind !== 'model' && !(await (0,sagemakerResources/* modelExists */.kY)(ports, target.modelName))) {
        await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateModelCommand */.TIE({ ModelName: target.modelName, ...target.modelSettings, Tags: tags }));
        ports.logger.info(`Created model ${target.modelName}.`);
    }
    if (!(await (0,sagemakerResources/* findEndpointConfig */.NW)(ports, target.endpointConfigName))) {
        await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateEndpointConfigCommand */.dH8({
            EndpointConfigName: target.endpointConfigName,
            ...target.configSettings,
            Tags: tags,
        }));
        ports.logger.info(`Created endpoint config ${target.endpointConfigName}.`);
    }
    for (const alarm of planned.thresholdAlarms) {
        await ports.cloudwatch.send(new client_cloudwatch_dist_cjs/* PutMetricAlarmCommand */.AZU({ ...alarm, Tags: tags }));
        ports.logger.info(`Alarm ${alarm.AlarmName}: ${alarm.AlarmDescription}`);
    }
    return tags;
}

// EXTERNAL MODULE: ./actions/deploy-endpoint/src/resolveDeployment.ts + 1 modules
var resolveDeployment = __webpack_require__(2565);
// EXTERNAL MODULE: ./shared/src/resourceNames.ts
var resourceNames = __webpack_require__(83);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/weightShifting.ts





const CANCELLED = {
    why: 'The job was cancelled during the traffic shift.',
    status: 'failed',
    firedAlarms: [],
};
/**
 * Client-side traffic shifting for endpoints SageMaker's guardrails do not cover (serverless, async,
 * several variants): the new model runs as a second variant beside the old one, the action moves
 * UpdateEndpointWeightsAndCapacities step by step watching the alarms, and on an alarm, an error or a
 * cancel it puts all traffic back on the old variant before leaving.
 */
async function shiftWeights(ports, request, target, planned, tags) {
    const shift = weightShiftOf(request, target, planned);
    const samples = [];
    const added = ports.signal.aborted
        ? { endpointMoved: false, failure: 'cancelled' }
        : await addCandidate(ports, request, shift, tags, samples);
    if (added.failure && ports.signal.aborted)
        return backOutCandidate(ports, request, shift, added, samples);
    if (added.failure) {
        const reason = `Could not add the new variant: ${added.failure}`;
        return { status: 'failed', reason, firedAlarms: [], samples };
    }
    for (const step of (0,trafficPlan/* weightSteps */.wF)(request.strategy)) {
        const stop = await runWeightStep(ports, request, shift, step, samples);
        if (stop)
            return restoreOldWeights(ports, request, shift, stop, samples);
    }
    return settleOnNewConfig(ports, request, target.endpointConfigName, samples);
}
function weightShiftOf(request, target, planned) {
    const candidateName = candidateVariantName(request.inputs['variant-name'], target.endpointConfigName);
    const newVariant = target.configSettings.ProductionVariants?.[0];
    return {
        previousConfigName: target.previousEndpointConfigName,
        oldVariants: target.previousConfig?.ProductionVariants ?? [],
        candidate: { ...newVariant, VariantName: candidateName, InitialVariantWeight: 0 },
        candidateName,
        transitionConfigName: (0,resourceNames/* deterministicName */.Ym)(target.endpointName, request.provenance.gitSha ?? '0000000', {
            transition: target.endpointConfigName,
        }),
        guardingAlarms: planned.guardingAlarms,
        asyncInferenceConfig: target.previousConfig?.AsyncInferenceConfig,
    };
}
const oldNamesOf = (shift) => shift.oldVariants.map((v) => v.VariantName);
/** Waits for the endpoint to settle on `watch.requestedConfig`; returns why it did not, if it did not. */
async function settle(ports, request, watch, samples) {
    const watched = await watchEndpoint(ports, request, watch);
    samples.push(...watched.samples);
    return reachedRequestedConfig(watched) ? undefined : whyNotReached(watched, watch.requestedConfig);
}
/** The transition config (old variants and the new one at weight 0), and the endpoint moved onto it. */
async function addCandidate(ports, request, shift, tags, samples) {
    const endpointName = request.inputs['endpoint-name'];
    if (!(await (0,sagemakerResources/* findEndpointConfig */.NW)(ports, shift.transitionConfigName))) {
        await ports.sagemaker.send(new client_sagemaker_dist_cjs/* CreateEndpointConfigCommand */.dH8({
            EndpointConfigName: shift.transitionConfigName,
            ProductionVariants: [...shift.oldVariants, shift.candidate],
            AsyncInferenceConfig: shift.asyncInferenceConfig,
            Tags: tags,
        }));
    }
    // A cancel that came while the config was created must not move the endpoint.
    if (ports.signal.aborted)
        return { endpointMoved: false, failure: 'cancelled' };
    ports.logger.info(`Adding the new model as variant ${shift.candidateName} beside ${oldNamesOf(shift).join(', ')} (config ${shift.transitionConfigName}).`);
    await ports.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateEndpointCommand */.sU7({ EndpointName: endpointName, EndpointConfigName: shift.transitionConfigName }));
    const failure = await settle(ports, request, { requestedConfig: shift.transitionConfigName, newVariantName: shift.candidateName, plannedShares: [0] }, samples);
    return { endpointMoved: true, failure };
}
/**
 * A cancel before any traffic moved: when the endpoint was already moving onto the transition config,
 * that update is let finish and the endpoint is put back on its config; either way the step says so.
 */
async function backOutCandidate(ports, request, shift, added, samples) {
    const previous = shift.previousConfigName;
    const left = `Left unused in SageMaker: endpoint config ${shift.transitionConfigName} and the new model.`;
    const cancelled = (outcome) => ({
        status: 'failed',
        reason: `The job was cancelled before any traffic moved; ${outcome}. ${left}`,
        firedAlarms: [],
        samples,
    });
    if (!added.endpointMoved)
        return cancelled(`the endpoint was not changed and serves ${previous}`);
    ports.logger.error(`Cancelled while the new variant was being added: putting the endpoint back on ${previous}.`);
    const steady = { ...ports, signal: new AbortController().signal };
    const endpointName = request.inputs['endpoint-name'];
    const watch = { newVariantName: shift.candidateName, plannedShares: [0] };
    try {
        // SageMaker takes no second update while one runs, and puts a failed one back by itself.
        const notMoved = await settle(steady, request, { ...watch, requestedConfig: shift.transitionConfigName }, samples);
        if (notMoved)
            return cancelled(`the endpoint stayed on ${previous}`);
        await steady.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateEndpointCommand */.sU7({ EndpointName: endpointName, EndpointConfigName: previous }));
        const failed = await settle(steady, request, { ...watch, requestedConfig: previous }, samples);
        if (failed)
            throw new Error(failed);
    }
    catch (err) {
        return cancelled(`putting the endpoint back on ${previous} failed: ${err.message}`);
    }
    return cancelled(`the endpoint is back on ${previous}`);
}
/** One step: the weights moved, then a bake with the alarms watched. Returns why it stopped, if it did. */
async function runWeightStep(ports, request, shift, step, samples) {
    if (ports.signal.aborted)
        return CANCELLED;
    try {
        await setWeights(ports, request, shift, step.newWeightPercent, samples);
    }
    catch (err) {
        if (ports.signal.aborted)
            return CANCELLED;
        return { why: `Shifting weights failed: ${err.message}.`, status: 'failed', firedAlarms: [] };
    }
    const bake = await watchAlarmsFor(ports, shift.guardingAlarms, step.bakeSeconds * 1000);
    if (bake.kind === 'cancelled')
        return CANCELLED;
    if (bake.kind === 'fired') {
        return {
            why: `Alarm ${bake.alarms.join(', ')} went into ALARM at ${step.newWeightPercent}% of traffic.`,
            status: 'rolled-back',
            firedAlarms: bake.alarms,
        };
    }
    return undefined;
}
async function setWeights(ports, request, shift, newPercent, samples) {
    const oldNames = oldNamesOf(shift);
    await ports.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateEndpointWeightsAndCapacitiesCommand */.GO9({
        EndpointName: request.inputs['endpoint-name'],
        DesiredWeightsAndCapacities: [
            ...oldNames.map((VariantName) => ({
                VariantName,
                DesiredWeight: (100 - newPercent) / Math.max(1, oldNames.length),
            })),
            { VariantName: shift.candidateName, DesiredWeight: newPercent },
        ],
    }));
    const failed = await settle(ports, request, { requestedConfig: shift.transitionConfigName, newVariantName: shift.candidateName }, samples);
    if (failed)
        throw new Error(failed);
    ports.logger.info(`Weights: ${newPercent}% of traffic on the new model (${shift.candidateName}), ${100 - newPercent}% on ${oldNames.join(', ')}.`);
}
/** Puts every request back on the old variants, then the endpoint back on its old config. */
async function restoreOldWeights(ports, request, shift, stop, samples) {
    ports.logger.error(`${stop.why} Restoring the previous weights and config ${shift.previousConfigName}.`);
    // A cancelled job still has a moment before the runner kills it: restore without the abort signal.
    const steady = { ...ports, signal: new AbortController().signal };
    const endpointName = request.inputs['endpoint-name'];
    const oldNames = oldNamesOf(shift);
    const watch = { newVariantName: shift.candidateName, plannedShares: [0] };
    try {
        await steady.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateEndpointWeightsAndCapacitiesCommand */.GO9({
            EndpointName: endpointName,
            DesiredWeightsAndCapacities: [
                ...oldNames.map((VariantName) => ({ VariantName, DesiredWeight: 1 })),
                { VariantName: shift.candidateName, DesiredWeight: 0 },
            ],
        }));
        await settle(steady, request, { ...watch, requestedConfig: shift.transitionConfigName }, samples);
        ports.logger.info(`All traffic is back on ${oldNames.join(', ')}.`);
        await steady.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateEndpointCommand */.sU7({ EndpointName: endpointName, EndpointConfigName: shift.previousConfigName }));
        await settle(steady, request, { ...watch, requestedConfig: shift.previousConfigName }, samples);
    }
    catch (err) {
        return {
            status: 'failed',
            reason: `${stop.why} Restoring the previous weights failed too: ${err.message}`,
            firedAlarms: stop.firedAlarms,
            samples,
        };
    }
    return { status: stop.status, reason: stop.why, firedAlarms: stop.firedAlarms, samples };
}
/** All traffic is on the new model: the endpoint settles on the config that has only it, under its usual name. */
async function settleOnNewConfig(ports, request, endpointConfigName, samples) {
    await ports.sagemaker.send(new client_sagemaker_dist_cjs/* UpdateEndpointCommand */.sU7({
        EndpointName: request.inputs['endpoint-name'],
        EndpointConfigName: endpointConfigName,
    }));
    const failed = await settle(ports, request, {
        requestedConfig: endpointConfigName,
        newVariantName: candidateVariantName(request.inputs['variant-name'], endpointConfigName),
    }, samples);
    if (failed) {
        return {
            status: 'failed',
            reason: `The final switch to ${endpointConfigName} failed: ${failed}`,
            firedAlarms: [],
            samples,
        };
    }
    return { status: 'deployed', firedAlarms: [], samples };
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/deployEndpoint.ts







/**
 * Creates or updates the endpoint and reports the truth about the outcome: success is InService on the
 * requested config, anything else (rollback, failure, timeout) is a failure with its reason.
 * resolve → plan → check → provision → shift → after → report.
 */
async function deployEndpoint(ports, request) {
    const { logger } = ports;
    const target = await logger.group('Resolve the model and the endpoint', () => (0,resolveDeployment/* resolveDeployment */.M)(ports, request));
    const planned = await logger.group('Plan', () => planAlarmsAndTraffic(ports, request, target));
    if (request.inputs.mode === 'plan') {
        return deployResultOf(request, target, planned.report, { status: 'planned' }, ports.clock.now());
    }
    refuseUnusableAlarms(planned);
    if (target.shifting === 'unchanged') {
        logger.info(`Endpoint ${target.endpointName} already serves ${target.endpointConfigName}: nothing to deploy.`);
        return deployResultOf(request, target, planned.report, { status: 'deployed' }, ports.clock.now());
    }
    const tags = await logger.group('Provision', () => provisionResources(ports, request, target, planned));
    const shifted = await logger.group(`Shift traffic (${target.shifting})`, () => shiftTraffic(ports, request, target, planned, tags));
    const outcome = await logger.group('After the shift', () => afterShift(ports, request, target, planned, shifted));
    return deployResultOf(request, target, planned.report, outcome, ports.clock.now());
}
/** Shift: create the endpoint, or update it under SageMaker's guardrails, or move the weights ourselves. */
function shiftTraffic(ports, request, target, planned, tags) {
    switch (target.shifting) {
        case 'create':
            return createEndpoint(ports, request, target, tags);
        case 'weights':
            return shiftWeights(ports, request, target, planned, tags);
        default:
            return updateUnderGuardrails(ports, request, target, planned);
    }
}

// EXTERNAL MODULE: ./shared/src/markdown.ts
var markdown = __webpack_require__(1229);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/deploymentSummary.ts

/**
 * A Mermaid xychart of the new fleet's share of traffic over the deployment, with a line marking
 * when any guarding alarm was in ALARM, so the summary shows at a glance where a rollback came from.
 */
function trafficChart(samples) {
    if (samples.length === 0)
        return '';
    // One point per distinct second keeps the chart readable for long deployments.
    const bySecond = new Map();
    for (const sample of samples)
        bySecond.set(Math.round(sample.atMs / 1000), sample);
    const points = [...bySecond.entries()].sort(([a], [b]) => a - b);
    const labels = points.map(([second]) => `"${second}s"`).join(', ');
    const shares = points.map(([, s]) => s.newFleetPercent).join(', ');
    const alarms = points.map(([, s]) => (s.alarmsInAlarm.length ? 100 : 0)).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        '  title "New fleet share of traffic (%), and alarms in ALARM"',
        `  x-axis [${labels}]`,
        '  y-axis "percent" 0 --> 100',
        `  line [${shares}]`,
        `  bar [${alarms}]`,
        '```',
    ].join('\n');
}
const STATUS_LINE = {
    deployed: '✅ Deployed',
    'rolled-back': '❌ Rolled back',
    failed: '❌ Failed',
    planned: '📝 Planned (nothing changed)',
    'in-progress': '⏳ Started (not waited for)',
};
/** The job summary: outcome first, then what changed, how traffic moved, and where to look. */
function deploymentSummaryMarkdown(result, region) {
    const plan = result.plan;
    const lines = [`## ${STATUS_LINE[result.status] ?? result.status}: endpoint \`${plan.endpointName}\``, ''];
    if (result.reason)
        lines.push(`> ${result.reason}`, '');
    lines.push((0,markdown/* markdownTable */.Qj)(['', ''], [
        ['Action', plan.action],
        ['Strategy', `${plan.strategy} (${plan.shifting})`],
        ['Endpoint config', `${plan.previousEndpointConfigName ?? '-'} → ${plan.endpointConfigName}`],
        ['Model', `${plan.model.name} (${plan.model.images.join(', ')})`],
        ['Duration', `${result.durationSeconds} s`],
        ...(result.firedAlarms.length ? [['Alarms that fired', result.firedAlarms.join(', ')]] : []),
    ]), '');
    if (plan.changes.length) {
        lines.push('### What changes', '', (0,markdown/* markdownTable */.Qj)(['What', 'From', 'To'], plan.changes.map((c) => [c.what, c.from, c.to])), '');
    }
    if (plan.steps.length) {
        lines.push('### Traffic steps', '', (0,markdown/* markdownTable */.Qj)(['Step', 'New fleet share', 'Bake', 'Starts at'], plan.steps.map((s, i) => [
            String(i + 1),
            `${s.newFleetPercent}%`,
            `${s.bakeSeconds} s`,
            `+${s.startsAtSeconds} s`,
        ])), '', `Expected duration of the traffic shift: ${plan.expectedDurationSeconds} s; both fleets run for ${plan.doubleFleetSeconds} s.`, '');
    }
    if (plan.warnings.length)
        lines.push('### Warnings', '', ...plan.warnings.map((w) => `- ⚠️ ${w}`), '');
    const chart = trafficChart(result.samples);
    if (chart)
        lines.push('### Traffic on the new fleet', '', chart, '');
    lines.push(`[Endpoint in the SageMaker console](${(0,markdown/* sagemakerConsoleUrl */.Pf)(region, 'endpoints', plan.endpointName)})`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/sageMakerStep.ts









/** The step for `target: sagemaker`: parse the request, deploy, set outputs, summarise, fail honestly. */
async function runSageMakerStep(context) {
    const startedAtMs = context.clock.now();
    const settings = (0,deployContext/* deployClientSettings */.O)(context);
    const request = (0,deployRequest/* deployRequestOf */._n)(context.inputs, context.env, settings.region, startedAtMs);
    const ports = {
        sagemaker: new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(settings),
        cloudwatch: new client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn(settings),
        autoscaling: new dist_cjs/* ApplicationAutoScalingClient */.gd(settings),
        clock: context.clock,
        logger: context.logger,
        signal: context.signal,
        setOutput: context.setOutput,
    };
    const result = await deployEndpoint(ports, request).catch((err) => {
        (0,deployContext/* reportFailedStep */.G)(context, startedAtMs);
        throw err;
    });
    setResultOutputs(context, result);
    const summary = deploymentSummaryMarkdown(result, settings.region);
    await core.summary.addRaw(summary).write();
    if (context.inputs['comment-on-pr'] && context.inputs['github-token']) {
        await (0,pullRequestCommenter/* commentOnPullRequest */.r)({
            token: context.inputs['github-token'],
            key: `deploy-endpoint/${context.inputs['endpoint-name']}/${context.env.GITHUB_WORKFLOW ?? ''}`,
            body: summary,
            logger: context.logger,
        });
    }
    failUnlessDeployed(result);
}
function setResultOutputs(context, result) {
    const { setOutput } = context;
    if (result.endpointArn)
        setOutput('endpoint-arn', result.endpointArn);
    setOutput('endpoint-config-name', result.endpointConfigName);
    setOutput('previous-endpoint-config-name', result.previousEndpointConfigName ?? '');
    setOutput('model-name', result.modelName);
    setOutput('status', result.status);
    setOutput('rolled-back', String(result.status === 'rolled-back'));
    setOutput('duration-seconds', String(result.durationSeconds));
    setOutput('plan', JSON.stringify(result.plan));
}
/** The step's status is the truth: a rollback or a failure fails it, with what to do next. */
function failUnlessDeployed(result) {
    if (result.status === 'rolled-back') {
        throw new errors/* ModelshipError */.W7(`The deployment of ${result.endpointConfigName} was rolled back. ${result.reason ?? 'SageMaker gave no reason.'}`, `The endpoint serves ${result.previousEndpointConfigName} again. Look at the alarms${result.firedAlarms.length ? ` (${result.firedAlarms.join(', ')})` : ''} and the endpoint's logs for the new model before deploying it again.`);
    }
    if (result.status === 'failed') {
        throw new errors/* ModelshipError */.W7(`The deployment of ${result.endpointConfigName} failed: ${result.reason ?? 'no reason given'}`);
    }
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


/***/ })

};
