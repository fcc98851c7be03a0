import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 1739:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(839);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
;// CONCATENATED MODULE: ./shared/src/awsErrorHints.ts

/**
 * AWS errors a workflow author causes and can fix, turned into what to do about them. The SDK's own
 * text ("Could not load credentials from any providers") says what failed but not how a GitHub
 * workflow fixes it; this mapping adds that, keeping AWS's error code and message in front so that a
 * search for the code still finds the step. Errors not in the table pass through unchanged.
 */
const POLICY_DIRECTORY = 'policies';
const CREDENTIAL_RULE = {
    matches: ({ name }) => name === 'CredentialsProviderError',
    hint: () => 'No AWS credentials reached the step. Add aws-actions/configure-aws-credentials before it with ' +
        '`role-to-assume: <the role ARN>` and `aws-region`, and give the job `permissions: id-token: write` ' +
        'so that it can exchange GitHub’s OIDC token for the role; no long-lived keys are needed.',
};
const ACCESS_DENIED_RULE = {
    matches: ({ name, code }) => [name, code].some((c) => c === 'AccessDenied' || c === 'AccessDeniedException'),
    hint: ({ message }, action) => {
        const iamAction = deniedIamAction(message);
        const policy = action
            ? `${POLICY_DIRECTORY}/${action}.json`
            : `the action's policy in ${POLICY_DIRECTORY}/`;
        const missing = iamAction
            ? `The role the workflow assumes may not call ${iamAction}.`
            : 'The role the workflow assumes lacks a permission this step needs.';
        return `${missing} Attach ${policy} from the modelship repository (the least privilege this action needs) to that role, or add the missing action to the role's policy.`;
    },
};
const EXPIRED_TOKEN_RULE = {
    matches: ({ name, code }) => [name, code].some((c) => c === 'ExpiredToken' || c === 'ExpiredTokenException'),
    hint: () => 'The AWS session outlived the job: the credentials expired before the step finished. Raise ' +
        '`role-duration-seconds` of aws-actions/configure-aws-credentials (the default is one hour; the ' +
        "role's maximum session duration must allow it), or split the work into shorter jobs.",
};
const UNKNOWN_ENDPOINT_RULE = {
    matches: (facts) => unresolvedRegion(facts) !== undefined,
    hint: (facts) => {
        const at = unresolvedRegion(facts);
        return (`${at?.host} does not exist: region "${at?.region}" does not offer this AWS service, or is misspelt. ` +
            'Set the `region` input (or `aws-region` of aws-actions/configure-aws-credentials) to a region where ' +
            'SageMaker runs, e.g. us-east-1; https://docs.aws.amazon.com/general/latest/gr/sagemaker.html lists them.');
    },
};
const RULES = [CREDENTIAL_RULE, ACCESS_DENIED_RULE, EXPIRED_TOKEN_RULE, UNKNOWN_ENDPOINT_RULE];
/** `... is not authorized to perform: sagemaker:CreateModel on resource ...` -> `sagemaker:CreateModel`. */
function deniedIamAction(message) {
    return /not authorized to perform:?\s+([a-z0-9-]+:[A-Za-z0-9*]+)/.exec(message)?.[1];
}
/** `getaddrinfo ENOTFOUND api.sagemaker.xx-east-9.amazonaws.com` -> the host and its region label. */
function unresolvedRegion(facts) {
    if (facts.name !== 'UnknownEndpoint' && facts.code !== 'ENOTFOUND')
        return undefined;
    const host = facts.hostname || /ENOTFOUND\s+(\S+)/.exec(facts.message)?.[1] || '';
    const region = /\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(host)?.[1];
    return region ? { region, host } : undefined;
}
function factsOf(err) {
    const fields = err;
    const code = typeof fields.code === 'string' ? fields.code : typeof fields.Code === 'string' ? fields.Code : '';
    return {
        name: err.name,
        code,
        message: err.message,
        hostname: typeof fields.hostname === 'string' ? fields.hostname : '',
    };
}
/** The error itself, then what it wraps: an action may wrap an SDK error with context of its own. */
function causeChain(err) {
    const chain = [];
    for (let current = err; current instanceof Error && chain.length < 5; current = current.cause) {
        chain.push(current);
    }
    return chain;
}
/**
 * A ModelshipError with a hint when `err` (or an error it wraps) is one the workflow author can fix;
 * `err` itself otherwise. `action` names the modelship action, for the path of its policy.
 */
function withAwsErrorHint(err, action) {
    if (err instanceof errors/* ModelshipError */.W7)
        return err;
    for (const cause of causeChain(err)) {
        const facts = factsOf(cause);
        const rule = RULES.find((r) => r.matches(facts));
        if (rule) {
            const prefix = facts.name && facts.name !== 'Error' ? `${facts.name}: ` : '';
            return new errors/* ModelshipError */.W7(`${prefix}${facts.message}`, rule.hint(facts, action));
        }
    }
    return err;
}

;// CONCATENATED MODULE: ./shared/src/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

;// CONCATENATED MODULE: ./shared/src/credentialMasking.ts
// Apart from the AWS client settings (aws.ts), whose HTTP handler a step loads only once its inputs are
// valid: masking comes first, before the inputs are even read.
const CREDENTIAL_VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
/** Registers every credential in the environment as a secret before any log line could show it. */
function maskCredentials(env, setSecret) {
    for (const name of CREDENTIAL_VARIABLES) {
        const value = env[name];
        if (value)
            setSecret(value);
    }
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./shared/src/didYouMean.ts

/** The allowed value closest to what was typed, if it is close enough to be a typo. */
function didYouMean(value, allowed) {
    const typed = value.toLowerCase();
    let best;
    for (const candidate of allowed) {
        const score = (0,mod/* distance */.Io)(typed, candidate.toLowerCase());
        if (!best || score < best.score)
            best = { candidate, score };
    }
    // A third of the word may differ: catches `canery` and `Linear10PercentEvery1Minutes`, not unrelated words.
    // A value that differs only in case (`Serverless`) is suggested too: enum values are matched exactly.
    return best && best.candidate !== value && best.score <= Math.max(2, Math.ceil(best.candidate.length / 3))
        ? best.candidate
        : undefined;
}

// EXTERNAL MODULE: ./shared/src/duration.ts
var duration = __nccwpck_require__(2515);
;// CONCATENATED MODULE: ./shared/src/inputParsing.ts



const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Kinds written as YAML or JSON. */
const YAML_KINDS = new Set(['map', 'records']);
/** Whether an input written as YAML has a value (its default included): only then is yaml needed. */
function holdsYaml(schema, getInput) {
    return Object.entries(schema).some(([name, spec]) => (YAML_KINDS.has(spec.kind) || (spec.kind === 'string' && spec.readsYaml === true)) &&
        Boolean(getInput(name).trim() || spec.default));
}
/** Loads yaml's parser, for `parseInputs` when `holdsYaml`. */
const loadYamlParse = async () => (await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19))).parse;
function parseString(spec, raw) {
    if (spec.pattern && !spec.pattern.test(raw))
        return { ok: false, allowed: spec.allowed ?? `it must match ${spec.pattern}` };
    return { ok: true, value: raw };
}
function parseEnum(spec, raw) {
    return spec.values.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, allowed: `allowed: ${spec.values.join(', ')}`, didYouMean: didYouMean(raw, spec.values) };
}
function parseNumber(spec, raw) {
    const value = Number(raw);
    const whole = spec.kind === 'integer';
    const range = `it must be ${whole ? 'a whole number' : 'a number'}${rangeText(spec.min, spec.max)}`;
    if (raw.trim() === '' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
        return { ok: false, allowed: range };
    }
    return inRange(value, spec.min, spec.max) ? { ok: true, value } : { ok: false, allowed: range };
}
function parseDuration(spec, raw) {
    const seconds = (0,duration/* parseDurationSeconds */.lW)(raw);
    const range = `it must be a duration such as 90, 90s, 5m or 1h30m${rangeText(spec.min, spec.max, 's')}`;
    return seconds !== undefined && inRange(seconds, spec.min, spec.max)
        ? { ok: true, value: seconds }
        : { ok: false, allowed: range };
}
function parseBoolean(raw) {
    if (TRUE.includes(raw))
        return { ok: true, value: true };
    if (FALSE.includes(raw))
        return { ok: true, value: false };
    return { ok: false, allowed: 'allowed: true, false', didYouMean: didYouMean(raw, ['true', 'false']) };
}
function parseList(raw) {
    const value = raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    return { ok: true, value };
}
function parseMap(raw, parseYaml) {
    const parsed = parseStructured(raw, parseYaml);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return {
            ok: false,
            allowed: 'it must be a YAML or JSON mapping, e.g. {"KEY": "value"} or KEY: value lines',
        };
    }
    return { ok: true, value: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])) };
}
function parseRecords(raw, parseYaml) {
    const parsed = parseStructured(raw, parseYaml);
    if (!Array.isArray(parsed) || parsed.some((r) => !r || typeof r !== 'object' || Array.isArray(r))) {
        return { ok: false, allowed: 'it must be a YAML or JSON list of mappings' };
    }
    return { ok: true, value: parsed };
}
function parseArn(spec, raw) {
    const match = /^arn:aws[a-z-]*:([a-z0-9-]+):[a-z0-9-]*:\d{12}:([a-z-]+)\/.+$/.exec(raw);
    if (!match || match[1] !== spec.service || match[2] !== spec.resource) {
        return {
            ok: false,
            allowed: `it must be an ARN like arn:aws:${spec.service}:<region>:<account>:${spec.resource}/...`,
        };
    }
    return { ok: true, value: raw };
}
/** Each kind's own check, by kind. */
function parseValue(spec, raw, parseYaml) {
    switch (spec.kind) {
        case 'string':
            return parseString(spec, raw);
        case 'enum':
            return parseEnum(spec, raw);
        case 'integer':
        case 'number':
            return parseNumber(spec, raw);
        case 'duration':
            return parseDuration(spec, raw);
        case 'boolean':
            return parseBoolean(raw);
        case 'list':
            return parseList(raw);
        case 'map':
            return parseMap(raw, parseYaml);
        case 'records':
            return parseRecords(raw, parseYaml);
        case 'arn':
            return parseArn(spec, raw);
    }
}
function rangeText(min, max, unit = '') {
    if (min !== undefined && max !== undefined)
        return ` from ${min}${unit} to ${max}${unit}`;
    if (min !== undefined)
        return ` ≥ ${min}${unit}`;
    if (max !== undefined)
        return ` ≤ ${max}${unit}`;
    return '';
}
const inRange = (value, min, max) => (min === undefined || value >= min) && (max === undefined || value <= max);
/** The kind's own check first, then the schema's extra rule on the typed value. */
function parseAndValidate(spec, raw, parseYaml) {
    const parsed = parseValue(spec, raw, parseYaml);
    if (!parsed.ok || !spec.validate)
        return parsed;
    // The union of validators cannot be called directly; parseValue produced the type this one expects.
    const broken = spec.validate(parsed.value, parseYaml);
    return broken ? { ok: false, allowed: broken } : parsed;
}
function parseStructured(raw, parseYaml) {
    try {
        return parseYaml(raw);
    }
    catch {
        return undefined;
    }
}
/**
 * Reads and checks every input before anything touches AWS. All problems are reported together, each
 * naming the input, the value, what is allowed and, for a near miss, the value probably meant.
 */
