import { SAGEMAKER_NAME } from '@modelship/shared';

/** What `to` asks for: the config recorded as previous, a named config, or the newest approved package. */
export type RollbackTo = { kind: 'previous' } | { kind: 'config'; name: string } | { kind: 'last-approved' };

/** What is allowed when `to` is not usable, or undefined when it is. */
export function rollbackToProblem(value: string): string | undefined {
  if (value === 'previous' || value === 'last-approved' || SAGEMAKER_NAME.test(value)) return undefined;
  return 'it must be previous, last-approved, or an endpoint config name (letters, digits and hyphens, at most 63)';
}

export function readRollbackTo(value: string): RollbackTo {
  const to = value.trim();
  if (to === '' || to === 'previous') return { kind: 'previous' };
  if (to === 'last-approved') return { kind: 'last-approved' };
  return { kind: 'config', name: to };
}

export function describeRollbackTo(to: RollbackTo): string {
  switch (to.kind) {
    case 'previous':
      return 'the previous endpoint config recorded in the provenance tags';
    case 'config':
      return `endpoint config ${to.name}`;
    case 'last-approved':
      return 'the newest Approved version of the model package group';
  }
}
