import { GroupNames } from "./GroupNames";
import { readPairedScores, type PairedScores } from "./readPairedScores";

/**
 * Reads paired scores and groups ranges (see readPairedScores for blanks, zeros and N/A), merging group
 * names that differ only in case or spacing.
 */
export function readScoresByGroup(functionName: string, scores: unknown, groups: unknown): PairedScores<string> {
  const names = new GroupNames(functionName);
  return readPairedScores(functionName, scores, groups, "groups", (value, index, positionOf) => names.read(value, index, positionOf));
}
