import { isNotApplicable } from "./isNotApplicable";
import type { CellValue } from "./types";

/**
 * The readings of an audit answer: a pass, a fail, or not applicable.
 *
 * @example
 * YES_NO_ANSWERS.includes("na"); // => true
 */
export const YES_NO_ANSWERS = ["yes", "no", "na"] as const;

/** One reading of an audit answer. */
export type YesNoAnswer = (typeof YES_NO_ANSWERS)[number];

// Keys are lower-cased, with hyphens read as spaces and whitespace collapsed.
const answerBySpelling: ReadonlyMap<string, "yes" | "no"> = new Map([
  ["yes", "yes"],
  ["y", "yes"],
  ["pass", "yes"],
  ["passed", "yes"],
  ["met", "yes"],
  ["compliant", "yes"],
  ["achieved", "yes"],
  ["correct", "yes"],
  ["true", "yes"],
  ["1", "yes"],
  ["✓", "yes"],
  ["✔", "yes"],
  ["☑", "yes"],
  ["✅", "yes"],
  ["no", "no"],
  ["n", "no"],
  ["fail", "no"],
  ["failed", "no"],
  ["not met", "no"],
  ["unmet", "no"],
  ["non compliant", "no"],
  ["noncompliant", "no"],
  ["not compliant", "no"],
  ["not achieved", "no"],
  ["incorrect", "no"],
  ["false", "no"],
  ["0", "no"],
  ["✗", "no"],
  ["✘", "no"],
  ["☒", "no"],
  ["❌", "no"],
]);

/**
 * Reads an audit answer as "yes", "no" or "na" (not applicable), or null when it is not an answer.
 *
 * Accepts Yes/No, Y/N, Pass/Fail, Passed/Failed, Met/Not met, Compliant/Non-compliant/Not compliant,
 * Achieved/Not achieved, Correct/Incorrect, TRUE/FALSE (booleans or text), 1/0 (numbers or text),
 * ticks and crosses (✓ ✔ ☑ ✅ / ✗ ✘ ☒ ❌), and every N/A spelling, ignoring case and surrounding
 * spaces. A bare "x" gives null: some auditors mark a pass with it and others a fail. Never throws.
 *
 * @example
 * parseYesNo(" Not met "); // => "no"
 * parseYesNo(true); // => "yes"
 * parseYesNo("x"); // => null
 */
export function parseYesNo(v: CellValue): YesNoAnswer | null {
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") {
    if (v === 1) return "yes";
    if (v === 0) return "no";
    return null;
  }
  if (typeof v !== "string") return null;
  if (isNotApplicable(v)) return "na";
  const key = v.trim().toLowerCase().replace(/-/g, " ").replace(/\s+/g, " ").trim();
  return answerBySpelling.get(key) ?? null;
}
