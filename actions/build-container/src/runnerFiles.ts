import { statSync } from 'node:fs';
import type { BuildFiles, PathKind } from './buildInputProblems';

// Apart from the engine edges (runnerEdges.ts, which load @actions/exec): the input checks need only
// the file system, and run before a bad input could fail the step.

/** Where relative paths start: the checkout on a runner, else the current directory. */
export const workspaceOf = (env: NodeJS.ProcessEnv): string => env.GITHUB_WORKSPACE || process.cwd();

/** The runner's file system as the input checks see it. */
export function runnerFiles(workspace: string): BuildFiles {
  const kindOf = (p: string): PathKind => {
    const stats = statSync(p, { throwIfNoEntry: false });
    return stats?.isDirectory() ? 'directory' : stats?.isFile() ? 'file' : 'missing';
  };
  return { workspace, kindOf };
}