function parseInputs(schema, getInput, options = {}) {
    // A caller that reads YAML inputs without the parser has skipped `holdsYaml`: a bug, not a bad input.
    if (!options.parseYaml && holdsYaml(schema, getInput))
        throw new Error('An input holds YAML but parseInputs was not handed a YAML parser (see holdsYaml).');
    const parseYaml = options.parseYaml ?? (() => undefined);
    const values = {};
    const problems = [];
    for (const [name, spec] of Object.entries(schema)) {
        const raw = getInput(name).trim() || spec.default || '';
        if (raw === '') {
            if (spec.required)
                problems.push({ input: name, value: '', allowed: `it is required: ${spec.description}` });
            continue;
        }
        const parsed = parseAndValidate(spec, raw, parseYaml);
        if (parsed.ok)
            values[name] = parsed.value;
        else
            problems.push({ input: name, value: raw, allowed: parsed.allowed, didYouMean: parsed.didYouMean });
    }
    if (problems.length)
        throw new errors/* InputError */.dz(problems);
    return values;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./shared/src/workflowCommands.ts
var workflowCommands = __nccwpck_require__(8476);
;// CONCATENATED MODULE: ./shared/src/logger.ts


/**
 * The runner's log, written as @actions/core writes it (plain lines and workflow commands) without
 * loading it: a step logs from its first line, before its inputs are known to be valid.
 */
const actionsLogger = {
    info: (m) => process.stdout.write(m + external_node_os_.EOL),
    warning: (m) => (0,workflowCommands/* issueCommand */.L)('warning', m),
    error: (m) => (0,workflowCommands/* issueCommand */.L)('error', m),
    debug: (m) => (0,workflowCommands/* issueCommand */.L)('debug', m),
    group: async (name, fn) => {
        (0,workflowCommands/* issueCommand */.L)('group', name);
        try {
            return await fn();
        }
        finally {
            (0,workflowCommands/* issueCommand */.L)('endgroup', '');
        }
    },
};

;// CONCATENATED MODULE: ./shared/src/runnerIo.ts

/**
 * The runner's side of a step. Inputs, masks and failures need only the environment and stdout, as
 * @actions/core does them; outputs (a file command with a delimiter) are @actions/core's, loaded
 * once the inputs are valid.
 */
function runnerIo() {
    let core;
    return {
        getInput: (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim(),
        setSecret: (value) => (0,workflowCommands/* issueCommand */.L)('add-mask', value),
        setFailed: (message) => {
            process.exitCode = 1;
            (0,workflowCommands/* issueCommand */.L)('error', message);
        },
        prepare: async () => {
            core = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(421)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
        },
        setOutput: (name, value) => {
            if (!core)
                throw new Error(`Output ${name} set before the step's io was prepared.`);
            core.setOutput(name, value);
        },
    };
}

;// CONCATENATED MODULE: ./shared/src/actionRunner.ts







/**
 * The whole of a thin `main`: mask credentials, read and check inputs before any AWS call, run the
 * action's core, and turn any error into a failed step (`::error::` and exit code 1) with a message
 * that says what to do, AWS errors a workflow author can fix included (see awsErrorHints). Returns whether the step succeeded, for tests.
 */
async function runAction(definition, environment = {}) {
    const io = environment.io ?? runnerIo();
    const logger = environment.logger ?? actionsLogger;
    const env = environment.env ?? process.env;
    const signals = environment.signals ?? process;
    const controller = new AbortController();
    const cancel = (signal) => {
        logger.warning(`Received ${signal}: stopping.`);
        controller.abort(new Error(`cancelled by ${signal}`));
    };
    signals.once('SIGINT', cancel);
    signals.once('SIGTERM', cancel);
    try {
        maskCredentials(env, io.setSecret);
        const parseYaml = holdsYaml(definition.inputs, io.getInput) ? await loadYamlParse() : undefined;
        const inputs = parseInputs(definition.inputs, io.getInput, { parseYaml });
        const problems = definition.crossCheck?.(inputs) ?? [];
        if (problems.length)
            throw new errors/* InputError */.dz(problems);
        await io.prepare?.();
        await definition.run({
            inputs,
            setOutput: (name, value) => {
                if (!(name in definition.outputs))
                    throw new Error(`Output ${name} is not declared in the action's schema.`);
                io.setOutput(name, value);
            },
            signal: controller.signal,
            logger,
            clock: environment.clock ?? systemClock,
            env,
        });
        return true;
    }
    catch (err) {
        io.setFailed((0,errors/* failureMessage */.oh)(withAwsErrorHint(err, definition.name)));
        return false;
    }
    finally {
        signals.off('SIGINT', cancel);
        signals.off('SIGTERM', cancel);
    }
}

// EXTERNAL MODULE: ./shared/src/alarmThresholds.ts
var alarmThresholds = __nccwpck_require__(2086);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/batchInputProblems.ts
/** Inputs that shape an endpoint; a transform job has none, so given with batch-transform they would be ignored. */
const ENDPOINT_ONLY = [
    'deployment-config',
    'traffic-shifting',
    'variant-name',
    'alarms',
    'alarm-thresholds',
    'rollback-window-seconds',
    'autoscaling-min',
    'autoscaling-max',
    'autoscaling-target-invocations',
    'autoscaling-schedule',
    'serverless-provisioned-concurrency',
    'async-output-path',
    'async-failure-path',
    'async-max-concurrent-invocations',
    'data-capture-percent',
    'data-capture-s3-uri',
];
/**
 * What these inputs mean when left out: an input whose value is its default was not set by the workflow,
 * or was set to what leaving it out means, and asks for nothing a transform job would ignore.
 */
const ENDPOINT_DEFAULTS = {
    'deployment-config': 'AllAtOnce',
    'traffic-shifting': 'auto',
    'variant-name': 'AllTraffic',
    'rollback-window-seconds': 0,
};
/** Inputs of a transform job only. */
const BATCH_ONLY = [
    'batch-input',
    'batch-output',
    'batch-strategy',
    'batch-max-payload-mb',
    'batch-split-type',
    'batch-content-type',
    'batch-assemble-with',
    'batch-max-concurrent-transforms',
    'batch-join-source',
    'batch-input-filter',
    'batch-output-filter',
];
const shown = (value) => typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
/** With batch-transform: the input and output prefixes are needed, and endpoint inputs are refused, each named. */
function batchTransformProblems(inputs) {
    const problems = [];
    for (const input of ['batch-input', 'batch-output']) {
        if (!inputs[input]) {
            problems.push({ input, value: '', allowed: 'it is required with endpoint-type: batch-transform' });
        }
    }
    for (const input of ENDPOINT_ONLY) {
        const value = inputs[input];
        if (value === undefined || value === ENDPOINT_DEFAULTS[input])
            continue;
        if (Array.isArray(value) && value.length === 0)
            continue;
        problems.push({
            input,
            value: shown(value),
            allowed: 'leave it out with endpoint-type: batch-transform: a transform job has no endpoint to shape',
        });
    }
    const output = inputs['batch-output'];
    if (inputs['batch-input'] && output?.startsWith(inputs['batch-input'])) {
        problems.push({
            input: 'batch-output',
            value: output,
            allowed: `it must lie outside batch-input (${inputs['batch-input']}), or a re-run would transform its own output`,
        });
    }
    return problems;
}
/** With an endpoint type: the batch inputs would be silently ignored, so each one given is refused. */
function batchInputsGivenToEndpoint(inputs) {
    return BATCH_ONLY.filter((input) => inputs[input] !== undefined).map((input) => ({
        input,
        value: shown(inputs[input]),
        allowed: `leave it out with endpoint-type: ${inputs['endpoint-type']}, or use endpoint-type: batch-transform`,
    }));
}

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/deployInputProblems.ts


/** Rules across inputs, checked before any AWS call; every problem is reported at once. */
function deployInputProblems(inputs) {
    if (inputs.target === 'codedeploy')
        return [...codeDeployInputProblems(inputs), ...commentProblems(inputs)];
    return [
        ...requiredForSageMaker(inputs),
        ...endpointTypeProblems(inputs),
        ...shiftingProblems(inputs),
        ...commentProblems(inputs),
        ...autoScalingProblems(inputs),
        ...thresholdProblems(inputs),
        ...(inputs['data-capture-percent'] !== undefined && !inputs['data-capture-s3-uri']
            ? [{ input: 'data-capture-s3-uri', value: '', allowed: 'it is required with data-capture-percent' }]
            : []),
    ];
}
function requiredForSageMaker(inputs) {
    const problems = [];
    if (!inputs['endpoint-name'] && inputs['endpoint-type'] !== 'batch-transform') {
        problems.push({
            input: 'endpoint-name',
            value: '',
            allowed: 'it is required with target: sagemaker (except with endpoint-type: batch-transform)',
        });
    }
    if (!inputs['model-name'] && !inputs['execution-role-arn']) {
        problems.push({
            input: 'execution-role-arn',
            value: '',
            allowed: 'it is required when the action creates a model (every source but model-name)',
        });
    }
    return problems;
}
function endpointTypeProblems(inputs) {
    const type = inputs['endpoint-type'];
    const problems = [];
    if (type === 'async' && !inputs['async-output-path']) {
        problems.push({
            input: 'async-output-path',
            value: '',
            allowed: 'it is required for endpoint-type async',
        });
    }
    if (type === 'serverless')
        problems.push(...serverlessProblems(inputs));
    if (inputs['serverless-provisioned-concurrency'] !== undefined &&
        inputs['serverless-provisioned-concurrency'] > inputs['serverless-max-concurrency']) {
        problems.push({
            input: 'serverless-provisioned-concurrency',
            value: String(inputs['serverless-provisioned-concurrency']),
            allowed: `it must not exceed serverless-max-concurrency (${inputs['serverless-max-concurrency']})`,
        });
    }
    problems.push(...(type === 'batch-transform' ? batchTransformProblems(inputs) : batchInputsGivenToEndpoint(inputs)));
    return problems;
}
/** A serverless variant has memory and concurrency, no instances and no rolling updates. */
function serverlessProblems(inputs) {
    const problems = [];
    if (inputs['serverless-memory-mb'] % 1024 !== 0) {
        problems.push({
            input: 'serverless-memory-mb',
            value: String(inputs['serverless-memory-mb']),
            allowed: 'it must be 1024, 2048, 3072, 4096, 5120 or 6144',
        });
    }
    if (inputs['instance-count'] !== 1) {
        problems.push({
            input: 'instance-count',
            value: String(inputs['instance-count']),
            allowed: 'leave it out with endpoint-type: serverless: a serverless endpoint has no instances (size it with serverless-max-concurrency and serverless-memory-mb)',
        });
    }
    if (/^Rolling/.test(inputs['deployment-config'])) {
        problems.push({
            input: 'deployment-config',
            value: inputs['deployment-config'],
            allowed: 'SageMaker has no rolling updates for serverless endpoints; use AllAtOnce, Canary… or Linear…',
        });
    }
    return problems;
}
function shiftingProblems(inputs) {
    if (inputs['traffic-shifting'] !== 'weights' || !/^Rolling/.test(inputs['deployment-config']))
        return [];
    return [
        {
            input: 'deployment-config',
            value: inputs['deployment-config'],
            allowed: 'rolling is a SageMaker guardrails update; with traffic-shifting weights use AllAtOnce, Canary… or Linear…',
        },
    ];
}
function autoScalingProblems(inputs) {
    const min = inputs['autoscaling-min'];
    const max = inputs['autoscaling-max'];
    if ((min === undefined) !== (max === undefined)) {
        return [
            {
                input: 'autoscaling-max',
                value: String(max ?? ''),
                allowed: 'autoscaling-min and autoscaling-max go together',
            },
        ];
    }
    if (min !== undefined && max !== undefined && min > max) {
        return [
            {
                input: 'autoscaling-min',
                value: String(min),
                allowed: `it must not exceed autoscaling-max (${max})`,
            },
        ];
    }
    return [];
}
/** The thresholds are parsed here too, so that a bad one fails before the first AWS call. */
function thresholdProblems(inputs) {
    if (!inputs['alarm-thresholds'])
        return [];
    try {
        (0,alarmThresholds/* parseAlarmThresholds */.Fi)(inputs['alarm-thresholds']);
        return [];
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz)
            return err.problems;
        throw err;
    }
}
function commentProblems(inputs) {
    return inputs['comment-on-pr'] && !inputs['github-token']
        ? [
            {
                input: 'github-token',
                value: '',
                allowed: 'it is required with comment-on-pr: true (e.g. ${{ github.token }})',
            },
        ]
        : [];
}
/** Inputs that only act on SageMaker (endpoints and transform jobs); with target codedeploy they would be silently ignored. */
const SAGEMAKER_ONLY = [
    'model-package-arn',
    'image',
    'model-name',
    'containers',
    'alarm-thresholds',
    'autoscaling-min',
    'autoscaling-max',
    ...BATCH_ONLY,
];
/** With target codedeploy: the application, group and AppSpec are needed, and SageMaker's own inputs are refused. */
function codeDeployInputProblems(inputs) {
    const problems = [];
    for (const input of ['codedeploy-application', 'codedeploy-deployment-group', 'appspec']) {
        if (!inputs[input])
            problems.push({ input, value: '', allowed: 'it is required with target: codedeploy' });
    }
    for (const input of SAGEMAKER_ONLY) {
        if (inputs[input] !== undefined) {
            problems.push({
                input,
                value: String(inputs[input]),
                allowed: 'leave it out with target: codedeploy: it acts on SageMaker endpoints, and the AppSpec names what to deploy',
            });
        }
    }
    if (/^Rolling/.test(inputs['deployment-config'])) {
        problems.push({
            input: 'deployment-config',
            value: inputs['deployment-config'],
            allowed: 'rolling is a SageMaker endpoint update; with target codedeploy use AllAtOnce, Canary… or Linear…',
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./shared/src/inputSchema.ts
/** `const` keeps enum values and required flags literal, so `readInputs` can type what it returns. */
const defineInputs = (schema) => schema;
const defineOutputs = (schema) => schema;

// EXTERNAL MODULE: ./shared/src/awsNames.ts
var awsNames = __nccwpck_require__(2740);
;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/inputs.ts

/** The action's public interface, declared once; action.yml and the README are checked against it. */
const inputs = defineInputs({
    'endpoint-name': {
        kind: 'string',
        pattern: awsNames/* SAGEMAKER_NAME */.bm,
        allowed: awsNames/* SAGEMAKER_NAME_RULE */.iz,
        description: 'Name of the endpoint to create or update (required with target sagemaker); with batch-transform, the base of the model and job names (default: the repository name).',
    },
    region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
    'model-package-arn': {
        kind: 'arn',
        service: 'sagemaker',
        resource: 'model-package',
        description: 'Deploy this Approved model registry version (ARN). One model source only: model-package-arn, image, model-name or containers.',
    },
    image: {
        kind: 'string',
        description: 'Deploy this container image (ECR URI), with model-data-url and environment.',
    },
    'model-data-url': {
        kind: 'string',
        pattern: awsNames/* S3_URI */.WF,
        allowed: awsNames/* S3_URI_RULE */.jf,
        description: 'S3 URI of the model archive (model.tar.gz), or of a prefix of archives with multi-model.',
    },
    environment: {
        kind: 'map',
        description: 'Environment variables of the model container, as a YAML or JSON mapping.',
    },
    'model-name': {
        kind: 'string',
        pattern: awsNames/* SAGEMAKER_NAME */.bm,
        allowed: awsNames/* SAGEMAKER_NAME_RULE */.iz,
        description: 'Deploy this existing SageMaker model.',
    },
    'execution-role-arn': {
        kind: 'arn',
        service: 'iam',
        resource: 'role',
        description: 'IAM role SageMaker assumes to run the model; required when the action creates a model.',
    },
    containers: {
        kind: 'records',
        description: 'Several containers behind one endpoint: a YAML list of {image, model-data-url, environment, hostname}.',
    },
    'inference-execution-mode': {
        kind: 'enum',
        values: ['Serial', 'Direct'],
        description: 'With containers: Serial (an inference pipeline) or Direct (invoke one by hostname).',
        default: 'Serial',
    },
    'multi-model': {
        kind: 'boolean',
        description: 'Serve many models from one container (Mode MultiModel); model-data-url is an S3 prefix of archives.',
        default: 'false',
    },
    'endpoint-type': {
        kind: 'enum',
        values: ['real-time', 'serverless', 'async', 'batch-transform'],
        description: 'real-time, serverless, async, or batch-transform (a transform job, no endpoint).',
        default: 'real-time',
    },
    'instance-type': {
        kind: 'string',
        pattern: /^ml\.[a-z0-9-]+\.[a-z0-9]+$/,
        allowed: 'it must be a SageMaker instance type such as ml.m5.large',
        description: 'Instance type of a real-time or async variant, or of a transform job.',
        default: 'ml.m5.large',
    },
    'instance-count': {
        kind: 'integer',
        min: 1,
        max: 1000,
        description: 'Number of instances of the variant, or of a transform job.',
        default: '1',
    },
    'variant-name': {
        kind: 'string',
        pattern: awsNames/* SAGEMAKER_NAME */.bm,
        allowed: awsNames/* SAGEMAKER_NAME_RULE */.iz,
        description: 'Name of the production variant.',
        default: 'AllTraffic',
    },
    'serverless-memory-mb': {
        kind: 'integer',
        min: 1024,
        max: 6144,
        description: 'Memory of a serverless variant: 1024 to 6144 in steps of 1024.',
        default: '2048',
    },
    'serverless-max-concurrency': {
        kind: 'integer',
        min: 1,
        max: 200,
        description: 'Concurrent invocations of a serverless variant (1 to 200).',
        default: '10',
    },
    'serverless-provisioned-concurrency': {
        kind: 'integer',
        min: 1,
        max: 200,
        description: 'Provisioned concurrency of a serverless variant (1 to 200, at most the max concurrency).',
    },
    'async-output-path': {
        kind: 'string',
        pattern: awsNames/* S3_URI */.WF,
        allowed: awsNames/* S3_URI_RULE */.jf,
        description: 'S3 URI where an async endpoint writes results; required for endpoint-type async.',
    },
    'async-failure-path': {
        kind: 'string',
        pattern: awsNames/* S3_URI */.WF,
        allowed: awsNames/* S3_URI_RULE */.jf,
        description: 'S3 URI where an async endpoint writes failures.',
    },
    'async-max-concurrent-invocations': {
        kind: 'integer',
        min: 1,
        max: 1000,
        description: 'Concurrent requests each async instance takes (1 to 1000).',
    },
    'batch-input': {
        kind: 'string',
        pattern: awsNames/* S3_URI */.WF,
        allowed: awsNames/* S3_URI_RULE */.jf,
        description: 'S3 URI prefix of the records to transform (required with endpoint-type batch-transform).',
    },
    'batch-output': {
        kind: 'string',
        pattern: awsNames/* S3_URI */.WF,
        allowed: awsNames/* S3_URI_RULE */.jf,
        description: 'S3 URI prefix for the transformed records (required with endpoint-type batch-transform).',
    },
    'batch-strategy': {
        kind: 'enum',
        values: ['MultiRecord', 'SingleRecord'],
        description: 'Records per request of a transform job: MultiRecord (as many as fit; the default) or SingleRecord.',
    },
    'batch-max-payload-mb': {
        kind: 'integer',
        min: 0,
        max: 100,
        description: 'Largest request of a transform job, in MB (0 to 100; default 6).',
    },
    'batch-split-type': {
        kind: 'enum',
        values: ['None', 'Line', 'RecordIO', 'TFRecord'],
        description: 'How a transform job splits input objects into records: Line (the default), None, RecordIO or TFRecord.',
    },
    'batch-content-type': {
        kind: 'string',
        pattern: /^[\w.+-]+\/[\w.+-]+$/,
        allowed: 'it must be a MIME type such as text/csv or application/jsonlines',
        description: 'MIME type of the records a transform job sends to the model, e.g. text/csv.',
    },
    'batch-assemble-with': {
        kind: 'enum',
        values: ['Line', 'None'],
        description: 'How a transform job joins the answers of one input object: Line (one per line; the default) or None.',
    },
    'batch-max-concurrent-transforms': {
        kind: 'integer',
        min: 1,
        max: 1000,
        description: 'Requests a transform job sends to each instance at once (default: SageMaker chooses).',
    },
    'batch-join-source': {
        kind: 'enum',
        values: ['None', 'Input'],
        description: 'Input: write each input record with its prediction (SageMakerOutput in JSON, appended columns in CSV).',
    },
    'batch-input-filter': {
        kind: 'string',
        pattern: /^\$/,
        allowed: 'it must be a JSONPath starting with $, e.g. $[1:] or $.features',
        description: 'JSONPath selecting what of each input record goes to the model, e.g. $[1:] to drop an ID column.',
    },
    'batch-output-filter': {
        kind: 'string',
        pattern: /^\$/,
        allowed: "it must be a JSONPath starting with $, e.g. $[0,-1] or $['id','SageMakerOutput']",
        description: 'JSONPath selecting what of each (joined) output record is written, e.g. $[0,-1].',
    },
    'deployment-config': {
        kind: 'string',
        validate: awsNames/* validateDeploymentConfig */.uB,
        description: 'Traffic shifting, named the CodeDeploy way: AllAtOnce, Canary<P>Percent<N>Minutes|Seconds, Linear<P>PercentEvery<N>Minute(s)|Second(s), Rolling<P>PercentEvery<N>Minute(s)|Second(s).',
        default: 'AllAtOnce',
    },
    'termination-wait-seconds': {
        kind: 'integer',
        min: 0,
        max: 3600,
        description: 'How long the old fleet stays after the new one takes all traffic (0 to 3600).',
    },
    'max-execution-seconds': {
        kind: 'integer',
        min: 600,
        max: 28800,
        description: 'SageMaker rolls back a deployment that runs longer (600 to 28800).',
    },
    'traffic-shifting': {
        kind: 'enum',
        values: ['auto', 'guardrails', 'weights'],
        description: 'auto (SageMaker guardrails where they apply, else the action shifts weights), guardrails, or weights.',
        default: 'auto',
    },
    alarms: {
        kind: 'list',
        description: 'CloudWatch alarms that guard the deployment (comma or newline separated names).',
    },
    'alarm-thresholds': {
        kind: 'string',
        description: 'Alarms the action creates on the new fleet, e.g. 5xx-rate=1%,p99-latency-ms=500.',
    },
    'keep-alarms': {
        kind: 'boolean',
        description: 'Keep the threshold alarms after the deployment (for the rollback window and later watching).',
        default: 'true',
    },
    'rollback-window-seconds': {
        kind: 'integer',
        min: 0,
        max: 86400,
        description: 'After all traffic moved, keep watching the alarms this long and roll back if one fires.',
        default: '0',
    },
    'autoscaling-min': {
        kind: 'integer',
        min: 1,
        description: 'Minimum instances for target-tracking auto scaling of the variant.',
    },
    'autoscaling-max': { kind: 'integer', min: 1, description: 'Maximum instances for auto scaling.' },
    'autoscaling-target-invocations': {
        kind: 'number',
        min: 1,
        description: 'Target of SageMakerVariantInvocationsPerInstance (per minute).',
    },
    'autoscaling-schedule': {
        kind: 'records',
        description: 'Scheduled capacity: a YAML list of {schedule, min, max}, e.g. schedule: cron(0 8 * * ? *).',
    },
    'vpc-subnets': { kind: 'list', description: 'Subnet IDs for the model (comma separated).' },
    'vpc-security-groups': { kind: 'list', description: 'Security group IDs for the model (comma separated).' },
    'network-isolation': {
        kind: 'boolean',
        description: 'Run the model container with no network access.',
        default: 'false',
    },
    'data-capture-percent': {
        kind: 'integer',
        min: 0,
        max: 100,
        description: 'Share of requests to capture (0 to 100); needs data-capture-s3-uri.',
    },
    'data-capture-s3-uri': {
        kind: 'string',
        pattern: awsNames/* S3_URI */.WF,
        allowed: awsNames/* S3_URI_RULE */.jf,
        description: 'S3 URI where captured requests and responses go.',
    },
    tags: {
        kind: 'map',
        description: 'Extra tags for everything the action creates, as a YAML or JSON mapping.',
    },
    mode: {
        kind: 'enum',
        values: ['deploy', 'plan'],
        description: 'deploy, or plan: report what would change and change nothing.',
        default: 'deploy',
    },
    wait: {
        kind: 'boolean',
        description: 'Wait for the deployment to finish and report its outcome.',
        default: 'true',
    },
    'timeout-minutes': {
        kind: 'integer',
        min: 1,
        max: 1440,
        description: 'Stop waiting after this long (SageMaker goes on).',
        default: '60',
    },
    'github-token': { kind: 'string', description: 'Token for the pull request comment.' },
    'comment-on-pr': {
        kind: 'boolean',
        description: 'Post or update one comment on the pull request with the plan or outcome.',
        default: 'false',
    },
    target: {
        kind: 'enum',
        values: ['sagemaker', 'codedeploy'],
        description: 'sagemaker, or codedeploy for models served on Lambda or ECS.',
        default: 'sagemaker',
    },
    'codedeploy-application': { kind: 'string', description: 'CodeDeploy application (target codedeploy).' },
    'codedeploy-deployment-group': {
        kind: 'string',
        description: 'CodeDeploy deployment group (target codedeploy).',
    },
    appspec: {
        kind: 'string',
        description: 'AppSpec content (YAML or JSON) or a file in the workspace, for the CodeDeploy deployment (target codedeploy).',
    },
});
const outputs = defineOutputs({
    'endpoint-arn': { description: 'ARN of the endpoint.' },
    'endpoint-config-name': {
        description: 'Endpoint config the action deployed (set as soon as it is known).',
    },
    'previous-endpoint-config-name': {
        description: 'Endpoint config that served before (set as soon as it is known).',
    },
    'model-name': { description: 'SageMaker model the action deployed.' },
    status: {
        description: 'deployed, rolled-back, planned, failed, or in-progress (wait: false); with batch-transform completed, failed, stopped, planned or in-progress.',
    },
    'rolled-back': { description: 'true when the deployment was rolled back.' },
    'duration-seconds': { description: 'How long the deployment took.' },
    plan: { description: 'The plan as JSON: changes, strategy, steps, expected duration, warnings.' },
    'transform-job-name': {
        description: 'The transform job the action started (endpoint-type batch-transform).',
    },
    'output-path': { description: 'S3 URI prefix where the transform job wrote its output objects.' },
    records: { description: 'Output objects the transform job wrote under output-path.' },
    'codedeploy-deployment-id': {
        description: 'The CodeDeploy deployment the action created (target codedeploy).',
    },
});

;// CONCATENATED MODULE: ./actions/deploy-endpoint/src/main.ts



/**
 * Wires the action: inputs checked before any AWS call, then the step for the target and endpoint
 * type. Each step (with its AWS clients) loads only then, so that a bad input fails without that cost.
 */
async function main() {
    await runAction({
        name: 'deploy-endpoint',
        inputs: inputs,
        outputs: outputs,
        crossCheck: deployInputProblems,
        run: async (context) => {
            if (context.inputs.target === 'codedeploy')
                return (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(421), __nccwpck_require__.e(529), __nccwpck_require__.e(815), __nccwpck_require__.e(85), __nccwpck_require__.e(507), __nccwpck_require__.e(370)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2370))).runCodeDeployStep(context);
            if (context.inputs['endpoint-type'] === 'batch-transform')
                return (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(529), __nccwpck_require__.e(459), __nccwpck_require__.e(349), __nccwpck_require__.e(171), __nccwpck_require__.e(186)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8186))).runBatchTransformStep(context);
            return (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(421), __nccwpck_require__.e(529), __nccwpck_require__.e(459), __nccwpck_require__.e(85), __nccwpck_require__.e(491), __nccwpck_require__.e(171), __nccwpck_require__.e(752)]).then(__nccwpck_require__.bind(__nccwpck_require__, 752))).runSageMakerStep(context);
        },
    });
}
/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
const run = (/* unused pure expression or super */ null && (main));


