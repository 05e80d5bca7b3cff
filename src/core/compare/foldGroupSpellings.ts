import { commonestSpellings, otherSpellingsText } from "../values/commonestSpellings";
import type { CompareRecord } from "./compareRecord";
import { dimensionLabel } from "./dimensionLabel";

/**
 * Makes names that differ only in capitals or spaces one group across everything analysed together
 * (sheets read as one audit, a provider's workbooks): "Care Assistant" in one home's file and "care
 * assistant" in another's are one staff group. Each sheet's reader already does this within the sheet;
 * this does it across them. The spelling kept is the one on most records, a tie going to the first
 * met. Null when no group is written two ways, so the records are used as they are. Pure.
 *
 * @example
 * const records = [{ groups: { staffGroup: "Care Assistant" } }, { groups: { staffGroup: "Care Assistant" } }, { groups: { staffGroup: "care assistant" } }];
 * foldGroupSpellings(records as CompareRecord[])?.sentences;
 * // => ['Staff group "Care Assistant" also written "care assistant" (1 record), read as one.']
 */
export function foldGroupSpellings(records: readonly CompareRecord[]): { records: CompareRecord[]; sentences: string[] } | null {
  // Records of the same groups share one object, so spellings are counted per object first.
  const perGroups = new Map<Record<string, string>, number>();
  for (const record of records) perGroups.set(record.groups, (perGroups.get(record.groups) ?? 0) + 1);
  const written = new Map<string, Map<string, number>>();
  for (const [groups, count] of perGroups) {
    for (const [dimension, name] of Object.entries(groups)) {
      let names = written.get(dimension);
      if (names === undefined) written.set(dimension, (names = new Map()));
      names.set(name, (names.get(name) ?? 0) + count);
    }
  }
  const shownAs = new Map<string, Map<string, string>>();
  const sentences: string[] = [];
  for (const [dimension, names] of written) {
    for (const { shown, others } of commonestSpellings(names)) {
      if (others.length === 0) continue;
      let renames = shownAs.get(dimension);
      if (renames === undefined) shownAs.set(dimension, (renames = new Map()));
      for (const [name] of others) renames.set(name, shown);
      sentences.push(`${dimensionLabel(dimension)} "${shown}" also written ${otherSpellingsText(others, "record")}, read as one.`);
    }
  }
  if (sentences.length === 0) return null;
  const renamed = new Map<Record<string, string>, Record<string, string>>();
  for (const groups of perGroups.keys()) {
    const copy: Record<string, string> = {};
    for (const [dimension, name] of Object.entries(groups)) copy[dimension] = shownAs.get(dimension)?.get(name) ?? name;
    renamed.set(groups, copy);
  }
  return { records: records.map((record) => ({ ...record, groups: renamed.get(record.groups) as Record<string, string> })), sentences };
}
