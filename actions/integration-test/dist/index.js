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

/***/ 2800:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseCommandLine),
/* harmony export */   h: () => (/* binding */ commandLineProblem)
/* harmony export */ });
/* harmony import */ var _modelship_shared__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3904);

/**
 * Splits `local-command` into a program and its arguments the way a POSIX shell splits words (single
 * quotes literal, double quotes with backslash escapes, backslash outside quotes), and nothing more:
 * no variables, globs, pipes or redirections, because the command is started without a shell.
 */
function parseCommandLine(command) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < command.length; i++) {
        const ch = command[i];
        if (quote === "'") {
            if (ch === "'")
                quote = undefined;
            else
                word += ch;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = undefined;
            else if (ch === '\\' && i + 1 < command.length && '"\\$`'.includes(command[i + 1]))
                word += command[++i];
            else
                word += ch;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < command.length) {
            word += command[++i];
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (quote)
        throw commandProblem(command, `a ${quote} quote is not closed`);
    if (inWord)
        words.push(word);
    if (words.length === 0)
        throw commandProblem(command, 'it names no program');
    return words;
}
/** What is wrong with a command line, for the input check before anything starts; undefined when fine. */
function commandLineProblem(command) {
    try {
        parseCommandLine(command);
        return undefined;
    }
    catch (err) {
        return err.message.replace(/^Input "local-command" is .*?; /, '').replace(/\.$/, '');
    }
}
function commandProblem(command, problem) {
    return new _modelship_shared__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`Input "local-command" is ${JSON.stringify(command)}; ${problem}.`, 'Give a program and its arguments, e.g. python3 model.py serve; it runs without a shell, so pipes, && and $VARIABLES are passed as plain text.');
}


/***/ }),

/***/ 5487:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8863);

