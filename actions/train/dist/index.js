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

/***/ 2768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ inputDataConfig),
/* harmony export */   Mr: () => (/* binding */ validateChannelsText),
/* harmony export */   mq: () => (/* binding */ parseChannels)
/* harmony export */ });
/* harmony import */ var _modelship_shared__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2740);

const CHANNEL_NAME = /^[A-Za-z0-9.\-_]{1,64}$/;
const LONG_FORM_KEYS = ['s3-uri', 'content-type', 'distribution', 'input-mode'];
const DISTRIBUTIONS = ['FullyReplicated', 'ShardedByS3Key'];
const INPUT_MODES = ['File', 'Pipe', 'FastFile'];
function parseLongForm(name, value) {
    const unknown = Object.keys(value).find((key) => !LONG_FORM_KEYS.includes(key));
    if (unknown)
        return `channel "${name}": "${unknown}" is not one of ${LONG_FORM_KEYS.join(', ')}`;
    const { 's3-uri': s3Uri, 'content-type': contentType, distribution, 'input-mode': inputMode } = value;
    if (typeof s3Uri !== 'string' || !_modelship_shared__WEBPACK_IMPORTED_MODULE_0__/* .S3_URI */ .WF.test(s3Uri))
        return `channel "${name}": s3-uri must be an S3 URI such as s3://my-bucket/train/`;
    if (distribution !== undefined && !DISTRIBUTIONS.includes(String(distribution)))
        return `channel "${name}": distribution must be one of ${DISTRIBUTIONS.join(', ')}`;
    if (inputMode !== undefined && !INPUT_MODES.includes(String(inputMode)))
        return `channel "${name}": input-mode must be one of ${INPUT_MODES.join(', ')}`;
    return {
        name,
        s3Uri,
        contentType: contentType === undefined ? undefined : String(contentType),
        distribution: distribution ?? 'FullyReplicated',
        inputMode: inputMode,
    };
}
function parseChannel(name, value) {
    if (!CHANNEL_NAME.test(name))
        return `channel "${name}": names are up to 64 letters, digits and . - _`;
    if (typeof value === 'string') {
        if (!_modelship_shared__WEBPACK_IMPORTED_MODULE_0__/* .S3_URI */ .WF.test(value))
            return `channel "${name}": it must map to an S3 URI such as s3://my-bucket/train/`;
        return { name, s3Uri: value, distribution: 'FullyReplicated' };
    }
    if (value && typeof value === 'object' && !Array.isArray(value))
        return parseLongForm(name, value);
    return `channel "${name}": it must map to an S3 URI or to {s3-uri, content-type, distribution, input-mode}`;
}
/** `input-data` as written: a YAML or JSON mapping of 1 to 20 channels. */
function parseChannels(text, parseYaml) {
    let parsed;
    try {
        parsed = parseYaml(text);
    }
    catch {
        parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        return {
            problem: 'it must be a YAML or JSON mapping of channel name to S3 URI, e.g. train: s3://bucket/train/',
        };
    const entries = Object.entries(parsed);
    if (entries.length < 1 || entries.length > 20)
        return { problem: 'it must name 1 to 20 channels' };
    const channels = [];
    for (const [name, value] of entries) {
        const channel = parseChannel(name, value);
        if (typeof channel === 'string')
            return { problem: channel };
        channels.push(channel);
    }
    return { channels };
}
/** For the input schema: what is allowed when `input-data` is not a mapping of channels. */
function validateChannelsText(text, parseYaml) {
    const parsed = parseChannels(text, parseYaml);
    return 'problem' in parsed ? parsed.problem : undefined;
}
/** The channels as CreateTrainingJob's InputDataConfig. */
function inputDataConfig(channels) {
    return channels.map((channel) => ({
        ChannelName: channel.name,
        ContentType: channel.contentType,
        InputMode: channel.inputMode,
        DataSource: {
            S3DataSource: {
                S3DataType: 'S3Prefix',
                S3Uri: channel.s3Uri,
                S3DataDistributionType: channel.distribution,
            },
        },
    }));
}


/***/ }),

/***/ 3734:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1920);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1920:
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

;// CONCATENATED MODULE: ./shared/src/duration.ts
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
    const seconds = parseDurationSeconds(raw);
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
// EXTERNAL MODULE: ./actions/train/src/channels.ts
var channels = __nccwpck_require__(2768);
// EXTERNAL MODULE: ./actions/train/src/qualityGate.ts
var qualityGate = __nccwpck_require__(4972);
// EXTERNAL MODULE: ./actions/train/src/nameValueMap.ts
var nameValueMap = __nccwpck_require__(3010);
;// CONCATENATED MODULE: ./actions/train/src/trainInputRules.ts

