export const id = 46;
export const ids = [46];
export const modules = {

/***/ 2046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWiredIntegrationTest: () => (/* binding */ runWiredIntegrationTest)
});

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __webpack_require__(3904);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/jsonpath-plus/dist/index-node-esm.js
var index_node_esm = __webpack_require__(6229);
;// CONCATENATED MODULE: ./actions/integration-test/src/expectationCheck.ts

const show = (value) => (value === undefined ? '(nothing)' : JSON.stringify(value));
const expectationCheck_select = (jsonPath, json) => (0,index_node_esm/* JSONPath */.E)({ path: jsonPath, json: json, wrap: false, eval: false }) ?? undefined;
/** Every expectation of a case checked against its response; an empty list means the case passed. */
function checkExpectations(expectation, response, approxDefault) {
    const failures = [];
    const fail = (field, expected, actual) => failures.push({ field, expected, actual });
    if (expectation.status !== undefined && expectation.status !== response.status)
        fail('status', String(expectation.status), String(response.status));
    if (expectation.maxLatencyMs !== undefined && response.latencyMs > expectation.maxLatencyMs)
        fail('max-latency-ms', `≤ ${expectation.maxLatencyMs} ms`, `${Math.round(response.latencyMs)} ms`);
    if (expectation.contains !== undefined && !response.body.includes(expectation.contains))
        fail('contains', show(expectation.contains), abbreviate(response.body));
    if (expectation.matches && !expectation.matches.test(response.body))
        fail('matches', String(expectation.matches), abbreviate(response.body));
    if (!needsJson(expectation))
        return failures;
    let json;
    try {
        json = JSON.parse(response.body);
    }
    catch {
        fail('body', 'JSON', abbreviate(response.body));
        return failures;
    }
    checkJson(expectation, json, approxDefault, fail);
    return failures;
}
const needsJson = (e) => Boolean(e.json || e.approx || e.schema || e.golden);
function checkJson(expectation, json, approxDefault, fail) {
    for (const [jsonPath, wanted] of Object.entries(expectation.json ?? {})) {
        const actual = expectationCheck_select(jsonPath, json);
        if (!deepEqual(actual, wanted, 0))
            fail(`json ${jsonPath}`, show(wanted), show(actual));
    }
    for (const [jsonPath, spec] of Object.entries(expectation.approx ?? {})) {
        const actual = expectationCheck_select(jsonPath, json);
        const allowed = Math.max(spec.tolerance ?? 0, (spec.relativeTolerance ?? 0) * Math.abs(spec.value)) || approxDefault;
        if (typeof actual !== 'number' || Math.abs(actual - spec.value) > allowed)
            fail(`approx ${jsonPath}`, `${spec.value} ± ${allowed}`, show(actual));
    }
    if (expectation.schema && !expectation.schema.validate(json)) {
        const errors = (expectation.schema.validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
        fail('schema', expectation.schema.file, errors.join('; '));
    }
    if (expectation.golden && !deepEqual(json, expectation.golden.value, approxDefault))
        fail('golden', abbreviate(JSON.stringify(expectation.golden.value)), abbreviate(JSON.stringify(json)));
}
/** Structural equality; numbers may differ by `tolerance`. */
function deepEqual(a, b, tolerance) {
    if (typeof a === 'number' && typeof b === 'number')
        return Math.abs(a - b) <= tolerance;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((item, i) => deepEqual(item, b[i], tolerance));
    }
    if (a && b && typeof a === 'object' && typeof b === 'object') {
        const keys = Object.keys(a);
        if (keys.length !== Object.keys(b).length)
            return false;
        return keys.every((k) => k in b && deepEqual(a[k], b[k], tolerance));
    }
    return a === b;
}
const abbreviate = (text) => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

;// CONCATENATED MODULE: ./actions/integration-test/src/caseRun.ts



/**
 * Every case of every suite, one after the other (a contract test is about answers, not speed), each
 * checked against its expectations. A request that got no answer fails its case with the reason.
 */
async function runCases(suites, target, options) {
    const outcomes = [];
    for (const suite of suites) {
        const file = external_node_path_default().relative(options.workspace, suite.file) || suite.file;
        for (const testCase of suite.cases) {
            options.signal.throwIfAborted();
            if (options.clock.now() > options.deadlineAt)
                throw timedOut(testCase.name, outcomes.length);
            const response = await target.invoke(testCase, options.signal);
            const outcome = response.unanswered
                ? { file, name: testCase.name, latencyMs: response.latencyMs, failures: [], error: response.detail }
                : {
                    file,
                    name: testCase.name,
                    latencyMs: response.latencyMs,
                    failures: checkExpectations(testCase.expect, response, suite.approxDefault),
                    note: response.detail,
                };
            options.logger.info(caseLine(outcome));
            outcomes.push(outcome);
        }
    }
    return outcomes;
}
const casePassed = (outcome) => !outcome.error && outcome.failures.length === 0;
function caseLine(outcome) {
    const latency = `${Math.round(outcome.latencyMs)} ms`;
    if (casePassed(outcome))
        return `✓ ${outcome.file}: ${outcome.name} (${latency})`;
    const why = outcome.error ??
        outcome.failures.map((f) => `${f.field}: expected ${f.expected}, got ${f.actual}`).join('; ');
    return `✗ ${outcome.file}: ${outcome.name} (${latency}): ${why}${outcome.note ? ` — ${outcome.note}` : ''}`;
}
const timedOut = (name, done) => new errors/* ModelshipError */.W7(`The tests did not finish within timeout-minutes: ${done} case(s) ran, case "${name}" and the rest did not.`, 'Raise timeout-minutes, or make the model answer faster; what the step started has been stopped.');

;// CONCATENATED MODULE: ./actions/integration-test/src/loadPlan.ts
const DEFAULT_LOAD_DURATION_SECONDS = 30;
const DEFAULT_CONCURRENCY = 4;
/**
 * The test files' `load:` blocks, in file order (a later file's setting wins), under the inputs, which
 * win over every file: a workflow can make a run harder without editing the tests. No rps, or 0: no
 * load run. Errors are not tolerated unless a max-error-rate says how many are.
 */
function resolveLoad(inputs, suites) {
    const fromFiles = Object.assign({}, ...suites.map((s) => s.load ?? {}));
    const pick = (key, input) => input ?? fromFiles[key];
    const rps = pick('rps', inputs['load-rps']);
    if (!rps)
        return undefined;
    return {
        plan: {
            rps,
            durationSeconds: pick('durationSeconds', inputs['load-duration-seconds']) ?? DEFAULT_LOAD_DURATION_SECONDS,
            concurrency: pick('concurrency', inputs.concurrency) ?? DEFAULT_CONCURRENCY,
        },
        thresholds: {
            maxP99LatencyMs: pick('maxP99LatencyMs', inputs['max-p99-latency-ms']),
            maxErrorRate: pick('maxErrorRate', inputs['max-error-rate']) ?? 0,
            minThroughput: pick('minThroughput', inputs['min-throughput']),
        },
    };
}

// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(2960);
;// CONCATENATED MODULE: ./actions/integration-test/src/loadStatistics.ts

/** Upper bounds (ms) of the latency histogram's bars in the summary; the last bar takes the rest. */
const LATENCY_BUCKETS_MS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
/**
 * Latencies of a load run in an HDR histogram (microseconds, two significant digits: percentiles exact
 * to 1 %), and errors counted by kind: memory stays flat however many requests run.
 */
