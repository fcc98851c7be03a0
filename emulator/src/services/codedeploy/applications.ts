import type {
  BatchGetApplicationsInput,
  BatchGetApplicationsOutput,
  CreateApplicationInput,
  CreateApplicationOutput,
  DeleteApplicationInput,
  GetApplicationInput,
  GetApplicationOutput,
  ListApplicationsInput,
  ListApplicationsOutput,
} from '@aws-sdk/client-codedeploy';
import { randomUUID } from 'node:crypto';
import type { EmulatorEnvironment } from '../../environment';
import type { OperationHandler } from '../../protocol/types';
import { codeDeployError } from './codeDeployErrors';
import { groupKey, type Application, type CodeDeployState } from './codeDeployState';
import { trafficPlatform } from './computePlatform';
import { pageOf } from './listPaging';

const NAME = /^[A-Za-z0-9._+\-@]{1,100}$/;

const applicationInfo = (app: Application) => ({
  applicationId: app.applicationId,
  applicationName: app.applicationName,
  createTime: app.createTime,
  linkedToGitHub: false,
  computePlatform: app.computePlatform,
});

export function applicationOperations(
  env: EmulatorEnvironment,
  state: CodeDeployState,
): Record<string, OperationHandler> {
  return {
    CreateApplication: (input: CreateApplicationInput): CreateApplicationOutput => {
      const name = input.applicationName;
      if (typeof name !== 'string' || name === '') {
        throw codeDeployError(
          'ApplicationNameRequiredException',
          'The minimum number of required application names was not specified: set applicationName.',
        );
      }
      if (!NAME.test(name)) {
        throw codeDeployError(
          'InvalidApplicationNameException',
          `The application name ${name} is invalid: use 1 to 100 letters, digits and . _ + - @.`,
        );
      }
      if (state.applications.has(name)) {
        throw codeDeployError(
          'ApplicationAlreadyExistsException',
          `An application with the name ${name} already exists: use it or choose another name.`,
        );
      }
      const app: Application = {
        applicationId: randomUUID(),
        applicationName: name,
        computePlatform: trafficPlatform(input.computePlatform),
        createTime: new Date(env.clock.now()),
      };
      state.applications.set(name, app);
      return { applicationId: app.applicationId };
    },

    GetApplication: (input: GetApplicationInput): GetApplicationOutput => ({
      application: applicationInfo(state.application(input.applicationName)),
    }),

    BatchGetApplications: (input: BatchGetApplicationsInput): BatchGetApplicationsOutput => {
      const names: unknown[] = input.applicationNames ?? [];
      if (names.length > 100) {
        throw codeDeployError(
          'BatchLimitExceededException',
          'The maximum number of names or IDs allowed for this request (100) was exceeded.',
        );
      }
      return { applicationsInfo: names.map((name) => applicationInfo(state.application(name))) };
    },

    ListApplications: (input: ListApplicationsInput): ListApplicationsOutput => {
      const page = pageOf([...state.applications.keys()].sort(), input.nextToken);
      return { applications: page.items, nextToken: page.nextToken };
    },

    DeleteApplication: (input: DeleteApplicationInput) => {
      const name = input.applicationName;
      if (typeof name !== 'string' || name === '') {
        throw codeDeployError(
          'ApplicationNameRequiredException',
          'The minimum number of required application names was not specified: set applicationName.',
        );
      }
      // Deleting an application that does not exist succeeds, as in CodeDeploy.
      state.applications.delete(name);
      for (const group of state.groupsOf(name))
        state.groups.delete(groupKey(name, group.deploymentGroupName));
      return {};
    },
  };
}
