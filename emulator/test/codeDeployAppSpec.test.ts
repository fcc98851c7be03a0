import { describe, expect, it } from '@jest/globals';
import { AppSpecError, parseAppSpec } from '../src/services/codedeploy/appSpec';

const lambdaYaml = `
version: 0.0
Resources:
  - myFunction:
      Type: AWS::Lambda::Function
      Properties:
        Name: scorer
        Alias: live
        CurrentVersion: 1
        TargetVersion: 2
Hooks:
  - BeforeAllowTraffic: preTrafficCheck
  - AfterAllowTraffic: postTrafficCheck
`;

describe('CodeDeploy AppSpec parsing', () => {
  it('reads a Lambda AppSpec in YAML, versions as text', () => {
    expect(parseAppSpec(lambdaYaml, 'Lambda')).toEqual({
      platform: 'Lambda',
      resourceName: 'myFunction',
      functionName: 'scorer',
      alias: 'live',
      currentVersion: '1',
      targetVersion: '2',
      hooks: { BeforeAllowTraffic: 'preTrafficCheck', AfterAllowTraffic: 'postTrafficCheck' },
    });
  });

  it('reads an ECS AppSpec in JSON', () => {
    const json = JSON.stringify({
      version: 0.0,
      Resources: [
        {
          TargetService: {
            Type: 'AWS::ECS::Service',
            Properties: {
              TaskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/scorer:3',
              LoadBalancerInfo: { ContainerName: 'scorer', ContainerPort: 8080 },
            },
          },
        },
      ],
      Hooks: [{ AfterAllowTestTraffic: 'testTraffic' }],
    });
    expect(parseAppSpec(json, 'ECS')).toEqual({
      platform: 'ECS',
      resourceName: 'TargetService',
      taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/scorer:3',
      containerName: 'scorer',
      containerPort: 8080,
      hooks: { AfterAllowTestTraffic: 'testTraffic' },
    });
  });

  it.each([
    ['not YAML', 'Resources: [unclosed', /neither valid YAML nor JSON/],
    ['no resources', 'version: 0.0', /needs a Resources list/],
    [
      'the wrong resource type',
      lambdaYaml.replace('AWS::Lambda::Function', 'AWS::ECS::Service'),
      /must be AWS::Lambda::Function/,
    ],
    [
      'a missing property',
      lambdaYaml.replace('Alias: live', ''),
      /missing Resources\.myFunction\.Properties\.Alias/,
    ],
    ['the same versions', lambdaYaml.replace('TargetVersion: 2', 'TargetVersion: 1'), /no traffic to shift/],
    [
      'an ECS hook on Lambda',
      lambdaYaml.replace('AfterAllowTraffic: post', 'BeforeInstall: post'),
      /BeforeInstall is not a Lambda lifecycle hook/,
    ],
  ])('rejects %s with what to fix', (_what, content, message) => {
    expect(() => parseAppSpec(content, 'Lambda')).toThrow(AppSpecError);
    expect(() => parseAppSpec(content, 'Lambda')).toThrow(message);
  });

  it('rejects an ECS AppSpec without LoadBalancerInfo', () => {
    const yaml = `Resources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: td:1\n`;
    expect(() => parseAppSpec(yaml, 'ECS')).toThrow(
      /LoadBalancerInfo\{ContainerName, ContainerPort\} is required/,
    );
  });
});