/** `metric-definitions`: at most 40, each a regex with one capture group (SageMaker reads group 1). */
function validateMetricDefinitions(definitions) {
    const entries = Object.entries(definitions);
    if (entries.length > 40)
        return 'SageMaker allows at most 40 metric definitions';
    for (const [name, regex] of entries) {
        let groups;
        try {
            groups = new RegExp(`${regex}|`).exec('').length - 1;
        }
        catch {
            return `metric "${name}": ${JSON.stringify(regex)} is not a regular expression`;
        }
        if (groups < 1)
            return `metric "${name}": the regex needs a capture group around the value, e.g. acc=([0-9.]+)`;
    }
    return undefined;
}
/** `hyperparameters`: a mapping of at most 100, keys up to 256 and values up to 2500 characters. */
function validateHyperparameters(text, parseYaml) {
    const parsed = (0,nameValueMap/* parseNameValueMap */.w)(text, parseYaml);
    if ('problem' in parsed)
        return parsed.problem;
    const entries = Object.entries(parsed.values);
    if (entries.length > 100)
        return 'SageMaker allows at most 100 hyperparameters';
    const tooLong = entries.find(([key, value]) => key.length > 256 || value.length > 2500);
    return tooLong ? `"${tooLong[0]}": keys are up to 256 and values up to 2500 characters` : undefined;
}
/** `pipeline-parameters`: a mapping of parameter name to value. */
function validatePipelineParameters(text, parseYaml) {
    const parsed = (0,nameValueMap/* parseNameValueMap */.w)(text, parseYaml);
    return 'problem' in parsed ? parsed.problem : undefined;
}

;// CONCATENATED MODULE: ./actions/train/src/inputs.ts