class LoadStatistics {
    histogram = dist/* build */.jq({
        lowestDiscernibleValue: 1,
        highestTrackableValue: 3_600_000_000,
        numberOfSignificantValueDigits: 2,
        useWebAssembly: false,
    });
    buckets = new Array(LATENCY_BUCKETS_MS.length + 1).fill(0);
    errorsByKind = {};
    errors = 0;
    record(latencyMs, errorKind) {
        this.histogram.recordValue(Math.max(1, Math.round(latencyMs * 1000)));
        const bucket = LATENCY_BUCKETS_MS.findIndex((limit) => latencyMs <= limit);
        this.buckets[bucket === -1 ? LATENCY_BUCKETS_MS.length : bucket] += 1;
        if (errorKind) {
            this.errors += 1;
            this.errorsByKind[errorKind] = (this.errorsByKind[errorKind] ?? 0) + 1;
        }
    }
    snapshot(elapsedMs) {
        const requests = this.histogram.totalCount;
        // A percentile is the top of its HDR bucket, which can lie above the largest value recorded.
        const at = (percentile) => requests
            ? Math.min(this.histogram.getValueAtPercentile(percentile), this.histogram.maxValue) / 1000
            : 0;
        return {
            requests,
            errors: this.errors,
            errorRate: requests ? this.errors / requests : 0,
            errorsByKind: { ...this.errorsByKind },
            throughput: elapsedMs > 0 ? (requests * 1000) / elapsedMs : 0,
            p50Ms: at(50),
            p90Ms: at(90),
            p99Ms: at(99),
            maxMs: requests ? this.histogram.maxValue / 1000 : 0,
            buckets: [...this.buckets],
        };
    }
}
/** Each threshold that was set, with the measured value and whether it held. */
function judgeThresholds(stats, thresholds) {
    const results = [];
    if (thresholds.maxP99LatencyMs !== undefined)
        results.push({
            name: 'max-p99-latency-ms',
            limit: thresholds.maxP99LatencyMs,
            actual: stats.p99Ms,
            passed: stats.p99Ms <= thresholds.maxP99LatencyMs,
        });
    if (thresholds.maxErrorRate !== undefined)
        results.push({
            name: 'max-error-rate',
            limit: thresholds.maxErrorRate,
            actual: stats.errorRate,
            passed: stats.errorRate <= thresholds.maxErrorRate,
        });
    if (thresholds.minThroughput !== undefined)
        results.push({
            name: 'min-throughput',
            limit: thresholds.minThroughput,
            actual: stats.throughput,
            passed: stats.throughput >= thresholds.minThroughput,
        });
    return results;
}

;// CONCATENATED MODULE: ./actions/integration-test/src/loadGenerator.ts

/**
 * `concurrency` workers share one schedule of `rps × duration` requests (request i is due at i / rps
 * seconds); a worker ahead of the schedule sleeps on the clock. The run is bounded in count and in time:
 * it stops at the last request or one second after the planned duration, whichever comes first.
 */
async function runLoad(plan, send, clock, signal) {
    const stats = new LoadStatistics();
    const total = Number.isFinite(plan.rps)
        ? Math.max(1, Math.round(plan.rps * plan.durationSeconds))
        : Infinity;
    const startedAt = clock.now();
    const stopAt = startedAt + plan.durationSeconds * 1000 + 1000;
    let next = 0;
    const worker = async () => {
        while (next < total && !signal.aborted) {
            const index = next++;
            const dueAt = Number.isFinite(plan.rps) ? startedAt + (index * 1000) / plan.rps : clock.now();
            const wait = dueAt - clock.now();
            if (wait > 0)
                await clock.sleep(wait, signal);
            if (clock.now() >= (Number.isFinite(total) ? stopAt : startedAt + plan.durationSeconds * 1000))
                return;
            const outcome = await send(index, signal);
            stats.record(outcome.latencyMs, outcome.errorKind);
        }
    };
    await Promise.all(Array.from({ length: plan.concurrency }, worker));
    return stats.snapshot(clock.now() - startedAt);
}

;// CONCATENATED MODULE: ./actions/integration-test/src/loadRun.ts

/**
 * The load run: the cases' requests in turn, at the planned rate, every answer that is not 2xx (or
 * none at all) counted as an error by kind. Expectations are not checked here; the cases did that.
 */
async function runLoadPhase(load, cases, target, options) {
    const { plan } = load;
    options.logger.info(`Load: ${plan.rps} requests/s for ${plan.durationSeconds} s, ${plan.concurrency} at a time, against ${target.description}.`);
    const stats = await runLoad(plan, (index, signal) => target.invoke(cases[index % cases.length], signal), options.clock, options.signal);
    options.logger.info(`Load: ${stats.requests} requests, ${stats.throughput.toFixed(1)}/s, p50 ${stats.p50Ms} ms, p99 ${stats.p99Ms} ms, ` +
        `error rate ${(stats.errorRate * 100).toFixed(2)} %${stats.errors ? ` (${errorsText(stats.errorsByKind)})` : ''}.`);
    return stats;
}
const errorsText = (byKind) => Object.entries(byKind)
    .map(([kind, count]) => `${kind}: ${count}`)
    .join(', ');

// EXTERNAL MODULE: ./node_modules/junit-report-builder/dist/index.js
var junit_report_builder_dist = __webpack_require__(1072);
var dist_default = /*#__PURE__*/__webpack_require__.n(junit_report_builder_dist);
;// CONCATENATED MODULE: ./actions/integration-test/src/junitReport.ts

const failureText = (f) => `${f.field}: expected ${f.expected}, got ${f.actual}`;
/** JUnit XML, what GitHub test reporters read: a suite per test file, and one for the load thresholds. */
function junitReportXml(cases, thresholds) {
    const builder = dist_default().newBuilder().name('modelship integration-test');
    const files = [...new Set(cases.map((c) => c.file))];
    for (const file of files) {
        const suite = builder.testSuite().name(file);
        for (const outcome of cases.filter((c) => c.file === file)) {
            const testCase = suite
                .testCase()
                .className(file)
                .name(outcome.name)
                .file(file)
                .time(outcome.latencyMs / 1000);
            if (outcome.error)
                testCase.error(outcome.error, 'RequestFailed');
            else if (outcome.failures.length)
                testCase.failure([...outcome.failures.map(failureText), ...(outcome.note ? [outcome.note] : [])].join('\n'), 'ExpectationFailed');
        }
    }
    if (thresholds.length) {
        const suite = builder.testSuite().name('load');
        for (const t of thresholds) {
            const testCase = suite.testCase().className('load').name(t.name);
            if (!t.passed)
                testCase.failure(`${t.name}: limit ${t.limit}, measured ${t.actual}`, 'ThresholdExceeded');
        }
    }
    return builder.build();
}

;// CONCATENATED MODULE: ./actions/integration-test/src/testRunResult.ts


