import { excelErrorOf, isPartialAnswer, parseDate, parseFraction, parseNumber, parseYesNo, splitAnswerComment, type CellValue } from "../values";
import { parseRagRating } from "../values/parseRagRating";
import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { isTotalsLabel } from "./isTotalsLabel";
import { normaliseText } from "./normaliseText";
import { parsePeriodHeader } from "./parsePeriodHeader";
import { PLAUSIBLE_AUDIT_DATES } from "./plausibleAuditDates";

/** What the sampled values of one column look like; every figure is a count of cells. */
export interface ColumnProfile {
  /** Cells with something in them, leaving out totals labels ("Average"). */
  nonBlank: number;
  /** Numbers, and numbers stored as text without a percent sign. */
  numbers: number;
  /** Numbers that are whole. */
  wholeNumbers: number;
  /** The smallest and largest of `numbers` (Infinity and -Infinity when there are none). */
  minimum: number;
  maximum: number;
  /** Numbers that fall on a plausible audit date (how Office.js passes date cells). */
  dateSerials: number;
  /** Text with a percent sign that reads as a number ("87%"). */
  percentTexts: number;
  /** "7/8", "7 of 8". */
  fractions: number;
  /** Date objects and text dates ("05/01/2026", "3 Mar 2026"). */
  dates: number;
  /** Yes or No in any spelling, from text or TRUE/FALSE (numbers 1 and 0 are counted as numbers). */
  yesNo: number;
  /** N/A in any spelling. */
  notApplicable: number;
  /** Partial answers ("Partial", "Partly", "Some"). */
  partial: number;
  /** Excel error values, and values that are not text, numbers, dates or booleans. */
  errors: number;
  /** Text that is none of the above. */
  texts: number;
  /** `texts` that are RAG ratings spelt out ("Green", "Amber", "Red", "Blue"). */
  ragWords: number;
  /** `texts` that are a RAG rating's letter (G, A, R, B): RAG only under a header that says so. */
  ragLetters: number;
  /** Distinct values of `texts`, counted up to 1,000. */
  distinctTexts: number;
  /** `texts` longer than 30 characters: sentences rather than names. */
  longTexts: number;
  /** Text naming a week or month ("Wk 1", "Jan-26", "w/c 05/01/2026"). */
  periodLabels: number;
  /** Text matching each value vocabulary. */
  sourceWords: number;
  shiftWords: number;
  staffGroupWords: number;
  teamWords: number;
  /** Text shaped like a reference ("R-1042", "CR123"). */
  identifiers: number;
  /** Totals labels ("Average", "Total"), which are not counted in `nonBlank`. */
  totalsLabels: number;
}

const longTextLength = 30;
const distinctTextsCounted = 1000;
const identifierText = /^[A-Za-z]{0,4}[-_/ ]?\d{2,}[A-Za-z]?$/;

function phraseSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => normaliseText(word)));
}

const sourceValues = phraseSet(COLUMN_VOCABULARY.sourceValues);
const shiftValues = phraseSet(COLUMN_VOCABULARY.shiftValues);
const staffGroupValues = phraseSet(COLUMN_VOCABULARY.staffGroupValues);
const teamValueWords = phraseSet(COLUMN_VOCABULARY.teamValueWords);

/** Whether the normalised value is a vocabulary phrase or starts with one ("new starter 6 months"). */
function startsWithPhrase(normalised: string, phrases: ReadonlySet<string>): boolean {
  if (phrases.has(normalised)) return true;
  let space = normalised.indexOf(" ");
  while (space > 0) {
    if (phrases.has(normalised.slice(0, space))) return true;
    space = normalised.indexOf(" ", space + 1);
  }
  return false;
}

function hasWord(normalised: string, words: ReadonlySet<string>): boolean {
  for (const word of normalised.split(" ")) if (words.has(word)) return true;
  return false;
}