/** The action's public interface, declared once; action.yml and the README are checked against it. */
const inputs = defineInputs({
    region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
    'pipeline-name': {
        kind: 'string',
        pattern: awsNames/* SAGEMAKER_NAME */.bm,
        allowed: awsNames/* SAGEMAKER_NAME_RULE */.iz,
        description: 'Run this SageMaker pipeline instead of a single training job.',
    },
    'pipeline-parameters': {
        kind: 'string',
        readsYaml: true,
        validate: validatePipelineParameters,
        description: 'Pipeline parameters, as a YAML or JSON mapping of name to value.',
    },
    'job-name': {
        kind: 'string',
        pattern: awsNames/* SAGEMAKER_NAME */.bm,
        allowed: awsNames/* SAGEMAKER_NAME_RULE */.iz,
        description: 'Training job name; derived from the repository, the short SHA and a UTC timestamp when empty.',
    },
    image: { kind: 'string', description: 'Training image URI.' },
    'execution-role-arn': {
        kind: 'arn',
        service: 'iam',
        resource: 'role',
        description: 'IAM role the training job runs as.',
    },
    'instance-type': {
        kind: 'string',
        pattern: /^ml\.[a-z0-9-]+\.[a-z0-9]+$/,
        allowed: 'it must be a SageMaker instance type such as ml.m5.large',
        description: 'Training instance type.',
        default: 'ml.m5.large',
    },
    'instance-count': { kind: 'integer', min: 1, description: 'Training instances.', default: '1' },
    'volume-size-gb': { kind: 'integer', min: 1, description: 'Storage per instance in GB.', default: '30' },
    hyperparameters: {
        kind: 'string',
        readsYaml: true,
        validate: validateHyperparameters,
        description: 'Hyperparameters, as a YAML or JSON mapping (values are sent as strings).',
    },
    'input-data': {
        kind: 'string',
        readsYaml: true,
        validate: channels/* validateChannelsText */.Mr,
        description: 'Channels, as a mapping of channel name to S3 URI prefix, or to {s3-uri, content-type, distribution, input-mode}.',
    },
    'output-path': {
        kind: 'string',
        pattern: awsNames/* S3_URI */.WF,
        allowed: awsNames/* S3_URI_RULE */.jf,
        description: 'S3 URI where the model artifact and the metrics report go.',
    },
    'metric-definitions': {
        kind: 'map',
        validate: validateMetricDefinitions,
        description: 'Metrics to read from the logs, as a mapping of name to regex with one capture group.',
    },
    'max-runtime-seconds': {
        kind: 'integer',
        min: 1,
        description: 'Stop the job after this long.',
        default: '86400',
    },
    spot: { kind: 'boolean', description: 'Use managed spot training.', default: 'false' },
    'max-wait-seconds': {
        kind: 'integer',
        min: 1,
        description: 'With spot: how long to wait for spot capacity and training together; at least max-runtime-seconds.',
    },
    'checkpoint-s3-uri': {
        kind: 'string',
        pattern: awsNames/* S3_URI */.WF,
        allowed: awsNames/* S3_URI_RULE */.jf,
        description: 'With spot: S3 URI where checkpoints are kept, so an interrupted job resumes.',
    },
    'vpc-subnets': { kind: 'list', description: 'Subnet IDs to run the job in (with vpc-security-groups).' },
    'vpc-security-groups': { kind: 'list', description: 'Security group IDs for the job (with vpc-subnets).' },
    gate: {
        kind: 'string',
        validate: qualityGate/* validateQualityGate */.lx,
        description: 'Quality gate on the final metrics, e.g. validation:accuracy>=0.8, validation:loss<=champion (comma separated).',
    },
    'model-package-group': {
        kind: 'string',
        pattern: awsNames/* SAGEMAKER_NAME */.bm,
        allowed: awsNames/* SAGEMAKER_NAME_RULE */.iz,
        description: 'Register the model in this model package group (created when missing); its champion is the newest Approved version.',
    },
    'approval-status': {
        kind: 'enum',
        values: ['PendingManualApproval', 'Approved', 'Rejected'],
        description: 'Approval status of the registered version.',
        default: 'PendingManualApproval',
    },
    tags: { kind: 'map', description: 'Extra tags, as a YAML or JSON mapping.' },
    wait: { kind: 'boolean', description: 'Follow the job to its end.', default: 'true' },
    'timeout-minutes': {
        kind: 'integer',
        min: 1,
        max: 2880,
        description: 'Stop waiting after this long.',
        default: '120',
    },
    'github-token': {
        kind: 'string',
        description: 'Token for the pull request comment; usually secrets.GITHUB_TOKEN.',
    },
    'comment-on-pr': {
        kind: 'boolean',
        description: 'Post or update one comment with the metrics on the pull request.',
        default: 'false',
    },
});
const outputs = defineOutputs({
    'training-job-name': { description: 'Name of the training job.' },
    'pipeline-execution-arn': { description: 'ARN of the pipeline execution, when a pipeline ran.' },
    'model-data-url': { description: 'S3 URI of model.tar.gz, as deploy-endpoint model-data-url takes it.' },
    metrics: { description: 'Final metrics as a JSON object, metric name to number.' },
    'gate-passed': { description: 'true or false; empty when there is no gate.' },
    'model-package-arn': { description: 'ARN of the registered model version.' },
    status: { description: 'Completed, Failed, Stopped, gate-failed or started (wait false).' },
});

;// CONCATENATED MODULE: ./actions/train/src/trainInputProblems.ts

