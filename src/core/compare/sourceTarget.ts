import type { SourceSummary } from "./types";

/** A target set for one audit, and the name it was set under. */
export interface SourceTarget {
  name: string;
  target: number;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function namesOf(set: { title: string; sources: ReadonlyArray<Pick<SourceSummary, "sheet" | "table">> }): string[] {
  return [set.title, ...set.sources.flatMap((source) => [source.sheet, source.table ?? null]).filter((name): name is string => name !== null)];
}

/**
 * The target set for one audit, if any: looked up by the analysis title, then by the name of any
 * sheet or Excel table it was read from, ignoring case. So "Safeguarding checks=95" on the command
 * line and a target set for the table SafeguardingChecks in the task pane both apply to the same
 * analysis, whichever of the sheet or the table was read.
 *
 * @example
 * targetForSource({ SafeguardingChecks: 0.95 }, { title: "Safeguarding checks", sources: [{ sheet: "Safeguarding checks", table: "SafeguardingChecks" }] });
 * // => { name: "SafeguardingChecks", target: 0.95 }
 */
export function targetForSource(
  targets: Readonly<Record<string, number>> | undefined,
  set: { title: string; sources: ReadonlyArray<Pick<SourceSummary, "sheet" | "table">> },
): SourceTarget | null {
  if (targets === undefined) return null;
  for (const name of namesOf(set)) {
    const key = Object.keys(targets).find((candidate) => same(candidate, name));
    if (key !== undefined) return { name: key, target: targets[key] };
  }
  return null;
}

/**
 * The names targets were set under that match no audit analysed: most often a typing slip, which
 * would otherwise leave an audit judged against the wrong target without a word.
 *
 * @example
 * unmatchedTargetNames({ Safeguarding: 0.95 }, [{ title: "Safeguarding checks", sources: [{ sheet: "Safeguarding checks", table: null }] }]); // => ["Safeguarding"]
 */
export function unmatchedTargetNames(
  targets: Readonly<Record<string, number>> | undefined,
  sets: ReadonlyArray<{ title: string; sources: ReadonlyArray<Pick<SourceSummary, "sheet" | "table">> }>,
): string[] {
  if (targets === undefined) return [];
  const known = sets.flatMap(namesOf);
  return Object.keys(targets).filter((name) => !known.some((other) => same(name, other)));
}
