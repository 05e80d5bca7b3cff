import type { ConditionalRule } from "./sheetModel";
import { STATUS_COLOURS } from "./sheetStyles";

/**
 * Conditional-format rules that colour values on the wrong side of the target red and the rest green,
 * so a user who types in a new value sees it judged at once.
 *
 * @example
 * targetRules(0.9, "up")[0]; // => { kind: "cell-is", operator: "lessThan", formulae: ["0.9"], style: { fill: "FFC7CE", fontColour: "9C0006" } }
 */
export function targetRules(target: number, direction: "up" | "down"): ConditionalRule[] {
  const below = STATUS_COLOURS["below-target"];
  const met = STATUS_COLOURS.embedded;
  const formulae = [String(target)];
  return direction === "up"
    ? [
        { kind: "cell-is", operator: "lessThan", formulae, style: { fill: below.fill, fontColour: below.fontColour } },
        { kind: "cell-is", operator: "greaterThanOrEqual", formulae, style: { fill: met.fill, fontColour: met.fontColour } },
      ]
    : [
        { kind: "cell-is", operator: "greaterThan", formulae, style: { fill: below.fill, fontColour: below.fontColour } },
        { kind: "cell-is", operator: "lessThanOrEqual", formulae, style: { fill: met.fill, fontColour: met.fontColour } },
      ];
}
