/**
 * A small interleaved benchmark harness: cases run in alternating batches in one process so that
 * the noise of a shared 2-core machine hits all of them alike; medians per operation are reported.
 */
export interface Result {
  name: string;
  medianNs: number;
}

export function measure(
  cases: Record<string, () => unknown>,
  { batches = 21, minBatchMs = 40 } = {},
): Result[] {
  const names = Object.keys(cases);
  // Calibrate: how many calls make a batch of at least minBatchMs, per case.
  const iterations = names.map((n) => {
    let k = 1;
    for (;;) {
      const t = performance.now();
      for (let i = 0; i < k; i++) cases[n]();
      if (performance.now() - t >= minBatchMs) return k;
      k *= 2;
    }
  });
  const samples: number[][] = names.map(() => []);
  for (let b = 0; b < batches; b++) {
    names.forEach((n, j) => {
      const t = performance.now();
      for (let i = 0; i < iterations[j]; i++) cases[n]();
      samples[j].push(((performance.now() - t) * 1e6) / iterations[j]);
    });
  }
  return names.map((name, j) => {
    const s = samples[j].sort((a, b) => a - b);
    return { name, medianNs: s[Math.floor(s.length / 2)] };
  });
}

export function print(
  title: string,
  results: Result[],
  ratios: [string, string, string, number?][],
) {
  console.log(`\n${title}`);
  for (const r of results)
    console.log(
      `  ${r.name.padEnd(44)} ${(r.medianNs / 1000).toFixed(2).padStart(10)} µs (median)`,
    );
  const by = new Map(results.map((r) => [r.name, r.medianNs]));
  for (const [label, a, b, target] of ratios) {
    const ratio = by.get(a)! / by.get(b)!;
    const verdict =
      target === undefined
        ? ''
        : ratio <= target
          ? `  ✓ target ≤ ${target}`
          : `  ✗ target ≤ ${target}`;
    console.log(`  ${label.padEnd(44)} ${ratio.toFixed(3).padStart(10)}×${verdict}`);
  }
}

/** The median of some samples. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds per call of `fn`, over `n` calls. */
export function time(fn: () => unknown, n: number): number {
  const t = performance.now();
  for (let i = 0; i < n; i++) fn();
  return (performance.now() - t) / n;
}
