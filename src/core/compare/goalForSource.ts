import { targetForSource } from "./sourceTarget";
import type { SourceSummary } from "./types";

/** The deadline an audit is judged against: a date, or weeks from its first period, and whether it was set for that audit. */
export interface SourceGoal {
  deadline?: number;
  weeks?: number;
  /** The name the deadline or weeks were set under for this audit, or null for the general setting. */
  setFor: string | null;
}

/**
 * The deadline of one audit: its own (`deadlinesBySource` or `weeksBySource`, looked up as
 * `targetForSource` looks up targets: by title, sheet or table, ignoring case), else the general
 * `deadline` or `weeks`. So the article's three worked examples each carry their own goal: care
 * records in twelve weeks, safeguarding in ten, locations in three months.
 *
 * @example
 * goalForSource({ weeks: 12, weeksBySource: { "Safeguarding checks": 10 } }, { title: "Safeguarding checks", sources: [] });
 * // => { weeks: 10, setFor: "Safeguarding checks" }
 */
export function goalForSource(
  input: { deadline?: number; weeks?: number; deadlinesBySource?: Readonly<Record<string, number>>; weeksBySource?: Readonly<Record<string, number>> },
  set: { title: string; sources: ReadonlyArray<Pick<SourceSummary, "sheet" | "table">> },
): SourceGoal {
  const ownDeadline = targetForSource(input.deadlinesBySource, set);
  if (ownDeadline !== null) return { deadline: ownDeadline.target, setFor: ownDeadline.name };
  const ownWeeks = targetForSource(input.weeksBySource, set);
  if (ownWeeks !== null) return { weeks: ownWeeks.target, setFor: ownWeeks.name };
  if (input.deadline !== undefined) return { deadline: input.deadline, setFor: null };
  if (input.weeks !== undefined) return { weeks: input.weeks, setFor: null };
  return { setFor: null };
}