function emptyProfile(): ColumnProfile {
  return {
    nonBlank: 0, numbers: 0, wholeNumbers: 0, minimum: Infinity, maximum: -Infinity, dateSerials: 0,
    percentTexts: 0, fractions: 0, dates: 0, yesNo: 0, notApplicable: 0, partial: 0, errors: 0, texts: 0, ragWords: 0, ragLetters: 0,
    distinctTexts: 0, longTexts: 0, periodLabels: 0, sourceWords: 0, shiftWords: 0, staffGroupWords: 0,
    teamWords: 0, identifiers: 0, totalsLabels: 0,
  };
}

function countNumber(profile: ColumnProfile, n: number): void {
  profile.numbers++;
  if (Number.isInteger(n)) profile.wholeNumbers++;
  if (n < profile.minimum) profile.minimum = n;
  if (n > profile.maximum) profile.maximum = n;
  if (n >= PLAUSIBLE_AUDIT_DATES.first && n <= PLAUSIBLE_AUDIT_DATES.last) profile.dateSerials++;
}

function countText(profile: ColumnProfile, raw: string, distinct: Set<string>): void {
  const text = raw.trim();
  if (text === "") return;
  if (isTotalsLabel(text)) {
    profile.totalsLabels++;
    return;
  }
  profile.nonBlank++;
  if (excelErrorOf(text) !== null) {
    profile.errors++;
    return;
  }
  const n = parseNumber(text);
  if (n !== null) {
    if (text.endsWith("%")) profile.percentTexts++;
    else countNumber(profile, n);
    return;
  }
  if (parseFraction(text) !== null) {
    profile.fractions++;
    return;
  }
  // An answer with a comment after it ("No - see notes") counts as its answer, as it is read.
  const commented = splitAnswerComment(text);
  const answer = parseYesNo(commented?.answer ?? text);
  if (answer === "na") {
    profile.notApplicable++;
    return;
  }
  if (answer !== null) {
    profile.yesNo++;
    return;
  }
  if (isPartialAnswer(commented?.answer ?? text)) {
    profile.partial++;
    return;
  }
  if (parseDate(text) !== null) {
    profile.dates++;
    return;
  }
  profile.texts++;
  if (parseRagRating(text, { letters: true }) !== null) {
    if (text.length === 1) profile.ragLetters++;
    else profile.ragWords++;
  }
  if (distinct.size < distinctTextsCounted) distinct.add(text.toLowerCase());
  if (text.length > longTextLength) profile.longTexts++;
  if (parsePeriodHeader(text) !== null) profile.periodLabels++;
  if (identifierText.test(text)) profile.identifiers++;
  const normalised = normaliseText(text);
  if (startsWithPhrase(normalised, sourceValues)) profile.sourceWords++;
  if (startsWithPhrase(normalised, shiftValues)) profile.shiftWords++;
  if (startsWithPhrase(normalised, staffGroupValues)) profile.staffGroupWords++;
  if (hasWord(normalised, teamValueWords)) profile.teamWords++;
}

/**
 * Counts what kinds of value one column holds over the given rows (see `sampleRowIndexes`), so that
 * its role can be judged from its values as well as its header. Never throws.
 *
 * @example
 * profileColumn([["Result"], ["Yes"], ["No"], ["N/A"]], [1, 2, 3], 0).yesNo; // => 2
 */
export function profileColumn(
  grid: ReadonlyArray<ReadonlyArray<CellValue>>,
  rowIndexes: readonly number[],
  column: number,
): ColumnProfile {
  const profile = emptyProfile();
  const distinct = new Set<string>();
  for (const r of rowIndexes) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    const v: unknown = row[column];
    if (v === null || v === undefined) continue;
    if (typeof v === "string") countText(profile, v, distinct);
    else if (typeof v === "number") {
      profile.nonBlank++;
      if (Number.isFinite(v)) countNumber(profile, v);
      else profile.errors++;
    } else if (typeof v === "boolean") {
      profile.nonBlank++;
      profile.yesNo++;
    } else if (v instanceof Date) {
      profile.nonBlank++;
      if (parseDate(v) === null) profile.errors++;
      else profile.dates++;
    } else {
      profile.nonBlank++;
      profile.errors++;
    }
  }
  profile.distinctTexts = distinct.size;
  return profile;
}
