/** A scale's top from 2 up to this is a rating; "out of 100" is a percentage, read as one already. */
const largestRatingScale = 50;

// Each finds the top of a scale the header states: "(1-5)", "1 to 5", "rating 0-10", "out of 5", "/5".
const statedScales: readonly RegExp[] = [
  /\bout of (\d+)\b/,
  /(?:^|[\s(])[01] ?(?:-|–|—|to) ?(\d+)(?=$|[\s)])/,
  /\/ ?(\d+)\)?$/,
];

/**
 * The top of the rating scale a column header states, so that a score out of it can be read as a
 * percentage of it: "Satisfaction (1-5)", "Score out of 10", "Rating 1 to 5", "Mark /10" and
 * "Likert (0–10)" state 5 or 10. Null when the header states no scale, or one of 100 (a percentage) or
 * more. Only a stated maximum is used: whole numbers 1 to 5 under a bare "Satisfaction" are never
 * guessed to be a rating out of 5. Never throws.
 *
 * @example
 * scaleMaximumOf("Satisfaction (1-5)"); // => 5
 * scaleMaximumOf("Score out of 10"); // => 10
 * scaleMaximumOf("Score out of 100"); // => null
 * scaleMaximumOf("Satisfaction"); // => null
 */
export function scaleMaximumOf(header: string): number | null {
  if (typeof header !== "string") return null;
  const text = header.trim().toLowerCase().replace(/\s+/g, " ");
  for (const pattern of statedScales) {
    const found = pattern.exec(text);
    if (found === null) continue;
    const maximum = Number(found[1]);
    return maximum >= 2 && maximum <= largestRatingScale ? maximum : null;
  }
  return null;
}