/***/ }),

/***/ 2086:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ parseAlarmThresholds),
/* harmony export */   mI: () => (/* binding */ thresholdAlarmInputs)
/* harmony export */ });
/* unused harmony exports DEFAULT_ALARM_PERIOD_SECONDS, DEFAULT_EVALUATION_PERIODS, thresholdAlarmName */
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);


const INPUT = 'alarm-thresholds';
const FORMS = 'allowed: comma-separated key=value pairs with keys 5xx-rate and 4xx-rate (a percentage, e.g. 1%), p<N>-latency-ms and avg-latency-ms (milliseconds, e.g. 500), e.g. 5xx-rate=1%,p99-latency-ms=500';
const KNOWN_KEYS = [
    '5xx-rate',
    '4xx-rate',
    'p50-latency-ms',
    'p90-latency-ms',
    'p99-latency-ms',
    'avg-latency-ms',
];
function invalid(value, allowed, didYouMean) {
    return _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.single({ input: INPUT, value, allowed, didYouMean });
}
function suggestKey(key) {
    const typed = key.toLowerCase();
    const prefixed = KNOWN_KEYS.find((known) => known.startsWith(typed) && typed.length >= 3);
    if (prefixed)
        return prefixed;
    let best;
    for (const known of KNOWN_KEYS) {
        const score = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(typed, known);
        if (!best || score < best.score)
            best = { known, score };
    }
    return best && best.score <= Math.ceil(best.known.length / 3) ? best.known : undefined;
}
const NUMBER = /^\d+(?:\.\d+)?$/;
const PERCENTILE_KEY = /^p(\d{1,3}(?:\.\d{1,2})?)-latency-ms$/;
function parseRate(entry, key, rawValue) {
    const match = /^(\d+(?:\.\d+)?)\s*%$/.exec(rawValue);
    if (!match) {
        // `0.01` is most likely a fraction meant as 1%; anything else most likely lacks only the sign.
        const asNumber = NUMBER.test(rawValue) ? Number(rawValue) : undefined;
        const guess = asNumber === undefined
            ? undefined
            : `${key}=${asNumber < 1 && rawValue.includes('.') ? Number((asNumber * 100).toPrecision(6)) : asNumber}%`;
        throw invalid(entry, `${key} is a percentage of requests with a % sign, e.g. ${key}=1%`, guess);
    }
    const percent = Number(match[1]);
    if (percent >= 100) {
        throw invalid(entry, `${key} must be below 100%: the alarm fires when the rate is above it, and a rate never exceeds 100%`);
    }
    return {
        key,
        metricName: key === '5xx-rate' ? 'Invocation5XXErrors' : 'Invocation4XXErrors',
        statistic: 'Average',
        threshold: percent / 100,
        display: `${percent}%`,
    };
}
function parseLatency(entry, key, rawValue) {
    const value = rawValue.replace(/\s*ms$/, '');
    const milliseconds = NUMBER.test(value) ? Number(value) : NaN;
    if (!(milliseconds > 0)) {
        throw invalid(entry, `${key} is a latency in milliseconds above 0, e.g. ${key}=500`);
    }
    const percentile = PERCENTILE_KEY.exec(key)?.[1];
    if (percentile !== undefined && !(Number(percentile) > 0 && Number(percentile) < 100)) {
        throw invalid(entry, 'a latency percentile is above 0 and below 100, e.g. p99-latency-ms or p99.9-latency-ms');
    }
    return {
        key,
        metricName: 'ModelLatency',
        ...(percentile === undefined
            ? { statistic: 'Average' }
            : { extendedStatistic: `p${Number(percentile)}` }),
        threshold: Math.round(milliseconds * 1000),
        display: `${milliseconds} ms`,
    };
}
/**
 * Reads `alarm-thresholds`, e.g. `5xx-rate=1%,p99-latency-ms=500`. Entries are separated by commas or
 * new lines; each key may appear once.
 */
