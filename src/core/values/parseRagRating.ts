import type { CellValue } from "./types";

/**
 * The colours of a RAG (Red/Amber/Green) rating, with Blue for "completed" or "exceeded" in the BRAG
 * schemes some care providers use.
 *
 * @example
 * RAG_RATINGS.includes("amber"); // => true
 */
export const RAG_RATINGS = ["green", "amber", "red", "blue"] as const;

/** One colour of a RAG rating. */
export type RagRating = (typeof RAG_RATINGS)[number];

const ratingByWord: ReadonlyMap<string, RagRating> = new Map(RAG_RATINGS.map((rating) => [rating, rating]));
const ratingByLetter: ReadonlyMap<string, RagRating> = new Map(RAG_RATINGS.map((rating) => [rating[0], rating]));
const longestWord = Math.max(...RAG_RATINGS.map((rating) => rating.length));

/**
 * Reads a RAG rating: "Green", "Amber", "Red" or "Blue", ignoring case and surrounding spaces, and,
 * with `letters`, the letters G, A, R and B. Letters are read only on request (a column whose header
 * says it holds RAG ratings), since a lone "A" or "R" means other things elsewhere. Never throws.
 *
 * @example
 * parseRagRating(" AMBER "); // => "amber"
 * parseRagRating("R"); // => null
 * parseRagRating("r", { letters: true }); // => "red"
 */
export function parseRagRating(v: CellValue, options: { letters?: boolean } = {}): RagRating | null {
  if (typeof v !== "string" || v.length > longestWord * 2) return null;
  const key = v.trim().toLowerCase();
  return ratingByWord.get(key) ?? (options.letters === true ? ratingByLetter.get(key) ?? null : null);
}
