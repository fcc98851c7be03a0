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

/***/ 2754:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4289);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4289:
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

;// CONCATENATED MODULE: ./shared/src/inputSchema.ts
/** `const` keeps enum values and required flags literal, so `readInputs` can type what it returns. */
const defineInputs = (schema) => schema;
const defineOutputs = (schema) => schema;

// EXTERNAL MODULE: ./shared/src/awsNames.ts
var awsNames = __nccwpck_require__(2740);
;// CONCATENATED MODULE: ./actions/rollback/src/inputs.ts

/** The action's public interface, declared once; action.yml and the README are checked against it. */
const inputs = defineInputs({
    'endpoint-name': {
        kind: 'string',
        pattern: awsNames/* SAGEMAKER_NAME */.bm,
        allowed: awsNames/* SAGEMAKER_NAME_RULE */.iz,
        description: 'Endpoint to roll back (target sagemaker); with target codedeploy, only a name for the summary.',
    },
    region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
    to: {
        kind: 'string',
        description: 'previous (the config recorded in provenance tags), an endpoint config name, or last-approved.',
        default: 'previous',
    },
    'model-package-group': {
        kind: 'string',
        pattern: awsNames/* SAGEMAKER_NAME */.bm,
        allowed: awsNames/* SAGEMAKER_NAME_RULE */.iz,
        description: 'Model package group for to: last-approved.',
    },
    'execution-role-arn': {
        kind: 'arn',
        service: 'iam',
        resource: 'role',
        description: 'IAM role for the model created for to: last-approved.',
    },
    'deployment-config': {
        kind: 'string',
        validate: awsNames/* validateDeploymentConfig */.uB,
        description: 'Traffic shifting of the rollback; same names as deploy-endpoint.',
        default: 'AllAtOnce',
    },
    alarms: { kind: 'list', description: 'Alarms that guard the rollback itself.' },
    'in-flight': {
        kind: 'enum',
        values: ['force', 'wait', 'fail'],
        description: 'When a deployment is in progress: force (trip its alarm so SageMaker rolls back), wait, or fail.',
        default: 'force',
    },
    'reject-model-package': {
        kind: 'boolean',
        description: 'Mark the model package that was serving as Rejected.',
        default: 'false',
    },
    reason: { kind: 'string', description: 'Why: recorded in tags and the summary.' },
    wait: {
        kind: 'boolean',
        description: 'Wait until the endpoint is InService on the target config.',
        default: 'true',
    },
    'timeout-minutes': {
        kind: 'integer',
        min: 1,
        max: 1440,
        description: 'Stop waiting after this long.',
        default: '30',
    },
    'github-token': { kind: 'string', description: 'Token for the pull request comment.' },
    'comment-on-pr': {
        kind: 'boolean',
        description: 'Post or update one comment on the pull request.',
        default: 'false',
    },
    target: {
        kind: 'enum',
        values: ['sagemaker', 'codedeploy'],
        description: 'sagemaker, or codedeploy (stops the deployment with auto rollback).',
        default: 'sagemaker',
    },
    'codedeploy-deployment-id': {
        kind: 'string',
        pattern: /^d-[A-Z0-9]{9}$/,
        allowed: 'a CodeDeploy deployment id such as d-ABCDEF123',
        description: 'The CodeDeploy deployment to roll back (target codedeploy); default: the active, else newest, deployment of the group.',
    },
    'codedeploy-application': {
        kind: 'string',
        description: 'CodeDeploy application whose deployment to roll back (target codedeploy).',
    },
    'codedeploy-deployment-group': {
        kind: 'string',
        description: 'CodeDeploy deployment group whose deployment to roll back (target codedeploy).',
    },
});
const outputs = defineOutputs({
    'rolled-back-from': { description: 'Endpoint config that served before the rollback.' },
    'rolled-back-to': { description: 'Endpoint config that serves now.' },
    'endpoint-config-name': { description: 'Endpoint config that serves now.' },
    'model-package-arn': { description: 'Model package of the config that serves now, when known.' },
    status: { description: 'rolled-back, already-there, failed, or in-progress (wait: false).' },
    'duration-seconds': { description: 'How long the rollback took.' },
    'codedeploy-rollback-deployment-id': {
        description: 'The CodeDeploy deployment that moved traffic back (target codedeploy).',
    },
});

// EXTERNAL MODULE: ./actions/rollback/src/rollbackTarget.ts
var rollbackTarget = __nccwpck_require__(6753);
;// CONCATENATED MODULE: ./actions/rollback/src/rollbackInputProblems.ts

