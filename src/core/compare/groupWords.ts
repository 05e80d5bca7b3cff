/**
 * A dimension's label as the plural of its groups, for sentences: "teams", "shifts", "staff groups";
 * "team x shift cells" for a two-way comparison.
 *
 * @example
 * pluralLabel("Staff group") // => "staff groups"
 * pluralLabel("Team x Shift") // => "team x shift cells"
 */
export function pluralLabel(label: string): string {
  const lower = label.toLowerCase();
  if (label.includes(" x ")) return `${lower} cells`;
  return lower.endsWith("s") ? lower : `${lower}s`;
}