function parseAlarmThresholds(raw) {
    const thresholds = [];
    for (const entry of raw
        .split(/[,\n]/)
        .map((part) => part.trim())
        .filter(Boolean)) {
        const equals = entry.indexOf('=');
        if (equals < 0) {
            const key = suggestKey(entry);
            throw invalid(entry, `each entry is key=value; ${FORMS}`, key ? `${key}=…` : undefined);
        }
        const key = entry.slice(0, equals).trim().toLowerCase();
        const value = entry.slice(equals + 1).trim();
        let threshold;
        if (key === '5xx-rate' || key === '4xx-rate')
            threshold = parseRate(entry, key, value);
        else if (key === 'avg-latency-ms' || PERCENTILE_KEY.test(key))
            threshold = parseLatency(entry, key, value);
        else {
            const known = suggestKey(key);
            throw invalid(entry, `unknown key ${JSON.stringify(key)}; ${FORMS}`, known && `${known}=${value}`);
        }
        if (thresholds.some((t) => t.key === threshold.key))
            throw invalid(raw, `each key may appear once, and ${threshold.key} appears twice`);
        thresholds.push(threshold);
    }
    return thresholds;
}
const DEFAULT_ALARM_PERIOD_SECONDS = 60;
const DEFAULT_EVALUATION_PERIODS = 1;
const MAX_ALARM_NAME = 255;
/**
 * Deterministic, so a re-run finds the alarms it created: `<config>-<key>` when the config name already
 * starts with the endpoint name (as the action's own names do), else `<endpoint>-<config>-<key>`, or
 * `<endpoint>-<variant>-<key>` without a config.
 */
