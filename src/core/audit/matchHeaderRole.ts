import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { normaliseText } from "./normaliseText";
import type { ColumnRole } from "./types";

/** A header's role according to the vocabulary, and the phrase that decided it. */
export interface HeaderRoleMatch {
  role: ColumnRole;
  /** The vocabulary phrase found in the header, normalised ("audit date"). */
  phrase: string;
  /** True when the whole header is the phrase, false when the header only contains it. */
  exact: boolean;
}

interface Phrase {
  role: ColumnRole;
  phrase: string;
  /** The phrase padded with spaces, to test for whole words inside a padded header. */
  padded: string;
}

const phrases: readonly Phrase[] = COLUMN_VOCABULARY.headers
  .flatMap(({ role, phrases: words }) => words.map((word) => normaliseText(word)).map((phrase) => ({ role, phrase, padded: ` ${phrase} ` })))
  .filter((entry) => entry.phrase !== "");

const roleByExactPhrase: ReadonlyMap<string, Phrase> = new Map(phrases.map((entry) => [entry.phrase, entry]));

// Longest first, so that "team leader" is found before "team" and "date of audit" before "audit".
const phrasesLongestFirst: readonly Phrase[] = [...phrases].sort((a, b) => b.phrase.length - a.phrase.length);

const percentWords = / (?:%|percent|percentage|per cent) /;

/**
 * The role a column header names, from `COLUMN_VOCABULARY`, or null when it names none.
 *
 * The whole header is tried first, then the longest vocabulary phrase it contains as whole words. A
 * header with a percent sign or the word "percent" is a score whatever else it says ("% correct").
 * Never throws.
 *
 * @example
 * matchHeaderRole("Audit date")?.role; // => "date"
 * matchHeaderRole("Name of team leader")?.role; // => "staff"
 * matchHeaderRole("% compliant")?.role; // => "score"
 * matchHeaderRole("Entry accurate"); // => null
 */
export function matchHeaderRole(header: string): HeaderRoleMatch | null {
  const normalised = normaliseText(header);
  if (normalised === "") return null;
  const padded = ` ${normalised} `;
  if (percentWords.test(padded)) return { role: "score", phrase: "%", exact: normalised === "%" };
  const exact = roleByExactPhrase.get(normalised);
  if (exact !== undefined) return { role: exact.role, phrase: exact.phrase, exact: true };
  for (const entry of phrasesLongestFirst) {
    if (padded.includes(entry.padded)) return { role: entry.role, phrase: entry.phrase, exact: false };
  }
  return null;
}

const workerKinds: ReadonlySet<string> = new Set(COLUMN_VOCABULARY.workerKindHeaders.map((header) => normaliseText(header)));
/** A "(Y/N)", "Y/N" or "Yes/No" after a header, normalised: it says how the column is filled in. */
const yesNoSuffix = / (?:y \/ n|yes \/ no|y or n|yes or no)$/;

/**
 * The two staff groups a Yes/No column marks when its header says what kind of worker a row is about
 * (`COLUMN_VOCABULARY.workerKindHeaders`), or null for any other header: "Agency (Y/N)" gives "Agency"
 * for Yes and "Not agency" for No. Never throws.
 *
 * @example
 * workerFlagGroups("Agency (Y/N)"); // => { yes: "Agency", no: "Not agency" }
 * workerFlagGroups("New starter?"); // => { yes: "New starter", no: "Not new starter" }
 * workerFlagGroups("Hand hygiene"); // => null
 */
export function workerFlagGroups(header: string): { yes: string; no: string } | null {
  const normalised = normaliseText(header).replace(yesNoSuffix, "");
  if (!workerKinds.has(normalised)) return null;
  const name = header.replace(/\([^)]*\)|\b(?:y\s*\/\s*n|yes\s*\/\s*no|y or n|yes or no)\b|[?:]/gi, " ").replace(/\s+/g, " ").trim();
  const text = name === name.toUpperCase() ? name.toLowerCase() : name;
  return { yes: `${text[0].toUpperCase()}${text.slice(1)}`, no: `Not ${text[0].toLowerCase()}${text.slice(1)}` };
}
