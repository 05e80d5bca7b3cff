function normalise(part: string): string {
  return part.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * The stable key that matches an action to its group across runs: the analysis title, the dimension
 * and the group name, trimmed, with runs of spaces collapsed and case ignored.
 *
 * @example
 * actionKey("Care record audits", "team", "  Team   B "); // => "care record audits | team | team b"
 */
export function actionKey(analysisTitle: string, dimension: string, groupName: string): string {
  return [analysisTitle, dimension, groupName].map(normalise).join(" | ");
}
