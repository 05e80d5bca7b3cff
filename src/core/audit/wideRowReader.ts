import type { ScoreCellKind } from "./gridCellReader";
import type { RowReader, RowReading } from "./rowReading";
import { SKIPPED_ROW_REASONS } from "./skippedRowReasons";

/**
 * The row reader of the "wide" layout: one row per group, one column per week or month, unpivoted to
 * one record per filled week or month dated by its heading. An unreadable value leaves out just that
 * week or month; a row with no readable value or an unusable group is left out.
 *
 * @example
 * // wideRowReader(reading)(["Team A", 0.9, "N/A", 0.8], 3) // => two records, the N/A week skipped
 */
export function wideRowReader(reading: RowReading): RowReader {
  const { plan, cells: reader, account } = reading;
  const periods = plan.periods;
  // Scratch for one row, so reading a row allocates nothing per cell.
  const kinds: ScoreCellKind[] = periods.map(() => "absent");
  const values = new Float64Array(periods.length);
  const passedCounts = new Float64Array(periods.length);
  const checkedCounts = new Float64Array(periods.length);
  return (cells, rowNumber) => {
    let readable = 0;
    let notApplicable = 0;
    let cellProblems = 0;
    const problemsBefore = reader.problems.length;
    for (let p = 0; p < periods.length; p++) {
      const kind = reader.readScore(cells[periods[p].index], rowNumber, periods[p], `${periods[p].label} left out`);
      kinds[p] = kind;
      if (kind === "raw" || kind === "proportion") {
        values[p] = reader.scoreValue;
        readable++;
      } else if (kind === "counts") {
        passedCounts[p] = reader.scorePassed;
        checkedCounts[p] = reader.scoreChecked;
        readable++;
      } else if (kind === "notApplicable") notApplicable++;
      else if (kind === "problem") cellProblems++;
    }
    if (readable === 0 && cellProblems === 0) {
      account.leaveOut(rowNumber, notApplicable > 0 ? SKIPPED_ROW_REASONS.allPeriodValuesNotApplicable : SKIPPED_ROW_REASONS.noPeriodValues);
      return;
    }
    if (!reading.groups.checkColumns(cells, rowNumber) || readable === 0 || reader.problems.length > problemsBefore + cellProblems) {
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.unreadable);
      return;
    }
    const groups = reading.groups.current(null);
    for (let p = 0; p < periods.length; p++) {
      const kind = kinds[p];
      if (kind === "counts") {
        reader.scorePassed = passedCounts[p];
        reader.scoreChecked = checkedCounts[p];
      } else if (kind === "raw" || kind === "proportion") reader.scoreValue = values[p];
      else continue;
      reading.pushRecord(rowNumber, groups, periods[p].date, periods[p].label, kind);
    }
    account.use();
  };
}
