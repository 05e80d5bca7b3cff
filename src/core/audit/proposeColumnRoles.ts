import { GROUPING_ROLES } from "./types";
import { isBlank, type CellValue } from "../values";
import { cellText } from "./cellText";
import { columnLetter } from "./columnLetter";
import { COLUMN_ROLE_WORDS } from "./columnRoleWords";
import { groupLabelsAbove } from "./groupLabelsAbove";
import { isQuestionHeader } from "./isQuestionHeader";
import { isTotalsLabel } from "./isTotalsLabel";
import { COLUMN_VOCABULARY } from "./columnVocabulary";
import { matchHeaderRole, workerFlagGroups, type HeaderRoleMatch } from "./matchHeaderRole";
import { measureMeaning } from "./measureMeaning";
import { parsePeriodHeader } from "./parsePeriodHeader";
import { profileColumn, type ColumnProfile } from "./profileColumn";
import { sampleRowIndexes } from "./sampleRowIndexes";
import { scaleMaximumOf } from "./scaleMaximumOf";
import type { ColumnMapping, ColumnMappingEntry, ColumnRole } from "./types";

/** Options of `proposeColumnRoles`. */
export interface ProposeColumnRolesOptions {
  /** The spreadsheet column number (1-based) of the grid's first column, for naming columns; default 1. */
  firstColumn?: number;
  /**
   * The caller has said how raw scores read (percentages or proportions), so whole numbers 0 to 10 in
   * the score column are read in that unit rather than set aside as a rating with no stated maximum.
   */
  scoreUnitStated?: boolean;
}

/** Excel's widest sheet; anything wider is not a worksheet. */
const widestSheetInColumns = 16384;
/**
 * Share of a column's readable values that must be Yes/No/N/A for it to be an audit question: low
 * enough that a few slips ("Yes?", "see notes") in a short log do not hide the column.
 */
const itemShare = 0.6;
/** Share of values that must be dates, weeks or months, or references for the column to be one. */
const strongShare = 0.8;
/** Share of values that must be numbers for a score or count header to be believed. */
const numericShare = 0.5;
/** Share of values from a vocabulary (shifts, sources ...) that makes an unnamed column a grouping. */
const vocabularyShare = 0.6;
/** Share of whole numbers that makes a score column a count of items passed. */
const wholeNumberShare = 0.9;

const confidenceExactHeader = 0.95;
const confidenceHeaderMention = 0.8;
const confidenceOverruled = 0.6;
const confidenceGuess = 0.3;
/**
 * Values enough for a column under a name, initials or reference header to be read as a question
 * because every one is an answer: one or two Y or N initials are chance, three answers are not.
 */
const fewestAnswersOverrulingAName = 3;

const personalRoles: ReadonlySet<ColumnRole> = new Set(["recordId", "auditor", "staff", "comments"]);
const measureRoles: ReadonlySet<ColumnRole> = new Set(["score", "passed", "checked"]);
const groupingRoles: ReadonlySet<ColumnRole> = new Set(["team", "shift", "location", "staffGroup", "auditType", "source"]);
/** Roles of which a grid can use only one column (period excepted in wide trackers). */
const singleRoles: ReadonlySet<ColumnRole> = new Set([
  "date", "period", "team", "shift", "location", "staffGroup", "auditType", "source", "score", "passed", "checked",
]);

interface Proposal {
  role: ColumnRole;
  /** The header names a denominator (beds, bed days, residents): never guessed as the score. */
  denominator?: boolean;
  confidence: number;
  reason: string;
  /** The header is a week or month of a wide tracker. */
  periodHeading: boolean;
  profile: ColumnProfile;
  match: HeaderRoleMatch | null;
  /** An item column of RAG ratings (Green met, Amber partial, Red not met). */
  rag?: true;
  /** Values that would be a measure if the header said how to read them (see `ColumnMappingEntry`). */
  unclearMeasure?: true;
  /** A Yes/No column that says what kind of worker a row is about ("Agency (Y/N)"): staff groups, not a question. */
  workerFlag?: { yes: string; no: string };
}