/** Rules across inputs, checked before any AWS call. */
function rollbackInputProblems(inputs) {
    const problems = [];
    const toProblem = (0,rollbackTarget/* rollbackToProblem */.bW)(inputs.to);
    if (toProblem)
        problems.push({ input: 'to', value: inputs.to, allowed: toProblem });
    if (inputs.to === 'last-approved' && !inputs['model-package-group']) {
        problems.push({
            input: 'model-package-group',
            value: '',
            allowed: 'it is required with to: last-approved (the group whose newest Approved version to serve)',
        });
    }
    if (inputs.to === 'last-approved' && !inputs['execution-role-arn']) {
        problems.push({
            input: 'execution-role-arn',
            value: '',
            allowed: 'it is required with to: last-approved, which creates a model for the package version',
        });
    }
    if (inputs.target === 'sagemaker' && !inputs['endpoint-name']) {
        problems.push({ input: 'endpoint-name', value: '', allowed: 'it is required with target: sagemaker' });
    }
    const codeDeployGroupGiven = Boolean(inputs['codedeploy-application'] && inputs['codedeploy-deployment-group']);
    if (inputs.target === 'codedeploy' && !inputs['codedeploy-deployment-id'] && !codeDeployGroupGiven) {
        problems.push({
            input: 'codedeploy-deployment-id',
            value: '',
            allowed: 'with target: codedeploy, give codedeploy-deployment-id, or codedeploy-application and codedeploy-deployment-group',
        });
    }
    if (inputs.target === 'codedeploy' && inputs.to !== 'previous') {
        problems.push({
            input: 'to',
            value: inputs.to,
            allowed: 'previous only with target: codedeploy (the version before the deployment)',
        });
    }
    if (inputs.target === 'codedeploy' && inputs['reject-model-package']) {
        problems.push({
            input: 'reject-model-package',
            value: 'true',
            allowed: 'false with target: codedeploy, whose deployments record no model package',
        });
    }
    if (inputs['comment-on-pr'] && !inputs['github-token']) {
        problems.push({
            input: 'github-token',
            value: '',
            allowed: 'it is required with comment-on-pr: true (e.g. ${{ github.token }})',
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./actions/rollback/src/main.ts



async function main() {
    await runAction({
        name: 'rollback',
        inputs: inputs,
        outputs: outputs,
        crossCheck: rollbackInputProblems,
        // The AWS SDK and the step load once the inputs are valid: a bad input fails without that cost.
        run: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(815), __nccwpck_require__.e(715), __nccwpck_require__.e(736)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1736))).runWiredRollback(context),
    });
}
/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
const run = (/* unused pure expression or super */ null && (main));


/***/ }),

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U5: () => (/* binding */ readRollbackTo),
/* harmony export */   bW: () => (/* binding */ rollbackToProblem)
/* harmony export */ });
/* unused harmony export describeRollbackTo */
/* harmony import */ var _modelship_shared__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2740);

/** What is allowed when `to` is not usable, or undefined when it is. */
function rollbackToProblem(value) {
    if (value === 'previous' || value === 'last-approved' || _modelship_shared__WEBPACK_IMPORTED_MODULE_0__/* .SAGEMAKER_NAME */ .bm.test(value))
        return undefined;
    return 'it must be previous, last-approved, or an endpoint config name (letters, digits and hyphens, at most 63)';
}
function readRollbackTo(value) {
    const to = value.trim();
    if (to === '' || to === 'previous')
        return { kind: 'previous' };
    if (to === 'last-approved')
        return { kind: 'last-approved' };
    return { kind: 'config', name: to };
}
function describeRollbackTo(to) {
    switch (to.kind) {
        case 'previous':
            return 'the previous endpoint config recorded in the provenance tags';
        case 'config':
            return `endpoint config ${to.name}`;
        case 'last-approved':
            return 'the newest Approved version of the model package group';
    }
}


/***/ }),

/***/ 2740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bm: () => (/* binding */ SAGEMAKER_NAME),
/* harmony export */   iz: () => (/* binding */ SAGEMAKER_NAME_RULE),
/* harmony export */   uB: () => (/* binding */ validateDeploymentConfig)
/* harmony export */ });
/* unused harmony exports S3_URI, S3_URI_RULE */
/* harmony import */ var _deploymentConfig__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9110);
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

/***/ 9110:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B8: () => (/* binding */ parseDeploymentConfig),
  zo: () => (/* binding */ toCodeDeployConfigName),
  hI: () => (/* binding */ toSageMakerDeploymentConfig)
});