/** The judge phase: cases by their expectations, the load run by its thresholds. */
function judgeRun(target, cases, load) {
    const passed = cases.filter(casePassed).length;
    const thresholds = load ? judgeThresholds(load.stats, load.resolved.thresholds) : [];
    return {
        target,
        cases,
        passed,
        failed: cases.length - passed,
        load: load && { plan: load.resolved.plan, stats: load.stats },
        thresholds,
        ok: passed === cases.length && thresholds.every((t) => t.passed),
    };
}
/** The `report` output: plain JSON a later step can read with fromJSON(). */
function reportJson(result) {
    const { stats } = result.load ?? {};
    return JSON.stringify({
        target: result.target,
        ok: result.ok,
        passed: result.passed,
        failed: result.failed,
        cases: result.cases.map((c) => ({
            file: c.file,
            name: c.name,
            passed: casePassed(c),
            latencyMs: Math.round(c.latencyMs * 10) / 10,
            failures: c.failures,
            ...(c.error ? { error: c.error } : {}),
            ...(c.note ? { note: c.note } : {}),
        })),
        load: result.load && {
            ...result.load.plan,
            requests: stats?.requests,
            errors: stats?.errors,
            errorRate: stats?.errorRate,
            errorsByKind: stats?.errorsByKind,
            throughput: stats?.throughput,
            p50Ms: stats?.p50Ms,
            p90Ms: stats?.p90Ms,
            p99Ms: stats?.p99Ms,
            maxMs: stats?.maxMs,
        },
        thresholds: result.thresholds,
    });
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

;// CONCATENATED MODULE: ./actions/integration-test/src/testSummary.ts



/**
 * The job summary and the pull request comment: the verdict first, then a pass/fail table of the
 * cases, the load run's percentiles, a histogram of its latency and its errors by kind.
 */
function testSummaryMarkdown(result) {
    const verdict = result.ok ? '✅ passed' : '❌ failed';
    const parts = [
        markdownHeading(`Integration tests ${verdict}: ${result.target}`),
        `${result.passed} of ${result.cases.length} case(s) passed${result.load ? `; load run of ${result.load.stats.requests} requests` : ''}.`,
        casesTable(result.cases),
    ];
    if (result.load)
        parts.push(...loadSections(result));
    return `${parts.join('\n\n')}\n`;
}
function casesTable(cases) {
    return markdownTable(['Case', 'File', 'Result', 'Latency', 'What failed'], cases.map((c) => [
        c.name,
        c.file,
        casePassed(c) ? '✅ pass' : '❌ fail',
        `${Math.round(c.latencyMs)} ms`,
        c.error ??
            [
                ...c.failures.map((f) => `${f.field}: expected ${f.expected}, got ${f.actual}`),
                ...(c.note && !casePassed(c) ? [c.note] : []),
            ].join('\n'),
    ]));
}
function loadSections(result) {
    const { plan, stats } = result.load;
    const sections = [
        markdownHeading('Load', 3),
        `${plan.rps} requests/s for ${plan.durationSeconds} s, ${plan.concurrency} at a time: ${stats.requests} requests, ${stats.throughput.toFixed(1)} answered per second.`,
        markdownTable(['p50', 'p90', 'p99', 'max', 'error rate'], [
            [
                `${stats.p50Ms} ms`,
                `${stats.p90Ms} ms`,
                `${stats.p99Ms} ms`,
                `${stats.maxMs} ms`,
                `${(stats.errorRate * 100).toFixed(2)} %`,
            ],
        ]),
    ];
    if (result.thresholds.length) {
        sections.push(markdownTable(['Threshold', 'Limit', 'Measured', 'Result'], result.thresholds.map((t) => [
            t.name,
            String(t.limit),
            String(round(t.actual)),
            t.passed ? '✅ held' : '❌ missed',
        ])));
    }
    if (stats.requests)
        sections.push(latencyHistogram(stats));
    if (stats.errors) {
        sections.push(markdownHeading('Errors by kind', 4), markdownList(Object.entries(stats.errorsByKind).map(([kind, n]) => `${kind}: ${n}`)));
    }
    return sections;
}
/** A Mermaid bar chart of the latency buckets, without the empty ones at either end. */
function latencyHistogram(stats) {
    const labels = [...LATENCY_BUCKETS_MS.map((ms) => `≤${ms} ms`), `>${LATENCY_BUCKETS_MS.at(-1)} ms`];
    const first = stats.buckets.findIndex((n) => n > 0);
    const last = stats.buckets.length - 1 - [...stats.buckets].reverse().findIndex((n) => n > 0);
    const shown = labels.slice(first, last + 1);
    return mermaidBlock([
        'xychart-beta',
        `  title "Latency of ${stats.requests} requests"`,
        `  x-axis [${shown.map((l) => `"${l}"`).join(', ')}]`,
        '  y-axis "requests"',
        `  bar [${stats.buckets.slice(first, last + 1).join(', ')}]`,
    ].join('\n'));
}
const round = (n) => Math.round(n * 1000) / 1000;

;// CONCATENATED MODULE: ./actions/integration-test/src/runReport.ts




/** The report phase: outputs, an annotation per failed expectation, JUnit XML, summary, PR comment. */
async function reportRun(context, ports, result) {
    const { inputs: values, setOutput, logger } = context;
    setOutput('passed', String(result.passed));
    setOutput('failed', String(result.failed));
    if (result.load) {
        setOutput('p50-latency-ms', String(result.load.stats.p50Ms));
        setOutput('p99-latency-ms', String(result.load.stats.p99Ms));
        setOutput('error-rate', String(result.load.stats.errorRate));
    }
    setOutput('report', reportJson(result));
    annotationsOf(result).forEach((a) => ports.annotate(a));
    if (values['junit-report']) {
        const file = external_node_path_default().resolve(ports.workspace, values['junit-report']);
        await ports.writeFile(file, junitReportXml(result.cases, result.thresholds));
        logger.info(`JUnit report written to ${file}.`);
    }
    const summary = testSummaryMarkdown(result);
    await ports.writeSummary(summary);
    if (values['comment-on-pr'] && values['github-token']) {
        await ports.commentOnPullRequest({
            token: values['github-token'],
            key: `integration-test/${result.target}/${context.env.GITHUB_WORKFLOW ?? ''}`,
            body: summary,
        });
    }
}
/** One annotation per failed expectation (file, case, field, expected, actual), one per failed request. */
function annotationsOf(result) {
    return result.cases.flatMap((c) => {
        const title = `integration-test: ${c.name}`;
        if (c.error)
            return [{ file: c.file, title, message: `case "${c.name}": the request failed: ${c.error}` }];
        return c.failures.map((f) => ({
            file: c.file,
            title,
            message: `case "${c.name}": ${f.field}: expected ${f.expected}, got ${f.actual}` +
                (c.note ? ` (${c.note})` : ''),
        }));
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker-runtime/dist-cjs/index.js
var dist_cjs = __webpack_require__(9636);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
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
    const checks = new TransientReadTolerance(`The check for ${options.description}`);
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

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
;// CONCATENATED MODULE: ./actions/integration-test/src/invokeError.ts
/**
 * What a failed InvokeEndpoint means for a case. A 424 ModelError is the model's own answer: its status
 * and message become the response, so `status:` and `contains:` check what the model said, and the log
 * stream is named so a person can read why. Anything else (throttled, not found, unreachable) is an
 * error of the request itself.
 */
function describeInvokeError(err) {
    const e = (err ?? {});
    const kind = e.name ?? 'Error';
    if (kind === 'ModelError') {
        const status = e.OriginalStatusCode ?? 0;
        return {
            status,
            body: e.OriginalMessage ?? '',
            errorKind: `ModelError ${status}`,
            detail: `ModelError: the model answered ${status}: ${e.OriginalMessage ?? e.message ?? ''}` +
                (e.LogStreamArn ? ` (its log: ${e.LogStreamArn})` : ''),
        };
    }
    return {
        status: e.$metadata?.httpStatusCode ?? 0,
        body: '',
        errorKind: kind,
        detail: `${kind}: ${e.message ?? String(err)}`,
        unanswered: true,
    };
}

;// CONCATENATED MODULE: ./actions/integration-test/src/endpointTarget.ts





/**
 * A SageMaker endpoint through InvokeEndpoint; with a variant, every request goes to that production
 * variant (TargetVariant), which is how a new variant is tested before any traffic moves to it.
 */
class EndpointTarget {
    ports;
    endpointName;
    variant;
    description;
    constructor(ports, endpointName, variant) {
        this.ports = ports;
        this.endpointName = endpointName;
        this.variant = variant;
        this.description = variant ? `endpoint ${endpointName} (variant ${variant})` : `endpoint ${endpointName}`;
    }
    ready(signal) {
        return checkEndpointServes(this.ports.sagemaker, this.endpointName, this.variant, signal);
    }
    async invoke(request, signal) {
        const started = external_node_perf_hooks_.performance.now();
        try {
            const answer = await this.ports.runtime.send(new dist_cjs/* InvokeEndpointCommand */.Pn({
                EndpointName: this.endpointName,
                TargetVariant: this.variant,
                Body: request.body,
                ContentType: request.contentType,
                Accept: request.accept,
                CustomAttributes: request.customAttributes,
            }), { abortSignal: signal });
            return {
                status: 200,
                body: Buffer.from(answer.Body ?? new Uint8Array()).toString('utf8'),
                latencyMs: external_node_perf_hooks_.performance.now() - started,
            };
        }
        catch (err) {
            if (signal.aborted)
                throw err;
            return { ...describeInvokeError(err), latencyMs: external_node_perf_hooks_.performance.now() - started };
        }
    }
    async stop() { }
}
/**
 * The endpoint is InService and, when a variant is named, has it; otherwise no case can mean anything,
 * so the step says what the endpoint is doing instead of reporting every case as failed.
 */
async function checkEndpointServes(sagemaker, endpointName, variant, signal) {
    const endpoint = await sagemaker.send(new client_sagemaker_dist_cjs/* DescribeEndpointCommand */.CX3({ EndpointName: endpointName }), {
        abortSignal: signal,
    });
    if (endpoint.EndpointStatus !== 'InService' && endpoint.EndpointStatus !== 'Updating') {
        throw new errors/* ModelshipError */.W7(`Endpoint ${endpointName} is ${endpoint.EndpointStatus}, so it cannot answer requests; no case was run.`, endpoint.FailureReason
            ? `It says: ${endpoint.FailureReason}`
            : 'Wait for the deployment to finish (deploy-endpoint waits by default), then run the tests.');
    }
    const variants = (endpoint.ProductionVariants ?? []).map((v) => v.VariantName ?? '');
    if (variant && !variants.includes(variant)) {
        throw new errors/* ModelshipError */.W7(`Endpoint ${endpointName} has no production variant ${variant}; it has ${variants.join(', ') || 'none'}. No case was run.`, 'Set variant to one of those, or leave it empty to test the endpoint as its traffic sees it.');
    }
}

;// CONCATENATED MODULE: ./actions/integration-test/src/asyncEndpointTarget.ts







/** Results of async inference appear within seconds to minutes; polls start fast and slow down. */
const FIRST_POLL_MS = 100;
const MAX_POLL_MS = 2_000;
/**
 * A SageMaker endpoint through InvokeEndpointAsync: each body is uploaded under the input prefix, and
 * the answer is whichever of OutputLocation and FailureLocation appears first, waited for no longer
 * than `resultWithinMs`. The latency is the time until the result was seen, so it includes the queue.
 */
class AsyncEndpointTarget {
    ports;
    endpointName;
    inputPrefix;
    resultWithinMs;
    description;
    constructor(ports, endpointName, inputPrefix, resultWithinMs) {
        this.ports = ports;
        this.endpointName = endpointName;
        this.inputPrefix = inputPrefix;
        this.resultWithinMs = resultWithinMs;
        this.description = `endpoint ${endpointName} (async)`;
    }
    ready(signal) {
        return checkEndpointServes(this.ports.sagemaker, this.endpointName, undefined, signal);
    }
    async invoke(request, signal) {
        const started = external_node_perf_hooks_.performance.now();
        const latencyMs = () => external_node_perf_hooks_.performance.now() - started;
        const inputLocation = `${this.inputPrefix.replace(/\/+$/, '')}/${(0,external_node_crypto_.randomUUID)()}`;
        let locations;
        try {
            await this.put(inputLocation, request, signal);
            const answer = await this.ports.runtime.send(new dist_cjs/* InvokeEndpointAsyncCommand */.B0({
                EndpointName: this.endpointName,
                InputLocation: inputLocation,
                ContentType: request.contentType,
                Accept: request.accept,
                CustomAttributes: request.customAttributes,
            }), { abortSignal: signal });
            locations = { output: answer.OutputLocation, failure: answer.FailureLocation };
        }
        catch (err) {
            if (signal.aborted)
                throw err;
            return { ...describeInvokeError(err), latencyMs: latencyMs() };
        }
        const result = await this.awaitResult(locations, signal);
        if (result.kind === 'output')
            return { status: 200, body: result.text, latencyMs: latencyMs() };
        return {
            status: 0,
            body: result.text,
            latencyMs: latencyMs(),
            errorKind: 'AsyncFailure',
            detail: `The endpoint wrote a failure to ${result.location}: ${result.text.slice(0, 500)}`,
        };
    }
    async stop() { }
    async put(location, request, signal) {
        const { bucket, key } = parseS3Uri(location);
        await this.ports.s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({
            Bucket: bucket,
            Key: key,
            Body: request.body,
            ContentType: request.contentType,
        }), { abortSignal: signal });
    }
    awaitResult(locations, signal) {
        const { clock } = this.ports;
        return waitUntil(async () => {
            for (const kind of ['output', 'failure']) {
                const location = locations[kind];
                const text = location ? await this.read(location, signal) : undefined;
                if (location && text !== undefined)
                    return { done: true, value: { kind, location, text } };
            }
            return { done: false };
        }, {
            clock,
            signal,
            minDelayMs: FIRST_POLL_MS,
            maxDelayMs: MAX_POLL_MS,
            deadline: clock.now() + this.resultWithinMs,
            description: `the async result of ${this.endpointName} at ${locations.output ?? '(no output location)'}`,
            timeoutHint: 'The request is queued or still running; raise timeout-minutes, or look at the endpoint in the console.',
        });
    }
    /** The object's text, or undefined while it does not exist yet. */
    async read(location, signal) {
        const { bucket, key } = parseS3Uri(location);
        try {
            const object = await this.ports.s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key }), {
                abortSignal: signal,
            });
            return (await object.Body?.transformToString('utf8')) ?? '';
        }
        catch (err) {
            const name = err.name;
            if (name === 'NoSuchKey' || name === 'NotFound')
                return undefined;
            throw err;
        }
    }
}
function parseS3Uri(uri) {
    const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    if (!match)
        throw new errors/* ModelshipError */.W7(`${uri} is not an S3 URI with a bucket and a key.`);
    return { bucket: match[1], key: match[2] };
}

