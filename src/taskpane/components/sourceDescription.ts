import type { SourceEntry } from "../session/workbookSession";
import { formatCount } from "../formatResult";

/**
 * The count of rows at the end of the reader's reason ("…; 56 rows.", "…; over 2000 rows.") is of the
 * preview only; beside the source's own size it contradicts it ("289 rows × 10 columns … 56 rows").
 */
const previewRowCount = /; (over )?[\d,]+ rows?\.$/;

export interface SourceDescription {
  /** "Sheet, 289 rows × 10 columns" or "Table on “Safeguarding checks”, 61 rows × 8 columns (hidden)". */
  size: string;
  /** Why it looks like audit data or not, and why it is unticked when its table is read instead. */
  reason: string;
  /** Shown with the "Looks like audit data" badge: suggested, and not read through a table instead. */
  badge: boolean;
}

/**
 * What the Source step says of a sheet or table: its whole size, the reader's reason without the
 * preview's own row count, and, for a sheet whose table is ticked instead, why it is unticked.
 *
 * @example
 * sourceDescription({ name: "Safeguarding checks", kind: "sheet", sheet: "Safeguarding checks", rowCount: 61, columnCount: 8, hidden: false },
 *   { suggested: true, reason: "Header in row 1; 5 Yes/No questions; dated; 56 rows." }, ["SafeguardingChecks"]).reason;
 * // => "Header in row 1; 5 Yes/No questions; dated. Read through its table “SafeguardingChecks”, which is ticked, so no row is counted twice."
 */
export function sourceDescription(entry: SourceEntry, likelihood: { suggested: boolean; reason: string }, tablesChosenOnSheet: readonly string[]): SourceDescription {
  const what = entry.kind === "table" ? `Table on “${entry.sheet}”` : "Sheet";
  const size = `${what}, ${formatCount(entry.rowCount, "row")} × ${formatCount(entry.columnCount, "column")}${entry.hidden ? " (hidden)" : ""}`;
  const reason = likelihood.reason.replace(previewRowCount, ".");
  const throughTable = entry.kind === "sheet" && tablesChosenOnSheet.length > 0;
  if (!throughTable) return { size, reason, badge: likelihood.suggested };
  const tables = tablesChosenOnSheet.map((name) => `“${name}”`).join(" and ");
  const its = tablesChosenOnSheet.length === 1 ? `its table ${tables}, which is` : `its tables ${tables}, which are`;
  return { size, reason: `${reason} Read through ${its} ticked, so no row is counted twice.`, badge: false };
}
