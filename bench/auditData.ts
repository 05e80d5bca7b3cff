import type { SheetGrid } from "../src/app/ports";
import { seededRandom } from "../scripts/sample/seededRandom";

const teams = Array.from({ length: 12 }, (_, i) => `Team ${String.fromCharCode(65 + i)}`);
const shifts = ["Early", "Late", "Night"];
const locations = ["Maple House", "Birch Court", "Oak Lodge", "Willow View", "Cedar Park"];
// Monday 05/01/2026 as an Excel serial date.
const firstMonday = 46027;

/**
 * A per-audit log of `rows` audits over a year: audit date, team, shift, location, items passed
 * and items checked, the layout most providers keep. Team B and nights run lower.
 */
export function auditLogGrid(rows: number, seed = 7): SheetGrid {
  const random = seededRandom(seed).next;
  const values: SheetGrid["values"] = new Array(rows + 1);
  values[0] = ["Audit date", "Team", "Shift", "Location", "Passed", "Checked"];
  for (let i = 1; i <= rows; i++) {
    const team = teams[Math.floor(random() * teams.length)];
    const shift = shifts[Math.floor(random() * shifts.length)];
    const checked = 8;
    const rate = 0.93 - (team === "Team B" ? 0.14 : 0) - (shift === "Night" ? 0.06 : 0);
    let passed = 0;
    for (let k = 0; k < checked; k++) if (random() < rate) passed++;
    values[i] = [firstMonday + Math.floor(random() * 364), team, shift, locations[Math.floor(random() * locations.length)], passed, checked];
  }
  return { sheet: "Audit log", table: null, firstRow: 1, firstColumn: 1, values, file: null };
}
