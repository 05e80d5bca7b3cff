/** Headings users read for each grouping column the reader recognises. */
const labels: Record<string, string> = {
  team: "Team",
  shift: "Shift",
  location: "Location",
  staffGroup: "Staff group",
  auditType: "Audit type",
  source: "Evidence source",
};

/** The order dimensions are compared in when the user does not choose. */
export const DIMENSION_ORDER = ["location", "team", "shift", "staffGroup", "source", "auditType"] as const;

/** Joins the two halves of a two-way comparison ("team x shift"). */
export const crossSeparator = " x ";

/**
 * The heading of a dimension, including two-way cells.
 *
 * @example
 * dimensionLabel("team x shift") // => "Team x Shift"
 */
export function dimensionLabel(dimension: string): string {
  return dimension
    .split(crossSeparator)
    .map((part) => labels[part] ?? part.charAt(0).toUpperCase() + part.slice(1))
    .join(crossSeparator);
}