function thresholdAlarmName(scope, key) {
    const { endpointName, endpointConfigName, variantName } = scope;
    const prefix = endpointConfigName === undefined
        ? `${endpointName}-${variantName}`
        : endpointConfigName.startsWith(`${endpointName}-`)
            ? endpointConfigName
            : `${endpointName}-${endpointConfigName}`;
    const name = `${prefix}-${key}`;
    // SageMaker names are at most 63 characters, so only a caller bypassing them can get here.
    if (name.length > MAX_ALARM_NAME)
        throw new RangeError(`Alarm name longer than 255 characters: ${name}`);
    return name;
}
function checkPeriods(period, evaluationPeriods, datapoints) {
    if (!(period === 10 || period === 20 || period === 30 || (period > 0 && period % 60 === 0)))
        throw new RangeError(`Alarm period ${period} s: CloudWatch allows 10, 20, 30 or a multiple of 60.`);
    if (!Number.isInteger(evaluationPeriods) || evaluationPeriods < 1)
        throw new RangeError(`Evaluation periods ${evaluationPeriods}: a whole number of at least 1.`);
    if (period * evaluationPeriods > 86_400)
        throw new RangeError('Period × evaluation periods is at most one day (86400 s) in CloudWatch.');
    if (!Number.isInteger(datapoints) || datapoints < 1 || datapoints > evaluationPeriods)
        throw new RangeError(`Datapoints to alarm ${datapoints}: 1 to the evaluation periods.`);
}
const WHAT = {
    Invocation5XXErrors: '5XX error rate',
    Invocation4XXErrors: '4XX error rate',
    ModelLatency: 'model latency',
};
/** PutMetricAlarm requests for the thresholds, each watching only the scoped fleet. */
function thresholdAlarmInputs(thresholds, scope, options = {}) {
    const period = options.periodSeconds ?? DEFAULT_ALARM_PERIOD_SECONDS;
    const evaluationPeriods = options.evaluationPeriods ?? DEFAULT_EVALUATION_PERIODS;
    const datapointsToAlarm = options.datapointsToAlarm ?? evaluationPeriods;
    checkPeriods(period, evaluationPeriods, datapointsToAlarm);
    const dimensions = [
        { Name: 'EndpointName', Value: scope.endpointName },
        { Name: 'VariantName', Value: scope.variantName },
        ...(scope.endpointConfigName ? [{ Name: 'EndpointConfigName', Value: scope.endpointConfigName }] : []),
    ];
    const fleet = `${scope.endpointName}/${scope.variantName}${scope.endpointConfigName ? ` on ${scope.endpointConfigName}` : ''}`;
    return thresholds.map((t) => {
        const statistic = t.extendedStatistic ? `${t.extendedStatistic} ` : '';
        return {
            AlarmName: thresholdAlarmName(scope, t.key),
            AlarmDescription: `modelship: ${statistic}${WHAT[t.metricName]} of ${fleet} above ${t.display} (alarm-thresholds ${t.key}).`,
            Namespace: 'AWS/SageMaker',
            MetricName: t.metricName,
            Dimensions: dimensions,
            ...(t.extendedStatistic
                ? { ExtendedStatistic: t.extendedStatistic }
                : { Statistic: 'Average' }),
            // No Unit: an alarm with a Unit ignores datapoints published without one.
            Period: period,
            EvaluationPeriods: evaluationPeriods,
            DatapointsToAlarm: datapointsToAlarm,
            Threshold: t.threshold,
            ComparisonOperator: 'GreaterThanThreshold',
            // No requests means no evidence against the new fleet; a quiet canary must not read as broken.
            TreatMissingData: 'notBreaching',
            ...(options.tags?.length ? { Tags: options.tags } : {}),
        };
    });
}


/***/ }),

/***/ 2740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ S3_URI),
/* harmony export */   bm: () => (/* binding */ SAGEMAKER_NAME),
/* harmony export */   iz: () => (/* binding */ SAGEMAKER_NAME_RULE),
/* harmony export */   jf: () => (/* binding */ S3_URI_RULE),
/* harmony export */   uB: () => (/* binding */ validateDeploymentConfig)
/* harmony export */ });
/* harmony import */ var _deploymentConfig__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8550);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);


