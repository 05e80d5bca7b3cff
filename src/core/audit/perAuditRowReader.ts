import { isBlank, type CellValue } from "../values";
import type { ScoreCellKind } from "./gridCellReader";
import type { RowReader, RowReading } from "./rowReading";
import { SKIPPED_ROW_REASONS } from "./skippedRowReasons";

/**
 * The row reader of the "per-audit" layout: one row per audit, with a score or Passed/Checked counts
 * (the counts win when filled; the score is the fallback). Any unreadable cell leaves the row out, as
 * the row is a single result.
 *
 * @example
 * // perAuditRowReader(reading)(["Team A", "87%"], 2) // => one score record of 0.87
 */
export function perAuditRowReader(reading: RowReading): RowReader {
  const { plan, cells: reader, account, groups } = reading;
  const { passed, checked, score } = plan;
  return (cells, rowNumber) => {
    const problemsBefore = reader.problems.length;
    let kind: ScoreCellKind = "absent";
    if (passed !== null && checked !== null && !(isBlank(cells[passed.index] as CellValue) && isBlank(cells[checked.index] as CellValue))) {
      const passedCount = reader.readCount(cells[passed.index], rowNumber, passed);
      const checkedCount = reader.readCount(cells[checked.index], rowNumber, checked);
      if (passedCount === -1) reader.problem(rowNumber, passed, `blank, but column ${checked.name} has a count; row left out`);
      if (checkedCount === -1) reader.problem(rowNumber, checked, `blank, but column ${passed.name} has a count; row left out`);
      if (passedCount >= 0 && checkedCount >= 0) {
        if (passedCount > checkedCount) {
          reader.problem(rowNumber, passed, `${passedCount} passed is more than the ${checkedCount} checked in column ${checked.name}; row left out`);
        } else if (checkedCount === 0) {
          account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.nothingChecked);
          return;
        }
        reader.scorePassed = passedCount;
        reader.scoreChecked = checkedCount;
      }
      kind = "counts";
    } else if (score !== null) {
      kind = reader.readScore(cells[score.index], rowNumber, score, "row left out");
    } else if (passed === null || checked === null) {
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.noMeasureColumn);
      return;
    }
    if (kind === "absent") {
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.noScore);
      return;
    }
    if (kind === "notApplicable") {
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.scoreNotApplicable);
      return;
    }
    const groupsReadable = groups.checkColumns(cells, rowNumber);
    const whenReadable = reading.readWhen(cells, rowNumber);
    if (!groupsReadable || !whenReadable || reader.problems.length > problemsBefore) {
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.unreadable);
      return;
    }
    reading.pushRecord(rowNumber, groups.current(null), reading.date, reading.periodLabel, kind);
    account.use();
  };
}
