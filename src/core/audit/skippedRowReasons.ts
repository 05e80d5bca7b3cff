/**
 * Why a row below the header gave no record, in the words the task pane shows. Rows with unreadable
 * values carry `unreadable`; the cells themselves are in the problems list.
 *
 * @example
 * SKIPPED_ROW_REASONS.totals; // => "totals or average row"
 */
export const SKIPPED_ROW_REASONS = {
  blank: "blank row",
  totals: "totals or average row",
  repeatedHeader: "repeated header row",
  noScore: "no score recorded",
  scoreNotApplicable: "score marked N/A",
  nothingChecked: "nothing checked (0 of 0)",
  allItemsNotApplicable: "every item is N/A: no evidence to score",
  noAnswers: "no answers recorded",
  noReadableAnswers: "no answer could be read (see problems)",
  onlyPartialLeftOut: "only partial or N/A answers, which the partial-answer rule leaves out",
  groupHeading: "group heading row (names the group of the rows below)",
  noPeriodValues: "no values in the week or month columns",
  allPeriodValuesNotApplicable: "every week or month value is N/A",
  unreadable: "row whose group, date or score is blank or could not be read",
  noMeasureColumn: "no column of scores, counts or Yes/No answers to read",
  /** A second table below the first, with other questions or scores: never mixed into the first. */
  secondTable: "row of a second table below (not read)",
  /** Followed by the date: "row dated after the review date 31/03/2026". */
  afterReviewDate: "row dated after the review date",
} as const;
