// Users of the production endpoint while the pipeline runs: batches of customers scored every few
// milliseconds, so a canary serves real requests and its alarms see real errors. Calls before the
// endpoint exists are counted apart.
import { InvokeEndpointCommand, SageMakerRuntimeClient } from '@aws-sdk/client-sagemaker-runtime';

const BATCH = JSON.stringify({
  instances: [
    [0.2, 0.8, 0.1],
    [0.9, 0.1, 0.4],
    [0.5, 0.5, 0.5],
    [0.1, 0.3, 0.9],
  ],
});

/**
 * @param {{ url: string, region: string, accessKeyId: string, secretAccessKey: string }} aws
 * @param {string} endpointName
 * @returns {() => Promise<{ ok: number, failed: number, notServing: number }>} stops it and counts
 */
export function startProductionTraffic(aws, endpointName, pauseMs = 20) {
  const client = new SageMakerRuntimeClient({
    endpoint: aws.url,
    region: aws.region,
    credentials: { accessKeyId: aws.accessKeyId, secretAccessKey: aws.secretAccessKey },
    maxAttempts: 1,
  });
  const counts = { ok: 0, failed: 0, notServing: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const outcome = await client
        .send(
          new InvokeEndpointCommand({
            EndpointName: endpointName,
            ContentType: 'application/json',
            Body: BATCH,
          }),
        )
        .then(
          () => 'ok',
          (err) => (err.name === 'ValidationError' ? 'notServing' : 'failed'),
        );
      counts[outcome] += 1;
      // Until the endpoint exists, ask now and then rather than load the machine the pipeline runs on.
      await new Promise((resolve) => setTimeout(resolve, outcome === 'notServing' ? 500 : pauseMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
    client.destroy();
    return counts;
  };
}
