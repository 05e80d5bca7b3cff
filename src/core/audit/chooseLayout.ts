import { parsePeriodHeader } from "./parsePeriodHeader";
import type { ColumnMapping, GridLayout } from "./types";

/** A sheet with this many Yes/No columns is an item audit even if it also carries a score column. */
const fewestItemsForItemLayout = 2;

/**
 * The layout a mapping describes: "wide" with two or more period columns (or one headed by a week or
 * month, with no other measure); "per-record-items" with two or more item columns; "per-audit" with a
 * score or a Passed/Checked pair; "per-record-items" with a single item column; otherwise "per-audit",
 * which then has nothing to read.
 *
 * Items win over a score column beside them because the answers carry the counts a score hides.
 *
 * @example
 * chooseLayout([
 *   { index: 0, header: "Team", role: "team", confidence: 1, reason: "" },
 *   { index: 1, header: "Wk 1", role: "period", confidence: 1, reason: "" },
 *   { index: 2, header: "Wk 2", role: "period", confidence: 1, reason: "" },
 * ]); // => "wide"
 */
export function chooseLayout(mapping: ColumnMapping): GridLayout {
  let periods = 0;
  let items = 0;
  let scores = 0;
  let passed = 0;
  let checked = 0;
  let periodHeader = "";
  for (const entry of mapping) {
    if (entry.role === "period") {
      periods++;
      periodHeader = entry.header;
    } else if (entry.role === "item") items++;
    else if (entry.role === "score") scores++;
    else if (entry.role === "passed") passed++;
    else if (entry.role === "checked") checked++;
  }
  const hasCounts = passed > 0 && checked > 0;
  if (periods >= 2) return "wide";
  if (periods === 1 && items === 0 && scores === 0 && !hasCounts && parsePeriodHeader(periodHeader) !== null) return "wide";
  if (items >= fewestItemsForItemLayout) return "per-record-items";
  if (scores > 0 || hasCounts) return "per-audit";
  if (items > 0) return "per-record-items";
  return "per-audit";
}