/** SageMaker's rule for endpoint, config, model, job and group names. */
const SAGEMAKER_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const SAGEMAKER_NAME_RULE = 'it must be 1 to 63 letters, digits and hyphens, starting with a letter or digit';
const S3_URI = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/;
const S3_URI_RULE = 'it must be an S3 URI such as s3://my-bucket/path/';
/** For an input schema's `validate`: what is allowed when the name does not parse. */
function validateDeploymentConfig(value) {
    try {
        (0,_deploymentConfig__WEBPACK_IMPORTED_MODULE_0__/* .parseDeploymentConfig */ .B8)(value);
        return undefined;
    }
    catch (err) {
        if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz && err.problems[0]) {
            const problem = err.problems[0];
            return problem.didYouMean
                ? `${problem.allowed}. Did you mean "${problem.didYouMean}"?`
                : problem.allowed;
        }
        throw err;
    }
}


/***/ }),

/***/ 8550:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ parseDeploymentConfig),
/* harmony export */   hI: () => (/* binding */ toSageMakerDeploymentConfig),
/* harmony export */   kD: () => (/* binding */ MAX_GUARDING_ALARMS),
/* harmony export */   zo: () => (/* binding */ toCodeDeployConfigName)
/* harmony export */ });
/* unused harmony exports PERCENT_LIMITS, WAIT_INTERVAL_MAX_SECONDS, TERMINATION_WAIT_MAX_SECONDS, MAX_EXECUTION_LIMITS, totalWaitSeconds, validateDeploymentStrategy */
/* harmony import */ var _deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2812);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);
/* harmony import */ var _trafficPlan__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1949);



/** SageMaker's limits (sagemaker-api-facts §1). */
const PERCENT_LIMITS = { canary: [1, 50], linear: [10, 50], rolling: [5, 50] };
const WAIT_INTERVAL_MAX_SECONDS = 3600;
const TERMINATION_WAIT_MAX_SECONDS = 3600;
const MAX_EXECUTION_LIMITS = [600, 28800];
const MAX_GUARDING_ALARMS = 10;
const INPUT = 'deployment-config';
const STEP = {
    canary: { noun: 'a canary', field: 'CanarySize' },
    linear: { noun: 'a linear step', field: 'LinearStepSize' },
    rolling: { noun: 'a rolling batch', field: 'MaximumBatchSize' },
};
const clamp = (value, min, max) => Math.min(max, Math.max(min, value));
function invalid(input, value, allowed, didYouMean) {
    return _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz.single({ input, value, allowed, didYouMean });
}
/**
 * Reads `deployment-config` and its refinements into a strategy, or throws an InputError that names the
 * input, the value, what is allowed and the closest valid name.
 */
function parseDeploymentConfig(value, refinements = {}) {
    const preset = (0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .readPresetName */ .RY)(value);
    if (!preset)
        throw invalid(INPUT, value, _deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .PRESET_GRAMMAR */ .QZ, (0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .suggestPresetName */ .p8)(value));
    checkPresetRanges(value, preset);
    const strategy = {
        kind: preset.kind,
        percent: preset.percent,
        intervalSeconds: preset.intervalSeconds,
        preset: (0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .formatPresetName */ .yn)(preset),
    };
    if (refinements.terminationWaitSeconds !== undefined)
        strategy.terminationWaitSeconds = refinements.terminationWaitSeconds;
    if (refinements.maxExecutionSeconds !== undefined)
        strategy.maxExecutionSeconds = refinements.maxExecutionSeconds;
    validateDeploymentStrategy(strategy, refinements.instanceCount);
    return strategy;
}
function checkPresetRanges(value, preset) {
    if (preset.kind === 'all-at-once')
        return;
    const [min, max] = PERCENT_LIMITS[preset.kind];
    const { noun, field } = STEP[preset.kind];
    if (preset.percent < min || preset.percent > max) {
        throw invalid(INPUT, value, `${noun} moves ${min}% to ${max}% of the fleet (SageMaker's ${field}), not ${preset.percent}%`, (0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .formatPresetName */ .yn)({ ...preset, percent: clamp(preset.percent, min, max) }));
    }
    if (preset.intervalSeconds > WAIT_INTERVAL_MAX_SECONDS) {
        throw invalid(INPUT, value, `a bake (WaitIntervalInSeconds) is 0 to 3600 seconds (60 minutes), not ${preset.intervalSeconds} s`, (0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .formatPresetName */ .yn)({ ...preset, intervalSeconds: WAIT_INTERVAL_MAX_SECONDS }));
    }
}
/** Bakes plus the termination wait: what MaximumExecutionTimeoutInSeconds has to outlast. */
function totalWaitSeconds(strategy, instanceCount) {
    return ((0,_trafficPlan__WEBPACK_IMPORTED_MODULE_2__/* .greenShares */ .o5)(strategy, instanceCount).length * strategy.intervalSeconds +
        (strategy.terminationWaitSeconds ?? 0));
}
/**
 * The checks that need the refinements or the fleet size. parseDeploymentConfig runs them; run them
 * again once the instance count is known if it was not at parse time.
 */
function validateDeploymentStrategy(strategy, instanceCount) {
    const wait = strategy.terminationWaitSeconds;
    if (wait !== undefined) {
        if (!Number.isInteger(wait) || wait < 0 || wait > TERMINATION_WAIT_MAX_SECONDS) {
            throw invalid('termination-wait-seconds', String(wait), 'it must be a whole number from 0 to 3600');
        }
        if (strategy.kind === 'rolling' && wait > 0) {
            throw invalid('termination-wait-seconds', String(wait), `it applies to blue/green deployments (AllAtOnce, Canary, Linear); ${strategy.preset} replaces instances batch by batch and has no old fleet to keep`);
        }
    }
    if (instanceCount !== undefined)
        checkCanaryFitsFleet(strategy, instanceCount);
    const needed = totalWaitSeconds(strategy, instanceCount);
    const [minExecution, maxExecution] = MAX_EXECUTION_LIMITS;
    if (needed >= maxExecution) {
        throw invalid(INPUT, strategy.preset, `its bakes and termination wait take ${needed} s, and SageMaker stops every deployment after at most ${maxExecution} s (8 hours); use fewer or shorter steps`);
    }
    const max = strategy.maxExecutionSeconds;
    if (max === undefined)
        return;
    if (!Number.isInteger(max) || max < minExecution || max > maxExecution) {
        throw invalid('max-execution-seconds', String(max), 'it must be a whole number from 600 to 28800');
    }
    if (max <= needed) {
        // Ten minutes on top of the waits leaves room for provisioning the new instances.
        const suggestion = clamp(Math.ceil((needed + 600) / 60) * 60, minExecution, maxExecution);
        throw invalid('max-execution-seconds', String(max), `it must be larger than the bakes and termination wait of ${strategy.preset} (${needed} s), or SageMaker times out and rolls back every deployment`, String(suggestion));
    }
}
/** SageMaker: the canary is at most half of the new fleet, counted in whole instances. */
function checkCanaryFitsFleet(strategy, instanceCount) {
    if (strategy.kind !== 'canary')
        return;
    const canary = (0,_trafficPlan__WEBPACK_IMPORTED_MODULE_2__/* .instancesForPercent */ .B7)(strategy.percent, instanceCount);
    if (canary * 2 <= instanceCount)
        return;
    let largest;
    for (let percent = PERCENT_LIMITS.canary[1]; percent >= 1 && largest === undefined; percent--)
        if ((0,_trafficPlan__WEBPACK_IMPORTED_MODULE_2__/* .instancesForPercent */ .B7)(percent, instanceCount) * 2 <= instanceCount)
            largest = percent;
    const fix = largest === undefined
        ? 'a canary needs at least 2 instances (instance-count); use AllAtOnce or raise instance-count'
        : `use at most ${largest}%`;
    throw invalid(INPUT, strategy.preset, `a canary may take at most half of the new fleet, and ${strategy.percent}% of instance-count ${instanceCount} is ${canary} instance${canary === 1 ? '' : 's'}; ${fix}`, largest === undefined ? undefined : (0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .formatPresetName */ .yn)({ ...strategy, percent: largest }));
}
/** The DeploymentConfig of UpdateEndpoint that makes SageMaker itself run the strategy with guardrails. */
function toSageMakerDeploymentConfig(strategy, options = {}) {
    const { instanceCount } = options;
    if (instanceCount !== undefined)
        validateDeploymentStrategy(strategy, instanceCount);
    const capacity = (percent) => {
        if (options.capacityType !== 'INSTANCE_COUNT')
            return { Type: 'CAPACITY_PERCENT', Value: percent };
        if (instanceCount === undefined)
            throw new Error('INSTANCE_COUNT capacity needs the instance count of the new fleet.');
        return { Type: 'INSTANCE_COUNT', Value: (0,_trafficPlan__WEBPACK_IMPORTED_MODULE_2__/* .instancesForPercent */ .B7)(percent, instanceCount) };
    };
    const alarms = guardingAlarms(options.alarms ?? []);
    const rollback = alarms.length
        ? { AutoRollbackConfiguration: { Alarms: alarms.map((AlarmName) => ({ AlarmName })) } }
        : {};
    const maxExecution = strategy.maxExecutionSeconds === undefined
        ? {}
        : { MaximumExecutionTimeoutInSeconds: strategy.maxExecutionSeconds };
    if (strategy.kind === 'rolling') {
        return {
            RollingUpdatePolicy: {
                MaximumBatchSize: capacity(strategy.percent),
                WaitIntervalInSeconds: strategy.intervalSeconds,
                ...maxExecution,
            },
            ...rollback,
        };
    }
    const wait = strategy.intervalSeconds;
    const routing = strategy.kind === 'canary'
        ? { Type: 'CANARY', CanarySize: capacity(strategy.percent), WaitIntervalInSeconds: wait }
        : strategy.kind === 'linear'
            ? { Type: 'LINEAR', LinearStepSize: capacity(strategy.percent), WaitIntervalInSeconds: wait }
            : { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: wait };
    return {
        BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: routing,
            ...(strategy.terminationWaitSeconds === undefined
                ? {}
                : { TerminationWaitInSeconds: strategy.terminationWaitSeconds }),
            ...maxExecution,
        },
        ...rollback,
    };
}
function guardingAlarms(names) {
    const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
    const tooLong = unique.find((name) => name.length > 255);
    if (tooLong !== undefined)
        throw invalid('alarms', tooLong, 'an alarm name is 1 to 255 characters (CloudWatch)');
    if (unique.length > MAX_GUARDING_ALARMS) {
        throw invalid('alarms', unique.join(','), `SageMaker guards a deployment with at most ${MAX_GUARDING_ALARMS} alarms, named and alarm-thresholds ones together; this is ${unique.length}`);
    }
    return unique;
}
// CodeDeploy's predefined configs ([CD] in sagemaker-api-facts §8), spelled exactly as the service does.
const PREDEFINED = {
    Lambda: [
        'CodeDeployDefault.LambdaAllAtOnce',
        'CodeDeployDefault.LambdaCanary10Percent5Minutes',
        'CodeDeployDefault.LambdaCanary10Percent10Minutes',
        'CodeDeployDefault.LambdaCanary10Percent15Minutes',
        'CodeDeployDefault.LambdaCanary10Percent30Minutes',
        'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
        'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
        'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes',
        'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
    ],
    ECS: [
        'CodeDeployDefault.ECSAllAtOnce',
        'CodeDeployDefault.ECSCanary10Percent5Minutes',
        'CodeDeployDefault.ECSCanary10Percent15Minutes',
        'CodeDeployDefault.ECSLinear10PercentEvery1Minutes',
        'CodeDeployDefault.ECSLinear10PercentEvery3Minutes',
    ],
};
const presetKey = (p) => p.kind === 'all-at-once' ? p.kind : `${p.kind}/${p.percent}/${p.intervalSeconds}`;
const PREDEFINED_BY_KEY = Object.fromEntries(Object.keys(PREDEFINED).map((platform) => [
    platform,
    new Map(PREDEFINED[platform].map((name) => [presetKey((0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .readPresetName */ .RY)(name)), name])),
]));
/**
 * The CodeDeploy deployment config for a Lambda or ECS target: a predefined one when it means the same,
 * else a custom TrafficRoutingConfig with a deterministic name, so re-runs reuse it.
 */