/** Whether a row's first filled cell is a totals label: its figures are sums, not values to judge by. */
function isTotalsRow(row: unknown): boolean {
  if (!Array.isArray(row)) return false;
  for (const v of row as unknown[]) {
    if (isBlank(v as CellValue)) continue;
    return typeof v === "string" && isTotalsLabel(v);
  }
  return false;
}

function share(count: number, total: number): number {
  return total === 0 ? 0 : count / total;
}

function quoted(header: string): string {
  return header === "" ? "The column has no header" : `The header "${header}"`;
}

function describedBy(header: string, match: HeaderRoleMatch): string {
  return `${quoted(header)} ${match.exact ? "names" : "mentions"} ${COLUMN_ROLE_WORDS[match.role]}`;
}

/** The grouping a column's values point to when its header says nothing, with its count. */
function groupingByValues(p: ColumnProfile): { role: ColumnRole; count: number; examples: string } | null {
  const candidates: { role: ColumnRole; count: number; examples: string }[] = [
    { role: "source", count: p.sourceWords, examples: "evidence sources such as Audit or Feedback" },
    { role: "shift", count: p.shiftWords, examples: "shifts such as Day or Night" },
    { role: "staffGroup", count: p.staffGroupWords, examples: "staff groups such as Senior carer or New starter" },
    { role: "team", count: p.teamWords, examples: "team names such as Team A or Oak Unit" },
  ];
  let best: { role: ColumnRole; count: number; examples: string } | null = null;
  for (const candidate of candidates) {
    if (candidate.count >= vocabularyShare * p.nonBlank && (best === null || candidate.count > best.count)) best = candidate;
  }
  return best;
}

function proposeFromHeader(header: string, match: HeaderRoleMatch, p: ColumnProfile): Omit<Proposal, "periodHeading" | "profile" | "match"> {
  const says = describedBy(header, match);
  const confidence = match.exact ? confidenceExactHeader : confidenceHeaderMention;
  const valued = p.nonBlank;
  const dates = p.dates + p.dateSerials;
  if (match.role === "date" && valued > 0 && p.periodLabels >= numericShare * valued) {
    return { role: "period", confidence: confidenceOverruled, reason: `${says}, but its values are weeks or months such as "Wk 1".` };
  }
  if (measureRoles.has(match.role)) {
    if (valued > 0 && dates >= strongShare * valued) {
      return { role: "date", confidence: confidenceOverruled, reason: `${says}, but its values are dates.` };
    }
    const results = p.numbers + p.percentTexts + p.fractions;
    if (valued > 0 && results < numericShare * valued) {
      return { role: "ignore", confidence: confidenceOverruled, reason: `${says}, but its values are words, not numbers.` };
    }
    if (match.role !== "score" && p.percentTexts + p.fractions > numericShare * valued) {
      return { role: "score", confidence: confidenceOverruled, reason: `${says}, but its values are percentages or fractions: read as the score.` };
    }
  }
  if (groupingRoles.has(match.role) && valued > 0 && p.longTexts >= numericShare * valued) {
    return { role: "comments", confidence: confidenceOverruled, reason: `${says}, but its values are sentences: read as free text (never copied).` };
  }
  return { role: match.role, confidence, reason: `${says}.` };
}

function proposeFromValues(header: string, p: ColumnProfile): Omit<Proposal, "periodHeading" | "profile" | "match"> {
  const valued = p.nonBlank;
  const intro = header === "" ? "The column has no header" : `The header "${header}" is not one we know`;
  if (valued === 0) return { role: "ignore", confidence: confidenceExactHeader, reason: `${intro}, and the column is empty.` };
  const of = (count: number): string => `${count} of ${valued} values looked at`;
  if (p.dates >= strongShare * valued) return { role: "date", confidence: 0.5 + 0.4 * share(p.dates, valued), reason: `${intro}, but ${of(p.dates)} are dates.` };
  if (p.dateSerials >= strongShare * valued) {
    return { role: "date", confidence: confidenceOverruled, reason: `${intro}, but ${of(p.dateSerials)} are numbers that fall on recent dates.` };
  }
  if (p.periodLabels >= strongShare * valued) {
    return { role: "period", confidence: 0.5 + 0.4 * share(p.periodLabels, valued), reason: `${intro}, but ${of(p.periodLabels)} are weeks or months such as "Wk 1".` };
  }
  const grouping = groupingByValues(p);
  if (grouping !== null) {
    return { role: grouping.role, confidence: 0.5 + 0.4 * share(grouping.count, valued), reason: `${intro}, but ${of(grouping.count)} are ${grouping.examples}.` };
  }
  if (p.identifiers >= strongShare * valued) {
    return { role: "recordId", confidence: confidenceOverruled, reason: `${intro}, but ${of(p.identifiers)} are references such as R-1042 (never copied).` };
  }
  if (p.numbers >= strongShare * valued) {
    return { role: "ignore", confidence: 0.5, reason: `${intro}: numbers we cannot place, so not used.` };
  }
  return { role: "ignore", confidence: 0.5, reason: `${intro}: text we do not compare by, so not used.` };
}

