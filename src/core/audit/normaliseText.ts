const apostrophes = /['’‘`]/g;
const slashes = /\//g;
const ampersands = /&/g;
// Letters and digits of any script, and the three symbols headers use as words: %, # and /.
const separators = /[^\p{L}\p{N}%#/]+/gu;

/**
 * Lower-cases a header or label for matching against the vocabulary: apostrophes dropped, "&" read as
 * "and", "/" kept as a word of its own, every other punctuation mark read as a space.
 *
 * @example
 * normaliseText("  Day/Night shift: "); // => "day / night shift"
 * normaliseText("People's feedback"); // => "peoples feedback"
 */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(apostrophes, "")
    .replace(ampersands, " and ")
    .replace(slashes, " / ")
    .replace(separators, " ")
    .trim();
}