function toCodeDeployConfigName(strategy, platform) {
    const predefined = PREDEFINED_BY_KEY[platform].get(presetKey(strategy));
    if (predefined)
        return { deploymentConfigName: predefined, predefined: true };
    if (strategy.kind !== 'canary' && strategy.kind !== 'linear') {
        throw invalid(INPUT, strategy.preset, 'with target codedeploy, allowed: AllAtOnce, Canary<P>Percent<N>Minutes, Linear<P>PercentEvery<N>Minute(s); Rolling is a SageMaker endpoint update', strategy.percent >= 10
            ? (0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .formatPresetName */ .yn)({ ...strategy, kind: 'linear', percent: Math.min(strategy.percent, 50) })
            : undefined);
    }
    const minutes = strategy.intervalSeconds / 60;
    if (!Number.isInteger(minutes) || minutes < 1) {
        throw invalid(INPUT, strategy.preset, `CodeDeploy counts ${strategy.kind} intervals in whole minutes (at least 1), not ${strategy.intervalSeconds} s`, (0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_1__/* .formatPresetName */ .yn)({ ...strategy, intervalSeconds: Math.max(1, Math.ceil(minutes)) * 60 }));
    }
    const deploymentConfigName = `modelship-${platform}-${strategy.preset}`;
    return {
        deploymentConfigName,
        predefined: false,
        create: {
            deploymentConfigName,
            computePlatform: platform,
            trafficRoutingConfig: strategy.kind === 'canary'
                ? {
                    type: 'TimeBasedCanary',
                    timeBasedCanary: { canaryPercentage: strategy.percent, canaryInterval: minutes },
                }
                : {
                    type: 'TimeBasedLinear',
                    timeBasedLinear: { linearPercentage: strategy.percent, linearInterval: minutes },
                },
        },
    };
}


/***/ }),

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ PRESET_GRAMMAR),
/* harmony export */   RY: () => (/* binding */ readPresetName),
/* harmony export */   p8: () => (/* binding */ suggestPresetName),
/* harmony export */   yn: () => (/* binding */ formatPresetName)
/* harmony export */ });
/* unused harmony export stripCodeDeployPrefix */
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1916);

const PRESET_GRAMMAR = 'allowed: AllAtOnce, Canary<P>Percent<N>Minutes|Minute|Seconds|Second, Linear<P>PercentEvery<N>Minute(s)|Second(s), Rolling<P>PercentEvery<N>Minute(s)|Second(s), optionally prefixed CodeDeployDefault.[Lambda|ECS]';
// CodeDeploy's own names (CodeDeployDefault.LambdaCanary10Percent5Minutes) mean the same thing, so a
// workflow that already uses them keeps working.
const CODEDEPLOY_PREFIX = /^CodeDeployDefault\.(Lambda|ECS)?/;
const SHAPES = [
    { kind: 'canary', regex: /^Canary(\d+)Percent(\d+)(Minutes?|Seconds?)$/ },
    { kind: 'linear', regex: /^Linear(\d+)PercentEvery(\d+)(Minutes?|Seconds?)$/ },
    { kind: 'rolling', regex: /^Rolling(\d+)PercentEvery(\d+)(Minutes?|Seconds?)$/ },
];
const stripCodeDeployPrefix = (raw) => raw.trim().replace(CODEDEPLOY_PREFIX, '');
/** Reads the grammar only; undefined when the text is not a preset name at all. */
function readPresetName(raw) {
    const value = stripCodeDeployPrefix(raw);
    if (value === 'AllAtOnce')
        return { kind: 'all-at-once', percent: 100, intervalSeconds: 0 };
    for (const { kind, regex } of SHAPES) {
        const match = regex.exec(value);
        if (!match)
            continue;
        const amount = Number(match[2]);
        const unitSeconds = match[3].startsWith('Minute') ? 60 : 1;
        return { kind, percent: Number(match[1]), intervalSeconds: amount * unitSeconds };
    }
    return undefined;
}
function formatInterval(seconds) {
    // Whole minutes read the way CodeDeploy writes them; anything else stays in seconds.
    if (seconds >= 60 && seconds % 60 === 0) {
        const minutes = seconds / 60;
        return `${minutes}${minutes === 1 ? 'Minute' : 'Minutes'}`;
    }
    return `${seconds}${seconds === 1 ? 'Second' : 'Seconds'}`;
}
/** The canonical spelling, used in summaries and as the key for CodeDeploy's predefined configs. */
function formatPresetName(preset) {
    switch (preset.kind) {
        case 'all-at-once':
            return 'AllAtOnce';
        case 'canary':
            return `Canary${preset.percent}Percent${formatInterval(preset.intervalSeconds)}`;
        case 'linear':
            return `Linear${preset.percent}PercentEvery${formatInterval(preset.intervalSeconds)}`;
        case 'rolling':
            return `Rolling${preset.percent}PercentEvery${formatInterval(preset.intervalSeconds)}`;
    }
}
const DEFAULT_INTERVAL = { canary: 300, linear: 60, rolling: 60 };
const EXAMPLES = [
    'AllAtOnce',
    'Canary10Percent5Minutes',
    'Canary10Percent30Seconds',
    'Linear10PercentEvery1Minute',
    'Linear20PercentEvery30Seconds',
    'Rolling20PercentEvery1Minute',
];
/**
 * The preset the user most likely meant. Candidates reuse the numbers they typed, so a typo or a
 * missing unit (`Canary10Percent`, `Canary10Percent5`) is answered with their own percent and time
 * rather than with an unrelated example.
 */
function suggestPresetName(raw) {
    const value = stripCodeDeployPrefix(raw);
    if (value === '')
        return undefined;
    const [first, second] = (value.match(/\d+/g) ?? []).map(Number);
    const typed = value.toLowerCase();
    // A name that starts like a kind (even misspelt) is answered with that kind only: the word order or
    // units may be wrong, but the kind is what the user chose.
    const chosen = SHAPES.filter(({ kind }) => (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(typed.slice(0, kind.length), kind) <= 1);
    const candidates = new Set(chosen.length ? [] : EXAMPLES);
    for (const { kind } of chosen.length ? chosen : SHAPES) {
        const percent = first ?? 10;
        // The number typed is read as minutes first, the way CodeDeploy's own names count.
        const amounts = second !== undefined ? [second * 60, second] : [DEFAULT_INTERVAL[kind]];
        for (const intervalSeconds of amounts)
            candidates.add(formatPresetName({ kind, percent, intervalSeconds }));
    }
    let best;
    for (const candidate of candidates) {
        const score = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(typed, candidate.toLowerCase());
        if (!best || score < best.score)
            best = { candidate, score };
    }
    if (!best || best.candidate === value)
        return undefined;
    // Half the name may differ: enough for a missing unit, not for an unrelated word like `blue-green`.
    return best.score <= Math.max(3, Math.floor(best.candidate.length / 2)) ? best.candidate : undefined;
}


/***/ }),

/***/ 2515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   lW: () => (/* binding */ parseDurationSeconds),
/* harmony export */   us: () => (/* binding */ elapsedSeconds)
/* harmony export */ });
/**
 * Whole seconds from `90`, `90s`, `5m`, `1h30m` or `1h 30m 15s`; undefined when the text is not one of
 * those forms. Units go from larger to smaller and appear once, so `5m1h` is rejected rather than guessed.
 */