function propose(header: string, headerCell: CellValue, p: ColumnProfile): Proposal {
  const match = matchHeaderRole(header);
  const valued = p.nonBlank;
  const answers = p.yesNo + p.notApplicable + p.partial;
  const readable = valued - p.errors;
  const personalHeader = match !== null && match.exact && personalRoles.has(match.role);
  const flag = workerFlagGroups(header);
  if (flag !== null && readable > 0 && p.yesNo > 0 && answers >= itemShare * readable) {
    return {
      role: "staffGroup", confidence: confidenceHeaderMention, periodHeading: false, profile: p, match, workerFlag: flag,
      reason: `${quoted(header)} says whether the worker is ${flag.yes.toLowerCase()}: its Yes and No mark staff groups ("${flag.yes}" and "${flag.no}"), not answers to an audit question.`,
    };
  }
  if (readable > 0 && p.yesNo > 0 && answers >= itemShare * readable && !personalHeader) {
    const why = `${answers} of ${readable} values looked at are Yes, No${p.partial > 0 ? ", Partial" : ""} or N/A`;
    const reason = match === null ? `${why}: an audit question.` : `${describedBy(header, match)}, but ${why}: an audit question.`;
    return { role: "item", confidence: 0.5 + 0.45 * share(answers, readable), reason, periodHeading: false, profile: p, match };
  }
  // 1 and 0 are answers only where the header asks a question or names no one; elsewhere they are counts.
  const onesAndZeros = p.numbers > 0 && p.wholeNumbers === p.numbers && p.minimum >= 0 && p.maximum <= 1 ? p.numbers : 0;
  const answered = answers + onesAndZeros;
  const kinds = `Yes or No, 1 or 0${p.partial > 0 ? ", Partial" : ""} or N/A`;
  if (readable > 0 && p.yesNo + onesAndZeros > 0 && answered >= itemShare * readable && isQuestionHeader(header)) {
    const mentions = match === null ? "" : ` ("${match.phrase}" is part of the question, not a column of its own)`;
    return {
      role: "item", confidence: 0.5 + 0.45 * share(answered, readable), periodHeading: false, profile: p, match,
      reason: `${quoted(header)} is phrased as a question${mentions}, and ${answered} of ${readable} values looked at are ${kinds}: an audit question.`,
    };
  }
  if (match !== null && personalRoles.has(match.role) && match.role !== "comments" && readable >= fewestAnswersOverrulingAName
    && p.yesNo + onesAndZeros > 0 && answered === readable) {
    return {
      role: "item", confidence: confidenceOverruled, periodHeading: false, profile: p, match,
      reason: `${describedBy(header, match)}, but all ${readable} values looked at are ${kinds}, which no name, initials or reference is: read as an audit question (set it aside if it is not one).`,
    };
  }
  const heading = parsePeriodHeader(headerCell);
  if (heading !== null && (valued === 0 || p.numbers + p.percentTexts + p.fractions + answers >= numericShare * valued)) {
    return {
      role: "period", confidence: 0.9, reason: `${quoted(heading.label)} is a week or month, with results under it.`,
      periodHeading: true, profile: p, match,
    };
  }
  const rag = proposeRagRatings(header, match, p);
  if (rag !== null) return rag;
  // "Out of 5" names a scale, not a count of checks; "Max score" or "Score achieved" beside it are counts.
  const outOf = match !== null && (match.role === "passed" || match.role === "checked") && match.phrase !== "out of" ? null : scaleMaximumOf(header);
  // Values above the scale are the header's word against a cell's: each is named as a problem when read.
  if (outOf !== null && valued > 0 && p.numbers >= strongShare * valued && p.minimum >= 0) {
    const example = Math.round(outOf * 0.8);
    return {
      role: "score", confidence: confidenceHeaderMention, periodHeading: false, profile: p, match,
      reason: `Scores out of ${outOf}, read as a percentage of ${outOf}: ${example} is ${Math.round((example / outOf) * 100)}%.`,
    };
  }
  // A count of checks ("Max score", "Score achieved") keeps its header's role; so does any exact header.
  const countHeader = match !== null && (match.role === "passed" || match.role === "checked" || (match.exact && match.role !== "score"));
  const meaning = countHeader ? null : measureMeaning(header);
  if (meaning !== null && valued > 0 && p.numbers + p.percentTexts >= numericShare * valued) {
    if (meaning === "rate") {
      return {
        role: "score", confidence: confidenceExactHeader, periodHeading: false, profile: p, match,
        reason: `${quoted(header)} is a rate or score over a denominator: read as the score (lower or higher is better as set in the settings).`,
      };
    }
    return {
      role: "ignore", confidence: confidenceExactHeader, denominator: true, periodHeading: false, profile: p, match,
      reason: `${quoted(header)} is a denominator (the size of the unit), not a score: never read as the score.`,
    };
  }
  const decided = match === null ? proposeFromValues(header, p) : proposeFromHeader(header, match, p);
  return { ...decided, periodHeading: false, profile: p, match };
}

