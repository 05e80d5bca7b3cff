import type { Proportion } from "../values/types";
import type { YesNoAnswer } from "../values/parseYesNo";
import { StatsError } from "./errors";

/** A pass rate with the counts behind it. */
export interface PassRate {
  /** Answers that passed ("yes"), plus the passed part of any counts. */
  passed: number;
  /** Answers that passed or failed; "not applicable" answers are left out. */
  checked: number;
  /** passed / checked, a proportion. */
  rate: Proportion;
}

/**
 * The share of applicable audit answers that passed: Yes / (Yes + No), leaving out N/A.
 *
 * Each answer is "yes", "no" or "na" (see `parseYesNo`), or a count such as 7 passed of 8 checked (see
 * `parseFraction`). Throws a StatsError: "insufficient-data" when nothing applicable was checked;
 * "invalid-argument" for a count with a negative or non-whole number, or more passed than checked.
 *
 * @example
 * passRate(["yes", "yes", "no", "na", { passed: 7, checked: 8 }]).rate; // => 0.8181818181818182
 */
export function passRate(answers: Iterable<YesNoAnswer | { passed: number; checked: number }>): PassRate {
  let passed = 0;
  let checked = 0;
  for (const answer of answers) {
    if (answer === "yes") {
      passed++;
      checked++;
    } else if (answer === "no") {
      checked++;
    } else if (answer !== "na") {
      const valid =
        Number.isInteger(answer.passed) && Number.isInteger(answer.checked) && answer.passed >= 0 && answer.passed <= answer.checked;
      if (!valid) {
        throw new StatsError(
          "invalid-argument",
          `A count must be whole numbers with no more passed than checked; got ${answer.passed} of ${answer.checked}.`,
        );
      }
      passed += answer.passed;
      checked += answer.checked;
    }
  }
  if (checked === 0) {
    throw new StatsError("insufficient-data", "A pass rate needs at least one Yes or No answer; found none.");
  }
  return { passed, checked, rate: passed / checked };
}
