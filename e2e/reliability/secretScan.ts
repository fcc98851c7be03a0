/** What a run leaves for people to read: the step log, stderr, the outputs file and the job summary. */
export interface CapturedRun {
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface SecretLeak {
  secret: string;
  where: 'stdout' | 'stderr' | 'outputs' | 'summary';
  line: string;
}

/**
 * Every occurrence of a secret in what a run shows. `::add-mask::` lines are the one place a secret
 * must appear: the runner consumes them and never prints them, so they are left out of the scan.
 * Base64 and URL-encoded forms are searched too, since a leaked header or URL carries those.
 */
export function findSecrets(run: CapturedRun, secrets: Record<string, string>): SecretLeak[] {
  const places: Array<[SecretLeak['where'], string]> = [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    [
      'outputs',
      Object.entries(run.outputs)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    ],
    ['summary', run.summary],
  ];
  const leaks: SecretLeak[] = [];
  for (const [where, text] of places) {
    const lines = text.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    for (const [secret, value] of Object.entries(secrets)) {
      if (value.length < 8) continue;
      const forms = [value, encodeURIComponent(value), Buffer.from(value).toString('base64')];
      for (const line of lines) {
        if (forms.some((form) => line.includes(form)))
          leaks.push({ secret, where, line: line.slice(0, 200) });
      }
    }
  }
  return leaks;
}