/** A header that says its column holds RAG ratings: "RAG", "RAG rating", "BRAG status", "Rating (RAG)". */
const ragHeader = /\bb?rag\b/i;
/** Roles whose columns hold names of groups, people or dates: colours there ("Red zone") are names. */
const notRatingRoles: ReadonlySet<ColumnRole> = new Set([...groupingRoles, ...personalRoles, "date", "period"]);

/**
 * A column of RAG ratings (Red/Amber/Green) is an answer per record: Green met, Red not met, Amber a
 * partial answer. Spelt-out colours are read under any header that does not name a group, a person or a
 * date; the letters R, A and G only under a header that says RAG, and elsewhere the column is set aside
 * with a reason saying what to write.
 */
function proposeRagRatings(header: string, match: HeaderRoleMatch | null, p: ColumnProfile): Proposal | null {
  const readable = p.nonBlank - p.errors;
  const saysRag = ragHeader.test(header);
  const ratings = p.ragWords + (saysRag ? p.ragLetters : 0);
  if (readable === 0 || (!saysRag && match !== null && notRatingRoles.has(match.role))) return null;
  const base = { periodHeading: false, profile: p, match };
  if (ratings > 0 && ratings + p.notApplicable >= itemShare * readable) {
    const intro = saysRag ? `${quoted(header)} names a RAG rating` : `${quoted(header)} ${match === null ? "is not one we know" : `${match.exact ? "names" : "mentions"} ${COLUMN_ROLE_WORDS[match.role]}`}, but`;
    return {
      ...base, role: "item", rag: true, confidence: 0.5 + 0.45 * share(ratings + p.notApplicable, readable),
      reason: `${intro}${saysRag ? " and" : ""} ${ratings} of ${readable} values looked at are RAG ratings (Green, Amber, Red): read as an answer per record, Green as met, Red as not met and Amber as a partial answer (counted by the partial-answer rule; not met by default).`,
    };
  }
  if (!saysRag && p.ragLetters > 0 && p.ragLetters + p.notApplicable >= itemShare * readable && (match === null || match.role === "ignore" || measureRoles.has(match.role))) {
    const name = header === "" ? "Rating" : header;
    return {
      ...base, role: "ignore", unclearMeasure: true, confidence: confidenceOverruled,
      reason: `Holds the letters R, A or G (${p.ragLetters} of ${readable} values looked at), but the header does not say RAG: if they are RAG ratings, say so in the header, e.g. "${name} (RAG)"; not used until then.`,
    };
  }
  return null;
}