await (0,_main__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8863:
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
            core = await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
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

;// CONCATENATED MODULE: ./shared/src/awsNames.ts


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

;// CONCATENATED MODULE: ./actions/integration-test/src/inputs.ts

/** The action's public interface, declared once; action.yml and the README are checked against it. */
const inputs = defineInputs({
    tests: {
        kind: 'string',
        description: 'Test file (YAML): contract cases, golden request/response pairs and load settings.',
        required: true,
    },
    'endpoint-name': {
        kind: 'string',
        pattern: SAGEMAKER_NAME,
        allowed: SAGEMAKER_NAME_RULE,
        description: 'Endpoint to test.',
    },
    variant: { kind: 'string', description: 'Send every request to this production variant.' },
    'local-image': {
        kind: 'string',
        pattern: /^[^\s]+$/,
        allowed: 'it must be an image reference such as churn-model:latest, without spaces',
        description: 'Test this image instead of an endpoint: run it with `serve` and send requests to its port 8080.',
    },
    'local-command': {
        kind: 'string',
        description: 'Test the model server this command starts (it must answer GET /ping and POST /invocations at local-url).',
    },
    'local-url': {
        kind: 'string',
        pattern: /^https?:\/\/[^\s]+$/,
        allowed: 'it must be an http(s) URL',
        description: 'Where the local model server listens: one already running, or the one local-command starts (default http://127.0.0.1:8080).',
    },
    region: { kind: 'string', description: 'AWS region; defaults to AWS_REGION.' },
    async: {
        kind: 'boolean',
        description: 'Call the endpoint with InvokeEndpointAsync: each request body is uploaded to async-input-s3-prefix and the answer read from the output location.',
        default: 'false',
    },
    'async-input-s3-prefix': {
        kind: 'string',
        pattern: /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/,
        allowed: 'it must be an S3 URI such as s3://my-bucket/async-inputs/',
        description: 'Where request bodies are uploaded for async: true (an S3 URI the endpoint can read).',
    },
    'load-rps': {
        kind: 'number',
        min: 0,
        max: 10000,
        description: 'Requests per second of the load test; 0 skips it. Without it, the load: block of the test files decides.',
    },
    'load-duration-seconds': {
        kind: 'integer',
        min: 1,
        max: 3600,
        description: 'Length of the load test (default 30, or the load: block of the test files).',
    },
    concurrency: {
        kind: 'integer',
        min: 1,
        max: 1000,
        description: 'Requests in flight at once during the load test (default 4, or the load: block).',
    },
    'max-p99-latency-ms': { kind: 'number', min: 0, description: 'Fail when the p99 latency is higher.' },
    'max-error-rate': {
        kind: 'number',
        min: 0,
        max: 1,
        description: 'Fail when the share of failed requests of the load test is higher (0 to 1; 0 when neither this nor the load: block sets it).',
    },
    'min-throughput': {
        kind: 'number',
        min: 0,
        description: 'Fail when the load test answers fewer requests per second.',
    },
    'junit-report': {
        kind: 'string',
        description: 'Write a JUnit XML report to this path, for test reporters.',
    },
    'github-token': { kind: 'string', description: 'Token for the pull request comment.' },
    'comment-on-pr': {
        kind: 'boolean',
        description: 'Post or update one comment on the pull request with the results.',
        default: 'false',
    },
    'timeout-minutes': {
        kind: 'integer',
        min: 1,
        max: 360,
        description: 'Stop after this long.',
        default: '15',
    },
});
const outputs = defineOutputs({
    passed: { description: 'Number of passed cases.' },
    failed: { description: 'Number of failed cases.' },
    'p50-latency-ms': { description: 'Median latency of the load test.' },
    'p99-latency-ms': { description: '99th percentile latency of the load test.' },
    'error-rate': { description: 'Share of failed requests in the load test.' },
    report: { description: 'The results as JSON.' },
});

// EXTERNAL MODULE: ./actions/integration-test/src/commandLine.ts
var commandLine = __nccwpck_require__(2800);
;// CONCATENATED MODULE: ./actions/integration-test/src/integrationTestInputProblems.ts

/**
 * One target per run: an endpoint, or a local model server (an image to run, a command to start, or a
 * URL already listening). Mixing them would leave it unclear which one the results are about.
 */
function integrationTestInputProblems(values) {
    const problems = [];
    const local = ['local-image', 'local-command', 'local-url'].filter((name) => values[name]);
    const endpoint = values['endpoint-name'];
    if (!endpoint && local.length === 0) {
        problems.push({
            input: 'endpoint-name',
            value: '',
            allowed: 'it is required unless local-image, local-command or local-url names a local model server',
        });
    }
    if (endpoint && local.length > 0) {
        problems.push({
            input: local[0],
            value: values[local[0]] ?? '',
            allowed: `leave it empty when endpoint-name is set: one run tests one target (endpoint ${endpoint})`,
        });
    }
    if (values['local-image'] && values['local-command']) {
        problems.push({
            input: 'local-command',
            value: values['local-command'],
            allowed: 'leave it empty when local-image is set: the image is started with `serve`',
        });
    }
    if (values.variant && !endpoint) {
        problems.push({ input: 'variant', value: values.variant, allowed: 'it applies only with endpoint-name' });
    }
    problems.push(...asyncProblems(values));
    const command = values['local-command'];
    const commandProblem = command === undefined ? undefined : (0,commandLine/* commandLineProblem */.h)(command);
    if (command !== undefined && commandProblem)
        problems.push({ input: 'local-command', value: command, allowed: commandProblem });
    return problems;
}
/** InvokeEndpointAsync reads its input from S3 and has no TargetVariant. */
function asyncProblems(values) {
    const prefix = values['async-input-s3-prefix'];
    if (!values.async) {
        return prefix
            ? [{ input: 'async-input-s3-prefix', value: prefix, allowed: 'it applies only with async: true' }]
            : [];
    }
    const problems = [];
    if (!values['endpoint-name'])
        problems.push({ input: 'async', value: 'true', allowed: 'it applies only with endpoint-name' });
    if (!prefix)
        problems.push({
            input: 'async-input-s3-prefix',
            value: '',
            allowed: 'it is required with async: true, e.g. s3://my-bucket/async-inputs/ (the endpoint reads each request from there)',
        });
    if (values.variant)
        problems.push({
            input: 'variant',
            value: values.variant,
            allowed: 'InvokeEndpointAsync cannot target a variant; leave it empty with async: true',
        });
    return problems;
}

;// CONCATENATED MODULE: ./actions/integration-test/src/main.ts



async function main() {
    await runAction({
        name: 'integration-test',
        inputs: inputs,
        outputs: outputs,
        crossCheck: integrationTestInputProblems,
        // The AWS SDK, the load generator and the step load once the inputs are valid: a bad input fails without that cost.
        run: async (context) => (await Promise.all(/* import() */[__nccwpck_require__.e(421), __nccwpck_require__.e(815), __nccwpck_require__.e(542), __nccwpck_require__.e(46)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2046))).runWiredIntegrationTest(context),
    });
}
/** The entry @github/local-action calls: `npx @github/local-action run actions/<name> src/main.ts .env`. */
const run = (/* unused pure expression or super */ null && (main));


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

/***/ 992:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

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

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

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

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

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
/******/ var __webpack_exports__ = __nccwpck_require__(5487);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
