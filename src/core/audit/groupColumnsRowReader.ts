import { describeCell, type CellValue } from "../values";
import type { RowReader, RowReading } from "./rowReading";
import { SKIPPED_ROW_REASONS } from "./skippedRowReasons";

/** Half an item passed, under the "half" partial-answer rule. */
const halfCredit = 0.5;

/**
 * The row reader of the "groups-as-columns" layout: groups side by side, one column of answers or
 * scores per team, unit or location, each row a question or a period. Each filled cell is one record
 * of the group its column names (an answer gives 1 of 1 or 0 of 1; a partial answer follows the
 * reading's rule), dated by the row's date or period column if it has one. An unreadable cell is a
 * problem and is left out on its own; the row's other groups are used.
 *
 * @example
 * // groupColumnsRowReader(reading)(["Care plan signed", "Yes", "No"], 4) // => Oak Unit 1 of 1, Elm Unit 0 of 1
 */
export function groupColumnsRowReader(reading: RowReading): RowReader {
  const { plan, cells: reader, account, partialRule } = reading;
  const sideBySide = plan.sideBySide;
  const columns = sideBySide?.columns ?? [];
  const answers = sideBySide?.holds === "answers";
  return (cells, rowNumber) => {
    let made = 0;
    let notApplicable = 0;
    let unreadable = 0;
    if (!reading.groups.checkColumns(cells, rowNumber) || !reading.readWhen(cells, rowNumber)) {
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.unreadable);
      return;
    }
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const v = cells[column.index];
      if (answers) {
        const answer = reader.answer(v);
        if (answer === "blank") continue;
        if (answer !== "error" && answer !== "unreadable") reading.countCommentedAnswer(v);
        if (answer === "na") {
          notApplicable++;
          continue;
        }
        if (answer === "error" || answer === "unreadable") {
          unreadable++;
          const error = reader.errorText(v, "answer left out, the other groups' answers are used");
          reader.problem(rowNumber, column, error ?? `${describeCell(v as CellValue)} is not Yes, No, Partial or N/A; answer left out, the other groups' answers are used`);
          continue;
        }
        if (answer === "partial") {
          reading.partialAnswers++;
          if (partialRule === "left-out") continue;
        }
        if (partialRule === "half") {
          reader.scoreValue = answer === "yes" ? 1 : answer === "partial" ? halfCredit : 0;
          reading.pushRecord(rowNumber, reading.groups.current(column.group), reading.date, reading.periodLabel, "raw");
        } else {
          reader.scorePassed = answer === "yes" ? 1 : 0;
          reader.scoreChecked = 1;
          reading.pushRecord(rowNumber, reading.groups.current(column.group), reading.date, reading.periodLabel, "counts");
        }
        made++;
        continue;
      }
      const kind = reader.readScore(v, rowNumber, column, "that group's value left out");
      if (kind === "notApplicable") notApplicable++;
      else if (kind === "problem") unreadable++;
      else if (kind !== "absent") {
        reading.pushRecord(rowNumber, reading.groups.current(column.group), reading.date, reading.periodLabel, kind);
        made++;
      }
    }
    if (made > 0) account.use();
    else account.leaveOut(rowNumber, unreadable > 0 ? SKIPPED_ROW_REASONS.noReadableAnswers : notApplicable > 0 ? SKIPPED_ROW_REASONS.allItemsNotApplicable : SKIPPED_ROW_REASONS.noAnswers);
  };
}
