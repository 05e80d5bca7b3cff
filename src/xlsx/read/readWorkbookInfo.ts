import type { XlsxPackage } from "../package/xlsxPackage";
import { WorkbookFileError } from "../workbookFileError";
import { readRelationships } from "./readRelationships";
import { readXml } from "./xmlEvents";

/** How a sheet is shown: Excel's three states (a "veryHidden" sheet is unhidden only by code). */
export const SHEET_STATES = ["visible", "hidden", "veryHidden"] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** A sheet as the workbook part lists it, with the part that holds its cells. */
export interface WorkbookSheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id ("rId1") in the workbook's relationships. */
  relationshipId: string;
  /** "xl/worksheets/sheet1.xml"; null when the relationship is missing. */
  part: string | null;
  /** "worksheet", or "chartsheet", "dialogsheet", "macrosheet" (which hold no audit cells). */
  kind: string;
  state: SheetState;
}

/** A defined name as the workbook part holds it. */
export interface WorkbookDefinedName {
  name: string;
  /** Index into the sheets list when the name belongs to one sheet, else null. */
  localSheetId: number | null;
  hidden: boolean;
  /** The formula or reference, without "=" ("'Action Tracker'!$A$1"). */
  refersTo: string;
}

/** What the workbook part and its relationships say about the whole workbook. */
export interface WorkbookInfo {
  /** "xl/workbook.xml" (or wherever the package's officeDocument relationship points). */
  workbookPart: string;
  sheets: WorkbookSheetEntry[];
  definedNames: WorkbookDefinedName[];
  /** True when dates count from 1904 (Excel for Mac before 2011), else from 1900. */
  date1904: boolean;
  /** The workbook's structure is protected: sheets cannot be added, removed or renamed. */
  structureProtected: boolean;
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

const truthy = (value: string | undefined): boolean => value === "1" || value === "true";

function findWorkbookPart(pkg: XlsxPackage): string {
  const office = readRelationships(pkg, "").find((r) => r.type === "officeDocument" && !r.external);
  if (office !== undefined && pkg.has(office.target)) {
    if (/\.bin$/i.test(office.target)) throw new WorkbookFileError("binary-workbook", `${pkg.file} is an Excel binary workbook (.xlsb). Save it as an .xlsx workbook in Excel and run again.`);
    return pkg.entry(office.target)?.name ?? office.target;
  }
  if (pkg.has("xl/workbook.xml")) return pkg.entry("xl/workbook.xml")?.name ?? "xl/workbook.xml";
  if (pkg.has("xl/workbook.bin")) throw new WorkbookFileError("binary-workbook", `${pkg.file} is an Excel binary workbook (.xlsb). Save it as an .xlsx workbook in Excel and run again.`);
  throw new WorkbookFileError("not-xlsx", `${pkg.file} is not an Excel .xlsx workbook (it may be another kind of file renamed to .xlsx).`);
}

/**
 * Reads the workbook part: its sheets in tab order (name, id, part, state), defined names, date
 * system and structure protection, and where the shared strings and styles are. Throws
 * WorkbookFileError "not-xlsx" for a zip that holds no workbook (a .docx renamed), "binary-workbook"
 * for an .xlsb, "damaged" for a workbook part that is not XML.
 *
 * @example
 * // readWorkbookInfo(openPackage(bytes, "audits.xlsx")).sheets.map((s) => s.name) // => ["Audits"]
 */
export function readWorkbookInfo(pkg: XlsxPackage): WorkbookInfo {
  const workbookPart = findWorkbookPart(pkg);
  const relationships = readRelationships(pkg, workbookPart);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets: WorkbookSheetEntry[] = [];
  const definedNames: WorkbookDefinedName[] = [];
  let date1904 = false;
  let structureProtected = false;
  let name: { name: string; localSheetId: number | null; hidden: boolean; text: string } | null = null;
  readXml(
    pkg.readText(workbookPart),
    {
      open: ({ name: tag, attributes }) => {
        if (tag === "sheet") {
          const relationshipId = attributes["r:id"] ?? Object.entries(attributes).find(([key]) => key.endsWith(":id"))?.[1] ?? "";
          const relationship = byId.get(relationshipId);
          const state = SHEET_STATES.find((s) => s === attributes.state) ?? "visible";
          sheets.push({ name: attributes.name ?? "", sheetId: Number(attributes.sheetId ?? 0), relationshipId, part: relationship === undefined || relationship.external ? null : relationship.target, kind: relationship?.type ?? "worksheet", state });
        } else if (tag === "workbookPr") {
          date1904 = truthy(attributes.date1904);
        } else if (tag === "workbookProtection") {
          structureProtected = truthy(attributes.lockStructure);
        } else if (tag === "definedName") {
          const local = attributes.localSheetId;
          name = { name: attributes.name ?? "", localSheetId: local === undefined ? null : Number(local), hidden: truthy(attributes.hidden), text: "" };
        }
      },
      text: (text) => {
        if (name !== null) name.text += text;
      },
      close: (tag) => {
        if (tag === "definedName" && name !== null) {
          definedNames.push({ name: name.name, localSheetId: name.localSheetId, hidden: name.hidden, refersTo: name.text.trim().replace(/^=/, "") });
          name = null;
        }
      },
    },
    pkg.file,
    workbookPart,
  );
  const partOfType = (type: string): string | null => relationships.find((r) => r.type === type && !r.external && pkg.has(r.target))?.target ?? null;
  return { workbookPart, sheets, definedNames, date1904, structureProtected, sharedStringsPart: partOfType("sharedStrings"), stylesPart: partOfType("styles") };
}
