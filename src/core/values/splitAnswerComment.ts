import { isNotApplicable } from "./isNotApplicable";
import { isPartialAnswer } from "./isPartialAnswer";
import { parseYesNo } from "./parseYesNo";

// The first separator after the answer: a dash with a space on either side (" - ", "- ", " -"), an en
// or em dash, a colon, semicolon or comma, or an opening bracket. A hyphen inside a word
// ("Non-compliant") is no separator.
const answerThenComment = /^(.+?)(?:\s+[-–—]+\s*|\s*[–—]+\s*|-+\s+|\s*[:;,]\s*|\s*\(\s*)(.*)$/s;
// Quick test before the pattern: most answer cells hold no separator at all.
const separatorCharacters = /[-–—:;,(]/;

/**
 * An audit answer with a comment after it, split into the answer and the comment: "No - see notes",
 * "N/A – new admission", "Yes: signed by nurse", "Partial; two missing", "No (refused)". The answer is
 * the text before the first separator (a spaced dash, an en or em dash, ":", ";", "," or "("), and
 * must be an answer on its own (`parseYesNo`, N/A or `isPartialAnswer`, but not a bare number, so
 * "0:30" and "1, 2" are not answers); the comment must not be empty. A comment is not read: "Yes - but
 * not signed" is a Yes, so callers count such answers and say they were read by their first word.
 * Text with no separator is never split ("No one present", "Yesterday"). Null when the text is not an
 * answer followed by a comment. Never throws.
 *
 * @example
 * splitAnswerComment("No - see notes"); // => { answer: "No", comment: "see notes" }
 * splitAnswerComment("Non-compliant"); // => null
 * splitAnswerComment("No one present"); // => null
 */
export function splitAnswerComment(text: string): { answer: string; comment: string } | null {
  if (!separatorCharacters.test(text)) return null;
  const match = answerThenComment.exec(text.trim());
  if (match === null) return null;
  const answer = match[1].trim();
  const comment = match[2].replace(/\)\s*$/, "").trim();
  if (answer === "" || comment === "" || /^\d/.test(answer)) return null;
  const isAnswer = parseYesNo(answer) !== null || isNotApplicable(answer) || isPartialAnswer(answer);
  return isAnswer ? { answer, comment } : null;
}
