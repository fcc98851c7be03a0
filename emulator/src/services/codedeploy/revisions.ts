import { createHash } from 'node:crypto';
import type { RevisionLocation } from '@aws-sdk/client-codedeploy';
import type { EmulatorEnvironment } from '../../environment';
import { codeDeployError } from './codeDeployErrors';

const invalidRevision = (message: string) => codeDeployError('InvalidRevisionException', message);

/** A CreateDeployment's revision, refused with RevisionRequiredException when absent. */
export function requireRevision(revision: RevisionLocation | undefined | null): RevisionLocation {
  if (revision === undefined || revision === null) {
    throw codeDeployError(
      'RevisionRequiredException',
      'The revision ID was not specified: set revision{revisionType: AppSpecContent, appSpecContent{content}}.',
    );
  }
  return revision;
}

/**
 * The AppSpec text a CreateDeployment revision points at: inline (AppSpecContent, String) or an S3
 * object holding the YAML or JSON AppSpec. Checks sha256 when the caller gives it.
 */
export function revisionContent(env: EmulatorEnvironment, revision: RevisionLocation): string {
  const raw = revision;
  const inline = (field: 'appSpecContent' | 'string'): string => {
    const content = raw[field]?.content;
    if (typeof content !== 'string' || content.trim() === '') {
      throw invalidRevision(
        `revision.${field}.content is required for a ${String(raw.revisionType)} revision: put the AppSpec (YAML or JSON) there.`,
      );
    }
    const sha256 = raw[field]?.sha256;
    if (sha256 && sha256 !== createHash('sha256').update(content).digest('hex')) {
      throw invalidRevision(
        `revision.${field}.sha256 does not match the SHA-256 of the content: recompute it or leave it out.`,
      );
    }
    return content;
  };
  switch (raw.revisionType) {
    case 'AppSpecContent':
      return inline('appSpecContent');
    case 'String':
      return inline('string');
    case 'S3': {
      const { bucket, key, bundleType } = raw.s3Location ?? {};
      if (!bucket || !key) throw invalidRevision('revision.s3Location needs bucket and key.');
      if (bundleType && bundleType !== 'YAML' && bundleType !== 'JSON') {
        throw invalidRevision(
          `The modelship emulator reads an S3 revision that is the AppSpec itself (bundleType YAML or JSON), not a ${bundleType} bundle.`,
        );
      }
      const object = env.stores.objects?.get(bucket, key);
      if (!object) {
        throw codeDeployError(
          'RevisionDoesNotExistException',
          `No S3 object s3://${bucket}/${key}: upload the AppSpec there first.`,
        );
      }
      return object.body.toString('utf8');
    }
    case 'GitHub':
      throw invalidRevision(
        'The modelship emulator does not read GitHub revisions: use an AppSpecContent, String or S3 revision.',
      );
    default:
      throw invalidRevision(
        `revisionType must be AppSpecContent, String or S3, not ${String(raw.revisionType)}.`,
      );
  }
}
