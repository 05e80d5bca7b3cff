import type ExcelJS from "exceljs";

import { addRangeValidation } from "./addRangeValidation";
import { CARE_RECORD_ITEMS, type CareRecordAudit } from "./careRecordAudits";
import { SAMPLE_EXPECTATIONS } from "./sampleExpectations";
import { setUpPrinting, sheetStyles, styleHeaderRow } from "./sheetStyles";

const sheetName = "Care record audits";
const headerRow = 4;
const headers = ["Audit date", "Team", "Record ID", "Auditor", ...CARE_RECORD_ITEMS, "Comments"];
const firstItemColumn = 5;
const itemValidation: ExcelJS.DataValidation = {
  type: "list",
  allowBlank: true,
  formulae: ['"Yes,No,N/A"'],
  showErrorMessage: true,
  errorTitle: "Yes, No or N/A",
  error: "Choose Yes, No or N/A from the list.",
};

/** Cell content for a glitch: an Excel error value, mistyped text, or a blank. */
function glitchValue(glitch: (typeof SAMPLE_EXPECTATIONS.glitches)[number]): ExcelJS.CellValue {
  switch (glitch.kind) {
    case "error-value":
      return { error: glitch.value as ExcelJS.CellErrorValue["error"] };
    case "unreadable-answer":
      return glitch.value;
    case "blank-group":
      return null;
  }
}

/**
 * Writes the care record audit log: two title rows and a blank row above the header, one row per
 * record audited, autofilter, frozen header, Yes/No/N/A validation, and the documented glitches
 * placed on the cells `SAMPLE_EXPECTATIONS.glitches` names.
 */
export function writeCareRecordAuditsSheet(workbook: ExcelJS.Workbook, audits: readonly CareRecordAudit[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
  });

  sheet.getCell("A1").value = "Oakfield House: care record audit log";
  sheet.getCell("A1").font = sheetStyles.titleFont;
  sheet.getCell("A2").value =
    "Quality lead samples 10-14 records per team each fortnight. Score = Yes / (Yes + No); N/A not counted. Target 90%.";
  sheet.getCell("A2").font = sheetStyles.subtitleFont;

  sheet.getRow(headerRow).values = headers;
  styleHeaderRow(sheet.getRow(headerRow), headers.length);

  audits.forEach((audit, index) => {
    const row = sheet.getRow(headerRow + 1 + index);
    row.values = [
      audit.auditDate,
      audit.team,
      audit.recordId,
      audit.auditor,
      ...CARE_RECORD_ITEMS.map((item) => audit.answers[item]),
      audit.comments === "" ? null : audit.comments,
    ];
    row.getCell(1).numFmt = sheetStyles.dateFormat;
    for (let column = firstItemColumn; column < firstItemColumn + CARE_RECORD_ITEMS.length; column += 1) {
      row.getCell(column).alignment = { horizontal: "center" };
    }
  });
  const lastRow = headerRow + audits.length;

  for (const glitch of SAMPLE_EXPECTATIONS.glitches) {
    if (glitch.sheet !== sheetName) continue;
    if (glitch.row <= headerRow || glitch.row > lastRow) {
      throw new Error(`Glitch row ${glitch.row} is outside the audit log's data rows ${headerRow + 1}-${lastRow}`);
    }
    const cell = sheet.getCell(`${glitch.columnLetter}${glitch.row}`);
    if (headers[Number(cell.col) - 1] !== glitch.column) {
      throw new Error(`Glitch column ${glitch.columnLetter} is "${headers[Number(cell.col) - 1]}", not "${glitch.column}"`);
    }
    // The typo stands for a Yes someone mistyped, so only place it over a Yes.
    if (glitch.kind === "unreadable-answer" && cell.value !== "Yes") {
      throw new Error(`Glitch "${glitch.value}" at ${cell.address} would replace "${String(cell.value)}", not "Yes"`);
    }
    cell.value = glitchValue(glitch);
  }

  sheet.autoFilter = `A${headerRow}:${sheet.getColumn(headers.length).letter}${lastRow}`;
  const itemRange = `E${headerRow + 1}:I${lastRow}`;
  addRangeValidation(sheet, itemRange, itemValidation);
  sheet.addConditionalFormatting({
    ref: itemRange,
    rules: [{ type: "cellIs", operator: "equal", formulae: ['"No"'], priority: 1, style: { fill: sheetStyles.redFill } }],
  });

  [12, 10, 11, 10, 10, 14, 10, 11, 10, 46].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  setUpPrinting(sheet, headerRow);
  return sheet;
}
