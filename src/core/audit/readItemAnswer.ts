import { excelErrorOf, isPartialAnswer, parseYesNo, splitAnswerComment, type CellValue } from "../values";
import { parseRagRating, type RagRating } from "../values/parseRagRating";

/**
 * What one cell of a Yes/No question holds, once read.
 *
 * @example
 * ITEM_ANSWER_KINDS.includes("partial"); // => true
 */
export const ITEM_ANSWER_KINDS = ["blank", "yes", "no", "partial", "na", "error", "unreadable"] as const;

/** One of the kinds in `ITEM_ANSWER_KINDS`. */
export type ItemAnswerKind = (typeof ITEM_ANSWER_KINDS)[number];

const kindBySpelling = new Map<string, ItemAnswerKind>();
/** A RAG rating as an answer: Green (and BRAG's Blue, completed) met, Amber partly met, Red not met. */
const answerOfRating: Readonly<Record<RagRating, ItemAnswerKind>> = { green: "yes", blue: "yes", amber: "partial", red: "no" };
const spellingsRemembered = 4096;

function readTextAnswer(v: string): ItemAnswerKind {
  const text = v.trim();
  if (text === "") return "blank";
  if (excelErrorOf(text) !== null) return "error";
  const answer = parseYesNo(text);
  if (answer !== null) return answer;
  if (isPartialAnswer(text)) return "partial";
  // "No - see notes", "N/A - new admission": read by the answer before the comment, so that a No with a
  // note is never dropped while the plain Yeses are kept.
  const commented = splitAnswerComment(text);
  return commented === null ? "unreadable" : readTextAnswer(commented.answer);
}

/**
 * Reads one answer to an audit question with core/values: Yes or No in every spelling `parseYesNo`
 * accepts (TRUE/FALSE, 1/0, Met/Not met, ticks), a partial answer (`isPartialAnswer`), N/A, a blank, an
 * Excel error, or something unreadable ("Yes?", a shift code, a date). In a column of RAG ratings
 * (`rag`), Green, Amber and Red (or G, A, R; Blue or B in BRAG schemes) are read too: Green and Blue
 * as a Yes, Red as a No, Amber as a partial answer, so that it counts by the partial-answer rule.
 * An answer followed by a comment ("No - see notes", "N/A: new admission") is read by its answer
 * (`splitAnswerComment`). Never throws.
 *
 * @example
 * readItemAnswer("Partially met"); // => "partial"
 * readItemAnswer("#REF!"); // => "error"
 * readItemAnswer("see notes"); // => "unreadable"
 * readItemAnswer("Amber", true); // => "partial"
 */
export function readItemAnswer(v: CellValue, rag = false): ItemAnswerKind {
  if (v === null || v === undefined) return "blank";
  if (rag) {
    const rating = parseRagRating(v, { letters: true });
    if (rating !== null) return answerOfRating[rating];
  }
  if (typeof v === "string") {
    // An audit's answers are a handful of spellings repeated down every row: each is read once.
    const known = kindBySpelling.get(v);
    if (known !== undefined) return known;
    const kind = readTextAnswer(v);
    if (kindBySpelling.size >= spellingsRemembered) kindBySpelling.clear();
    kindBySpelling.set(v, kind);
    return kind;
  }
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return v === 1 ? "yes" : v === 0 ? "no" : "unreadable";
  if (typeof v === "object" && !(v instanceof Date) && excelErrorOf(v) !== null) return "error";
  return "unreadable";
}
