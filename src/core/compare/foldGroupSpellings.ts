import { formatNumber } from "../values";
import type { CompareRecord } from "./compareRecord";
import { dimensionLabel } from "./dimensionLabel";

/** The key two spellings of one group share: case and runs of spaces aside. */
const keyOf = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase();

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
  const spellings = new Map<string, Map<string, Map<string, number>>>();
  for (const [groups, count] of perGroups) {
    for (const [dimension, name] of Object.entries(groups)) {
      let byKey = spellings.get(dimension);
      if (byKey === undefined) spellings.set(dimension, (byKey = new Map()));
      const key = keyOf(name);
      let written = byKey.get(key);
      if (written === undefined) byKey.set(key, (written = new Map()));
      written.set(name, (written.get(name) ?? 0) + count);
    }
  }
  const shownAs = new Map<string, Map<string, string>>();
  const sentences: string[] = [];
  for (const [dimension, byKey] of spellings) {
    for (const written of byKey.values()) {
      if (written.size < 2) continue;
      let shown = "";
      let most = 0;
      for (const [name, count] of written) {
        if (count > most) {
          shown = name;
          most = count;
        }
      }
      let renames = shownAs.get(dimension);
      if (renames === undefined) shownAs.set(dimension, (renames = new Map()));
      for (const name of written.keys()) if (name !== shown) renames.set(name, shown);
      const others = [...written].filter(([name]) => name !== shown).map(([name, count]) => `"${name}" (${formatNumber(count)} record${count === 1 ? "" : "s"})`);
      const listed = others.length === 1 ? others[0] : `${others.slice(0, -1).join(", ")} and ${others[others.length - 1]}`;
      sentences.push(`${dimensionLabel(dimension)} "${shown}" also written ${listed}, read as one.`);
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
