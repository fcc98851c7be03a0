import type {
  BatchGetBuildsInput,
  BatchGetBuildsOutput,
  BatchGetProjectsInput,
  BatchGetProjectsOutput,
  CreateProjectInput,
  CreateProjectOutput,
  DeleteProjectInput,
  DeleteProjectOutput,
  ListBuildsForProjectInput,
  ListBuildsForProjectOutput,
  ListBuildsInput,
  ListBuildsOutput,
  ListProjectsInput,
  ListProjectsOutput,
  StartBuildInput,
  StartBuildOutput,
  StopBuildInput,
  StopBuildOutput,
  UpdateProjectInput,
  UpdateProjectOutput,
} from '@aws-sdk/client-codebuild';
import type { EmulatorEnvironment } from '../../environment';
import type { OperationService } from '../../protocol/types';
import { BuildRegistry } from './builds';
import { AwsError } from '../../protocol/awsError';
import {
  checkProjectName,
  projectFromCreate,
  sortedProjectNames,
  updatedProject,
  type Project,
} from './projects';
import { codeBuildPage } from './listPaging';
import { checkString, invalidInput, notFound, requireMember } from './validation';

const projectNameOf = (nameOrArn: string) =>
  nameOrArn.startsWith('arn:') ? (nameOrArn.split(':project/')[1] ?? '') : nameOrArn;

/**
 * AWS CodeBuild (AWS JSON 1.1): projects, and builds that run their buildspec's commands as local
 * processes on a local git checkout (or an S3 zip), logging to the emulated CloudWatch Logs.
 */
export function createCodeBuildService(env: EmulatorEnvironment): OperationService {
  const projects = new Map<string, Project>();
  const builds = new BuildRegistry(env);
  env.onShutdown(() => builds.stopAll());
  env.onReset(async () => {
    await builds.stopAll();
    builds.clear();
    projects.clear();
  });
  const projectNamed = (name: string, ctx: { region: string; accountId: string }) => {
    const project = projects.get(projectNameOf(name));
    if (!project) {
      throw notFound(
        `Project cannot be found: arn:aws:codebuild:${ctx.region}:${ctx.accountId}:project/${projectNameOf(name)}; create it with CreateProject first.`,
      );
    }
    return project;
  };

  return {
    kind: 'operations',
    name: 'codebuild',
    signingName: 'codebuild',
    targetPrefix: 'CodeBuild_20161006',
    jsonVersion: '1.1',
    operations: {
      CreateProject: (input: CreateProjectInput, ctx): CreateProjectOutput => {
        const project = projectFromCreate(input, ctx, new Date(env.clock.now()));
        if (projects.has(project.name)) {
          throw new AwsError(
            'ResourceAlreadyExistsException',
            `Project already exists: ${project.arn}; choose another name, or change it with UpdateProject.`,
          );
        }
        projects.set(project.name, project);
        return { project };
      },
      UpdateProject: (input: UpdateProjectInput, ctx): UpdateProjectOutput => {
        const name = checkProjectName(input.name);
        const project = updatedProject(projectNamed(name, ctx), input, new Date(env.clock.now()));
        projects.set(project.name, project);
        return { project };
      },
      DeleteProject: (input: DeleteProjectInput): DeleteProjectOutput => {
        const name = projectNameOf(checkString(requireMember(input.name, 'name'), 'name'));
        // CodeBuild answers success for a project that does not exist.
        projects.delete(name);
        builds.forgetNumbering(name);
        return {};
      },
      BatchGetProjects: (input: BatchGetProjectsInput): BatchGetProjectsOutput => {
        const names = requireMember(input.names, 'names');
        if (!Array.isArray(names) || names.length < 1 || names.length > 100) {
          throw invalidInput('names must list between 1 and 100 project names or ARNs.');
        }
        const found: Project[] = [];
        const projectsNotFound: string[] = [];
        for (const name of names as string[]) {
          const project = projects.get(projectNameOf(checkString(name, 'names')));
          if (project) found.push(project);
          else projectsNotFound.push(name);
        }
        return { projects: found, projectsNotFound };
      },
      ListProjects: (input: ListProjectsInput): ListProjectsOutput => {
        const names = sortedProjectNames(projects.values(), input.sortBy, input.sortOrder);
        const { page, nextToken } = codeBuildPage(names, input.nextToken);
        return nextToken === undefined ? { projects: page } : { projects: page, nextToken };
      },
      StartBuild: (input: StartBuildInput, ctx): StartBuildOutput => {
        const name = checkProjectName(input.projectName, 'projectName');
        return { build: builds.start(projectNamed(name, ctx), input, ctx) };
      },
      BatchGetBuilds: (input: BatchGetBuildsInput): BatchGetBuildsOutput => builds.batchGet(input),
      StopBuild: (input: StopBuildInput): Promise<StopBuildOutput> => builds.stop(input),
      ListBuilds: (input: ListBuildsInput): ListBuildsOutput => builds.list(input),
      ListBuildsForProject: (input: ListBuildsForProjectInput, ctx): ListBuildsForProjectOutput => {
        const name = checkString(requireMember(input.projectName, 'projectName'), 'projectName');
        return builds.list(input, projectNamed(name, ctx).name);
      },
    },
  };
}
