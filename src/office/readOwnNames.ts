import { addinMarker, type DefinedNameEntry } from "../core/sheets/addinMarker";
import type { ExcelRunner } from "./excelApi";

/** The workbook's defined names of ours ("CQCRecovery_…") with what they refer to now. One sync. */
export function readOwnNames(run: ExcelRunner): Promise<DefinedNameEntry[]> {
  return run(async (context) => {
    const names = context.workbook.names;
    names.load("items/name,items/formula");
    await context.sync();
    return names.items.filter((item) => item.name.startsWith(addinMarker.namePrefix)).map((item) => ({ name: item.name, refersTo: String(item.formula) }));
  });
}
