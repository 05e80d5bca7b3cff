import { formatNumber } from "./formatCount";

/** One name as counted: the spelling shown, and the other spellings read as it, with their counts. */
export interface NameSpellings {
  shown: string;
  others: [string, number][];
}

/**
 * Groups names that differ only in capitals or spaces ("Rose House", "ROSE HOUSE", "rose  house") and
 * picks the spelling to show for each: the one counted most, a tie going to the one met first (the
 * order of `written`). Used wherever group names are read, within a sheet and across sheets. Pure.
 *
 * @example
 * commonestSpellings(new Map([["Rose House", 14], ["ROSE HOUSE", 5], ["Ivy Court", 3]]));
 * // => [{ shown: "Rose House", others: [["ROSE HOUSE", 5]] }, { shown: "Ivy Court", others: [] }]
 */
export function commonestSpellings(written: ReadonlyMap<string, number>): NameSpellings[] {
  const byKey = new Map<string, [string, number][]>();
  for (const [name, count] of written) {
    const key = name.trim().replace(/\s+/g, " ").toLowerCase();
    const spellings = byKey.get(key);
    if (spellings === undefined) byKey.set(key, [[name, count]]);
    else spellings.push([name, count]);
  }
  return [...byKey.values()].map((spellings) => {
    let shown = spellings[0];
    for (const spelling of spellings) if (spelling[1] > shown[1]) shown = spelling;
    return { shown: shown[0], others: spellings.filter((spelling) => spelling !== shown) };
  });
}

/** '"ROSE HOUSE" (5 rows) and "rose house" (11 rows)': the other spellings, for a sentence. */
export function otherSpellingsText(others: readonly [string, number][], unit: string): string {
  const listed = others.map(([name, count]) => `"${name}" (${formatNumber(count)} ${unit}${count === 1 ? "" : "s"})`);
  return listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(", ")} and ${listed[listed.length - 1]}`;
}
