import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { normaliseText } from "./normaliseText";

const { leadingWords, trailingWords, wholeLabels, followingWords } = COLUMN_VOCABULARY.totals;

const totalsWords: ReadonlySet<string> = new Set(leadingWords.map((word) => normaliseText(word)));
const endingWords: ReadonlySet<string> = new Set(trailingWords.map((word) => normaliseText(word)));
const following: ReadonlySet<string> = new Set(followingWords.map((word) => normaliseText(word)));
const whole: ReadonlySet<string> = new Set([...wholeLabels, ...leadingWords].map((label) => normaliseText(label)));

/** A label ending in "average" or "total" names a totals row only when short ("Oak House average"). */
const longestTrailingTotalsLabelInWords = 3;

/** Whether the words after the first totals word only say what was totalled ("Average score for all teams"). */
function onlyFollowingWords(words: readonly string[], from: number): boolean {
  for (let w = from; w < words.length; w++) if (!following.has(words[w])) return false;
  return true;
}

/**
 * Whether a row label is a whole totals or average phrase rather than a group's name, ignoring case
 * and punctuation: a totals word alone ("Total", "Average", "Overall", "Grand total", "Summary"), a
 * label for every group ("All teams", "Whole service"), a totals word followed only by what was
 * totalled ("Average score", "Total for the month"), or a short label ending in one ("Service average",
 * "YTD average", "Team B total"). A totals word at the start of a longer name ("Sum Gamma", "Meanwood
 * House", "+SUM(9,9) Gamma") is a name, not a totals row. Never throws.
 *
 * @example
 * isTotalsLabel("Service average"); // => true
 * isTotalsLabel("All teams"); // => true
 * isTotalsLabel("Meanwood House"); // => false
 * isTotalsLabel("+SUM(9,9) Gamma"); // => false
 */
export function isTotalsLabel(label: string): boolean {
  if (typeof label !== "string") return false;
  const normalised = normaliseText(label);
  if (normalised === "") return false;
  if (whole.has(normalised)) return true;
  const words = normalised.split(" ");
  if (words.length > 1 && totalsWords.has(words[0]) && onlyFollowingWords(words, 1)) return true;
  if (words.length > 2 && totalsWords.has(`${words[0]} ${words[1]}`) && onlyFollowingWords(words, 2)) return true;
  return words.length <= longestTrailingTotalsLabelInWords && endingWords.has(words[words.length - 1]);
}