// EXTERNAL MODULE: ./actions/integration-test/src/commandLine.ts
var commandLine = __webpack_require__(2800);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./actions/integration-test/src/containerRuntime.ts



const runCommand = (program, args) => new Promise((resolve) => {
    (0,external_node_child_process_.execFile)(program, args, { timeout: 60_000 }, (err, stdout, stderr) => {
        const output = `${stdout}${stderr}`.trim();
        resolve({ ok: !err, output: err && !output ? err.message : output });
    });
});
/**
 * The first of docker and buildah that can run containers here (the docker CLI alone is not enough: it
 * needs a daemon), or an error that says plainly why neither can.
 */
async function pickContainerRuntime(image, port, run) {
    const name = `modelship-test-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const docker = await run('docker', ['info', '--format', '{{.ServerVersion}}']);
    if (docker.ok) {
        return {
            tool: 'docker',
            serveArgs: ['run', '--rm', '--name', name, '-p', `127.0.0.1:${port}:8080`, image, 'serve'],
            cleanup: ['rm', '--force', name],
        };
    }
    const buildah = await run('buildah', ['info']);
    if (buildah.ok) {
        return {
            tool: 'buildah',
            prepare: ['from', '--name', name, image],
            serveArgs: ['run', '--network', 'host', '--env', `SAGEMAKER_BIND_TO_PORT=${port}`, name, '--', 'serve'],
            cleanup: ['rm', name],
        };
    }
    throw new errors/* ModelshipError */.W7(`local-image ${image} cannot run here: neither docker nor buildah can run containers on this runner ` +
        `(docker: ${firstLine(docker.output)}; buildah: ${firstLine(buildah.output)}).`, 'Use a runner with Docker (ubuntu-latest has it), or start the model server yourself and give local-command or local-url instead. No case was run.');
}
const firstLine = (text) => text.split('\n').find(Boolean) ?? 'no output';

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./node_modules/http-parser-js/http-parser.js
var http_parser = __webpack_require__(9460);
;// CONCATENATED MODULE: ./actions/integration-test/src/keepAliveConnection.ts



/** A failed exchange and its kind, as the load run counts errors. */
class ExchangeError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
    }
}
/**
 * One keep-alive HTTP/1.1 connection carrying one exchange at a time: the request is written as one
 * buffer built once per case, and the answer parsed by http-parser-js, the parser autocannon uses. A
 * general-purpose client (undici) cost three times the CPU per request on a 2-core machine, where every
 * cycle the load generator spends is taken from the model server it measures.
 */
class KeepAliveConnection {
    timeoutMs;
    events;
    socket;
    parser = new http_parser/* HTTPParser */.e(http_parser/* HTTPParser */.e.RESPONSE);
    pending;
    status = 0;
    chunks = [];
    keepAlive = true;
    closed = false;
    constructor(origin, timeoutMs, events) {
        this.timeoutMs = timeoutMs;
        this.events = events;
        const { hostname: host, port } = origin;
        this.socket = origin.secure
            ? external_node_tls_default().connect({ host, port, servername: external_node_net_default().isIP(host) ? undefined : host })
            : external_node_net_default().connect({ host, port });
        this.socket.setNoDelay(true);
        // Reset by every read and write: an answer slower than this, or an idle connection, is closed.
        this.socket.setTimeout(timeoutMs);
        this.parser[http_parser/* HTTPParser */.e.kOnHeadersComplete] = (info) => {
            this.status = info.statusCode;
            this.keepAlive = info.shouldKeepAlive;
        };
        this.parser[http_parser/* HTTPParser */.e.kOnBody] = (chunk, offset, length) => {
            this.chunks.push(chunk.subarray(offset, offset + length));
        };
        this.parser[http_parser/* HTTPParser */.e.kOnMessageComplete] = () => this.answered();
        this.listen();
    }
    /** Sends a whole request and resolves with the whole answer; one at a time per connection. */
    exchange(request) {
        if (this.closed)
            return Promise.reject(new ExchangeError('the connection is closed', 'ConnectionClosed'));
        return new Promise((resolve, reject) => {
            this.pending = { resolve, reject };
            this.socket.write(request);
        });
    }
    /** Ends the connection; an exchange in flight fails with the reason. */
    destroy(reason) {
        this.fail(reason);
    }
    listen() {
        this.socket.on('data', (data) => {
            const parsed = this.parser.execute(data);
            if (parsed instanceof Error)
                this.fail(new ExchangeError(`unreadable answer: ${parsed.message}`, 'BadResponse'));
        });
        const closedWithoutAnswer = () => this.fail(new ExchangeError('the server closed the connection without an answer', 'ConnectionClosed'));
        // An answer without a length ends with the connection.
        this.socket.on('end', () => {
            if (this.pending)
                this.parser.finish();
            closedWithoutAnswer();
        });
        this.socket.on('timeout', () => this.fail(new ExchangeError(`no answer within ${Math.round(this.timeoutMs / 1000)} s`, 'Timeout')));
        this.socket.on('error', (err) => this.fail(err));
        this.socket.on('close', closedWithoutAnswer);
    }
    answered() {
        // An informational 1xx answer comes before the real one on the same exchange.
        if (this.status < 200 && this.status !== 101)
            return this.resetAnswer();
        const pending = this.pending;
        const answer = {
            status: this.status,
            body: this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks),
        };
        this.pending = undefined;
        this.resetAnswer();
        if (this.keepAlive)
            this.events.idle(this);
        else
            this.fail(new ExchangeError('the server closed the connection', 'ConnectionClosed'));
        pending?.resolve(answer);
    }
    resetAnswer() {
        this.status = 0;
        this.chunks = [];
    }
    fail(err) {
        const pending = this.pending;
        this.pending = undefined;
        if (!this.closed) {
            this.closed = true;
            this.socket.destroy();
            this.events.closed(this);
        }
        pending?.reject(err);
    }
}
/** Connection resets are the server closing on us; other system errors keep their code (ECONNREFUSED). */
const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE']);
/** The kind of a failed exchange, for the errors-by-kind table. */
function exchangeErrorKind(err) {
    if (err instanceof ExchangeError)
        return err.kind;
    const code = err?.code;
    if (code && CLOSED_CODES.has(code))
        return 'ConnectionClosed';
    return code || 'RequestFailed';
}

;// CONCATENATED MODULE: ./actions/integration-test/src/httpConnectionPool.ts

/**
 * Up to `connections` keep-alive connections to one origin, each reused from request to request: the
 * load run keeps exactly that many requests in flight, so it measures the model, not TCP handshakes.
 * A run's signal ends every exchange in flight when it aborts, through one listener per signal, not
 * one per request (adding and removing a listener per request cost a tenth of an exchange).
 */
class HttpConnectionPool {
    origin;
    options;
    idle = [];
    busy = new Set();
    waiting = [];
    watched = new WeakSet();
    stopped = false;
    constructor(origin, options) {
        this.origin = origin;
        this.options = options;
    }
    exchange(request, signal) {
        if (signal.aborted)
            return Promise.reject(signal.reason);
        if (this.stopped)
            return Promise.reject(new ExchangeError('the connection pool is stopped', 'Aborted'));
        this.watch(signal);
        const connection = this.idle.pop() ?? this.openIfRoom();
        if (connection)
            return this.exchangeOn(connection, request);
        return this.waitForConnection(signal).then((free) => this.exchangeOn(free, request));
    }
    /** Closes every connection; exchanges in flight fail. */
    stop() {
        this.stopped = true;
        const reason = new ExchangeError('the connection pool is stopped', 'Aborted');
        for (const connection of [...this.idle, ...this.busy])
            connection.destroy(reason);
        for (const waiter of this.waiting.splice(0))
            waiter.reject(reason);
    }
    exchangeOn(connection, request) {
        this.busy.add(connection);
        return connection.exchange(request);
    }
    openIfRoom() {
        if (this.idle.length + this.busy.size >= this.options.connections)
            return undefined;
        return new KeepAliveConnection(this.origin, this.options.timeoutMs, {
            idle: (connection) => this.release(connection),
            closed: (connection) => this.forget(connection),
        });
    }
    waitForConnection(signal) {
        return new Promise((resolve, reject) => this.waiting.push({ signal, resolve, reject }));
    }
    /** A connection free again goes to the longest waiter, or back to the idle ones. */
    release(connection) {
        this.busy.delete(connection);
        const waiter = this.waiting.shift();
        if (waiter) {
            this.busy.add(connection);
            waiter.resolve(connection);
        }
        else
            this.idle.push(connection);
    }
    /** A closed connection leaves room for a new one, which a waiter gets. */
    forget(connection) {
        this.busy.delete(connection);
        const index = this.idle.indexOf(connection);
        if (index !== -1)
            this.idle.splice(index, 1);
        if (this.stopped || this.waiting.length === 0)
            return;
        const fresh = this.openIfRoom();
        if (fresh)
            this.waiting.shift()?.resolve(fresh);
    }
    watch(signal) {
        if (this.watched.has(signal))
            return;
        this.watched.add(signal);
        signal.addEventListener('abort', () => this.abort(signal), { once: true });
    }
    abort(signal) {
        const reason = signal.reason;
        // Waiters first: a connection destroyed below would otherwise be replaced and handed to one of them.
        const waiters = this.waiting.splice(0);
        for (const waiter of waiters) {
            if (waiter.signal === signal)
                waiter.reject(reason);
            else
                this.waiting.push(waiter);
        }
        for (const connection of [...this.busy])
            connection.destroy(reason);
    }
}

;// CONCATENATED MODULE: ./actions/integration-test/src/httpRequestBytes.ts
/** A request as the pool sends it: its head and body in one buffer, built once per case. */
function httpRequestBytes(request) {
    const lines = [`${request.method} ${request.path} HTTP/1.1`, `host: ${request.host}`];
    for (const [name, value] of Object.entries(request.headers)) {
        // A line break in a value would start a header, or a request, the test file never wrote.
        if (/[\r\n\0]/.test(value))
            throw new Error(`The ${name} header value ${JSON.stringify(value)} has a line break.`);
        lines.push(`${name}: ${value}`);
    }
    if (request.body || request.method === 'POST')
        lines.push(`content-length: ${request.body?.length ?? 0}`);
    const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
    return request.body ? Buffer.concat([head, request.body]) : head;
}

;// CONCATENATED MODULE: ./actions/integration-test/src/ports.ts
/** An error kind for a status that is not 2xx, the same for every target. */
const statusErrorKind = (status) => status >= 200 && status < 300 ? undefined : `HTTP ${status}`;

;// CONCATENATED MODULE: ./actions/integration-test/src/httpModelServer.ts






/** How often GET /ping is retried while the server starts. */
const PING_INTERVAL_MS = 250;
const REQUEST_TIMEOUT_MS = 60_000;
/**
 * A model server that speaks the SageMaker container contract over HTTP: GET /ping answers 200 once
 * it is ready, POST /invocations predicts. Requests go through a pool of keep-alive connections, one
 * per request in flight (the load run's concurrency), each request's bytes built once per case.
 */
class HttpModelServer {
    gone;
    description;
    base;
    pool;
    ping;
    invocations = new WeakMap();
    clock;
    readyWithinMs;
    constructor(url, options, 
    /** Why the server will never answer (its process exited), checked between pings. */
    gone = () => undefined) {
        this.gone = gone;
        this.base = new URL(url.endsWith('/') ? url : `${url}/`);
        this.description = url;
        this.clock = options.clock;
        this.readyWithinMs = options.timeoutMs;
        this.pool = new HttpConnectionPool({
            secure: this.base.protocol === 'https:',
            hostname: this.base.hostname.replace(/^\[|\]$/g, ''),
            port: Number(this.base.port) || (this.base.protocol === 'https:' ? 443 : 80),
        }, 
        // SageMaker gives a model 60 s to answer; a hung local server gets no longer.
        { connections: options.connections, timeoutMs: REQUEST_TIMEOUT_MS });
        this.ping = this.requestBytes('GET', 'ping', {});
    }
    async ready(signal) {
        const deadline = this.clock.now() + this.readyWithinMs;
        let last = 'no answer yet';
        for (;;) {
            const exited = this.gone();
            if (exited)
                throw new errors/* ModelshipError */.W7(`The model server at ${this.description} stopped: ${exited}`);
            try {
                const answer = await this.request(undefined, signal);
                if (answer.status === 200)
                    return;
                last = `GET /ping answered ${answer.status}`;
            }
            catch (err) {
                if (signal.aborted)
                    throw signal.reason;
                last = err.message;
            }
            if (this.clock.now() >= deadline) {
                throw new errors/* ModelshipError */.W7(`The model server at ${this.description} was not ready within ${Math.round(this.readyWithinMs / 1000)} s: ${last}.`, 'Check that it listens on that address and answers GET /ping with 200; no case was run.');
            }
            await this.clock.sleep(PING_INTERVAL_MS, signal);
        }
    }
    async invoke(request, signal) {
        const started = external_node_perf_hooks_.performance.now();
        try {
            const answer = await this.request(request, signal);
            const latencyMs = external_node_perf_hooks_.performance.now() - started;
            return {
                status: answer.status,
                body: answer.body.toString('utf8'),
                latencyMs,
                errorKind: statusErrorKind(answer.status),
            };
        }
        catch (err) {
            return {
                status: 0,
                body: '',
                latencyMs: external_node_perf_hooks_.performance.now() - started,
                // A cancelled run aborts the requests in flight with the run's own reason, which has no code.
                errorKind: signal.aborted ? 'Aborted' : exchangeErrorKind(err),
                detail: `POST /invocations failed: ${err.message}`,
                unanswered: true,
            };
        }
    }
    async stop() {
        this.pool.stop();
    }
    request(invocation, signal) {
        return this.pool.exchange(invocation ? this.invocationBytes(invocation) : this.ping, signal);
    }
    /** A case's request, built once: the load run sends the same few cases thousands of times. */
    invocationBytes(invocation) {
        let bytes = this.invocations.get(invocation);
        if (!bytes) {
            const headers = { 'content-type': invocation.contentType };
            if (invocation.accept)
                headers.accept = invocation.accept;
            if (invocation.customAttributes)
                headers['x-amzn-sagemaker-custom-attributes'] = invocation.customAttributes;
            bytes = this.requestBytes('POST', 'invocations', headers, invocation.body);
            this.invocations.set(invocation, bytes);
        }
        return bytes;
    }
    requestBytes(method, route, headers, body) {
        const path = `${this.base.pathname}${route}`;
        return httpRequestBytes({ method, path, host: this.base.host, headers, body });
    }
}

;// CONCATENATED MODULE: ./actions/integration-test/src/localServerTarget.ts
/**
 * A model server the step started itself (a command, a container): ready and invoked through its
 * HTTP target, and stopped with it, also when a case fails or the run is cancelled.
 */
class StartedServerTarget {
    server;
    started;
    description;
    constructor(server, started, description) {
        this.server = server;
        this.started = started;
        this.description = description;
    }
    ready(signal) {
        return this.server.ready(signal);
    }
    invoke(request, signal) {
        return this.server.invoke(request, signal);
    }
    async stop() {
        await this.server.stop();
        await this.started.stop();
    }
}

;// CONCATENATED MODULE: ./actions/integration-test/src/targetSelection.ts







const DEFAULT_LOCAL_URL = 'http://127.0.0.1:8080';
/**
 * The one target the inputs name (the input check made sure there is exactly one), started when the
 * step starts it. Nothing is sent yet: `ready` comes next.
 */
async function selectTarget(values, ports, options) {
    const { clock, timeoutMs } = options;
    const endpoint = values['endpoint-name'];
    if (endpoint && values.async) {
        const prefix = values['async-input-s3-prefix'];
        return new AsyncEndpointTarget({ ...ports.endpointClients(), clock }, endpoint, prefix, timeoutMs);
    }
    if (endpoint)
        return new EndpointTarget(ports.endpointClients(), endpoint, values.variant);
    const url = values['local-url'] ?? DEFAULT_LOCAL_URL;
    if (values['local-image'])
        return startImage(values['local-image'], url, ports, options);
    if (values['local-command']) {
        const process = ports.startProcess((0,commandLine/* parseCommandLine */.D)(values['local-command']));
        const server = new HttpModelServer(url, options, () => process.exited());
        return new StartedServerTarget(server, process, `local-command at ${url}`);
    }
    return new HttpModelServer(url, options);
}
async function startImage(image, url, ports, options) {
    const port = Number(new URL(url).port || 8080);
    const runtime = await pickContainerRuntime(image, port, ports.runCommand);
    if (runtime.prepare) {
        const prepared = await ports.runCommand(runtime.tool, runtime.prepare);
        if (!prepared.ok)
            throw new errors/* ModelshipError */.W7(`${runtime.tool} could not create a container from ${image}: ${prepared.output}`, 'Check that the image exists locally or can be pulled; no case was run.');
    }
    const process = ports.startProcess([runtime.tool, ...runtime.serveArgs]);
    const started = {
        stop: async () => {
            await process.stop();
            await ports.runCommand(runtime.tool, runtime.cleanup);
        },
    };
    const server = new HttpModelServer(`http://127.0.0.1:${port}`, options, () => process.exited());
    return new StartedServerTarget(server, started, `local-image ${image} (${runtime.tool})`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/integration-test/node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(9047);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(2815);
var ajv_formats_dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
;// CONCATENATED MODULE: ./actions/integration-test/src/jsonPathSyntax.ts
/**
 * jsonpath-plus evaluates almost any string without complaint, so a typo in a test file would silently
 * select nothing. This catches the mistakes a person makes: no leading `$`, unbalanced brackets or quotes,
 * a trailing dot. Returns what is wrong, or undefined.
 */
function jsonPathProblem(path) {
    if (!path.startsWith('$'))
        return 'a JSONPath starts with $ (e.g. $.predictions[0])';
    if (/\.$/.test(path) || /\.{3,}/.test(path))
        return 'a JSONPath cannot end with a dot or have three dots';
    let depth = 0;
    let quote;
    for (const char of path) {
        if (quote) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === "'" || char === '"')
            quote = char;
        else if (char === '[')
            depth++;
        else if (char === ']' && --depth < 0)
            return 'a ] closes no [';
    }
    if (quote)
        return `the quote ${quote} is not closed`;
    if (depth > 0)
        return 'a [ is not closed';
    return undefined;
}

;// CONCATENATED MODULE: ./actions/integration-test/src/expectationParser.ts




const KNOWN = [
    'status',
    'json',
    'approx',
    'schema',
    'contains',
    'matches',
    'golden',
    'max-latency-ms',
];
const expectationParser_ajv = new (ajv_default())({ allErrors: true, strict: false });
ajv_formats_dist_default()(expectationParser_ajv);
const isMapping = (v) => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
/**
 * Turns a case's `expect:` mapping into checks, or into every problem found in it: an unknown field, a
 * JSONPath that cannot be right, a schema that does not compile, a regex that does not parse.
 */
function parseExpectation(raw, readSibling) {
    const problems = [];
    const expectation = {};
    if (!isMapping(raw) || Object.keys(raw).length === 0) {
        return {
            expectation,
            problems: [`it has no expectations: give expect: with one of ${KNOWN.join(', ')}`],
        };
    }
    for (const key of Object.keys(raw)) {
        if (!KNOWN.includes(key))
            problems.push(`expect.${key} is not known; use ${KNOWN.join(', ')}`);
    }
    parseStatusAndLatency(raw, expectation, problems);
    parseJsonPaths(raw, expectation, problems);
    parseText(raw, expectation, problems);
    parseFiles(raw, expectation, problems, readSibling);
    return { expectation, problems };
}
function parseStatusAndLatency(raw, out, problems) {
    if (raw.status !== undefined) {
        if (Number.isInteger(raw.status) && raw.status >= 100 && raw.status <= 599)
            out.status = raw.status;
        else
            problems.push(`expect.status is ${JSON.stringify(raw.status)}; it must be an HTTP status from 100 to 599`);
    }
    const latency = raw['max-latency-ms'];
    if (latency !== undefined) {
        if (typeof latency === 'number' && latency > 0)
            out.maxLatencyMs = latency;
        else
            problems.push(`expect.max-latency-ms is ${JSON.stringify(latency)}; it must be a number above 0`);
    }
}
function parseJsonPaths(raw, out, problems) {
    if (raw.json !== undefined) {
        if (!isMapping(raw.json))
            problems.push('expect.json must map JSONPaths to values, e.g. {"$.label": "stay"}');
        else {
            for (const p of Object.keys(raw.json))
                pathProblem('expect.json', p, problems);
            out.json = raw.json;
        }
    }
    if (raw.approx !== undefined) {
        if (!isMapping(raw.approx)) {
            problems.push('expect.approx must map JSONPaths to {value, tolerance} or {value, relative-tolerance}');
            return;
        }
        out.approx = {};
        for (const [p, spec] of Object.entries(raw.approx)) {
            pathProblem('expect.approx', p, problems);
            const parsed = parseApprox(spec);
            if (typeof parsed === 'string')
                problems.push(`expect.approx "${p}": ${parsed}`);
            else
                out.approx[p] = parsed;
        }
    }
}
function parseApprox(spec) {
    if (typeof spec === 'number')
        return { value: spec };
    if (!isMapping(spec) || typeof spec.value !== 'number')
        return 'give {value: <number>, tolerance: <number>} or {value, relative-tolerance}';
    const tolerance = spec.tolerance;
    const relative = spec['relative-tolerance'];
    if (tolerance !== undefined && (typeof tolerance !== 'number' || tolerance < 0))
        return `tolerance is ${JSON.stringify(tolerance)}; it must be a number ≥ 0`;
    if (relative !== undefined && (typeof relative !== 'number' || relative < 0))
        return `relative-tolerance is ${JSON.stringify(relative)}; it must be a number ≥ 0`;
    return {
        value: spec.value,
        tolerance: tolerance,
        relativeTolerance: relative,
    };
}
function pathProblem(field, jsonPath, problems) {
    const problem = jsonPathProblem(jsonPath);
    if (problem)
        problems.push(`${field} "${jsonPath}" is not a valid JSONPath: ${problem}`);
}
function parseText(raw, out, problems) {
    if (raw.contains !== undefined) {
        if (typeof raw.contains === 'string' && raw.contains)
            out.contains = raw.contains;
        else
            problems.push('expect.contains must be a non-empty string');
    }
    if (raw.matches !== undefined) {
        try {
            if (typeof raw.matches !== 'string')
                throw new Error('it must be a string');
            out.matches = new RegExp(raw.matches);
        }
        catch (err) {
            problems.push(`expect.matches ${JSON.stringify(raw.matches)} is not a regular expression: ${err.message}`);
        }
    }
}
function parseFiles(raw, out, problems, readSibling) {
    const schema = readJsonSibling('expect.schema', raw.schema, problems, readSibling);
    if (schema) {
        try {
            out.schema = { file: schema.path, validate: expectationParser_ajv.compile(schema.value) };
        }
        catch (err) {
            problems.push(`expect.schema ${external_node_path_default().basename(schema.path)} is not a valid JSON Schema: ${err.message}`);
        }
    }
    const golden = readJsonSibling('expect.golden', raw.golden, problems, readSibling);
    if (golden)
        out.golden = { file: golden.path, value: golden.value };
}
function readJsonSibling(field, value, problems, readSibling) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || !value) {
        problems.push(`${field} must name a JSON file, relative to the test file`);
        return undefined;
    }
    const read = readSibling(value);
    if ('problem' in read) {
        problems.push(`${field}: ${read.problem}`);
        return undefined;
    }
    try {
        return { path: read.path, value: JSON.parse(read.text) };
    }
    catch (err) {
        problems.push(`${field} ${value} is not JSON: ${err.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/integration-test/src/testSuite.ts
/** The default tolerance of golden numbers: floating-point noise, not a model change. */
const DEFAULT_APPROX = 1e-6;

;// CONCATENATED MODULE: ./actions/integration-test/src/testFileLoader.ts







const testFileLoader_isMapping = (v) => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const LOAD_FIELDS = {
    rps: 'rps',
    'duration-seconds': 'durationSeconds',
    concurrency: 'concurrency',
    'max-p99-latency-ms': 'maxP99LatencyMs',
    'max-error-rate': 'maxErrorRate',
    'min-throughput': 'minThroughput',
};
/**
 * Every test file the `tests` input matches, read and checked before any request is sent: all problems
 * of all files at once, each naming the file and the case. No file matching is an error, never a pass.
 */
function loadTestSuites(pattern, workspace) {
    const files = (0,tinyglobby_dist/* globSync */.AZ)(pattern, { cwd: workspace, absolute: true, onlyFiles: true }).sort();
    if (files.length === 0) {
        throw new errors/* ModelshipError */.W7(`No test file matches tests: ${pattern} (looked in ${workspace}).`, 'Check the path or glob in the tests input; it is relative to the workspace. No tests ran.');
    }
    const problems = [];
    const suites = files.map((file) => readSuite(file, (p) => problems.push(`${external_node_path_default().relative(workspace, file)}: ${p}`)));
    if (problems.length) {
        throw new errors/* ModelshipError */.W7(`The test files have ${problems.length} problem(s); no request was sent:\n${problems.join('\n')}`, 'Fix each case named above; the action README describes the test file format.');
    }
    return suites;
}
function readSuite(file, report) {
    let document;
    try {
        document = yaml_dist.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        report(`it is not YAML or JSON: ${err.message}`);
        return { file, cases: [], approxDefault: DEFAULT_APPROX };
    }
    const rawCases = Array.isArray(document) ? document : testFileLoader_isMapping(document) ? document.cases : undefined;
    if (!Array.isArray(rawCases) || rawCases.length === 0) {
        report('it has no cases: write a list of cases, or a mapping with cases:');
        return { file, cases: [], approxDefault: DEFAULT_APPROX };
    }
    const settings = testFileLoader_isMapping(document) ? document : {};
    const approxDefault = settings['approx-default'] ?? DEFAULT_APPROX;
    if (typeof approxDefault !== 'number' || approxDefault < 0)
        report('approx-default must be a number ≥ 0');
    const readSibling = siblingReader(file);
    const cases = rawCases.flatMap((raw, i) => readCase(file, raw, i, readSibling, report));
    return { file, cases, load: readLoad(settings.load, report), approxDefault: Number(approxDefault) || 0 };
}
function readCase(file, raw, index, readSibling, report) {
    const name = testFileLoader_isMapping(raw) && typeof raw.name === 'string' && raw.name ? raw.name : `case ${index + 1}`;
    const say = (problem) => report(`case "${name}": ${problem}`);
    if (!testFileLoader_isMapping(raw)) {
        say('it must be a mapping with name, body and expect');
        return [];
    }
    const body = readBody(raw, readSibling, say);
    const { expectation, problems } = parseExpectation(raw.expect, readSibling);
    problems.forEach(say);
    const text = (key) => (typeof raw[key] === 'string' ? raw[key] : undefined);
    // These are sent as HTTP headers: a line break would start a header, or a request, of its own.
    for (const key of ['content-type', 'accept', 'custom-attributes'])
        if (/[\r\n\0]/.test(text(key) ?? ''))
            say(`${key} must be one line with no line break (it is an HTTP header)`);
    if (!body || problems.length)
        return [];
    return [
        {
            file,
            name,
            body,
            contentType: text('content-type') ?? 'application/json',
            accept: text('accept'),
            customAttributes: text('custom-attributes'),
            expect: expectation,
        },
    ];
}
function readBody(raw, readSibling, say) {
    if (raw.body !== undefined && raw['body-file'] !== undefined) {
        say('give body or body-file, not both');
        return undefined;
    }
    if (typeof raw['body-file'] === 'string') {
        const read = readSibling(raw['body-file']);
        if ('problem' in read)
            say(`body-file: ${read.problem}`);
        return 'problem' in read ? undefined : Buffer.from(read.text);
    }
    if (raw.body === undefined) {
        say('it has no request: give body or body-file');
        return undefined;
    }
    return Buffer.from(typeof raw.body === 'string' ? raw.body : JSON.stringify(raw.body));
}
function readLoad(raw, report) {
    if (raw === undefined)
        return undefined;
    if (!testFileLoader_isMapping(raw)) {
        report('load must be a mapping, e.g. {rps: 20, duration-seconds: 10}');
        return undefined;
    }
    const load = {};
    for (const [key, value] of Object.entries(raw)) {
        const field = LOAD_FIELDS[key];
        if (!field)
            report(`load.${key} is not known; use ${Object.keys(LOAD_FIELDS).join(', ')}`);
        else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
            report(`load.${key} is ${JSON.stringify(value)}; it must be a number ≥ 0`);
        else if (key === 'concurrency' && (!Number.isInteger(value) || value < 1))
            report(`load.concurrency is ${value}; it must be a whole number ≥ 1`);
        else if (key === 'max-error-rate' && value > 1)
            report(`load.max-error-rate is ${value}; it must be from 0 to 1`);
        else
            load[field] = value;
    }
    return load;
}
function siblingReader(file) {
    return (relative) => {
        const target = external_node_path_default().resolve(external_node_path_default().dirname(file), relative);
        if (!(0,external_node_fs_.existsSync)(target))
            return { problem: `${relative} does not exist next to ${external_node_path_default().basename(file)}` };
        return { path: target, text: (0,external_node_fs_.readFileSync)(target, 'utf8') };
    };
}

;// CONCATENATED MODULE: ./actions/integration-test/src/integrationTestStep.ts








/**
 * The whole step, as phases: load the test files (every problem named before anything starts), make
 * sure the target answers, run the cases, run the load, judge, report. Any failed case or threshold
 * fails the step, and says which. A process or container the step started is stopped in every case.
 */
async function integrationTestStep(context, ports) {
    const { inputs: values, logger, clock } = context;
    const suites = loadTestSuites(values.tests, ports.workspace);
    const load = resolveLoad(values, suites);
    const cases = suites.flatMap((s) => s.cases);
    const loadCases = casesExpectingSuccess(cases);
    logger.info(`Loaded ${cases.length} case(s) from ${suites.length} file(s)${load ? '' : '; no load run (load-rps is 0 or unset)'}.`);
    const timeoutMs = values['timeout-minutes'] * 60_000;
    const deadlineAt = clock.now() + timeoutMs;
    let target;
    let result;
    try {
        const connections = load?.plan.concurrency ?? 1;
        target = await selectTarget(values, ports, { clock, timeoutMs, connections });
        const ready = target;
        await logger.group(`Waiting for ${ready.description} to answer`, () => ready.ready(context.signal));
        const phase = { workspace: ports.workspace, logger, clock, signal: context.signal, deadlineAt };
        const outcomes = await logger.group(`Cases against ${ready.description}`, () => runCases(suites, ready, phase));
        const stats = load && (await runLoadPhase(load, loadCases, ready, phase));
        result = judgeRun(ready.description, outcomes, load && stats && { resolved: load, stats });
    }
    finally {
        await target?.stop();
    }
    await reportRun(context, ports, result);
    if (!result.ok)
        throw failedRunError(result);
}
function failedRunError(result) {
    const failedCases = result.cases
        .filter((c) => c.error || c.failures.length)
        .map((c) => `case "${c.name}" (${c.file})`);
    const missed = result.thresholds
        .filter((t) => !t.passed)
        .map((t) => `${t.name} (limit ${t.limit}, measured ${Math.round(t.actual * 1000) / 1000})`);
    const what = [
        ...(failedCases.length ? [`${failedCases.length} case(s) failed: ${failedCases.join(', ')}`] : []),
        ...(missed.length ? [`load thresholds missed: ${missed.join(', ')}`] : []),
    ];
    return new errors/* ModelshipError */.W7(`Integration tests against ${result.target} failed. ${what.join('; ')}.`, 'Each failed expectation is an annotation with the expected and the actual value; the job summary has the table.');
}
/**
 * The load run sends the requests that should succeed, so that an error in it is a real one: a case
 * that expects a 400 is a contract test, not load. With no such case, every case is sent.
 */
function casesExpectingSuccess(cases) {
    const succeeding = cases.filter((c) => c.expect.status === undefined || c.expect.status < 300);
    return succeeding.length ? succeeding : cases;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
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
    const writer = options.writer ?? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6421))).summary;
    await writer.addRaw(markdown, true).write();
    return true;
}

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

;// CONCATENATED MODULE: ./actions/integration-test/src/localProcess.ts

/** Lines of the process's output kept to explain a failure; the rest went to the log. */
const TAIL_LINES = 20;
/** How long a process gets to stop after SIGTERM before it is killed. */
const STOP_GRACE_MS = 5_000;
/**
 * A process started from an argument list, never through a shell, with its output in the step's log
 * (debug) and its last lines kept for error messages. `exited` says why it is gone, once it is.
 */
class LocalProcess {
    child;
    tail = [];
    exit;
    closed;
    constructor(argv, options) {
        const [program, ...args] = argv;
        this.child = (0,external_node_child_process_.spawn)(program, args, {
            cwd: options.cwd,
            env: options.env,
            shell: false,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const keep = (chunk) => {
            for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
                options.logger.debug(`[${program}] ${line}`);
                this.tail.push(line);
                if (this.tail.length > TAIL_LINES)
                    this.tail.shift();
            }
        };
        this.child.stdout?.on('data', keep);
        this.child.stderr?.on('data', keep);
        this.closed = new Promise((resolve) => {
            this.child.once('error', (err) => {
                this.exit = `${program} could not start: ${err.message}`;
                resolve();
            });
            this.child.once('exit', (code, signal) => {
                this.exit ??= `${program} exited with ${signal ?? `code ${code}`}${this.output()}`;
                resolve();
            });
        });
    }
    /** Why the process is gone, with its last output; undefined while it runs. */
    exited() {
        return this.exit;
    }
    /** SIGTERM, then SIGKILL when it does not stop in time; resolves once it is gone. */
    async stop() {
        if (this.exit)
            return;
        this.exit = 'stopped by the step';
        this.child.kill('SIGTERM');
        const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
        await this.closed;
        clearTimeout(timer);
    }
    output() {
        return this.tail.length ? `; its last output:\n${this.tail.join('\n')}` : ' and printed nothing';
    }
}

;// CONCATENATED MODULE: ./actions/integration-test/src/wiredPorts.ts









/** The real edges: AWS clients (made on first use: local targets need no region), processes, files, reports. */
function wirePorts({ inputs: { region }, env, logger }) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    return {
        workspace,
        endpointClients: () => {
            const settings = awsClientSettings({ region, env, action: 'integration-test', version: MODELSHIP_VERSION });
            // One attempt per request: a retried request would hide the errors the tests are there to count.
            // The retry strategy decides, so the attempt limit is set where the strategy is made.
            const once = awsClientSettings({ region, env, action: 'integration-test', version: MODELSHIP_VERSION, maxAttempts: 1 });
            return {
                sagemaker: new client_sagemaker_dist_cjs/* SageMakerClient */.kHU(settings),
                runtime: new dist_cjs/* SageMakerRuntimeClient */.OX(once),
                s3: new client_s3_dist_cjs/* S3Client */.YxF(s3ClientSettings(settings, env)),
            };
        },
        startProcess: (argv) => new LocalProcess(argv, { cwd: workspace, env, logger }),
        runCommand: runCommand,
        writeFile: async (file, text) => {
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
            await (0,promises_.writeFile)(file, text);
        },
        annotate: ({ file, title, message }) => core.error(message, { file, title }),
        writeSummary: (markdown) => writeJobSummary(markdown, { env }),
        commentOnPullRequest: (comment) => commentOnPullRequest({ ...comment, logger, env }),
    };
}

;// CONCATENATED MODULE: ./actions/integration-test/src/wiredIntegrationTest.ts


/** The step on the real edges (AWS clients, processes, files, reports). */
const runWiredIntegrationTest = (context) => integrationTestStep(context, wirePorts(context));


/***/ })

};
