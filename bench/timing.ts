import { performance } from "node:perf_hooks";

/** One line of the benchmark table. */
export interface BenchRow {
  name: string;
  /** The measured figure, already formatted with its unit ("12.3 ms", "4 syncs"). */
  value: string;
  /** The target from the issue, in words ("< 50 ms"), or "" when there is none. */
  target: string;
  /** Whether the figure meets the target; null when there is no target. */
  met: boolean | null;
}

/**
 * Median wall-clock time of `fn` in milliseconds over `runs` runs, after `warmUp` unmeasured runs.
 */
export function medianMs(fn: () => unknown, runs = 7, warmUp = 2): number {
  for (let i = 0; i < warmUp; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A row for a timing with an upper bound in milliseconds. */
export function timingRow(name: string, ms: number, limitMs: number): BenchRow {
  return { name, value: `${ms.toFixed(2)} ms`, target: `< ${limitMs} ms`, met: ms < limitMs };
}
