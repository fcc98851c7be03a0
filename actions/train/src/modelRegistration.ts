import { PutObjectCommand } from '@aws-sdk/client-s3';
import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageGroupCommand,
  type ModelApprovalStatus,
} from '@aws-sdk/client-sagemaker';
import { provenanceFromEnvironment, provenanceTags } from '@modelship/shared';
import { isMissingGroup } from './champion';
import { metricsReport, metricsReportUri, splitS3Uri } from './metricsReport';
import type { TrainPorts } from './ports';

/** What a new version is made of. */
export interface RegistrationRequest {
  group: string;
  approvalStatus: ModelApprovalStatus;
  image: string;
  modelDataUrl: string;
  metrics: Record<string, number>;
  outputPath: string;
  /** The training job (or pipeline execution id) the report is filed under. */
  source: { trainingJob?: string; pipelineExecution?: string };
  gate: string[];
}

// CustomerMetadataProperties allow letters, spaces, digits and _.:/=+-@, values up to 256 characters.
const metadataValue = (value: string) => value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, 256);

/** Provenance of the version: commit, ref, run, and the image (its digest when the URI pins one). */
export function provenanceMetadata(env: NodeJS.ProcessEnv, image: string): Record<string, string> {
  const provenance = provenanceFromEnvironment(env, 'train');
  const digest = /@(sha256:[a-f0-9]{64})$/.exec(image)?.[1];
  const entries: Array<[string, string | undefined]> = [
    ['git-sha', provenance.gitSha],
    ['ref', provenance.ref],
    ['repository', provenance.repository],
    ['run-url', provenance.runUrl],
    ['image', image],
    ['image-digest', digest],
  ];
  return Object.fromEntries(
    entries.filter((e): e is [string, string] => Boolean(e[1])).map(([k, v]) => [k, metadataValue(v)]),
  );
}

async function ensureGroup(
  ports: Pick<TrainPorts, 'sagemaker' | 'logger'>,
  group: string,
  env: NodeJS.ProcessEnv,
) {
  try {
    await ports.sagemaker.send(new DescribeModelPackageGroupCommand({ ModelPackageGroupName: group }));
  } catch (err) {
    if (!isMissingGroup(err)) throw err;
    ports.logger.info(`Model package group ${group} does not exist yet: creating it.`);
    await ports.sagemaker.send(
      new CreateModelPackageGroupCommand({
        ModelPackageGroupName: group,
        ModelPackageGroupDescription: 'Created by modelship train.',
        Tags: provenanceTags(provenanceFromEnvironment(env, 'train')),
      }),
    );
  }
}

/**
 * Registers the trained model as a new version of the group (created when missing): the image and the
 * artifact, the metrics as a JSON report written under output-path and referenced from ModelMetrics,
 * and provenance in CustomerMetadataProperties. Returns the version's ARN.
 */
export async function registerModelVersion(
  ports: Pick<TrainPorts, 'sagemaker' | 's3' | 'logger'>,
  request: RegistrationRequest,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  await ensureGroup(ports, request.group, env);
  const reportName = request.source.trainingJob ?? request.source.pipelineExecution ?? 'model';
  const reportUri = metricsReportUri(request.outputPath, reportName);
  const report = metricsReport(request.metrics, { ...request.source, gate: request.gate });
  await ports.s3.send(
    new PutObjectCommand({
      ...splitS3Uri(reportUri),
      Body: JSON.stringify(report, null, 2),
      ContentType: 'application/json',
    }),
  );
  const created = await ports.sagemaker.send(
    new CreateModelPackageCommand({
      ModelPackageGroupName: request.group,
      ModelPackageDescription: `Trained by ${reportName}.`,
      ModelApprovalStatus: request.approvalStatus,
      InferenceSpecification: {
        Containers: [{ Image: request.image, ModelDataUrl: request.modelDataUrl }],
        SupportedContentTypes: ['text/csv', 'application/json'],
        SupportedResponseMIMETypes: ['application/json', 'text/csv'],
      },
      ModelMetrics: { ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: reportUri } } },
      CustomerMetadataProperties: provenanceMetadata(env, request.image),
      Tags: provenanceTags(provenanceFromEnvironment(env, 'train')),
    }),
  );
  return created.ModelPackageArn!;
}
