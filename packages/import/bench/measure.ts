/**
 * Medians of cases run in the same process, interleaved in alternating batches so that the noise
 * of a shared machine hits them alike. A case may be async (reading a PDF is).
 */
export async function measure(
  cases: Record<string, () => unknown>,
  batches = 21,
  minBatchMs = 60,
): Promise<Map<string, number>> {
  const names = Object.keys(cases);
  const iterations: number[] = [];
  for (const n of names)
    for (let k = 1; ; k *= 2) {
      const t = performance.now();
      for (let i = 0; i < k; i++) await cases[n]();
      if (performance.now() - t >= minBatchMs) {
        iterations.push(k);
        break;
      }
    }
  const samples: number[][] = names.map(() => []);
  for (let b = 0; b < batches; b++)
    for (const [j, n] of names.entries()) {
      const t = performance.now();
      for (let i = 0; i < iterations[j]; i++) await cases[n]();
      samples[j].push((performance.now() - t) / iterations[j]);
    }
  return new Map(
    names.map((n, j) => [n, samples[j].sort((a, b) => a - b)[Math.floor(batches / 2)]]),
  );
}