function parseDurationSeconds(text) {
    const trimmed = text.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed);
    const match = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/i.exec(trimmed);
    if (!match || trimmed === '')
        return undefined;
    const [, hours, minutes, seconds] = match;
    return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}
/** `1h 5m`, `2m 30s`, `45s`: for summaries and progress lines, which a person reads at a glance. */
function formatDuration(totalSeconds) {
    const seconds = Math.max(0, Math.round(totalSeconds));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const parts = [h ? `${h}h` : '', m ? `${m}m` : '', s || (!h && !m) ? `${s}s` : ''];
    return parts.filter(Boolean).join(' ');
}
/** Whole seconds from `startedAtMs` to `nowMs`: the one subtraction behind every duration output. */
function elapsedSeconds(startedAtMs, nowMs) {
    return Math.max(0, Math.round((nowMs - startedAtMs) / 1000));
}
/** `45s`, `2m05s`: the compact elapsed time at the start of a progress line. */
function formatElapsed(ms) {
    const seconds = elapsedSeconds(0, ms);
    return seconds >= 60
        ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`
        : `${seconds}s`;
}


/***/ }),

/***/ 3904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ ModelshipError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   oh: () => (/* binding */ failureMessage)
/* harmony export */ });
/* unused harmony export describeInputProblem */
/** An error the user can act on: the message says what happened, the hint what to do next. */
class ModelshipError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
        this.name = 'ModelshipError';
    }
}
function describeInputProblem(problem) {
    const given = problem.value === '' ? 'is missing' : `is ${JSON.stringify(problem.value)}`;
    const suggestion = problem.didYouMean ? ` Did you mean "${problem.didYouMean}"?` : '';
    return `Input "${problem.input}" ${given}; ${problem.allowed.replace(/\.$/, '')}.${suggestion}`;
}
/** Every bad input of one step at once, so a user fixes them in one go rather than one run each. */
class InputError extends ModelshipError {
    problems;
    constructor(problems) {
        super(problems.map(describeInputProblem).join('\n'), 'Fix the inputs in the workflow file; the action README lists each one with its allowed values.');
        this.problems = problems;
        this.name = 'InputError';
    }
    static single(problem) {
        return new InputError([problem]);
    }
}
/** The text for core.setFailed: the message, then the hint, then AWS's own error code when there is one. */
function failureMessage(err) {
    if (err instanceof ModelshipError)
        return err.hint ? `${err.message}\nWhat to do: ${err.hint}` : err.message;
    if (err instanceof Error) {
        const code = err.name;
        const prefix = code && code !== 'Error' ? `${code}: ` : '';
        return `${prefix}${err.message}`;
    }
    return String(err);
}


/***/ }),

/***/ 1949:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ instancesForPercent),
/* harmony export */   lw: () => (/* binding */ deploymentTimeline),
/* harmony export */   o5: () => (/* binding */ greenShares),
/* harmony export */   wF: () => (/* binding */ weightSteps)
/* harmony export */ });
/* harmony import */ var _deploymentPresetName__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2812);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3904);


/**
 * SageMaker sizes a percentage of a fleet in whole instances, and a step is never empty. Rounding up is
 * our reading of the service (the API documents percentages, not the rounding); plan mode shows the result.
 */
function instancesForPercent(percent, instanceCount) {
    return Math.max(1, Math.ceil((instanceCount * percent) / 100));
}
const roundShare = (share) => Math.round(share * 100) / 100;
function cumulativeShares(stepPercent) {
    const shares = [];
    for (let share = stepPercent; share < 100; share += stepPercent)
        shares.push(share);
    return [...shares, 100];
}
/**
 * The new fleet's share of traffic after each guardrails step. Given the instance count, shares follow
 * whole instances: Linear10Percent on 4 instances moves 25% per step in 4 steps, not 10 steps.
 */
function greenShares(strategy, instanceCount) {
    const { kind, percent } = strategy;
    if (kind === 'all-at-once')
        return [100];
    if (instanceCount === undefined)
        return kind === 'canary' ? [percent, 100] : cumulativeShares(percent);
    const step = instancesForPercent(percent, instanceCount);
    if (kind === 'canary')
        return [roundShare((100 * Math.min(step, instanceCount)) / instanceCount), 100];
    const shares = [];
    for (let active = step; active < instanceCount; active += step)
        shares.push(roundShare((100 * active) / instanceCount));
    return [...shares, 100];
}
/**
 * The client-side plan for endpoints that guardrails do not cover. Weights are not bound to instances,
 * so the preset's percentages are used as they are.
 */
function weightSteps(strategy) {
    if (strategy.kind === 'rolling') {
        // Rolling replaces instances batch by batch inside one variant; weights move traffic between two.
        const linear = strategy.percent >= 10
            ? (0,_deploymentPresetName__WEBPACK_IMPORTED_MODULE_0__/* .formatPresetName */ .yn)({ ...strategy, kind: 'linear', percent: Math.min(strategy.percent, 50) })
            : undefined;
        throw _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz.single({
            input: 'deployment-config',
            value: strategy.preset,
            allowed: 'Rolling is a SageMaker guardrails update; with traffic-shifting weights use AllAtOnce, Canary<P>Percent<N>Minutes or Linear<P>PercentEvery<N>Minute(s)',
            didYouMean: linear,
        });
    }
    const shares = strategy.kind === 'all-at-once' ? [100] : greenShares(strategy);
    return shares.map((share) => ({
        newWeightPercent: share,
        oldWeightPercent: 100 - share,
        bakeSeconds: strategy.intervalSeconds,
    }));
}
/** The expected course of a deployment, for plan mode and for the summary's chart. */
function deploymentTimeline(strategy, options = {}) {
    const trafficShifting = options.trafficShifting ?? 'guardrails';
    const provisioning = options.provisioningSeconds ?? 0;
    const rollbackWindowSeconds = options.rollbackWindowSeconds ?? 0;
    const { instanceCount } = options;
    const bake = strategy.intervalSeconds;
    const instancesAt = (share) => instanceCount === undefined ? undefined : Math.round((share * instanceCount) / 100);
    if (trafficShifting === 'guardrails' && strategy.kind === 'rolling') {
        return rollingTimeline(strategy, provisioning, rollbackWindowSeconds, instanceCount);
    }
    const shares = trafficShifting === 'weights'
        ? weightSteps(strategy).map((s) => s.newWeightPercent)
        : greenShares(strategy, instanceCount);
    const steps = shares.map((share, i) => ({
        startSeconds: provisioning + i * bake,
        greenTrafficPercent: share,
        greenInstances: trafficShifting === 'guardrails' ? instancesAt(share) : undefined,
        bakeSeconds: bake,
    }));
    const totalBakeSeconds = shares.length * bake;
    const shiftedAtSeconds = provisioning + totalBakeSeconds;
    // Weights mode keeps the old variant until the action removes it, so it has no termination wait; the
    // old variant is what a rollback inside the window returns to, so the window costs double there.
    const terminationWaitSeconds = trafficShifting === 'guardrails' ? (strategy.terminationWaitSeconds ?? 0) : 0;
    const doubleFleetSeconds = trafficShifting === 'guardrails'
        ? shiftedAtSeconds + terminationWaitSeconds
        : shiftedAtSeconds + rollbackWindowSeconds;
    return withoutUndefined({
        trafficShifting,
        steps: steps.map(withoutUndefined),
        shiftedAtSeconds,
        totalBakeSeconds,
        terminationWaitSeconds,
        rollbackWindowSeconds,
        totalSeconds: shiftedAtSeconds + terminationWaitSeconds + rollbackWindowSeconds,
        doubleFleetSeconds,
        extraInstances: instanceCount,
    });
}
/** Rolling: each batch is provisioned, takes its share and bakes before the next batch starts. */
function rollingTimeline(strategy, provisioning, rollbackWindowSeconds, instanceCount) {
    const trafficShifting = 'guardrails';
    const bake = strategy.intervalSeconds;
    const instancesAt = (share) => instanceCount === undefined ? undefined : Math.round((share * instanceCount) / 100);
    // Each batch is provisioned, takes its share and bakes before the next batch starts.
    const shares = greenShares(strategy, instanceCount);
    const steps = shares.map((share, i) => ({
        startSeconds: (i + 1) * provisioning + i * bake,
        greenTrafficPercent: share,
        greenInstances: instancesAt(share),
        bakeSeconds: bake,
    }));
    const shiftedAtSeconds = shares.length * (provisioning + bake);
    return withoutUndefined({
        trafficShifting,
        steps: steps.map(withoutUndefined),
        shiftedAtSeconds,
        totalBakeSeconds: shares.length * bake,
        terminationWaitSeconds: 0,
        rollbackWindowSeconds,
        totalSeconds: shiftedAtSeconds + rollbackWindowSeconds,
        doubleFleetSeconds: shiftedAtSeconds,
        extraInstances: instanceCount === undefined ? undefined : instancesForPercent(strategy.percent, instanceCount),
    });
}
// The plan is also an action output (JSON); absent facts are left out rather than written as null.
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand)
/* harmony export */ });
/* unused harmony export workflowCommand */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

// The one place that writes workflow commands (`::name props::message` on stdout). It does what
// @actions/core's command writer does, byte for byte, so that a step can mask, log and fail without
// loading @actions/core (and its HTTP client), which costs several times a bare node start.
/** The runner's escaping of a command's message: %, CR and LF. */
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property's value is escaped further: ':' and ',' separate the properties themselves. */
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** The command's text; properties without a value are left out, as the runner expects. */
function workflowCommand(command, message, properties = {}) {
    const set = Object.entries(properties).filter((entry) => Boolean(entry[1]));
    const props = set.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, message, properties = {}, sink = process.stdout) {
    sink.write(workflowCommand(command, message, properties) + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
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

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ var __webpack_exports__ = __nccwpck_require__(1739);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