/** A single training job needs an image, a role and an output path; a pipeline brings its own. */
function sourceProblems(values) {
    if (values['pipeline-name']) {
        const problems = [];
        if (values.image)
            problems.push({
                input: 'image',
                value: values.image,
                allowed: 'set either pipeline-name or image, not both',
            });
        if (values['model-package-group'] && !values['output-path'])
            problems.push({
                input: 'output-path',
                value: '',
                allowed: 'it is required with model-package-group: the metrics report goes there',
            });
        return problems;
    }
    return ['image', 'execution-role-arn', 'output-path']
        .filter((name) => !values[name])
        .map((name) => ({ input: name, value: '', allowed: 'it is required unless pipeline-name is set' }));
}
/** Every gate condition names a defined metric (a pipeline's metrics are its own), and a champion needs a group. */
function gateProblems(values) {
    const gate = values.gate ? (0,qualityGate/* parseQualityGate */.IQ)(values.gate) : undefined;
    if (!gate)
        return [];
    const problems = [];
    const defined = Object.keys(values['metric-definitions'] ?? {});
    const undefinedMetric = gate.find((c) => !defined.includes(c.metric));
    if (!values['pipeline-name'] && undefinedMetric) {
        problems.push({
            input: 'gate',
            value: values.gate,
            allowed: `"${undefinedMetric.metric}" has no regex in metric-definitions (defined: ${defined.join(', ') || 'none'})`,
        });
    }
    if ((0,qualityGate/* usesChampion */.Iq)(gate) && !values['model-package-group']) {
        problems.push({
            input: 'gate',
            value: values.gate,
            allowed: 'a condition against the champion needs model-package-group, whose newest Approved version is the champion',
        });
    }
    return problems;
}
/** Spot needs a max wait of at least the runtime; the spot-only settings need spot. */
function spotProblems(values) {
    const runtime = values['max-runtime-seconds'] ?? 86400;
    const wait = values['max-wait-seconds'];
    if (values.spot && (wait === undefined || wait < runtime)) {
        return [
            {
                input: 'max-wait-seconds',
                value: wait === undefined ? '' : String(wait),
                allowed: `with spot it is required and must be at least max-runtime-seconds (${runtime})`,
            },
        ];
    }
    if (!values.spot && wait !== undefined)
        return [{ input: 'max-wait-seconds', value: String(wait), allowed: 'it applies only with spot: true' }];
    if (!values.spot && values['checkpoint-s3-uri'])
        return [
            {
                input: 'checkpoint-s3-uri',
                value: values['checkpoint-s3-uri'],
                allowed: 'it applies only with spot: true',
            },
        ];
    return [];
}
/** Subnets and security groups go together; a gate and registration need the job followed to its end. */
function placementProblems(values) {
    const problems = [];
    const subnets = values['vpc-subnets'] ?? [];
    const groups = values['vpc-security-groups'] ?? [];
    if (subnets.length && !groups.length)
        problems.push({ input: 'vpc-security-groups', value: '', allowed: 'it is required with vpc-subnets' });
    if (groups.length && !subnets.length)
        problems.push({ input: 'vpc-subnets', value: '', allowed: 'it is required with vpc-security-groups' });
    if (values.wait === false) {
        for (const name of ['gate', 'model-package-group']) {
            if (values[name])
                problems.push({
                    input: name,
                    value: values[name],
                    allowed: 'it needs wait: true, to judge the finished job',
                });
        }
    }
    if (values['comment-on-pr'] && !values['github-token'])
        problems.push({ input: 'github-token', value: '', allowed: 'it is required with comment-on-pr: true' });
    return problems;
}
/** Rules across inputs, all reported at once before any AWS call. */
function trainInputProblems(values) {
    return [
        ...sourceProblems(values),
        ...gateProblems(values),
        ...spotProblems(values),
        ...placementProblems(values),
    ];
}

;// CONCATENATED MODULE: ./actions/train/src/main.ts



async function main() {
    await runAction({
        name: 'train',
        inputs: inputs,
        outputs: outputs,
        crossCheck: trainInputProblems,
        // The AWS SDK and the step load once the inputs are valid: a bad input fails without that cost.
        run: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(815), __nccwpck_require__.e(611), __nccwpck_require__.e(120)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1120))).runWiredTrain(context),
    });
}
/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
const run = (/* unused pure expression or super */ null && (main));


/***/ }),

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ nameValues),
/* harmony export */   w: () => (/* binding */ parseNameValueMap)
/* harmony export */ });
const FORM = 'it must be a YAML or JSON mapping of name to value, e.g. epochs: 10';
/**
 * A mapping of names to scalar values (hyperparameters, pipeline parameters), every value as a string,
 * as SageMaker takes them. A nested mapping or list is refused rather than sent as "[object Object]".
 */
function parseNameValueMap(text, parseYaml) {
    let parsed;
    try {
        parsed = parseYaml(text);
    }
    catch {
        return { problem: FORM };
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        return { problem: FORM };
    const values = {};
    for (const [name, value] of Object.entries(parsed)) {
        if (value === null || typeof value === 'object')
            return { problem: `"${name}" must have a single value (a string, number or boolean); ${FORM}` };
        values[name] = String(value);
    }
    return { values };
}
/** The values of an input already checked by its schema's validate; empty when the input was not set. */
function nameValues(text, parseYaml) {
    if (!text)
        return {};
    const parsed = parseNameValueMap(text, parseYaml);
    return 'values' in parsed ? parsed.values : {};
}


/***/ }),

