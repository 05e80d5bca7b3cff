import type { HexColour } from "../core/sheets/sheetModel";

/**
 * A model colour ("RRGGBB") as Office.js takes it ("#RRGGBB").
 *
 * @example
 * officeColour("289DE0"); // => "#289DE0"
 */
export function officeColour(colour: HexColour): string {
  return colour.startsWith("#") ? colour : `#${colour}`;
}