// UNUSED EXPORTS: MAX_EXECUTION_LIMITS, MAX_GUARDING_ALARMS, PERCENT_LIMITS, TERMINATION_WAIT_MAX_SECONDS, WAIT_INTERVAL_MAX_SECONDS, totalWaitSeconds, validateDeploymentStrategy

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(1916);
;// CONCATENATED MODULE: ./shared/src/deploymentPresetName.ts

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
function deploymentPresetName_formatPresetName(preset) {
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
    const chosen = SHAPES.filter(({ kind }) => (0,mod/* distance */.Io)(typed.slice(0, kind.length), kind) <= 1);
    const candidates = new Set(chosen.length ? [] : EXAMPLES);
    for (const { kind } of chosen.length ? chosen : SHAPES) {
        const percent = first ?? 10;
        // The number typed is read as minutes first, the way CodeDeploy's own names count.
        const amounts = second !== undefined ? [second * 60, second] : [DEFAULT_INTERVAL[kind]];
        for (const intervalSeconds of amounts)
            candidates.add(deploymentPresetName_formatPresetName({ kind, percent, intervalSeconds }));
    }
    let best;
    for (const candidate of candidates) {
        const score = (0,mod/* distance */.Io)(typed, candidate.toLowerCase());
        if (!best || score < best.score)
            best = { candidate, score };
    }
    if (!best || best.candidate === value)
        return undefined;
    // Half the name may differ: enough for a missing unit, not for an unrelated word like `blue-green`.
    return best.score <= Math.max(3, Math.floor(best.candidate.length / 2)) ? best.candidate : undefined;
}

// EXTERNAL MODULE: ./shared/src/errors.ts
var errors = __nccwpck_require__(3904);
;// CONCATENATED MODULE: ./shared/src/trafficPlan.ts


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
            ? formatPresetName({ ...strategy, kind: 'linear', percent: Math.min(strategy.percent, 50) })
            : undefined;
        throw InputError.single({
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

;// CONCATENATED MODULE: ./shared/src/deploymentConfig.ts



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
    return errors/* InputError */.dz.single({ input, value, allowed, didYouMean });
}
/**
 * Reads `deployment-config` and its refinements into a strategy, or throws an InputError that names the
 * input, the value, what is allowed and the closest valid name.
 */
function parseDeploymentConfig(value, refinements = {}) {
    const preset = readPresetName(value);
    if (!preset)
        throw invalid(INPUT, value, PRESET_GRAMMAR, suggestPresetName(value));
    checkPresetRanges(value, preset);
    const strategy = {
        kind: preset.kind,
        percent: preset.percent,
        intervalSeconds: preset.intervalSeconds,
        preset: deploymentPresetName_formatPresetName(preset),
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
        throw invalid(INPUT, value, `${noun} moves ${min}% to ${max}% of the fleet (SageMaker's ${field}), not ${preset.percent}%`, deploymentPresetName_formatPresetName({ ...preset, percent: clamp(preset.percent, min, max) }));
    }
    if (preset.intervalSeconds > WAIT_INTERVAL_MAX_SECONDS) {
        throw invalid(INPUT, value, `a bake (WaitIntervalInSeconds) is 0 to 3600 seconds (60 minutes), not ${preset.intervalSeconds} s`, deploymentPresetName_formatPresetName({ ...preset, intervalSeconds: WAIT_INTERVAL_MAX_SECONDS }));
    }
}
/** Bakes plus the termination wait: what MaximumExecutionTimeoutInSeconds has to outlast. */
function totalWaitSeconds(strategy, instanceCount) {
    return (greenShares(strategy, instanceCount).length * strategy.intervalSeconds +
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
    const canary = instancesForPercent(strategy.percent, instanceCount);
    if (canary * 2 <= instanceCount)
        return;
    let largest;
    for (let percent = PERCENT_LIMITS.canary[1]; percent >= 1 && largest === undefined; percent--)
        if (instancesForPercent(percent, instanceCount) * 2 <= instanceCount)
            largest = percent;
    const fix = largest === undefined
        ? 'a canary needs at least 2 instances (instance-count); use AllAtOnce or raise instance-count'
        : `use at most ${largest}%`;
    throw invalid(INPUT, strategy.preset, `a canary may take at most half of the new fleet, and ${strategy.percent}% of instance-count ${instanceCount} is ${canary} instance${canary === 1 ? '' : 's'}; ${fix}`, largest === undefined ? undefined : deploymentPresetName_formatPresetName({ ...strategy, percent: largest }));
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
        return { Type: 'INSTANCE_COUNT', Value: instancesForPercent(percent, instanceCount) };
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
    new Map(PREDEFINED[platform].map((name) => [presetKey(readPresetName(name)), name])),
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
            ? deploymentPresetName_formatPresetName({ ...strategy, kind: 'linear', percent: Math.min(strategy.percent, 50) })
            : undefined);
    }
    const minutes = strategy.intervalSeconds / 60;
    if (!Number.isInteger(minutes) || minutes < 1) {
        throw invalid(INPUT, strategy.preset, `CodeDeploy counts ${strategy.kind} intervals in whole minutes (at least 1), not ${strategy.intervalSeconds} s`, deploymentPresetName_formatPresetName({ ...strategy, intervalSeconds: Math.max(1, Math.ceil(minutes)) * 60 }));
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

/***/ 2515:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ formatElapsed),
/* harmony export */   lW: () => (/* binding */ parseDurationSeconds)
/* harmony export */ });
/* unused harmony exports formatDuration, elapsedSeconds */
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
/******/ var __webpack_exports__ = __nccwpck_require__(2754);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