/** A header that says its numbers are percentages or a rate: "Error rate %", "Per cent", "Falls per 1,000 bed days". */
const statesPercentOrRate = /%|\bper ?cent(?:age)?\b|\brate\b|\bper\b/i;

/** A small rating scale's top: whole numbers up to it with no maximum in the header are not guessed at. */
const smallScaleTop = 10;

/**
 * Whether a column to be read as the score holds what looks like ratings on a small scale (whole
 * numbers 0 to 10, at least 2) under a header that states no maximum: read as percentages they would
 * give "4%", so the column is set aside with what to write in its header instead. Not when the header
 * says the numbers are percentages or a rate: 1 to 2 under "Error rate %" are 1% and 2%.
 */
function setAsideUnstatedScale(proposal: Proposal, header: string, name: string): boolean {
  const p = proposal.profile;
  if (p.numbers === 0 || p.wholeNumbers < p.numbers || p.percentTexts + p.fractions > 0 || p.minimum < 0 || p.maximum < 2 || p.maximum > smallScaleTop) return false;
  // A header that states a maximum, or a percentage or rate ("Error rate %", "Falls per 1,000 bed days"), says how to read it.
  if (scaleMaximumOf(header) !== null || statesPercentOrRate.test(header)) return false;
  const top = p.maximum <= 5 ? 5 : smallScaleTop;
  proposal.role = "ignore";
  proposal.confidence = confidenceOverruled;
  proposal.unclearMeasure = true;
  proposal.reason = `Holds whole numbers ${p.minimum} to ${p.maximum}, and the header states no maximum: if it is a rating out of ${top}, say so in the header, e.g. "${name} (out of ${top})"; not read as a percentage until then.`;
  return true;
}

function demote(proposal: Proposal, reason: string): void {
  proposal.role = "ignore";
  proposal.confidence = confidenceOverruled;
  proposal.reason = reason;
}

/** The plural of each grouping role, to say what a column names ("teams"). */
const groupingPlurals: Readonly<Partial<Record<ColumnRole, string>>> = {
  team: "teams", shift: "shifts", location: "locations", staffGroup: "staff groups", auditType: "audit types", source: "evidence sources",
};

/** The grouping role a column could take instead of its own, from its header phrase ("Unit" beside "Team" is a location). */
function otherGroupingRole(proposal: Proposal): ColumnRole | null {
  const phrase = proposal.match?.phrase;
  if (phrase === undefined) return null;
  return COLUMN_VOCABULARY.otherGroupings.find((entry) => entry.role === proposal.role && entry.phrases.includes(phrase))?.otherRole ?? null;
}

/**
 * Where several columns take one grouping role, none is dropped silently: a worker-kind flag gives way
 * to another staff-group column (with a reason saying how to compare by it), and a column whose header
 * can name another grouping that no column has yet takes it ("Unit" beside "Team" is the location).
 * What still clashes is settled by `settle`, whose reason names the column used.
 */
function settleGroupingClashes(proposals: Proposal[], name: (index: number) => string): void {
  for (const role of groupingRoles) {
    const clash = (): number[] => proposals.flatMap((p, index) => (p.role === role ? [index] : []));
    let columns = clash();
    if (columns.length < 2) continue;
    const plain = columns.find((index) => proposals[index].workerFlag === undefined);
    for (const index of columns) {
      const flag = proposals[index].workerFlag;
      if (flag === undefined || plain === undefined) continue;
      demote(proposals[index], `${proposals[index].reason} Only one column of staff groups is compared, and ${name(plain)} is that column, so this one is not used (and never counted as a question); to compare ${flag.yes} with ${flag.no} instead, choose "staff group" for ${name(index)} in the Source step.`);
    }
    columns = clash();
    while (columns.length > 1) {
      const movable = columns.filter((index) => {
        const other = otherGroupingRole(proposals[index]);
        return other !== null && !proposals.some((p) => p.role === other);
      });
      if (movable.length === 0) break;
      // The column with no other reading keeps the role; among columns that all have one, the first does.
      const moving = movable.length === columns.length ? movable[movable.length - 1] : movable[0];
      const keeping = columns.find((index) => index !== moving) as number;
      const other = otherGroupingRole(proposals[moving]) as ColumnRole;
      const p = proposals[moving];
      p.role = other;
      p.confidence = confidenceOverruled;
      p.reason = `${p.reason.replace(/\.$/, "")}, but ${name(keeping)} names the ${groupingPlurals[role]}: read as ${COLUMN_ROLE_WORDS[other]}, so both are compared.`;
      columns = clash();
    }
  }
}

