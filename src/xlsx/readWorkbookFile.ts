import path from "node:path";
import type { SheetGrid } from "../app/ports";
import { openWorkbookFile } from "./openWorkbookFile";
import { WorkbookFileError } from "./workbookFileError";

/**
 * The grids of every sheet of an .xlsx file that the user made (the add-in's own sheets are left out,
 * so a re-run never analyses its own output), or only the sheets named. Throws WorkbookFileError with a
 * message naming the file (see openWorkbookFile), "empty" when no sheet holds a value, and "not-found"
 * for a sheet name the workbook lacks.
 *
 * @example
 * // (await readWorkbookFile("assets/samples/recovery-audits.xlsx")).map((g) => g.sheet)
 */
export async function readWorkbookFile(filePath: string, sheetNames?: readonly string[]): Promise<SheetGrid[]> {
  const { book } = await openWorkbookFile(filePath);
  const name = path.basename(filePath);
  const sheets = (await book.listSheets()).filter((s) => !s.ownedByAddin);
  let chosen = sheets.map((s) => s.name);
  if (sheetNames !== undefined && sheetNames.length > 0) {
    chosen = sheetNames.map((wanted) => {
      const found = sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
      if (found === undefined) throw new WorkbookFileError("not-found", `${name} has no sheet called "${wanted}". Its sheets are: ${sheets.map((s) => `"${s.name}"`).join(", ")}.`);
      return found.name;
    });
  }
  const grids = await book.readGrids(chosen);
  if (grids.every((g) => g.values.length === 0)) throw new WorkbookFileError("empty", `${name} has no data on ${sheetNames?.length ? "the chosen sheet" : "any sheet"}.`);
  return grids.filter((g) => g.values.length > 0);
}
