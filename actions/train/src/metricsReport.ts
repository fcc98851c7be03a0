/**
 * The metrics report registered with a model version (ModelMetrics.ModelQuality.Statistics): final
 * metrics by name, in the `{ "value": n }` shape of SageMaker's model quality statistics, and where they
 * came from. The champion's metrics are read back from it.
 */
export interface MetricsReport {
  metrics: Record<string, { value: number }>;
  trainingJob?: string;
  pipelineExecution?: string;
  gate?: string[];
}

export function metricsReport(
  metrics: Record<string, number>,
  source: { trainingJob?: string; pipelineExecution?: string; gate?: string[] },
): MetricsReport {
  return {
    metrics: Object.fromEntries(Object.entries(metrics).map(([name, value]) => [name, { value }])),
    ...source,
  };
}

/** The metrics of a report, ignoring anything that is not a number; empty for a report of another shape. */
export function metricsOfReport(text: string): Record<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  const metrics = (parsed as { metrics?: Record<string, { value?: unknown }> } | null)?.metrics ?? {};
  const out: Record<string, number> = {};
  for (const [name, entry] of Object.entries(metrics)) {
    if (typeof entry?.value === 'number') out[name] = entry.value;
  }
  return out;
}

/** s3://bucket/key → bucket and key. */
export function splitS3Uri(uri: string): { Bucket: string; Key: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!match) throw new Error(`${uri} is not an S3 URI`);
  return { Bucket: match[1]!, Key: match[2]! };
}

/** Where the report of a job goes: beside its model, under output-path. */
export function metricsReportUri(outputPath: string, jobName: string): string {
  return `${outputPath.replace(/\/+$/, '')}/${jobName}/modelship/metrics.json`;
}
