import { describe, expect, it } from '@jest/globals';
import { modelSourceOf } from '../src/modelSource';

const none = { 'inference-execution-mode': 'Serial' as const, 'multi-model': false };

describe('modelSourceOf', () => {
  it('takes exactly one model source', () => {
    expect(() => modelSourceOf(none)).toThrow(/give exactly one model source/);
    expect(() => modelSourceOf({ ...none, image: 'a', 'model-name': 'b' })).toThrow(
      /Input "image \+ model-name"/,
    );
  });

  it('builds an image container, multi-model when asked', () => {
    expect(
      modelSourceOf({ ...none, image: 'repo/x:1', 'model-data-url': 's3://b/k', 'multi-model': true }),
    ).toEqual({
      kind: 'image',
      container: { Image: 'repo/x:1', ModelDataUrl: 's3://b/k', Environment: undefined, Mode: 'MultiModel' },
    });
  });

  it('reads a list of containers and names the entry that lacks an image', () => {
    expect(
      modelSourceOf({
        ...none,
        containers: [{ image: 'a', hostname: 'pre' }, { image: 'b' }],
        'inference-execution-mode': 'Direct',
      }),
    ).toMatchObject({
      kind: 'containers',
      mode: 'Direct',
      containers: [{ Image: 'a', ContainerHostname: 'pre' }, { Image: 'b' }],
    });
    expect(() => modelSourceOf({ ...none, containers: [{ 'model-data-url': 's3://b/k' }] })).toThrow(
      /entry 1 needs "image"/,
    );
  });
});
