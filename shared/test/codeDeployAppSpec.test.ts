import { describe, expect, it } from '@jest/globals';
import { readAppSpecTraffic, reversedLambdaAppSpec, servingLabel } from '../src/codeDeployAppSpec';

const lambdaYaml = `version: 0.0
Resources:
  - churn:
      Type: AWS::Lambda::Function
      Properties:
        Name: churn-fn
        Alias: live
        CurrentVersion: 3
        TargetVersion: 4
Hooks:
  - BeforeAllowTraffic: churn-smoke-test
`;

describe('CodeDeploy AppSpec', () => {
  it('reads what a Lambda AppSpec shifts, from YAML', () => {
    const traffic = readAppSpecTraffic(lambdaYaml);
    expect(traffic).toEqual({
      platform: 'Lambda',
      resource: 'churn',
      functionName: 'churn-fn',
      alias: 'live',
      currentVersion: '3',
      targetVersion: '4',
    });
    expect(servingLabel(traffic, 'target')).toBe('churn-fn:live@4');
  });

  it('reverses a Lambda AppSpec, without its hooks', () => {
    const reversed = reversedLambdaAppSpec(readAppSpecTraffic(lambdaYaml) as never);
    expect(readAppSpecTraffic(reversed)).toMatchObject({ currentVersion: '4', targetVersion: '3' });
    expect(JSON.parse(reversed)).not.toHaveProperty('Hooks');
  });

  it('reads an ECS AppSpec from JSON', () => {
    const content = JSON.stringify({
      Resources: [{ svc: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: 'arn:td/churn:7' } } }],
    });
    expect(readAppSpecTraffic(content)).toEqual({
      platform: 'ECS',
      resource: 'svc',
      taskDefinition: 'arn:td/churn:7',
    });
  });

  it('says what is wrong with an AppSpec it cannot read', () => {
    expect(() => readAppSpecTraffic('Resources: {}')).toThrow(
      /Resources must be a list with exactly one resource/,
    );
    expect(() => readAppSpecTraffic(lambdaYaml.replace('        Alias: live\n', ''))).toThrow(
      /churn.Properties.Alias is missing/,
    );
    expect(() => readAppSpecTraffic('Resources:\n  - x:\n      Type: AWS::EC2::Instance\n')).toThrow(
      /allowed: AWS::Lambda::Function, AWS::ECS::Service/,
    );
  });
});