function settle(proposals: Proposal[], headers: readonly string[], firstColumn: number, scoreUnitStated: boolean): void {
  const name = (index: number): string => `column ${columnLetter(firstColumn + index)}${headers[index] === "" ? "" : ` "${headers[index]}"`}`;
  settleGroupingClashes(proposals, name);
  const wide = proposals.filter((p) => p.periodHeading).length >= 2;
  if (wide) {
    for (const p of proposals) {
      if (!p.periodHeading && measureRoles.has(p.role)) {
        demote(p, `${p.reason.replace(/\.$/, "")}; beside week or month columns it is a summary, so the weekly values are read instead.`);
      }
    }
  }
  const kept = new Map<ColumnRole, number>();
  proposals.forEach((p, index) => {
    if (!singleRoles.has(p.role) || (wide && p.periodHeading)) return;
    const first = kept.get(p.role);
    if (first === undefined) {
      kept.set(p.role, index);
      return;
    }
    const [winner, loser] = proposals[first].confidence >= p.confidence ? [first, index] : [index, first];
    kept.set(p.role, winner);
    const plural = groupingPlurals[p.role];
    demote(proposals[loser], plural === undefined
      ? `A second column of ${COLUMN_ROLE_WORDS[proposals[winner].role]}; ${name(winner)} is used.`
      : `A second column of ${plural}; only ${name(winner)} is compared by ${plural.replace(/s$/, "")}. To compare by ${name(loser)} instead, choose it in the Source step.`);
  });
  const passed = kept.get("passed");
  const checked = kept.get("checked");
  const score = kept.get("score");
  if (checked !== undefined && passed === undefined && score !== undefined) {
    const p = proposals[score].profile;
    if (p.numbers > 0 && p.wholeNumbers >= wholeNumberShare * p.numbers && p.maximum > 1 && p.percentTexts === 0) {
      proposals[score].role = "passed";
      proposals[score].confidence = confidenceOverruled;
      proposals[score].reason = `Whole numbers beside ${name(checked)}: read as the number passed.`;
      kept.set("passed", score);
      kept.delete("score");
    }
  }
  const passedNow = kept.get("passed");
  if (passedNow !== undefined && checked === undefined) {
    demote(proposals[passedNow], `${proposals[passedNow].reason.replace(/\.$/, "")}, but no column counts the checks made, so it is not used.`);
  }
  if (checked !== undefined && passedNow === undefined) {
    demote(proposals[checked], `${proposals[checked].reason.replace(/\.$/, "")}, but no column counts the checks passed, so it is not used.`);
  }
  // A RAG rating beside a score, counts or questions summarises them: they stay the measure.
  const measure = proposals.findIndex((p) => p.rag !== true && (p.role === "score" || p.role === "item" || p.role === "passed" || p.periodHeading));
  for (const p of proposals) {
    if (p.rag !== true || measure < 0) continue;
    demote(p, `${p.reason.replace(/: read as an answer per record.*$/, "")}, but ${name(measure)} is the measure, so the RAG ratings are not used.`);
    delete p.rag;
  }
  const scoreNow = kept.get("score");
  if (!scoreUnitStated && scoreNow !== undefined && proposals[scoreNow].role === "score" && kept.get("checked") === undefined) setAsideUnstatedScale(proposals[scoreNow], headers[scoreNow], headers[scoreNow] || "Score");
  const hasMeasure = proposals.some((p) => p.role === "score" || p.role === "item" || p.role === "passed" || p.periodHeading);
  if (hasMeasure || proposals.some((p) => p.unclearMeasure === true)) return;
  // Guess a score only where there is something to compare it by or over: a grid of numbers with no
  // groups and no dates (a lookup table, a 255-column export) is not an audit log.
  const comparable = proposals.some((p) => (GROUPING_ROLES as readonly string[]).includes(p.role) || p.role === "date");
  if (!comparable) return;
  const candidates = proposals.filter(
    (p) => p.role === "ignore" && p.match === null && p.denominator !== true && p.profile.nonBlank > 0
      && p.profile.numbers >= strongShare * p.profile.nonBlank && p.profile.minimum >= 0 && p.profile.maximum <= 100,
  );
  // Rates and percentages have fractions; counts of beds, staff or residents are whole numbers.
  const fallback = candidates.find((p) => p.profile.wholeNumbers < p.profile.numbers) ?? candidates[0];
  if (fallback !== undefined && !scoreUnitStated && setAsideUnstatedScale(fallback, headers[proposals.indexOf(fallback)], headers[proposals.indexOf(fallback)] || "Score")) return;
  if (fallback !== undefined) {
    fallback.role = "score";
    fallback.confidence = confidenceGuess;
    const why = fallback.profile.wholeNumbers < fallback.profile.numbers && candidates.length > 1
      ? "it holds numbers from 0 to 100 with fractions, as rates and scores do, where the other numeric columns hold whole numbers"
      : "it holds numbers from 0 to 100 and no other column holds a score";
    fallback.reason = `${fallback.reason.replace(/:.*$/, "")}, but ${why}: read as the score.`;
  }
}

