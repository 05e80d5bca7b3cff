// Times the two heaviest custom functions at the sizes of issue 3, on generated data that is the same
// on every run: CQC.COMPARE on 100,000 scores in 20 groups (target < 50 ms) and CQC.SPC on 10,000
// points (target < 10 ms). Inputs are built as Excel passes them (column matrices), so the timings
// include reading the arguments as well as the statistics.
import { compare, spc } from "../src/functions/functions";
import { seededRandom } from "../scripts/sample/seededRandom";
import { medianMs, timingRow, type BenchRow } from "./timing";

const compareRecords = 100_000;
const compareGroups = 20;
const spcPoints = 10_000;

/** Audit scores 60-100 in 20 teams whose means differ, one record per row, as Excel's column ranges. */
function compareInput(): { scores: number[][]; groups: string[][] } {
  const random = seededRandom(20260303).next;
  const scores: number[][] = new Array(compareRecords);
  const groups: string[][] = new Array(compareRecords);
  for (let i = 0; i < compareRecords; i++) {
    const team = Math.floor(random() * compareGroups);
    groups[i] = [`Team ${String.fromCharCode(65 + team)}`];
    scores[i] = [Math.min(100, Math.round(70 + team + random() * 30))];
  }
  return { scores, groups };
}

/** A weekly series wandering around 85% with a step change half-way. */
function spcInput(): number[][] {
  const random = seededRandom(46084).next;
  const values: number[][] = new Array(spcPoints);
  for (let i = 0; i < spcPoints; i++) values[i] = [85 + (i > spcPoints / 2 ? 3 : 0) + (random() - 0.5) * 10];
  return values;
}

/** Benchmark rows for CQC.COMPARE and CQC.SPC. */
export function runFunctionsBench(): BenchRow[] {
  const { scores, groups } = compareInput();
  const series = spcInput();
  const compareMs = medianMs(() => compare(scores, groups, 90, "up"), 15, 3);
  const spcMs = medianMs(() => spc(series, "up", 90, "MDC"), 25, 5);
  return [
    timingRow("CQC.COMPARE, 100,000 scores in 20 groups", compareMs, 50),
    timingRow("CQC.SPC, 10,000 points", spcMs, 10),
  ];
}
