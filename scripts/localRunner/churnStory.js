// The story `npm start` tells: the example churn model's pipeline (churn-story/pipeline.yml, which calls
// .github/workflows/github-flow.yml) run for each event in churn-story/events/, in order, against the
// emulator — a pull request, the merge that ships v1, a better v2 through a canary, and a broken v3
// whose canary trips its alarm and is rolled back.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { repoRoot } from '../actionRunner.js';
import { imageBindingsOf } from './imageStandIns.js';
import { startProductionTraffic } from './productionTraffic.js';
import { startPullRequestCommentsApi } from './pullRequestCommentsApi.js';
import { Masker } from './workflowCommands.js';
import { runWorkflow } from './workflowRunner.js';

export const storyDir = path.join(repoRoot, 'scripts/localRunner/churn-story');
const REPOSITORY = 'octo/churn';
const PRODUCTION_ENDPOINT = 'churn-model-production';

/**
 * @typedef {object} Scenario one events file
 * @property {string} file @property {string} title @property {string} event_name @property {string} ref
 * @property {Record<string, unknown>} payload @property {Record<string, string>} vars
 * @property {boolean} [productionTraffic] @property {Record<string, string>} expect job id → result
 */

/** @returns {Scenario[]} */
export function storyScenarios() {
  const dir = path.join(storyDir, 'events');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: name, ...JSON.parse(readFileSync(path.join(dir, name), 'utf8')) }));
}

/** buildah where it is installed; otherwise the emulator's CodeBuild. */
export function builderHere() {
  return existsSync('/usr/bin/buildah') ? 'buildah' : 'codebuild';
}

/** The training data the pipeline reads, put where an AWS account would already keep it. */
async function seedTrainingData(aws) {
  const s3 = new S3Client({
    endpoint: aws.url,
    region: aws.region,
    credentials: { accessKeyId: aws.accessKeyId, secretAccessKey: aws.secretAccessKey },
    forcePathStyle: true,
  });
  for (const bucket of ['churn-data', 'churn-models'])
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  for (const channel of ['train', 'validation']) {
    const body = await readFile(path.join(repoRoot, 'examples/churn-model/data', channel, `${channel}.csv`));
    await s3.send(
      new PutObjectCommand({ Bucket: 'churn-data', Key: `${channel}/${channel}.csv`, Body: body }),
    );
  }
  s3.destroy();
}

/**
 * @param {{ aws: import('./stepKinds.js').StepRun['aws'], runDir: string, print: (line: string) => void }} options
 */
export async function runChurnStory({ aws, runDir, print }) {
  await seedTrainingData(aws);
  print(`Setup: s3://churn-data/ holds the example's training data; s3://churn-models/ takes the models.`);
  const builder = builderHere();
  print(
    `Setup: builder ${builder} (${builder === 'buildah' ? '/usr/bin/buildah is installed' : 'no buildah here'}).`,
  );
  const github = await startPullRequestCommentsApi();
  const environments = JSON.parse(readFileSync(path.join(storyDir, 'environments.json'), 'utf8'));
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  const runs = [];
  try {
    for (const [index, scenario] of storyScenarios().entries()) {
      const context = { scenario, index, sha, builder, github, environments };
      runs.push(await runScenario(context, { aws, runDir, print }));
    }
  } finally {
    await writeComments(github.comments(), runDir);
    await github.stop();
  }
  return runs;
}

async function runScenario({ scenario, index, sha, builder, github, environments }, { aws, runDir, print }) {
  const scenarioDir = path.join(runDir, scenario.file.replace(/\.json$/, ''));
  await mkdir(scenarioDir, { recursive: true });
  const eventPath = path.join(scenarioDir, 'event.json');
  await writeFile(eventPath, JSON.stringify(scenario.payload, null, 2));
  await mkdir(path.join(scenarioDir, 'runner-temp'), { recursive: true });
  const token = `ghs_local${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const masker = new Masker();
  masker.add(token);
  const githubContext = githubContextOf(scenario, { index, sha, token, apiUrl: github.url });
  print(`\n════ ${scenario.title}  (${scenario.event_name} ${scenario.ref}, events/${scenario.file})`);
  const stopTraffic = scenario.productionTraffic
    ? startProductionTraffic(aws, PRODUCTION_ENDPOINT)
    : undefined;
  if (stopTraffic)
    print(`Production traffic: batches of 4 customers to ${PRODUCTION_ENDPOINT}, once it exists.`);
  const started = Date.now();
  const jobs = await runWorkflow(
    path.join(storyDir, 'pipeline.yml'),
    { github: githubContext, vars: { BUILDER: builder, ...scenario.vars } },
    {
      runDir: scenarioDir,
      environments,
      print,
      job: {
        workspace: repoRoot,
        baseEnv: runnerEnvironment(githubContext, eventPath, scenarioDir),
        masker,
        aws,
        imageBindings: imageBindingsOf(path.join(repoRoot, 'examples/churn-model/emulator.yml')),
        now: () => Date.now(),
      },
    },
  );
  const traffic = stopTraffic ? await stopTraffic() : undefined;
  // As a runner empties its temp folder after a job: buildah's image store lives there.
  await rm(path.join(scenarioDir, 'runner-temp'), { recursive: true, force: true });
  if (traffic)
    print(
      `Production traffic: ${traffic.ok} answered, ${traffic.failed} failed, ${traffic.notServing} before the endpoint existed.`,
    );
  return { scenario, jobs, traffic, seconds: (Date.now() - started) / 1000 };
}

/** The `github` context of one event's run. */
function githubContextOf(scenario, { index, sha, token, apiUrl }) {
  return {
    event_name: scenario.event_name,
    ref: scenario.ref,
    sha,
    repository: REPOSITORY,
    repository_owner: REPOSITORY.split('/')[0],
    run_id: String(4200 + index + 1),
    run_number: String(index + 1),
    actor: 'octocat',
    token,
    workspace: repoRoot,
    server_url: 'https://github.com',
    api_url: apiUrl,
    event: scenario.payload,
  };
}

/** The variables every step of a GitHub-hosted runner sees. */
function runnerEnvironment(github, eventPath, scenarioDir) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? scenarioDir,
    LANG: process.env.LANG ?? 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: github.workspace,
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: github.ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_SHA: github.sha,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_OWNER: github.repository_owner,
    GITHUB_RUN_ID: github.run_id,
    GITHUB_RUN_NUMBER: github.run_number,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: github.actor,
    GITHUB_SERVER_URL: github.server_url,
    GITHUB_API_URL: github.api_url,
    GITHUB_WORKFLOW: 'churn-model',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: path.join(scenarioDir, 'runner-temp'),
  };
}

async function writeComments(comments, runDir) {
  if (!comments.length) return;
  const text = comments
    .map((c) => `<!-- pull request #${c.issue}, comment ${c.id} -->\n${c.body}`)
    .join('\n\n---\n\n');
  await writeFile(path.join(runDir, 'pull-request-comments.md'), `${text}\n`);
}
