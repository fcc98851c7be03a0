export const PHASE_ORDER = [
  'SUBMITTED',
  'QUEUED',
  'PROVISIONING',
  'DOWNLOAD_SOURCE',
  'INSTALL',
  'PRE_BUILD',
  'BUILD',
  'POST_BUILD',
  'UPLOAD_ARTIFACTS',
  'FINALIZING',
  'COMPLETED',
] as const;
export type PhaseType = (typeof PHASE_ORDER)[number];
export type StatusType = 'SUCCEEDED' | 'FAILED' | 'FAULT' | 'TIMED_OUT' | 'IN_PROGRESS' | 'STOPPED';

export interface PhaseContext {
  statusCode: string;
  message: string;
}

export interface BuildPhase {
  phaseType: PhaseType;
  phaseStatus?: StatusType;
  startTime: Date;
  endTime?: Date;
  durationInSeconds?: number;
  contexts?: PhaseContext[];
}

/**
 * The phase after `phase` ends, by CodeBuild's transitions: a failure in INSTALL or PRE_BUILD (or
 * before) skips to FINALIZING, a BUILD failure still runs POST_BUILD, and UPLOAD_ARTIFACTS is
 * attempted after POST_BUILD whatever happened. A buildspec's on-failure CONTINUE moves on as if
 * the phase had succeeded; ABORT skips to FINALIZING.
 */
export function phaseAfter(phase: PhaseType, failed: boolean, onFailure?: 'ABORT' | 'CONTINUE'): PhaseType {
  const next = PHASE_ORDER[Math.min(PHASE_ORDER.indexOf(phase) + 1, PHASE_ORDER.length - 1)] as PhaseType;
  if (!failed || onFailure === 'CONTINUE') return next;
  if (onFailure === 'ABORT') return phase === 'FINALIZING' ? 'COMPLETED' : 'FINALIZING';
  switch (phase) {
    case 'BUILD':
    case 'POST_BUILD':
    case 'FINALIZING':
      return next;
    default:
      return 'FINALIZING';
  }
}

/** The build's status from its phases: a stop or timeout wins, then any failed or faulted phase. */
export function buildStatusOf(phases: BuildPhase[], ended: 'STOPPED' | 'TIMED_OUT' | undefined): StatusType {
  if (ended) return ended;
  if (phases.some((p) => p.phaseStatus === 'FAULT')) return 'FAULT';
  if (phases.some((p) => p.phaseStatus === 'FAILED')) return 'FAILED';
  return 'SUCCEEDED';
}

/** A build's phase list, appended to as the build moves on. */
export class PhaseHistory {
  readonly phases: BuildPhase[] = [];

  get current(): BuildPhase | undefined {
    return this.phases[this.phases.length - 1];
  }

  enter(phaseType: PhaseType, now: number): BuildPhase {
    const phase: BuildPhase = { phaseType, startTime: new Date(now) };
    if (phaseType !== 'COMPLETED') phase.phaseStatus = 'IN_PROGRESS';
    this.phases.push(phase);
    return phase;
  }

  /** Ends the current phase; COMPLETED never ends, as in CodeBuild's answers. */
  end(status: StatusType, now: number, context?: PhaseContext): void {
    const phase = this.current;
    if (!phase || phase.phaseType === 'COMPLETED' || phase.endTime) return;
    phase.phaseStatus = status;
    phase.endTime = new Date(now);
    phase.durationInSeconds = Math.max(0, Math.round((now - phase.startTime.getTime()) / 1000));
    if (context) phase.contexts = [context];
  }
}
