import { describeCell, type CellValue } from "../values";
import type { RowReader, RowReading } from "./rowReading";
import { SKIPPED_ROW_REASONS } from "./skippedRowReasons";

/** Half an item passed, under the "half" partial-answer rule. */
const halfCredit = 0.5;

/**
 * The row reader of the "per-record-items" layout: one row per record or person, with Yes/No/N/A
 * question columns, giving Yes out of Yes + No. A partial answer counts by the reading's rule (see
 * `PARTIAL_ANSWER_RULES`). An answer that cannot be read (an Excel error, "Yes?", a date) is a problem
 * naming its cell and is left out on its own: the record keeps the row's other answers. Only a row
 * with no readable answer, an unusable group or an unusable date is left out.
 *
 * @example
 * // itemsRowReader(reading)(["Team A", "Yes", "Partial", "Yes?"], 5) // => 1 of 2 under "not-met", and one problem
 */
export function itemsRowReader(reading: RowReading): RowReader {
  const { plan, cells: reader, account, partialRule } = reading;
  const items = plan.items;
  return (cells, rowNumber) => {
    let yes = 0;
    let no = 0;
    let partial = 0;
    let notApplicable = 0;
    let unreadable = 0;
    for (let i = 0; i < items.length; i++) {
      const v = cells[items[i].index];
      switch (reader.answer(v, items[i].rag === true)) {
        case "blank":
          break;
        case "yes":
          yes++;
          reading.countCommentedAnswer(v);
          break;
        case "no":
          no++;
          reading.countCommentedAnswer(v);
          break;
        case "partial":
          partial++;
          reading.countCommentedAnswer(v);
          break;
        case "na":
          notApplicable++;
          reading.countCommentedAnswer(v);
          break;
        case "error":
          unreadable++;
          reader.problem(rowNumber, items[i], reader.errorText(v, "answer left out, the row's other answers are used") ?? "");
          break;
        default:
          unreadable++;
          reader.problem(rowNumber, items[i], `${describeCell(v as CellValue)} is not ${items[i].rag === true ? "a RAG rating (Green, Amber, Red)" : "Yes, No, Partial"} or N/A; answer left out, the row's other answers are used`);
      }
    }
    reading.partialAnswers += partial;
    const counted = partialRule === "left-out" ? yes + no : yes + no + partial;
    if (counted === 0) {
      const reason = unreadable > 0 ? SKIPPED_ROW_REASONS.noReadableAnswers
        : partial > 0 ? SKIPPED_ROW_REASONS.onlyPartialLeftOut
        : notApplicable > 0 ? SKIPPED_ROW_REASONS.allItemsNotApplicable : SKIPPED_ROW_REASONS.noAnswers;
      account.leaveOut(rowNumber, reason);
      return;
    }
    const groupsReadable = reading.groups.checkColumns(cells, rowNumber);
    const whenReadable = reading.readWhen(cells, rowNumber);
    if (!groupsReadable || !whenReadable) {
      account.leaveOut(rowNumber, SKIPPED_ROW_REASONS.unreadable);
      return;
    }
    if (partialRule === "half") {
      reader.scoreValue = (yes + halfCredit * partial) / counted;
      reading.pushRecord(rowNumber, reading.groups.current(null), reading.date, reading.periodLabel, "raw");
    } else {
      reader.scorePassed = yes;
      reader.scoreChecked = counted;
      reading.pushRecord(rowNumber, reading.groups.current(null), reading.date, reading.periodLabel, "counts");
    }
    account.use();
  };
}
