/** Runs `work` `runs` times after a warm-up and returns each run's duration in milliseconds. */
export async function sample(
  work: () => unknown,
  runs: number,
  warmup = Math.min(50, runs),
): Promise<number[]> {
  for (let index = 0; index < warmup; index++) await work();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Like `sample`, for synchronous work too fast to time one call at a time: times batches. */
export function sampleSync(work: () => unknown, runs: number, batch: number): number[] {
  for (let index = 0; index < batch * 5; index++) work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    for (let index = 0; index < batch; index++) work();
    samples.push((performance.now() - start) / batch);
  }
  return samples;
}

export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}
