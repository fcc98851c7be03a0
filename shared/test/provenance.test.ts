import { describe, expect, it } from '@jest/globals';
import {
  PROVENANCE_KEYS,
  provenanceFromEnvironment,
  provenanceTags,
  readProvenance,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  workflowRunUrl,
} from '../src';

const env = {
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/churn',
  GITHUB_RUN_ID: '987',
};

describe('provenance', () => {
  it('reads the run from the GitHub environment', () => {
    expect(provenanceFromEnvironment(env, 'deploy-endpoint')).toEqual({
      gitSha: env.GITHUB_SHA,
      ref: 'refs/heads/main',
      repository: 'octo/churn',
      runUrl: 'https://github.com/octo/churn/actions/runs/987',
      action: 'deploy-endpoint',
    });
  });

  it('links a re-run to its own attempt', () => {
    expect(workflowRunUrl({ ...env, GITHUB_RUN_ATTEMPT: '2' })).toBe(
      'https://github.com/octo/churn/actions/runs/987/attempts/2',
    );
    expect(workflowRunUrl({ ...env, GITHUB_RUN_ATTEMPT: '1' })).toBe(
      'https://github.com/octo/churn/actions/runs/987',
    );
    expect(workflowRunUrl({})).toBeUndefined();
  });

  it('writes tags with the modelship keys and reads them back', () => {
    const provenance = {
      ...provenanceFromEnvironment(env, 'deploy-endpoint'),
      modelPackageArn: 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3',
      previousEndpointConfig: 'churn-prod-abc1234-9f8e7d',
    };
    const tags = provenanceTags(provenance, { team: 'ml' });
    expect(tags).toContainEqual({ Key: PROVENANCE_KEYS.gitSha, Value: env.GITHUB_SHA });
    expect(tags).toContainEqual({
      Key: 'modelship:previous-endpoint-config',
      Value: 'churn-prod-abc1234-9f8e7d',
    });
    expect(tags).toContainEqual({ Key: 'team', Value: 'ml' });
    expect(readProvenance([...tags, { Key: 'other', Value: 'x' }])).toEqual(provenance);
  });

  it('leaves out what is unknown, and reads nothing from no tags', () => {
    expect(provenanceTags({ action: 'rollback' })).toEqual([{ Key: 'modelship:action', Value: 'rollback' }]);
    expect(readProvenance(undefined)).toEqual({});
    expect(readProvenance([{ Key: 'modelship:ref' }])).toEqual({});
  });

  it("keeps within SageMaker's tag limits and characters", () => {
    const tags = provenanceTags(
      { ref: 'refs/heads/feature#1', runUrl: `https://x/${'a'.repeat(400)}` },
      { ['k'.repeat(200)]: 'v' },
    );
    expect(tags.find((t) => t.Key === 'modelship:ref')?.Value).toBe('refs/heads/feature_1');
    expect(tags.every((t) => t.Key.length <= TAG_KEY_MAX && t.Value.length <= TAG_VALUE_MAX)).toBe(true);
    expect(tags.find((t) => t.Key === 'modelship:run-url')?.Value).toHaveLength(TAG_VALUE_MAX);
  });

  it('never lets an extra tag override a provenance tag', () => {
    const tags = provenanceTags({ action: 'deploy-endpoint' }, { 'modelship:action': 'forged' });
    expect(tags).toEqual([{ Key: 'modelship:action', Value: 'deploy-endpoint' }]);
  });
});