/**
 * Proposes a role for every column of an audit grid from its header and its values.
 *
 * Headers are matched against `COLUMN_VOCABULARY`; values win where the header is unclear or misleads:
 * a column of mostly Yes/No/N/A is an audit question whatever its header ("Result"), a header that is
 * a week or month over numbers is a wide tracker's period, and an unnamed column of "Day"/"Night" is a
 * shift. Only a sample of long sheets is looked at (see `sampleRowIndexes`). Then one column is kept
 * per role, "Passed" needs "Checked" (and the reverse), and with no measure at all a column of numbers
 * from 0 to 100 is offered as the score. The result is a proposal the user may correct. Never throws.
 *
 * @example
 * proposeColumnRoles([["Team", "Result"], ["Team A", "Yes"], ["Team B", "No"]], 0).map((c) => c.role); // => ["team", "item"]
 */
export function proposeColumnRoles(
  grid: ReadonlyArray<ReadonlyArray<CellValue>>,
  headerRowIndex: number,
  options: ProposeColumnRolesOptions = {},
): ColumnMapping {
  if (!Array.isArray(grid)) return [];
  const firstColumn = Number.isSafeInteger(options.firstColumn) && (options.firstColumn ?? 0) >= 1 ? (options.firstColumn as number) : 1;
  const headerIndex = Number.isSafeInteger(headerRowIndex) ? headerRowIndex : 0;
  const headerRow: ReadonlyArray<CellValue> = Array.isArray(grid[headerIndex]) ? grid[headerIndex] : [];
  const rows = sampleRowIndexes(grid.length, headerIndex).filter((r) => !isTotalsRow(grid[r]));
  let width = headerRow.length;
  for (const r of rows) {
    const row = grid[r];
    if (Array.isArray(row) && row.length > width) width = row.length;
  }
  width = Math.min(width, widestSheetInColumns);
  const headers: string[] = [];
  const proposals: Proposal[] = [];
  // A two-row header is read as one: "Care plan" merged over "Signed" gives "Care plan: Signed".
  const labels = headerIndex > 0 ? groupLabelsAbove(grid[headerIndex - 1], headerRow) : null;
  for (let c = 0; c < width; c++) {
    const heading = parsePeriodHeader(headerRow[c]);
    const own = cellText(heading === null ? headerRow[c] : heading.label);
    const label = labels?.[c] ?? "";
    const header = label === "" ? own : own === "" ? label : `${label}: ${own}`;
    headers.push(header);
    proposals.push(propose(header, headerRow[c], profileColumn(grid, rows, c)));
  }
  settle(proposals, headers, firstColumn, options.scoreUnitStated === true);
  return proposals.map(
    (p, index): ColumnMappingEntry => ({
      index, header: headers[index], role: p.role, confidence: Math.round(p.confidence * 100) / 100, reason: p.reason,
      ...(p.rag === true && p.role === "item" ? { rag: true } : {}), ...(p.unclearMeasure === true ? { unclearMeasure: true } : {}),
    }),
  );
}
