// Jobs in an order that runs every job after the jobs it needs (the runner would run independent jobs
// side by side; locally they run one after another, in file order where `needs:` allows).

/** @param {Array<{ id: string, needs: string[] }>} jobs */
export function orderByNeeds(jobs) {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const ordered = [];
  const state = new Map();
  const visit = (job, chain) => {
    if (state.get(job.id) === 'done') return;
    if (state.get(job.id) === 'visiting') {
      throw new Error(`jobs need each other in a cycle: ${[...chain, job.id].join(' -> ')}`);
    }
    state.set(job.id, 'visiting');
    for (const need of job.needs) {
      const needed = byId.get(need);
      if (!needed) throw new Error(`job ${job.id} needs ${need}, which is not a job of the workflow`);
      visit(needed, [...chain, job.id]);
    }
    state.set(job.id, 'done');
    ordered.push(job);
  };
  for (const job of jobs) visit(job, []);
  return ordered;
}

/** Every job `id` needs, directly or through the jobs it needs. */
export function ancestorsOf(id, jobs) {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const seen = new Set();
  const walk = (jobId) => {
    for (const need of byId.get(jobId)?.needs ?? []) {
      if (!seen.has(need)) {
        seen.add(need);
        walk(need);
      }
    }
  };
  walk(id);
  return [...seen];
}