/***/ 4972:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ parseQualityGate),
/* harmony export */   Iq: () => (/* binding */ usesChampion),
/* harmony export */   _3: () => (/* binding */ qualityGateFailures),
/* harmony export */   aP: () => (/* binding */ judgeQualityGate),
/* harmony export */   lx: () => (/* binding */ validateQualityGate)
/* harmony export */ });
/* unused harmony export GATE_FORM */
const GATE_FORM = 'it must be conditions such as validation:accuracy>=0.8 or validation:loss<=champion+0.01, separated by commas; operators: >= <= > < ==';
const NUMBER = '-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?';
const CONDITION = new RegExp(`^\\s*([^<>=!,\\s][^<>=!,]*?)\\s*(>=|<=|==|>|<)\\s*(?:(${NUMBER})|champion\\s*(?:([+-])\\s*(\\d+(?:\\.\\d+)?(?:e-?\\d+)?))?)\\s*$`, 'i');
function parseCondition(part) {
    const match = CONDITION.exec(part);
    if (!match)
        return undefined;
    const [, metric, operator, number, sign, offset] = match;
    const target = number !== undefined
        ? { kind: 'number', value: Number(number) }
        : { kind: 'champion', offset: offset === undefined ? 0 : Number(`${sign}${offset}`) };
    return { metric: metric, operator: operator, target, text: part };
}
/** The conditions of a gate, or undefined when any part of it is not a condition. */
function parseQualityGate(text) {
    const parts = text
        .split(/[,\n]/)
        .map((part) => part.trim())
        .filter(Boolean);
    const conditions = parts.map(parseCondition);
    if (!conditions.length || conditions.some((c) => !c))
        return undefined;
    return conditions;
}
/** For the input schema: what is allowed when the gate does not parse. */
function validateQualityGate(text) {
    return parseQualityGate(text) ? undefined : GATE_FORM;
}
const usesChampion = (conditions) => conditions.some((c) => c.target.kind === 'champion');
const HOLDS = {
    '>=': (v, t) => v >= t,
    '<=': (v, t) => v <= t,
    '>': (v, t) => v > t,
    '<': (v, t) => v < t,
    '==': (v, t) => v === t,
};
const round = (n) => Number(n.toPrecision(12));
function thresholdOf(target, metric, champion) {
    if (target.kind === 'number')
        return { threshold: target.value };
    if (!champion)
        return { skip: 'there is no Approved champion yet, so it passes' };
    const base = champion[metric];
    if (base === undefined)
        return { missing: `the champion has no ${metric} metric` };
    return { threshold: round(base + target.offset) };
}
/**
 * Every condition judged on the final metrics. A metric the job never reported fails its condition: a
 * gate that cannot be checked must not let a model through. A champion condition with no champion passes.
 */
function judgeQualityGate(conditions, metrics, champion) {
    return conditions.map((condition) => {
        const { metric, operator } = condition;
        const value = metrics[metric];
        const target = thresholdOf(condition.target, metric, champion);
        if ('skip' in target)
            return { condition, value, passed: true, reason: target.skip };
        if ('missing' in target)
            return { condition, value, passed: false, reason: target.missing };
        const threshold = target.threshold;
        if (value === undefined) {
            const reported = Object.keys(metrics);
            const list = reported.length ? reported.join(', ') : 'none';
            return {
                condition,
                threshold,
                passed: false,
                reason: `${metric} was not reported by the job (reported: ${list})`,
            };
        }
        const passed = HOLDS[operator](value, threshold);
        return {
            condition,
            value,
            threshold,
            passed,
            reason: `${metric} is ${value}, and the gate needs ${operator} ${threshold}`,
        };
    });
}
/** Why the gate fails, one line per condition that does not hold; empty when it passes. */
function qualityGateFailures(verdicts) {
    return verdicts.filter((v) => !v.passed).map((v) => `${v.condition.text}: ${v.reason}`);
}


/***/ }),

/***/ 2740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ S3_URI),
/* harmony export */   bm: () => (/* binding */ SAGEMAKER_NAME),
/* harmony export */   iz: () => (/* binding */ SAGEMAKER_NAME_RULE),
/* harmony export */   jf: () => (/* binding */ S3_URI_RULE)
/* harmony export */ });
/* unused harmony export validateDeploymentConfig */


/** SageMaker's rule for endpoint, config, model, job and group names. */
const SAGEMAKER_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const SAGEMAKER_NAME_RULE = 'it must be 1 to 63 letters, digits and hyphens, starting with a letter or digit';
const S3_URI = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/;
const S3_URI_RULE = 'it must be an S3 URI such as s3://my-bucket/path/';
/** For an input schema's `validate`: what is allowed when the name does not parse. */
function validateDeploymentConfig(value) {
    try {
        parseDeploymentConfig(value);
        return undefined;
    }
    catch (err) {
        if (err instanceof InputError && err.problems[0]) {
            const problem = err.problems[0];
            return problem.didYouMean
                ? `${problem.allowed}. Did you mean "${problem.didYouMean}"?`
                : problem.allowed;
        }
        throw err;
    }
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
/******/ var __webpack_exports__ = __nccwpck_require__(3734);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
